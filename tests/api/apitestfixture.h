#pragma once

// What the API tests share: the composition the headless mode builds (a workspace with
// its SQLite database in a temporary folder, the engine over its persistence, the file
// server, the API with the database and the files folder), the real cwmp-cpe-sim as the
// device, and an HTTP client speaking to the API over 127.0.0.1.

#include "acs/acstestclient.h"

#include <api/apiserver.h>

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/workspace.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <support/testpaths.h>

#include <memory>
#include <optional>

namespace apitest {

inline QByteArray encoded(const QByteArray &text)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(text));
}

inline QJsonArray array(const http::Result &r)
{
    return QJsonDocument::fromJson(r.response.body).array();
}

inline QJsonObject object(const http::Result &r)
{
    return QJsonDocument::fromJson(r.response.body).object();
}

// Declared in this order so that the engine goes before the workspace's database.
struct Stack {
    acs::Workspace workspace;
    acs::FileServer files;
    acs::AcsEngine engine{workspace.persistence()};
    api::ApiServer api{&engine, &files};
};

class Fixture
{
public:
    ~Fixture() { stopDevice(); }

    // Empty on success, else what failed.
    QString start(const QString &serialBase, int devices = 1)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (!QFile::exists(testsupport::simulatorPath()))
            return QStringLiteral("cwmp-cpe-sim is not built next to the test");
        m_stack = std::make_unique<Stack>();
        std::optional<QString> opened;
        m_stack->workspace.open(m_dir.filePath(QStringLiteral("workspace")), m_stack->engine, m_stack->files,
                                [&](bool ok, const QString &why) { opened = ok ? QString() : why; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 20000) || !opened->isEmpty())
            return QStringLiteral("workspace: %1").arg(opened.value_or(QStringLiteral("timeout")));
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::None;
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        settings.session.holdMs = 1500;
        if (!engine().start(settings))
            return engine().errorString();
        api().setFilesDirectory(m_stack->workspace.filesDirectory());
        api().setDatabase(&m_stack->workspace.database());
        if (!api().listen(QHostAddress::LocalHost, 0))
            return api().errorString();
        m_client = std::make_unique<http::HttpClient>(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(api().serverPort())));
        m_serialBase = serialBase;
        m_count = devices;
        if (!startDevice())
            return QStringLiteral("the simulator did not start");
        if (!QTest::qWaitFor([&] { return engine().devices().ids().size() == devices; }, 15000))
            return QStringLiteral("the simulator did not inform");
        QStringList ids = engine().devices().ids();
        ids.sort();
        m_id = ids.constFirst();
        return {};
    }

    bool startDevice()
    {
        m_sim = std::make_unique<QProcess>();
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(testsupport::simulatorPath(),
                     {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(engine().port()), QStringLiteral("--cr-port"),
                      QStringLiteral("0"), QStringLiteral("--cr-username"), QStringLiteral("acs"), QStringLiteral("--cr-password"),
                      QStringLiteral("cr-secret"), QStringLiteral("--serial-base"), m_serialBase, QStringLiteral("--periodic-interval"),
                      QStringLiteral("3600"), QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("state")),
                      QStringLiteral("--count"), QString::number(m_count), QStringLiteral("--log"), QStringLiteral("warn")});
        return m_sim->waitForStarted();
    }

    void stopDevice()
    {
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
            m_sim.reset();
        }
    }

    acs::AcsEngine &engine() { return m_stack->engine; }
    acs::FileServer &files() { return m_stack->files; }
    api::ApiServer &api() { return m_stack->api; }
    acs::Workspace &workspace() { return m_stack->workspace; }
    const QString &id() const { return m_id; }
    const acs::DeviceRecord &device() { return *engine().devices().find(m_id); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    http::Result request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                         const http::Headers &headers = {}, int timeoutMs = 30000)
    {
        http::Request r;
        r.method = method;
        r.target = target;
        r.headers = headers;
        r.body = body;
        if (!body.isEmpty() && !r.headers.contains("Content-Type"))
            r.headers.set("Content-Type", "application/json");
        return acstest::sendAndWait(*m_client, r, timeoutMs);
    }

    QByteArray devicePath() const { return "/devices/" + encoded(m_id.toUtf8()); }
    QByteArray tasksPath() const { return devicePath() + "/tasks"; }

    // Sessions from earlier steps end before the next one, so that a task without
    // connection_request really waits.
    bool waitForIdleDevice()
    {
        return QTest::qWaitFor([this] { return !engine().isInSession(m_id); }, 15000);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Stack> m_stack;
    std::unique_ptr<http::HttpClient> m_client;
    std::unique_ptr<QProcess> m_sim;
    QString m_serialBase;
    int m_count = 1;
    QString m_id;
};

} // namespace apitest
