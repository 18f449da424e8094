#include "listenerpanel.h"

#include <service/acsservice.h>

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace ui {

ListenerPanel::ListenerPanel(service::AcsService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_url(new QToolButton(this)), m_urlMenu(new QMenu(this)),
      m_tls(new QLabel(this)), m_auth(new QLabel(this)), m_devices(new QLabel(this))
{
    m_url->setObjectName(QStringLiteral("listenerUrl"));
    m_url->setAutoRaise(true);
    // A click copies the first URL; the arrow lists every URL a device could use.
    m_url->setPopupMode(QToolButton::MenuButtonPopup);
    m_url->setMenu(m_urlMenu);
    connect(m_url, &QToolButton::clicked, this, [this] {
        const QStringList urls = m_service.acsUrls();
        if (!urls.isEmpty())
            QGuiApplication::clipboard()->setText(urls.constFirst());
    });
    m_tls->setObjectName(QStringLiteral("tlsState"));
    m_auth->setObjectName(QStringLiteral("authMode"));
    m_devices->setObjectName(QStringLiteral("devicesOnline"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_url);
    layout->addWidget(m_tls);
    layout->addWidget(m_auth);
    layout->addWidget(m_devices);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &ListenerPanel::countOnline);
    m_age.setInterval(kAgeIntervalMs);
    connect(&m_age, &QTimer::timeout, this, &ListenerPanel::countOnline);
    m_age.start();

    acs::AcsEngine &engine = m_service.engine();
    connect(&m_service, &service::AcsService::listenerChanged, this, &ListenerPanel::refreshListener);
    connect(&engine, &acs::AcsEngine::sessionStarted, this, &ListenerPanel::scheduleCount);
    connect(&engine, &acs::AcsEngine::sessionFinished, this, &ListenerPanel::scheduleCount);
    connect(&engine.devices(), &acs::DeviceDirectory::deviceAdded, this, &ListenerPanel::scheduleCount);
    connect(&engine.devices(), &acs::DeviceDirectory::deviceRemoved, this, &ListenerPanel::scheduleCount);
    refreshListener();
    countOnline();
}

void ListenerPanel::refreshListener()
{
    const QStringList urls = m_service.acsUrls();
    m_urlMenu->clear();
    if (urls.isEmpty()) {
        m_url->setText(tr("ACS not listening"));
        m_url->setToolTip(tr("No device can reach the workbench: check the port and address in Settings."));
        m_url->setEnabled(false);
    } else {
        m_url->setEnabled(true);
        m_url->setText(tr("ACS: %1").arg(urls.constFirst()));
        m_url->setToolTip(tr("Click to copy this URL; the arrow lists every URL a device could use."));
        for (const QString &url : urls) {
            QAction *copy = m_urlMenu->addAction(tr("Copy %1").arg(url));
            connect(copy, &QAction::triggered, this, [url] { QGuiApplication::clipboard()->setText(url); });
        }
    }
    m_tls->setText(m_service.tlsActive() ? tr("TLS on") : tr("TLS off"));
    switch (m_service.settings().acs.authMode) {
    case acs::CpeAuthMode::None:
        m_auth->setText(tr("No authentication"));
        break;
    case acs::CpeAuthMode::Basic:
        m_auth->setText(tr("Basic authentication"));
        break;
    case acs::CpeAuthMode::Digest:
        m_auth->setText(tr("Digest authentication"));
        break;
    }
    scheduleCount();
}

void ListenerPanel::scheduleCount()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ListenerPanel::countOnline()
{
    acs::AcsEngine &engine = m_service.engine();
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - kRecentMs;
    int online = 0;
    for (const QString &id : engine.devices().ids()) {
        const acs::DeviceRecord *device = engine.devices().find(id);
        if (device && (engine.isInSession(id) || device->lastInformMs >= since))
            ++online;
    }
    if (online == m_online)
        return;
    m_online = online;
    // Two sentences rather than "device(s)": English has no .ts file for plural forms.
    m_devices->setText(online == 1 ? tr("1 device online") : tr("%1 devices online").arg(online));
}

} // namespace ui
