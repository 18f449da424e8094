#include "firmwareupgradedialog.h"

#include "fileimportbar.h"
#include "transfertimelineview.h"

#include <acs/transfertracker.h>
#include <service/acsservice.h>
#include <service/filelibrary.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

// Images a Download with FileType "1 Firmware Upgrade Image" makes sense for: those
// registered as such, and those registered without a type (the API need not give one).
bool isFirmware(const acs::ServedFile &f)
{
    return f.fileType.isEmpty() || f.fileType == service::FileLibrary::kFirmwareType;
}

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

} // namespace

FirmwareUpgradeDialog::FirmwareUpgradeDialog(service::AcsService &service, const QString &deviceId, QWidget *parent)
    : QDialog(parent), m_service(service), m_deviceId(deviceId), m_pages(new QStackedWidget(this)),
      m_deviceLine(new QLabel(this)), m_image(new QComboBox(this)), m_addImage(new QPushButton(tr("Add Image…"), this)),
      m_size(selectableLabel(this)), m_hash(selectableLabel(this)), m_version(selectableLabel(this)),
      m_target(selectableLabel(this)), m_deviceVersion(selectableLabel(this)), m_warningBox(new QFrame(this)),
      m_warningText(new QLabel(this)), m_anyway(new QCheckBox(tr("Upgrade &anyway"), this)), m_delay(new QSpinBox(this)),
      m_when(new QComboBox(this)), m_windowRow(new QWidget(this)), m_windowStart(new QSpinBox(this)),
      m_windowEnd(new QSpinBox(this)), m_windowUnit(new QComboBox(this)), m_modeRow(new QWidget(this)),
      m_windowMode(new QComboBox(this)), m_modeHelp(new QLabel(this)), m_userMessage(new QLineEdit(this)),
      m_error(new QLabel(this)), m_importBar(new FileImportBar(service.fileLibrary(), this)),
      m_timeline(new TransferTimelineView(this)), m_upgrade(new QPushButton(tr("&Upgrade"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Firmware Upgrade — %1").arg(deviceId));
    m_pages->addWidget(buildChoicePage());
    m_pages->addWidget(m_timeline);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_upgrade, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_upgrade->setDefault(true);
    connect(m_upgrade, &QPushButton::clicked, this, &FirmwareUpgradeDialog::upgrade);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_deviceLine);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(&service.fileLibrary(), &service::FileLibrary::changed, this, [this] { reloadImages(selectedImage()); });
    connect(&service.engine().devices(), &acs::DeviceDirectory::deviceChanged, this, [this](const QString &id) {
        if (id == m_deviceId && m_timelineId == 0)
            showImage();
    });
    connect(&service.transfers(), &acs::TransferTracker::timelineFinished, this, &FirmwareUpgradeDialog::onTimelineFinished);
    connect(m_importBar, &FileImportBar::statusMessage, this, &FirmwareUpgradeDialog::statusMessage);
    connect(m_importBar, &FileImportBar::imported, this, [this](const QString &name) { selectImage(name); });

    reloadImages();
    QFont bold = m_deviceLine->font();
    bold.setBold(true);
    m_deviceLine->setFont(bold);
    m_deviceLine->setWordWrap(true);
    resize(760, 520);
}

QWidget *FirmwareUpgradeDialog::buildChoicePage()
{
    auto *page = new QWidget(this);
    m_image->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_image->setMinimumContentsLength(24);
    m_addImage->setToolTip(tr("Copy a firmware image into the file library"));
    connect(m_image, &QComboBox::currentIndexChanged, this, &FirmwareUpgradeDialog::showImage);
    connect(m_addImage, &QPushButton::clicked, this, &FirmwareUpgradeDialog::chooseImageFile);
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(m_addImage);

    m_hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hash->setWordWrap(true);
    // TR-069 A.3.2.8: DelaySeconds, how long the device waits before it starts the download.
    m_delay->setRange(0, 7 * 24 * 3600);
    m_delay->setSuffix(tr(" s"));
    m_delay->setMaximumWidth(m_delay->fontMetrics().horizontalAdvance(QStringLiteral("0000000 s")) + 40);
    m_delay->setToolTip(tr("How long the device waits before it fetches the image (DelaySeconds)."));

    // Download at once, or ScheduleDownload (TR-069 A.4.1.6) inside a time window.
    m_when->addItem(tr("Now (Download)"), int(Now));
    m_when->addItem(tr("In a time window (ScheduleDownload)"), int(InWindow));
    m_when->setToolTip(tr("A time window lets the device fetch the image later, e.g. at night."));
    connect(m_when, &QComboBox::currentIndexChanged, this, &FirmwareUpgradeDialog::showWhen);

    // WindowStart/WindowEnd count from the moment the device receives the request.
    for (QSpinBox *box : {m_windowStart, m_windowEnd}) {
        box->setRange(0, 7 * 24 * 3600);
        box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 40);
    }
    m_windowStart->setValue(0);
    m_windowEnd->setValue(60);
    m_windowStart->setToolTip(tr("When the window opens, counted from the moment the device gets the request."));
    m_windowEnd->setToolTip(tr("When the window closes; the download must be done by then."));
    m_windowUnit->addItem(tr("seconds from now"), 1);
    m_windowUnit->addItem(tr("minutes from now"), 60);
    m_windowUnit->setCurrentIndex(1);
    auto *windowLayout = new QHBoxLayout(m_windowRow);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    windowLayout->addWidget(new QLabel(tr("from"), m_windowRow));
    windowLayout->addWidget(m_windowStart);
    windowLayout->addWidget(new QLabel(tr("to"), m_windowRow));
    windowLayout->addWidget(m_windowEnd);
    windowLayout->addWidget(m_windowUnit);
    windowLayout->addStretch(1);

    for (const QString &mode : acs::TimeWindow::modes())
        m_windowMode->addItem(mode, mode);
    m_modeHelp->setWordWrap(true);
    QPalette muted = m_modeHelp->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_modeHelp->setPalette(muted);
    connect(m_windowMode, &QComboBox::currentIndexChanged, this, [this] {
        m_modeHelp->setText(acs::TimeWindow::describeMode(m_windowMode->currentData().toString()));
    });
    m_modeHelp->setText(acs::TimeWindow::describeMode(m_windowMode->currentData().toString()));
    auto *modeLayout = new QVBoxLayout(m_modeRow);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->addWidget(m_windowMode, 0, Qt::AlignLeft);
    modeLayout->addWidget(m_modeHelp);
    // An error about the window is for the values it was about.
    for (QSpinBox *box : {m_windowStart, m_windowEnd})
        connect(box, &QSpinBox::valueChanged, m_error, &QWidget::hide);
    connect(m_windowUnit, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);
    m_userMessage->setMaxLength(256); // UserMessage is string(256)
    m_userMessage->setPlaceholderText(tr("Optional: what the device may show its user"));

    auto *form = new QFormLayout;
    m_form = form;
    auto *imageLabel = new QLabel(tr("&Image:"), page);
    imageLabel->setBuddy(m_image);
    form->addRow(imageLabel, imageRow);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("SHA-256:"), m_hash);
    form->addRow(tr("Image version:"), m_version);
    form->addRow(tr("Meant for:"), m_target);
    form->addRow(tr("Device runs:"), m_deviceVersion);
    form->addRow(tr("W&hen:"), m_when);
    form->addRow(tr("&Delay:"), m_delay);
    form->addRow(tr("&Window:"), m_windowRow);
    form->addRow(tr("&Mode:"), m_modeRow);
    form->addRow(tr("User &message:"), m_userMessage);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_windowRow)))
        label->setBuddy(m_windowStart);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_modeRow)))
        label->setBuddy(m_windowMode);
    showWhen();

    // Why not to send this image; a soft amber box, and the checkbox is the confirmation.
    m_warningBox->setFrameShape(QFrame::StyledPanel);
    m_warningBox->setAutoFillBackground(true);
    QPalette palette = m_warningBox->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
    m_warningBox->setPalette(palette);
    m_warningText->setWordWrap(true);
    m_warningText->setTextFormat(Qt::RichText);
    auto *warningLayout = new QVBoxLayout(m_warningBox);
    warningLayout->addWidget(m_warningText);
    warningLayout->addWidget(m_anyway);
    connect(m_anyway, &QCheckBox::toggled, this, &FirmwareUpgradeDialog::updateUpgradeButton);

    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(red);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_warningBox);
    layout->addWidget(m_error);
    layout->addWidget(m_importBar);
    layout->addStretch(1);
    return page;
}

void FirmwareUpgradeDialog::showWhen()
{
    const bool windowed = when() == InWindow;
    m_form->setRowVisible(m_delay, !windowed);
    for (QWidget *field : {m_windowRow, m_modeRow, static_cast<QWidget *>(m_userMessage)})
        m_form->setRowVisible(field, windowed);
    m_error->hide();
}

void FirmwareUpgradeDialog::setWhen(When when)
{
    m_when->setCurrentIndex(m_when->findData(int(when)));
}

FirmwareUpgradeDialog::When FirmwareUpgradeDialog::when() const
{
    return m_when->currentData().toInt() == int(InWindow) ? InWindow : Now;
}

acs::TimeWindow FirmwareUpgradeDialog::timeWindow() const
{
    const int unit = m_windowUnit->currentData().toInt();
    acs::TimeWindow w;
    w.start = quint32(m_windowStart->value()) * quint32(unit);
    w.end = quint32(m_windowEnd->value()) * quint32(unit);
    w.mode = m_windowMode->currentData().toString();
    w.userMessage = m_userMessage->text();
    return w;
}

void FirmwareUpgradeDialog::reloadImages(const QString &select)
{
    const QSignalBlocker blocker(m_image);
    m_image->clear();
    for (const acs::ServedFile &f : m_service.fileLibrary().files()) {
        if (!isFirmware(f))
            continue;
        const QString label = f.version.isEmpty() ? f.name : tr("%1 (version %2)").arg(f.name, f.version);
        m_image->addItem(label, f.name);
    }
    const int index = m_image->findData(select);
    m_image->setCurrentIndex(index >= 0 ? index : (m_image->count() > 0 ? 0 : -1));
    m_image->setEnabled(m_image->count() > 0);
    if (m_image->count() == 0)
        m_image->setPlaceholderText(tr("No firmware image in the library"));
    showImage();
}

bool FirmwareUpgradeDialog::selectImage(const QString &name)
{
    const int index = m_image->findData(name);
    if (index < 0)
        return false;
    m_image->setCurrentIndex(index);
    showImage();
    return true;
}

QString FirmwareUpgradeDialog::selectedImage() const
{
    return m_image->currentData().toString();
}

void FirmwareUpgradeDialog::showImage()
{
    const acs::DeviceRecord *device = m_service.engine().devices().find(m_deviceId);
    if (device) {
        m_deviceLine->setText(tr("Device %1 (%2, OUI %3)")
                                  .arg(m_deviceId, orDash(device->deviceId.productClass), orDash(device->deviceId.oui)));
        m_deviceVersion->setText(orDash(device->softwareVersion));
    } else {
        m_deviceLine->setText(tr("Device %1 is not known to this workspace.").arg(m_deviceId));
        m_deviceVersion->setText(orDash({}));
    }

    const std::optional<acs::ServedFile> file = m_service.fileLibrary().file(selectedImage());
    m_warnings.clear();
    if (file) {
        const QLocale locale;
        m_size->setText(tr("%1 (%2 bytes)").arg(locale.formattedDataSize(file->size, 1, QLocale::DataSizeTraditionalFormat),
                                               locale.toString(file->size)));
        m_hash->setText(QString::fromLatin1(file->sha256));
        m_version->setText(file->version.isEmpty() ? tr("not given — the outcome is judged by the version change")
                                                   : file->version);
        m_target->setText(tr("OUI %1, product class %2")
                              .arg(file->oui.isEmpty() ? tr("any") : file->oui,
                                   file->productClass.isEmpty() ? tr("any") : file->productClass));
        if (device)
            m_warnings = acs::TransferTracker::warningsFor(*file, *device);
    } else {
        for (QLabel *label : {m_size, m_hash, m_version, m_target})
            label->setText(orDash({}));
    }
    if (!m_warnings.isEmpty()) {
        QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left: -20px\">").arg(tr("Check before upgrading:").toHtmlEscaped());
        for (const QString &w : std::as_const(m_warnings))
            html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_warningText->setText(html);
    }
    m_warningBox->setVisible(!m_warnings.isEmpty());
    if (selectedImage() != m_shownImage) {
        // A confirmation is for one image: another one is confirmed anew.
        m_shownImage = selectedImage();
        const QSignalBlocker blocker(m_anyway);
        m_anyway->setChecked(false);
    }
    m_error->hide();
    updateUpgradeButton();
}

void FirmwareUpgradeDialog::updateUpgradeButton()
{
    const bool choosing = m_timelineId == 0;
    m_upgrade->setVisible(choosing);
    const bool ready = m_service.fileLibrary().file(selectedImage()).has_value()
        && m_service.engine().devices().find(m_deviceId) != nullptr && (m_warnings.isEmpty() || m_anyway->isChecked());
    m_upgrade->setEnabled(choosing && ready);
}

bool FirmwareUpgradeDialog::upgrade()
{
    if (m_timelineId != 0)
        return false;
    if (!m_warnings.isEmpty() && !m_anyway->isChecked()) {
        m_error->setText(tr("Confirm the warnings with \"Upgrade anyway\" first."));
        m_error->show();
        return false;
    }
    QString why;
    std::optional<acs::TransferTimeline> started;
    if (when() == InWindow) {
        const QList<acs::TimeWindow> windows{timeWindow()};
        if (const QString problem = acs::TimeWindow::problem(windows); !problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            return false;
        }
        started = m_service.transfers().scheduleFirmware(m_deviceId, selectedImage(), windows, &why);
    } else {
        started = m_service.transfers().upgradeFirmware(m_deviceId, selectedImage(), quint32(m_delay->value()), &why);
    }
    if (!started) {
        m_error->setText(tr("The upgrade was not started: %1").arg(why));
        m_error->show();
        return false;
    }
    m_timelineId = started->id;
    m_timeline->follow(&m_service.transfers(), m_timelineId);
    m_pages->setCurrentWidget(m_timeline);
    m_close->setToolTip(tr("The upgrade goes on when the dialog is closed."));
    updateUpgradeButton();
    Q_EMIT statusMessage(tr("Firmware upgrade of %1 with %2 started.").arg(m_deviceId, selectedImage()));
    return true;
}

void FirmwareUpgradeDialog::chooseImageFile()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Firmware Image"), QString(),
                                                            tr("Firmware images (*.bin *.img *.trx *.itb *.fw *.chk *.ubi);;All files (*)"));
    if (!paths.isEmpty())
        m_importBar->addFiles(paths, QString(service::FileLibrary::kFirmwareType));
}

void FirmwareUpgradeDialog::onTimelineFinished(const acs::TransferTimeline &timeline)
{
    if (timeline.id != m_timelineId || m_timelineId == 0)
        return;
    if (timeline.state == acs::TransferTimeline::kSucceeded)
        Q_EMIT statusMessage(tr("Firmware upgrade of %1 succeeded: now version %2.").arg(m_deviceId, timeline.newVersion));
    else
        Q_EMIT statusMessage(tr("Firmware upgrade of %1 failed: %2").arg(m_deviceId, timeline.failure));
}

} // namespace ui
