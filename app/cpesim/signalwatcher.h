#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace cpesim {

// Turns POSIX signals (SIGINT, SIGTERM) into a Qt signal through a self-pipe: the handler
// only write()s one byte, which is async-signal-safe; the event loop reads it. One
// instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cpesim
