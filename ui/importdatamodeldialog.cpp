#include "importdatamodeldialog.h"

#include <service/definitionlibrary.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

ImportDataModelDialog::ImportDataModelDialog(service::DefinitionLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setWindowTitle(tr("Import data model"));
    resize(640, 260);

    auto *intro = new QLabel(tr("Choose a Broadband Forum data-model XML file (for example tr-181-2-19-1-cwmp-full.xml) "
                                "or a folder of them. Vendor files in the same format describe their X_ extensions. "
                                "Imported models are remembered in the workspace."),
                             this);
    intro->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("/path/to/file.xml or folder"));
    auto *file = new QPushButton(tr("File…"), this);
    auto *folder = new QPushButton(tr("Folder…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(file);
    pathRow->addWidget(folder);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_models = new QLabel(this);
    m_models->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_models);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(file, &QPushButton::clicked, this, &ImportDataModelDialog::chooseFile);
    connect(folder, &QPushButton::clicked, this, &ImportDataModelDialog::chooseFolder);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDataModelDialog::updateButtons);
    // Import is an AcceptRole button, wired to the import and not to accept(): the dialog
    // stays open to show the outcome.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDataModelDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, &m_library, &service::DefinitionLibrary::cancelImport);
    connect(&m_library, &service::DefinitionLibrary::importProgress, this, [this](int done, int total, const QString &f) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Reading %1 (%2 of %3)…").arg(QFileInfo(f).fileName()).arg(done + 1).arg(total));
    });
    connect(&m_library, &service::DefinitionLibrary::importFinished, this, [this](bool ok, const QString &message) {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(message);
        QStringList names;
        for (const service::DefinitionLibrary::ModelInfo &m : m_library.models())
            names.append(m.model.name());
        m_models->setText(names.isEmpty() ? QString() : tr("Models available: %1").arg(names.join(QLatin1String(", "))));
        updateButtons();
        Q_EMIT importFinished(ok);
    });
    updateButtons();
}

void ImportDataModelDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

bool ImportDataModelDialog::startImport()
{
    QString why;
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!m_library.importPath(path, &why)) {
        m_status->setText(why);
        return false;
    }
    m_progress->setRange(0, 0); // busy until the first progress report
    m_status->setText(tr("Importing…"));
    updateButtons();
    return true;
}

QString ImportDataModelDialog::resultText() const
{
    return m_status->text();
}

void ImportDataModelDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import data model"), m_path->text(),
                                                      tr("Data-model XML (*.xml)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportDataModelDialog::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Import every data model in a folder"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportDataModelDialog::updateButtons()
{
    const bool busy = m_library.isImporting();
    m_import->setEnabled(!busy && !m_path->text().trimmed().isEmpty());
    m_cancel->setEnabled(busy);
    m_path->setEnabled(!busy);
}

} // namespace ui
