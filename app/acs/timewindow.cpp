#include "timewindow.h"

#include <QDateTime>
#include <QLocale>

namespace acs {

QStringList TimeWindow::modes()
{
    return {QStringLiteral("1 At Any Time"), QStringLiteral("2 Immediately"), QStringLiteral("3 When Idle"),
            QStringLiteral("4 Confirmation Needed")};
}

QString TimeWindow::describeMode(const QString &mode)
{
    // TR-069 A.4.1.6 WindowMode.
    if (mode.startsWith(u'1'))
        return tr("Any time in the window, as the device sees fit; it may interrupt the user.");
    if (mode.startsWith(u'2'))
        return tr("Right at the start of the window; it may interrupt the user.");
    if (mode.startsWith(u'3'))
        return tr("When the device is idle (no calls, little traffic) during the window.");
    if (mode.startsWith(u'4'))
        return tr("Only after the user confirms on the device (shown the message below). "
                  "The simulator has no user: it gives up with fault 9020 at the window's end.");
    return {};
}

QString TimeWindow::problem(const QList<TimeWindow> &windows)
{
    if (windows.isEmpty() || windows.size() > 2)
        return tr("Give one or two time windows (you gave %1).").arg(windows.size());
    for (const TimeWindow &w : windows) {
        if (w.start > w.end)
            return tr("A time window starts (%1 s) after it ends (%2 s).").arg(w.start).arg(w.end);
        if (!modes().contains(w.mode))
            return tr("Unknown window mode \"%1\": use one of %2.").arg(w.mode, modes().join(QStringLiteral(", ")));
        if (w.userMessage.size() > 256)
            return tr("The user message is limited to 256 characters.");
        if (w.maxRetries < -1)
            return tr("Maximum retries must be -1 (the device decides) or more.");
    }
    if (windows.size() == 2 && windows.at(0).start < windows.at(1).end && windows.at(1).start < windows.at(0).end)
        return tr("The two time windows overlap.");
    return {};
}

QString TimeWindow::describe(const QList<TimeWindow> &windows, qint64 fromMs)
{
    const auto at = [fromMs](quint32 seconds) {
        return QLocale::system().toString(QDateTime::fromMSecsSinceEpoch(fromMs + qint64(seconds) * 1000).time(),
                                          QStringLiteral("HH:mm:ss"));
    };
    QStringList parts;
    for (const TimeWindow &w : windows)
        parts << tr("%1 to %2 (%3)").arg(at(w.start), at(w.end), w.mode);
    return parts.join(tr(" or "));
}

} // namespace acs
