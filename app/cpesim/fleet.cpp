#include "fleet.h"

#include "devicerunner.h"
#include "sessionreport.h"

namespace cpesim {

namespace {

constexpr int kMaxCountedDigits = 18; // what fits a quint64 with room to count up

} // namespace

Fleet::Fleet(const RuntimeOptions &options, QObject *parent) : QObject(parent), m_options(options) {}

Fleet::~Fleet()
{
    stop();
}

QString Fleet::serialFor(const QString &base, int index)
{
    qsizetype digits = 0;
    while (digits < base.size() && digits < kMaxCountedDigits && base.at(base.size() - 1 - digits).isDigit())
        ++digits;
    if (digits == 0)
        return index == 0 ? base : base + QString::number(index);
    const QString prefix = base.left(base.size() - digits);
    const quint64 number = base.right(digits).toULongLong() + quint64(index);
    return prefix + QStringLiteral("%1").arg(number, int(digits), 10, QChar(u'0'));
}

QString Fleet::start(std::shared_ptr<const Profile> profile, int count, const QString &serialBase)
{
    if (count < 1 || count > kMaxDevices)
        return QStringLiteral("--count must be between 1 and %1").arg(kMaxDevices);
    for (int i = 0; i < count; ++i) {
        auto *runner = new DeviceRunner(profile, serialFor(serialBase, i), quint32(i), m_options, this);
        const QString error = runner->prepare();
        if (!error.isEmpty()) {
            delete runner;
            qDeleteAll(m_devices);
            m_devices.clear();
            return error;
        }
        connect(runner, &DeviceRunner::sessionFinished, this, [this, runner](const SessionReport &report) {
            ++(report.ok ? m_ok : m_failed);
            Q_EMIT sessionFinished(runner->serialNumber(), report.ok);
        });
        m_devices.append(runner);
    }
    // Spread the first Informs so that a fleet does not arrive at the ACS in one burst.
    for (int i = 0; i < count; ++i)
        m_devices[i]->start(count > 1 ? int(qint64(i) * m_options.staggerMs / count) : 0);
    return {};
}

void Fleet::stop()
{
    for (DeviceRunner *runner : std::as_const(m_devices))
        runner->stop();
}

} // namespace cpesim
