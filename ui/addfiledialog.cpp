#include "addfiledialog.h"

#include <service/filelibrary.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ui {

AddFileDialog::AddFileDialog(const service::FileLibrary &library, const QString &sourcePath,
                             const acs::ServedFile &defaults, QWidget *parent)
    : QDialog(parent), m_library(library), m_name(new QLineEdit(defaults.name, this)), m_type(new QComboBox(this)),
      m_oui(new QLineEdit(defaults.oui, this)), m_productClass(new QLineEdit(defaults.productClass, this)),
      m_version(new QLineEdit(defaults.version, this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add File to the Library"));
    const QFileInfo info(sourcePath);
    auto *source = new QLabel(tr("%1 (%2)").arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                                                QLocale().formattedDataSize(info.size(), 1,
                                                                            QLocale::DataSizeTraditionalFormat)),
                              this);
    source->setWordWrap(true);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // TR-069 A.3.2.8: vendor-specific types ("X <OUI> <name>") are allowed, so the box is editable.
    m_type->setEditable(true);
    m_type->addItems(service::FileLibrary::fileTypes());
    m_type->setCurrentText(defaults.fileType);
    m_type->setToolTip(tr("The FileType sent in the Download request (TR-069 A.3.2.8)."));
    // An OUI is six hexadecimal digits (TR-069 DeviceIdStruct).
    m_oui->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Fa-f]{0,6}")), m_oui));
    m_oui->setPlaceholderText(tr("any device"));
    m_productClass->setPlaceholderText(tr("any device"));
    m_version->setPlaceholderText(tr("the SoftwareVersion the image installs"));
    m_name->setToolTip(tr("Devices fetch the file under this name: /files/<name>."));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28)); // as TransferTimelineView's failures
    m_problem->setPalette(palette);

    auto *form = new QFormLayout;
    form->addRow(tr("Source:"), source);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("File &type:"), m_type);
    form->addRow(tr("For &OUI:"), m_oui);
    form->addRow(tr("For &product class:"), m_productClass);
    form->addRow(tr("&Version:"), m_version);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddFileDialog::validate);
    connect(m_type, &QComboBox::currentTextChanged, this, &AddFileDialog::validate);
    resize(560, sizeHint().height());
    validate();
}

acs::ServedFile AddFileDialog::metadata() const
{
    acs::ServedFile f;
    f.name = m_name->text();
    f.fileType = m_type->currentText().trimmed();
    f.oui = m_oui->text().trimmed().toUpper();
    f.productClass = m_productClass->text().trimmed();
    f.version = m_version->text().trimmed();
    return f;
}

QString AddFileDialog::problem() const
{
    if (const QString name = m_library.nameProblem(m_name->text()); !name.isEmpty())
        return name;
    if (m_type->currentText().trimmed().isEmpty())
        return tr("Choose the file type devices are told.");
    return {};
}

void AddFileDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace ui
