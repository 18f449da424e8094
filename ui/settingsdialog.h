#pragma once

// Settings: the CWMP port and bind address, how devices authenticate, the default
// connection-request credentials, the live-session hold time, TLS, the northbound API,
// the workspace folder, the data-model folder, the test-server ports and the language.
// OK applies the listeners at once (no restart);
// what cannot be applied (a port in use) is said in plain words and the dialog stays open.

#include <service/servicesettings.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace models {
class ConsoleSettings;
}

namespace service {
class AcsService;
}

namespace ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(service::AcsService &service, models::ConsoleSettings &settings, QWidget *parent = nullptr);

    // The settings as the fields say now (credentials equal to the workspace's generated
    // ones count as not given, so they keep following the workspace).
    service::ServiceSettings collect();
    // Why the last OK did not close the dialog; empty otherwise.
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    QWidget *createDevicesTab();
    QWidget *createSecurityTab();
    QWidget *createApiTab();
    QWidget *createGeneralTab();
    void populate();
    void updateEnabled();
    void browseFile(QLineEdit *target, const QString &title);
    void exportCa();
    void showError(const QString &message);

    service::AcsService &m_service;
    models::ConsoleSettings &m_settings;
    service::ServiceSettings m_loaded;

    QComboBox *m_bindAddress = nullptr;
    QSpinBox *m_cwmpPort = nullptr;
    QComboBox *m_authMode = nullptr;
    QLineEdit *m_cpeUsername = nullptr;
    QLineEdit *m_cpePassword = nullptr;
    QLabel *m_basicWarning = nullptr;
    QLineEdit *m_crUsername = nullptr;
    QLineEdit *m_crPassword = nullptr;
    QSpinBox *m_holdTime = nullptr;

    QComboBox *m_tlsMode = nullptr;
    QLineEdit *m_tlsCertificate = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QPushButton *m_browseCertificate = nullptr;
    QPushButton *m_browseKey = nullptr;
    QPushButton *m_exportCa = nullptr;

    QCheckBox *m_apiEnabled = nullptr;
    QComboBox *m_apiAddress = nullptr;
    QSpinBox *m_apiPort = nullptr;
    QLineEdit *m_apiToken = nullptr;
    QPushButton *m_generateToken = nullptr;
    QPushButton *m_copyToken = nullptr;

    QComboBox *m_language = nullptr;
    QLineEdit *m_workspaceDir = nullptr;
    QLineEdit *m_definitionsFolder = nullptr;
    QSpinBox *m_tr143Port = nullptr;
    QSpinBox *m_udpEchoPort = nullptr;

    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ui
