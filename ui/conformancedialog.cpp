#include "conformancedialog.h"

#include <acs/acsengine.h>
#include <datamodel/conformancechecker.h>
#include <datamodel/conformancereportwriter.h>
#include <service/definitionlibrary.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace ui {

namespace {

using Category = datamodel::ConformanceFinding::Category;
constexpr int kCategoryRole = Qt::UserRole + 1;

// Light tints that keep text readable in light and dark palettes alike (dark text is set
// with them); the same families as the HTML export.
QColor tint(Category category)
{
    switch (category) {
    case Category::UnknownObject:
    case Category::UnknownParameter: return QColor(0xfd, 0xe2, 0xe1);
    case Category::MissingParameter: return QColor(0xff, 0xf0, 0xd6);
    case Category::Writability:
    case Category::WrongType: return QColor(0xf3, 0xe5, 0xf5);
    case Category::InvalidValue: return QColor(0xff, 0xe4, 0xec);
    case Category::NumberOfEntries:
    case Category::TooManyEntries: return QColor(0xe3, 0xf2, 0xfd);
    case Category::VendorExtension: return QColor(0xee, 0xee, 0xee);
    }
    return Qt::white;
}

} // namespace

ConformanceDialog::ConformanceDialog(service::DefinitionLibrary &library, acs::AcsEngine &engine, const QString &deviceId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_engine(engine)
    , m_deviceId(deviceId)
{
    setWindowTitle(tr("Conformance of %1").arg(deviceId));
    resize(1100, 640);

    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);

    m_category = new QComboBox(this);
    m_category->addItem(tr("All categories"), -1);
    for (Category c : datamodel::ConformanceReport::categories())
        m_category->addItem(datamodel::ConformanceReport::categoryTitle(c), int(c));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by path, value or explanation"));
    m_filter->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_category);
    filters->addWidget(m_filter, 1);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Path"), tr("Category"), tr("Expected"), tr("Actual"), tr("Explanation")});
    m_byCategory = new QSortFilterProxyModel(this);
    m_byCategory->setSourceModel(m_model);
    m_byCategory->setFilterRole(kCategoryRole);
    m_byCategory->setFilterKeyColumn(CategoryColumn);
    m_byText = new QSortFilterProxyModel(this);
    m_byText->setSourceModel(m_byCategory);
    m_byText->setFilterKeyColumn(-1);
    m_byText->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setModel(m_byText);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PathColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PathColumn, 340);
    m_table->setColumnWidth(CategoryColumn, 230);
    m_table->setColumnWidth(ExpectedColumn, 110);
    m_table->setColumnWidth(ActualColumn, 140);

    m_rerun = new QPushButton(tr("Check again"), this);
    m_exportHtml = new QPushButton(tr("Export HTML…"), this);
    m_exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_exportHtml->setEnabled(false);
    m_exportCsv->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_rerun, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportHtml, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportCsv, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { setCategoryFilter(m_category->currentData().toInt()); });
    connect(m_filter, &QLineEdit::textChanged, this, &ConformanceDialog::setTextFilter);
    connect(m_rerun, &QPushButton::clicked, this, &ConformanceDialog::runCheck);
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("html")); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("csv")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    runCheck();
}

QAbstractItemModel *ConformanceDialog::findingsView() const
{
    return m_byText;
}

void ConformanceDialog::setCategoryFilter(int category)
{
    if (m_category->currentData().toInt() != category)
        m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    m_byCategory->setFilterFixedString(category < 0 ? QString() : QString::number(category));
}

void ConformanceDialog::setTextFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_byText->setFilterFixedString(text);
}

void ConformanceDialog::runCheck()
{
    if (m_running)
        return;
    const acs::DeviceRecord *device = m_engine.devices().find(m_deviceId);
    const service::DefinitionLibrary::DeviceModel chosen = m_library.modelFor(m_deviceId);
    if (!device) {
        showError(tr("The device %1 is no longer known.").arg(m_deviceId));
        return;
    }
    if (chosen.modelKey.isEmpty()) {
        showError(tr("No imported data model fits this device: %1. Import one with File → Import data model….")
                      .arg(chosen.reason));
        return;
    }
    m_running = true;
    m_rerun->setEnabled(false);
    m_title->setText(tr("Checking %1 against %2 (%3)…").arg(m_deviceId, chosen.modelKey, chosen.reason));
    // Copies for the worker: the engine's cache changes on this thread meanwhile.
    const datamodel::DeviceTree tree = service::DefinitionLibrary::treeOf(device->parameters);
    const datamodel::DataModel model = *m_library.model(chosen.modelKey);
    const QList<datamodel::DataModel> vendor = m_library.vendorModels();
    auto promise = std::make_shared<QPromise<datamodel::ConformanceReport>>();
    QFuture<datamodel::ConformanceReport> future = promise->future();
    QThreadPool::globalInstance()->start([promise, tree, model, vendor, id = m_deviceId] {
        promise->start();
        promise->addResult(datamodel::ConformanceChecker(model, vendor).check(tree, id));
        promise->finish();
    });
    const QString reason = chosen.reason;
    // The context ends the continuation with the dialog.
    future.then(this, [this, reason](const datamodel::ConformanceReport &report) {
        m_running = false;
        m_rerun->setEnabled(true);
        m_title->setText(tr("%1 checked against %2: %3.").arg(m_deviceId, report.modelName, reason));
        showReport(report);
        Q_EMIT checkFinished();
    });
}

void ConformanceDialog::showReport(const datamodel::ConformanceReport &report)
{
    m_report = report;
    m_table->setSortingEnabled(false);
    m_model->removeRows(0, m_model->rowCount());
    for (const datamodel::ConformanceFinding &f : report.findings) {
        QList<QStandardItem *> row;
        for (const QString &text : {f.path, datamodel::ConformanceReport::categoryTitle(f.category), f.expected, f.actual,
                                    f.message}) {
            auto *item = new QStandardItem(text);
            item->setBackground(tint(f.category));
            item->setForeground(QColor(0x21, 0x21, 0x21));
            item->setToolTip(text);
            row.append(item);
        }
        row[CategoryColumn]->setData(QString::number(int(f.category)), kCategoryRole);
        m_model->appendRow(row);
    }
    m_table->setSortingEnabled(true);

    QStringList counts;
    for (Category c : datamodel::ConformanceReport::categories()) {
        if (const int n = report.count(c))
            counts.append(tr("%1: %2").arg(datamodel::ConformanceReport::categoryTitle(c)).arg(n));
    }
    const QString checked = tr("%1 objects and %2 parameters checked; the device claims version %3.")
                                .arg(report.objectsChecked)
                                .arg(report.parametersChecked)
                                .arg(report.claimedVersion);
    const QString verdict = report.isClean() ? tr("No errors.") : tr("Errors: %1.").arg(report.errorCount());
    m_summary->setText(counts.isEmpty() ? tr("%1 %2").arg(verdict, checked)
                                        : tr("%1 %2\n%3").arg(verdict, checked, counts.join(QStringLiteral("  ·  "))));
    m_exportHtml->setEnabled(true);
    m_exportCsv->setEnabled(true);
}

void ConformanceDialog::showError(const QString &message)
{
    m_report.reset();
    m_model->removeRows(0, m_model->rowCount());
    m_title->setText(message);
    m_summary->clear();
    m_exportHtml->setEnabled(false);
    m_exportCsv->setEnabled(false);
    m_rerun->setEnabled(true);
    Q_EMIT checkFinished();
}

QString ConformanceDialog::exportTo(const QString &path, const QString &format) const
{
    if (!m_report)
        return tr("There is no report to export.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    file.write(format == u"csv" ? datamodel::ConformanceReportWriter::toCsv(*m_report)
                                : datamodel::ConformanceReportWriter::toHtml(*m_report).toUtf8());
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

void ConformanceDialog::exportWithDialog(const QString &format)
{
    const bool csv = format == u"csv";
    const QString suggested = QStringLiteral("conformance-%1.%2").arg(m_deviceId, format);
    const QString path = QFileDialog::getSaveFileName(this, csv ? tr("Export CSV") : tr("Export HTML"), suggested,
                                                      csv ? tr("CSV files (*.csv)") : tr("HTML files (*.html)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path, format); !error.isEmpty())
        m_summary->setText(error);
}

} // namespace ui
