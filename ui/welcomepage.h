#pragma once

// What the device area shows before any device came: how to point a device at this laptop
// (the ACS URLs to type into the device's own web page, and the credentials), and a button
// that starts a simulated device instead.

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace service {
class AcsService;
}

namespace ui {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(service::AcsService &service, QWidget *parent = nullptr);

    // "Starting…", "Running", "Failed: …" next to the button (the caller runs the simulator).
    void setSimulatorState(const QString &text);
    // The URLs shown, in order (for tests and accessibility checks).
    QStringList shownUrls() const;

Q_SIGNALS:
    void startSimulatorRequested();

private:
    // Rebuilds the URL and credential rows from what the service listens with now.
    void refresh();
    void addRow(const QString &label, const QString &value);

    service::AcsService &m_service;
    QWidget *m_details = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_urlIntro;
    // Word-wrapped notes live outside the grid: a wrapped label spanning grid columns gets
    // too little height.
    QLabel *m_authNote;
    QLabel *m_tlsNote;
    QPushButton *m_startSimulator;
    QLabel *m_simulatorState;
};

} // namespace ui
