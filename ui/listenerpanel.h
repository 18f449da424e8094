#pragma once

// The status bar's account of the ACS: where it listens (every URL a device could use on
// this laptop, each to copy), whether TLS is on, how devices authenticate, and how many
// devices are online.

#include <QTimer>
#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace service {
class AcsService;
}

namespace ui {

class ListenerPanel : public QWidget
{
    Q_OBJECT

public:
    // A device counts as online while in session or this soon after its last Inform.
    static constexpr qint64 kRecentMs = 10 * 60 * 1000;
    // Many devices informing at once change the count once, not once each.
    static constexpr int kCoalesceMs = 250;
    // Devices age out of "recently" without any event: recounted this often.
    static constexpr int kAgeIntervalMs = 30 * 1000;

    explicit ListenerPanel(service::AcsService &service, QWidget *parent = nullptr);

    int onlineCount() const { return m_online; }

private:
    void refreshListener();
    void scheduleCount();
    void countOnline();

    service::AcsService &m_service;
    QToolButton *m_url;
    QMenu *m_urlMenu;
    QLabel *m_tls;
    QLabel *m_auth;
    QLabel *m_devices;
    QTimer m_coalesce;
    QTimer m_age;
    int m_online = -1;
};

} // namespace ui
