#include "devicepage.h"

#include "parameterpage.h"
#include "sessionlogpage.h"
#include "summarypage.h"
#include "taskspage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

DevicePage::DevicePage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, store::Database *database,
                       QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("devicePage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("deviceTabs"));
    m_tabs->setDocumentMode(true);

    m_summary = new SummaryPage(engine, dispatcher, database, m_tabs);
    m_parameters = new ParameterPage(engine, dispatcher, m_tabs);
    m_tasks = new TasksPage(engine, dispatcher, m_tabs);
    m_sessionLog = new SessionLogPage(engine, database, m_tabs);
    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_parameters, QString());
    m_tabs->addTab(m_tasks, QString());
    m_tabs->addTab(m_sessionLog, QString());

    connect(m_summary, &SummaryPage::statusMessage, this, &DevicePage::statusMessage);
    connect(m_parameters, &ParameterPage::statusMessage, this, &DevicePage::statusMessage);
    connect(m_tasks, &TasksPage::statusMessage, this, &DevicePage::statusMessage);
    connect(m_sessionLog, &SessionLogPage::statusMessage, this, &DevicePage::statusMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslateUi();
}

void DevicePage::setDevice(const QString &deviceId)
{
    if (deviceId == m_device)
        return;
    m_device = deviceId;
    m_summary->setDevice(deviceId);
    m_parameters->setDevice(deviceId);
    m_tasks->setDevice(deviceId);
    m_sessionLog->setDevice(deviceId);
}

void DevicePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

DevicePage::Tab DevicePage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void DevicePage::focusFilter()
{
    if (currentTab() == SessionLogTab) {
        m_sessionLog->focusFilter();
        return;
    }
    showTab(ParametersTab);
    m_parameters->focusFilter();
}

void DevicePage::refresh()
{
    showTab(ParametersTab);
    m_parameters->refresh();
}

void DevicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DevicePage::retranslateUi()
{
    m_tabs->setTabText(SummaryTab, tr("&Summary"));
    m_tabs->setTabText(ParametersTab, tr("&Parameters"));
    m_tabs->setTabText(TasksTab, tr("&Tasks"));
    m_tabs->setTabText(SessionLogTab, tr("Session &log"));
}

} // namespace ui
