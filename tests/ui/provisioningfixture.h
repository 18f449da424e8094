#pragma once

// What the provisioning GUI tests share: the service over a workspace in a temporary folder
// and real cwmp-cpe-sim devices over 127.0.0.1; tasks run to their end; screenshots of a
// widget when CWMP_SCREENSHOT_DIR is set (run under Xvfb to see them as a user would).

#include <service/acsservice.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

#include <support/testpaths.h>

#include <memory>
#include <optional>

namespace provisioningtest {

constexpr int kWaitMs = 30000;

class Fixture
{
public:
    ~Fixture()
    {
        for (auto &sim : m_sims) {
            sim->terminate();
            sim->waitForFinished(5000);
        }
        m_service.reset();
    }

    // Empty on success, else what failed.
    QString start()
    {
        if (!QFile::exists(testsupport::simulatorPath()))
            return QStringLiteral("cwmp-cpe-sim is not built next to the test");
        m_service = std::make_unique<service::AcsService>();
        std::optional<QString> opened;
        m_service->open(m_dir.filePath(QStringLiteral("workspace")), [&](bool ok, const QString &e) { opened = ok ? QString() : e; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, kWaitMs) || !opened->isEmpty())
            return QStringLiteral("workspace: %1").arg(opened.value_or(QStringLiteral("timeout")));
        service::ServiceSettings s;
        s.acs.address = QHostAddress::LocalHost;
        s.acs.port = 0;
        s.acs.authMode = acs::CpeAuthMode::None;
        s.acs.crUsername = QStringLiteral("acs");
        s.acs.crPassword = QStringLiteral("cr-secret");
        s.crCredentialsGiven = true;
        s.acs.crMinIntervalMs = 0;
        s.acs.session.holdMs = 1000;
        QString error;
        if (!m_service->apply(s, &error))
            return error;
        return {};
    }

    QStringList startSimulator(const QString &serialBase, int count, const QStringList &extra = {})
    {
        const QStringList before = engine().devices().ids();
        auto sim = std::make_unique<QProcess>();
        sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim->start(testsupport::simulatorPath(),
                   QStringList{QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(engine().port()),
                               QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                               QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("cr-secret"),
                               QStringLiteral("--serial-base"), serialBase, QStringLiteral("--count"), QString::number(count),
                               QStringLiteral("--periodic-interval"), QStringLiteral("3600"), QStringLiteral("--state-dir"),
                               m_dir.filePath(serialBase), QStringLiteral("--log"), QStringLiteral("error")}
                       + extra);
        if (!sim->waitForStarted())
            return {};
        m_sims.push_back(std::move(sim));
        (void)QTest::qWaitFor([&] { return engine().devices().ids().size() == before.size() + count; }, kWaitMs);
        QStringList added;
        for (const QString &id : engine().devices().ids()) {
            if (!before.contains(id))
                added.append(id);
        }
        added.sort();
        return added;
    }

    acs::Task run(const QString &id, const QString &kind, const QJsonObject &args)
    {
        QString why;
        const auto task = engine().queueTask(id, kind, args, &why);
        if (!task) {
            acs::Task failed;
            failed.state = acs::TaskState::Fault;
            failed.faultString = why;
            return failed;
        }
        // A device that has just closed a session may refuse a connection request as busy.
        QDeadlineTimer deadline(kWaitMs);
        while (!acs::isFinished(engine().tasks().find(task->id)->state) && !deadline.hasExpired()) {
            if (engine().tasks().find(task->id)->state == acs::TaskState::Queued && !engine().isInSession(id))
                engine().connectionRequest(id);
            (void)QTest::qWaitFor([&] { return acs::isFinished(engine().tasks().find(task->id)->state); }, 2000);
        }
        return *engine().tasks().find(task->id);
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CWMP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(200); // let the last layout and paint happen
        widget->grab().save(QDir(dir).filePath(name));
    }

    service::AcsService &service() { return *m_service; }
    acs::AcsEngine &engine() { return m_service->engine(); }
    acs::Provisioning &provisioning() { return m_service->provisioning(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<service::AcsService> m_service;
    std::vector<std::unique_ptr<QProcess>> m_sims;
};

} // namespace provisioningtest
