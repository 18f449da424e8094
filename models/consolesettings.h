#pragma once

// What the console remembers between runs (QSettings): the listener settings handed to
// service::AcsService::apply(), where the workspace lives and the language. Credentials
// the workspace generated are not copied here: they stay in the workspace, and only
// credentials the engineer typed are kept.

#include <service/servicesettings.h>

#include <QString>

#include <memory>

class QSettings;

namespace models {

class ConsoleSettings
{
public:
    // The user's settings (organization and application name of the QCoreApplication).
    ConsoleSettings();
    // An INI file, for tests and portable setups.
    explicit ConsoleSettings(const QString &iniPath);
    ~ConsoleSettings();

    service::ServiceSettings serviceSettings() const;
    void setServiceSettings(const service::ServiceSettings &settings);

    // Takes effect at the next start (the open workspace holds the engine's state).
    QString workspaceDir() const;
    void setWorkspaceDir(const QString &dir);
    static QString defaultWorkspaceDir();

    // "" follows the system; "en" or "de". Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    // Writes pending changes to disk now (QSettings also does so on its own).
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace models
