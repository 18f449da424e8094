#pragma once

// Turns SIGINT and SIGTERM into a Qt signal on the main thread (the classic self-pipe: a
// signal handler may only write to a file descriptor).

#include <QObject>

class QSocketNotifier;

namespace workbench {

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace workbench
