#include "settingsdialog.h"

#include <consolesettings.h>
#include <service/acsservice.h>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

// Combo data for addresses: QHostAddress::Any (IPv4 and IPv6) has no text of its own.
const QString kAny = QStringLiteral("any");

QString addressKey(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::AnyIPProtocol ? kAny : address.toString();
}

QHostAddress addressFromKey(const QString &key)
{
    return key == kAny ? QHostAddress(QHostAddress::Any) : QHostAddress(key);
}

void selectAddress(QComboBox *combo, const QHostAddress &address)
{
    const QString key = addressKey(address);
    int index = combo->findData(key);
    if (index < 0) { // an address this computer no longer has: keep it visible, not lost
        combo->addItem(key, key);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *container = new QWidget(parent);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    bool first = true;
    for (QWidget *w : widgets) {
        layout->addWidget(w, first ? 1 : 0);
        first = false;
    }
    return container;
}

} // namespace

SettingsDialog::SettingsDialog(service::AcsService &service, models::ConsoleSettings &settings, QWidget *parent)
    : QDialog(parent), m_service(service), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createDevicesTab(), tr("Devices"));
    tabs->addTab(createSecurityTab(), tr("TLS"));
    tabs->addTab(createApiTab(), tr("API"));
    tabs->addTab(createGeneralTab(), tr("General"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    populate();
    updateEnabled();
}

QWidget *SettingsDialog::createDevicesTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_bindAddress = new QComboBox(page);
    m_bindAddress->setObjectName(QStringLiteral("bindAddress"));
    m_bindAddress->addItem(tr("Every network of this computer"), kAny);
    m_bindAddress->addItem(tr("This computer only (127.0.0.1)"), QStringLiteral("127.0.0.1"));
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            m_bindAddress->addItem(tr("Only %1").arg(a.toString()), a.toString());
    }
    form->addRow(tr("Listen on:"), m_bindAddress);

    m_cwmpPort = new QSpinBox(page);
    m_cwmpPort->setObjectName(QStringLiteral("cwmpPort"));
    m_cwmpPort->setRange(0, 65535);
    m_cwmpPort->setSpecialValueText(tr("Any free port"));
    form->addRow(tr("CWMP port:"), m_cwmpPort);
    form->addRow(QString(), hintLabel(tr("7547 is the usual TR-069 port. Ports below 1024 need administrator rights. "
                                         "A new port applies at once."),
                                      page));

    m_authMode = new QComboBox(page);
    m_authMode->setObjectName(QStringLiteral("authMode"));
    m_authMode->addItem(tr("Digest (recommended)"), int(acs::CpeAuthMode::Digest));
    m_authMode->addItem(tr("Basic"), int(acs::CpeAuthMode::Basic));
    m_authMode->addItem(tr("None: accept any device"), int(acs::CpeAuthMode::None));
    form->addRow(tr("Device authentication:"), m_authMode);
    m_cpeUsername = new QLineEdit(page);
    m_cpeUsername->setObjectName(QStringLiteral("cpeUsername"));
    form->addRow(tr("Username devices use:"), m_cpeUsername);
    m_cpePassword = new QLineEdit(page);
    m_cpePassword->setObjectName(QStringLiteral("cpePassword"));
    form->addRow(tr("Password devices use:"), m_cpePassword);
    m_basicWarning = hintLabel(tr("Basic sends the password readable by anyone on the network unless TLS is on."), page);
    form->addRow(QString(), m_basicWarning);

    m_crUsername = new QLineEdit(page);
    m_crUsername->setObjectName(QStringLiteral("crUsername"));
    form->addRow(tr("Connection request username:"), m_crUsername);
    m_crPassword = new QLineEdit(page);
    m_crPassword->setObjectName(QStringLiteral("crPassword"));
    form->addRow(tr("Connection request password:"), m_crPassword);
    form->addRow(QString(), hintLabel(tr("Used to wake devices that have no credentials of their own in the "
                                         "workbench. Set the same on the device."),
                                      page));

    m_holdTime = new QSpinBox(page);
    m_holdTime->setObjectName(QStringLiteral("holdTime"));
    m_holdTime->setRange(1, 300);
    m_holdTime->setSuffix(tr(" s"));
    form->addRow(tr("Live session hold time:"), m_holdTime);
    form->addRow(QString(), hintLabel(tr("How long a device's session is held open while you work on it. Keep it "
                                         "below the device's session timeout (30 s on most devices)."),
                                      page));

    connect(m_authMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    return page;
}

QWidget *SettingsDialog::createSecurityTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_tlsMode = new QComboBox(page);
    m_tlsMode->setObjectName(QStringLiteral("tlsMode"));
    m_tlsMode->addItem(tr("Off (http)"), int(service::TlsMode::Off));
    m_tlsMode->addItem(tr("Generate a certificate"), int(service::TlsMode::Generate));
    m_tlsMode->addItem(tr("Use my certificate and key"), int(service::TlsMode::Files));
    form->addRow(tr("TLS (https):"), m_tlsMode);

    m_exportCa = new QPushButton(tr("Export CA certificate…"), page);
    m_exportCa->setObjectName(QStringLiteral("exportCa"));
    form->addRow(QString(), row(page, {hintLabel(tr("A generated certificate is issued by this workbench's own CA. "
                                                    "Install its certificate on devices so they trust the ACS."),
                                                 page),
                                       m_exportCa}));

    m_tlsCertificate = new QLineEdit(page);
    m_tlsCertificate->setObjectName(QStringLiteral("tlsCertificate"));
    m_browseCertificate = new QPushButton(tr("Browse…"), page);
    form->addRow(tr("Certificate (PEM):"), row(page, {m_tlsCertificate, m_browseCertificate}));
    m_tlsKey = new QLineEdit(page);
    m_tlsKey->setObjectName(QStringLiteral("tlsKey"));
    m_browseKey = new QPushButton(tr("Browse…"), page);
    form->addRow(tr("Private key (PEM):"), row(page, {m_tlsKey, m_browseKey}));

    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    connect(m_browseCertificate, &QPushButton::clicked, this,
            [this] { browseFile(m_tlsCertificate, tr("Choose the certificate")); });
    connect(m_browseKey, &QPushButton::clicked, this, [this] { browseFile(m_tlsKey, tr("Choose the private key")); });
    connect(m_exportCa, &QPushButton::clicked, this, &SettingsDialog::exportCa);
    return page;
}

QWidget *SettingsDialog::createApiTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_apiEnabled = new QCheckBox(tr("Serve the API (GenieACS-compatible JSON over HTTP)"), page);
    m_apiEnabled->setObjectName(QStringLiteral("apiEnabled"));
    form->addRow(m_apiEnabled);

    m_apiAddress = new QComboBox(page);
    m_apiAddress->setObjectName(QStringLiteral("apiAddress"));
    m_apiAddress->addItem(tr("This computer only (127.0.0.1)"), QStringLiteral("127.0.0.1"));
    m_apiAddress->addItem(tr("Every network of this computer"), kAny);
    form->addRow(tr("Listen on:"), m_apiAddress);

    m_apiPort = new QSpinBox(page);
    m_apiPort->setObjectName(QStringLiteral("apiPort"));
    m_apiPort->setRange(0, 65535);
    m_apiPort->setSpecialValueText(tr("Any free port"));
    form->addRow(tr("API port:"), m_apiPort);

    m_apiToken = new QLineEdit(page);
    m_apiToken->setObjectName(QStringLiteral("apiToken"));
    m_apiToken->setPlaceholderText(tr("none"));
    m_generateToken = new QPushButton(tr("Generate"), page);
    m_generateToken->setObjectName(QStringLiteral("generateToken"));
    m_copyToken = new QPushButton(tr("Copy"), page);
    m_copyToken->setObjectName(QStringLiteral("copyToken"));
    form->addRow(tr("Token:"), row(page, {m_apiToken, m_generateToken, m_copyToken}));
    form->addRow(QString(), hintLabel(tr("Scripts send it as \"Authorization: Bearer <token>\". Beyond this computer "
                                         "a token is required; one is generated if you leave it empty."),
                                      page));

    connect(m_apiEnabled, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_generateToken, &QPushButton::clicked, this, [this] { m_apiToken->setText(api::ApiServer::generateToken()); });
    connect(m_copyToken, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_apiToken->text()); });
    return page;
}

QWidget *SettingsDialog::createGeneralTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so that it can be found when the current one is foreign.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), hintLabel(tr("A new language applies at the next start."), page));

    m_workspaceDir = new QLineEdit(page);
    m_workspaceDir->setObjectName(QStringLiteral("workspaceDir"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    form->addRow(tr("Workspace folder:"), row(page, {m_workspaceDir, browse}));
    form->addRow(QString(), hintLabel(tr("Holds the database of devices, tasks and the session log, the served files "
                                         "and uploads. Another folder is opened at the next start."),
                                      page));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the workspace folder"), m_workspaceDir->text());
        if (!dir.isEmpty())
            m_workspaceDir->setText(QDir::toNativeSeparators(dir));
    });

    m_definitionsFolder = new QLineEdit(page);
    m_definitionsFolder->setObjectName(QStringLiteral("definitionsFolder"));
    m_definitionsFolder->setPlaceholderText(tr("none"));
    auto *browseDefinitions = new QPushButton(tr("Browse…"), page);
    form->addRow(tr("Data-model folder:"), row(page, {m_definitionsFolder, browseDefinitions}));
    form->addRow(QString(), hintLabel(tr("Broadband Forum data-model XML files (tr-181-*.xml, tr-098-*.xml, vendor "
                                         "files) in this folder are imported at every start."),
                                      page));
    connect(browseDefinitions, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the data-model folder"), m_definitionsFolder->text());
        if (!dir.isEmpty())
            m_definitionsFolder->setText(QDir::toNativeSeparators(dir));
    });

    // TR-143 download/upload and UDP echo servers the devices test against (issue 8).
    const auto portBox = [page](const char *name) {
        auto *box = new QSpinBox(page);
        box->setObjectName(QLatin1String(name));
        box->setRange(0, 65535);
        box->setSpecialValueText(tr("any free port"));
        return box;
    };
    m_tr143Port = portBox("tr143Port");
    m_udpEchoPort = portBox("udpEchoPort");
    form->addRow(tr("Speed-test server port:"), m_tr143Port);
    form->addRow(tr("UDP echo server port:"), m_udpEchoPort);
    form->addRow(QString(), hintLabel(tr("Fixed ports help when a firewall lets only known ports through."), page));
    return page;
}

void SettingsDialog::populate()
{
    m_loaded = m_settings.serviceSettings();
    const service::ServiceSettings &s = m_loaded;
    // Credentials nobody typed are the workspace's generated ones: shown, so they can be
    // copied to a device, and kept following the workspace unless changed here.
    acs::GeneratedCredentials generated;
    if (m_service.isOpen())
        generated = m_service.generatedCredentials();

    selectAddress(m_bindAddress, s.acs.address);
    m_cwmpPort->setValue(s.acs.port);
    m_authMode->setCurrentIndex(m_authMode->findData(int(s.acs.authMode)));
    m_cpeUsername->setText(s.cpeCredentialsGiven ? s.acs.cpeUsername : generated.cpeUsername);
    m_cpePassword->setText(s.cpeCredentialsGiven ? s.acs.cpePassword : generated.cpePassword);
    m_crUsername->setText(s.crCredentialsGiven ? s.acs.crUsername : generated.crUsername);
    m_crPassword->setText(s.crCredentialsGiven ? s.acs.crPassword : generated.crPassword);
    m_holdTime->setValue(qMax(1, s.acs.session.holdMs / 1000));

    m_tlsMode->setCurrentIndex(m_tlsMode->findData(int(s.tlsMode)));
    m_tlsCertificate->setText(s.tlsCertificatePath);
    m_tlsKey->setText(s.tlsKeyPath);

    m_apiEnabled->setChecked(s.apiEnabled);
    selectAddress(m_apiAddress, s.apiAddress);
    m_apiPort->setValue(s.apiPort);
    // A token the service generated is the one scripts were given: show that one.
    const bool apiRunsWithThese = m_service.settings().apiEnabled && m_service.settings().apiAddress == s.apiAddress;
    m_apiToken->setText(s.apiToken.isEmpty() && apiRunsWithThese ? m_service.settings().apiToken : s.apiToken);

    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_definitionsFolder->setText(QDir::toNativeSeparators(s.definitionsFolder));
    m_tr143Port->setValue(s.tr143Port);
    m_udpEchoPort->setValue(s.udpEchoPort);
    m_workspaceDir->setText(QDir::toNativeSeparators(m_settings.workspaceDir()));
}

void SettingsDialog::updateEnabled()
{
    const auto auth = acs::CpeAuthMode(m_authMode->currentData().toInt());
    m_cpeUsername->setEnabled(auth != acs::CpeAuthMode::None);
    m_cpePassword->setEnabled(auth != acs::CpeAuthMode::None);
    const auto tls = service::TlsMode(m_tlsMode->currentData().toInt());
    m_basicWarning->setVisible(auth == acs::CpeAuthMode::Basic && tls == service::TlsMode::Off);
    const bool files = tls == service::TlsMode::Files;
    m_tlsCertificate->setEnabled(files);
    m_tlsKey->setEnabled(files);
    m_browseCertificate->setEnabled(files);
    m_browseKey->setEnabled(files);
    m_exportCa->setEnabled(tls == service::TlsMode::Generate && m_service.isOpen());
    const bool api = m_apiEnabled->isChecked();
    m_apiAddress->setEnabled(api);
    m_apiPort->setEnabled(api);
    m_apiToken->setEnabled(api);
    m_generateToken->setEnabled(api);
    m_copyToken->setEnabled(api);
}

service::ServiceSettings SettingsDialog::collect()
{
    service::ServiceSettings s = m_loaded; // keeps what the dialog does not show
    s.acs.address = addressFromKey(m_bindAddress->currentData().toString());
    s.acs.port = quint16(m_cwmpPort->value());
    s.acs.authMode = acs::CpeAuthMode(m_authMode->currentData().toInt());
    s.acs.cpeUsername = m_cpeUsername->text();
    s.acs.cpePassword = m_cpePassword->text();
    s.acs.crUsername = m_crUsername->text();
    s.acs.crPassword = m_crPassword->text();
    s.acs.session.holdMs = m_holdTime->value() * 1000;
    s.tlsMode = service::TlsMode(m_tlsMode->currentData().toInt());
    // Choosing Basic here is the explicit opt-in AcsSettings asks for without TLS.
    s.acs.allowBasicWithoutTls = s.acs.authMode == acs::CpeAuthMode::Basic;
    s.tlsCertificatePath = m_tlsCertificate->text().trimmed();
    s.tlsKeyPath = m_tlsKey->text().trimmed();
    s.apiEnabled = m_apiEnabled->isChecked();
    s.apiAddress = addressFromKey(m_apiAddress->currentData().toString());
    s.apiPort = quint16(m_apiPort->value());
    s.apiToken = m_apiToken->text().trimmed();
    s.definitionsFolder = QDir::fromNativeSeparators(m_definitionsFolder->text().trimmed());
    s.tr143Port = quint16(m_tr143Port->value());
    s.udpEchoPort = quint16(m_udpEchoPort->value());

    acs::GeneratedCredentials generated;
    if (m_service.isOpen())
        generated = m_service.generatedCredentials();
    s.cpeCredentialsGiven = s.acs.cpeUsername != generated.cpeUsername || s.acs.cpePassword != generated.cpePassword;
    s.crCredentialsGiven = s.acs.crUsername != generated.crUsername || s.acs.crPassword != generated.crPassword;
    return s;
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::accept()
{
    service::ServiceSettings s = collect();
    if (s.acs.authMode != acs::CpeAuthMode::None && (s.acs.cpeUsername.isEmpty() || s.acs.cpePassword.isEmpty())) {
        showError(tr("Devices need a username and a password to authenticate (or choose None)."));
        return;
    }
    QString error;
    if (!m_service.apply(s, &error)) {
        // Nothing is kept that did not apply: the next start must not fail the same way.
        showError(error);
        return;
    }
    if (s.apiEnabled && s.apiToken.isEmpty())
        s.apiToken = m_service.settings().apiToken; // generated: the one scripts must go on using
    m_settings.setServiceSettings(s);
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setWorkspaceDir(QDir::fromNativeSeparators(m_workspaceDir->text().trimmed()));
    m_settings.sync();
    m_error->hide();
    QDialog::accept();
}

void SettingsDialog::showError(const QString &message)
{
    m_error->setText(tr("Could not apply the settings: %1").arg(message));
    m_error->show();
}

void SettingsDialog::browseFile(QLineEdit *target, const QString &title)
{
    const QString path = QFileDialog::getOpenFileName(this, title, target->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!path.isEmpty())
        target->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::exportCa()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the CA certificate"),
                                                      QDir::home().filePath(QStringLiteral("cwmp-workbench-ca.pem")),
                                                      tr("PEM files (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    const QString error = m_service.exportCaCertificate(path);
    if (error.isEmpty())
        QMessageBox::information(this, tr("CA certificate exported"),
                                 tr("Install %1 on the devices so that they trust this workbench.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("CA certificate not exported"), error);
}

} // namespace ui
