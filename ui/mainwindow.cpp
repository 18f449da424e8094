#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr QSize kDefaultSize(1024, 680);
// A comfortable line length for the explanation, in average characters.
constexpr int kPlaceholderLineLength = 60;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    createActions();
    createMenus();
    createPlaceholder();
    createStatusLine();
    retranslateUi();
    resize(kDefaultSize);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // Ctrl+Q on every platform: QKeySequence::Quit is empty on Windows.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    // Closing the last window ends the application; closeEvent() is where a later
    // version asks about running sessions.
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_quitAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createPlaceholder()
{
    auto *placeholder = new QWidget(this);
    placeholder->setObjectName(QStringLiteral("placeholder"));

    m_placeholderTitle = new QLabel(placeholder);
    m_placeholderTitle->setObjectName(QStringLiteral("placeholderTitle"));
    m_placeholderTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_placeholderTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_placeholderTitle->setFont(titleFont);

    m_placeholderText = new QLabel(placeholder);
    m_placeholderText->setObjectName(QStringLiteral("placeholderText"));
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_placeholderText->setWordWrap(true);
    m_placeholderText->setFixedWidth(m_placeholderText->fontMetrics().averageCharWidth()
                                     * kPlaceholderLineLength);
    m_placeholderText->setForegroundRole(QPalette::PlaceholderText);

    // Centred by stretches rather than an alignment flag: an aligned word-wrapped label
    // gets its one-line height and is cut off.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_placeholderText);
    textRow->addStretch();

    auto *layout = new QVBoxLayout(placeholder);
    layout->addStretch();
    layout->addWidget(m_placeholderTitle);
    layout->addSpacing(layout->spacing() * 2);
    layout->addLayout(textRow);
    layout->addStretch();

    setCentralWidget(placeholder);
}

void MainWindow::createStatusLine()
{
    // A label rather than showMessage(): it comes back after a menu's status tip has gone.
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("CWMP Workbench"));

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close the window and quit CWMP Workbench"));

    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CWMP Workbench"));
    m_aboutAction->setStatusTip(tr("Show the version of CWMP Workbench"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_aboutQtAction->setStatusTip(tr("Show the version of the Qt libraries"));

    m_placeholderTitle->setText(tr("No devices yet"));
    m_placeholderText->setText(
        tr("Devices that contact the ACS will be listed here. This build does not include "
           "the ACS yet."));

    m_statusLabel->setText(tr("ACS not running"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CWMP Workbench"),
        tr("<h3>CWMP Workbench %1</h3>"
           "<p>A lab console for broadband devices managed with TR-069 (CWMP).</p>")
            .arg(QStringLiteral(CWMP_WORKBENCH_VERSION)));
}

} // namespace ui
