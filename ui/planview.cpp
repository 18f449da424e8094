#include "planview.h"

#include "profilespage.h"

#include <acs/profileplanner.h>
#include <acs/provisioning.h>
#include <planstepmodel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

PlanView::PlanView(acs::Provisioning &provisioning, QWidget *parent)
    : QWidget(parent), m_provisioning(provisioning), m_model(new models::PlanStepModel(this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_apply(new QPushButton(tr("&Apply to device"), this)),
      m_saveProfile(new QPushButton(tr("Save as &profile…"), this))
{
    m_table->setObjectName(QStringLiteral("planSteps"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(models::PlanStepModel::StepColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(models::PlanStepModel::ResultColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(models::PlanStepModel::NumberColumn, QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setObjectName(QStringLiteral("applyPlan"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &PlanView::apply);
    m_saveProfile->setObjectName(QStringLiteral("saveAsProfile"));
    m_saveProfile->setToolTip(tr("Keep the values and new objects of this plan as a profile for other devices"));
    m_saveProfile->setEnabled(false);
    connect(m_saveProfile, &QPushButton::clicked, this, &PlanView::saveAsProfile);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanView::updateStatus);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_saveProfile);
    bottom->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

void PlanView::setPlan(const QString &deviceId, const QList<acs::PlanStep> &steps, const QString &label,
                       const QList<acs::SkippedChange> &skipped)
{
    m_deviceId = deviceId;
    m_label = label;
    m_skipped = skipped;
    m_runId = 0;
    m_model->setSteps(steps);
    m_apply->setEnabled(!steps.isEmpty() && !deviceId.isEmpty());
    m_saveProfile->setEnabled(!steps.isEmpty());
    updateStatus();
}

QWidget *PlanView::saveAsProfile()
{
    acs::ProvisioningPlan plan;
    plan.steps = m_model->steps();
    const store::Profile profile = acs::profileFromPlan(plan, QString());
    if (profile.values.isEmpty() && profile.objects.isEmpty()) {
        m_status->setText(tr("This plan only deletes objects: there is nothing to keep as a profile."));
        return nullptr;
    }
    return ProfilesPage::saveAsProfile(m_provisioning, profile.values, profile.objects, this);
}

void PlanView::showRun(qint64 runId)
{
    const auto run = m_provisioning.run(runId);
    if (!run)
        return;
    m_runId = runId;
    m_deviceId = run->deviceId;
    m_label = run->label;
    m_skipped.clear();
    m_model->setRunner(run->runner);
    m_apply->setEnabled(false);
    connect(run->runner, &acs::PlanRunner::finished, this, [this, runId](bool ok) {
        if (runId != m_runId)
            return;
        updateStatus();
        Q_EMIT finished(ok);
    });
    updateStatus();
}

void PlanView::apply()
{
    if (m_runId != 0 || m_model->steps().isEmpty() || m_deviceId.isEmpty())
        return;
    const auto run = m_provisioning.start(m_deviceId, m_model->steps(), m_label);
    showRun(run.id);
    Q_EMIT started(run.id);
}

void PlanView::updateStatus()
{
    const auto run = m_runId ? m_provisioning.run(m_runId) : std::nullopt;
    if (!run) {
        if (m_model->steps().isEmpty())
            m_status->setText(m_skipped.isEmpty() ? tr("Nothing to do: the device already matches.")
                                                  : tr("Nothing the device can be asked to do; %n change(s) cannot be made.",
                                                       nullptr, int(m_skipped.size())));
        else if (m_skipped.isEmpty())
            m_status->setText(tr("Dry run: %n step(s). Nothing has been sent yet.", nullptr, int(m_model->steps().size())));
        else
            m_status->setText(tr("Dry run: %1. %2")
                                  .arg(tr("%n step(s), nothing sent yet", nullptr, int(m_model->steps().size())),
                                       tr("%n change(s) cannot be made (read-only or absent on the device).", nullptr,
                                          int(m_skipped.size()))));
        return;
    }
    const auto &steps = run->runner->steps();
    int done = 0;
    const acs::PlanRunner::StepStatus *failed = nullptr;
    int failedIndex = 0;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).state == acs::PlanRunner::StepState::Done)
            ++done;
        if (steps.at(i).state == acs::PlanRunner::StepState::Fault && !failed) {
            failed = &steps.at(i);
            failedIndex = i;
        }
    }
    if (failed)
        m_status->setText(tr("Step %1 failed: %2 %3").arg(failedIndex + 1).arg(failed->faultCode).arg(failed->faultString));
    else if (run->runner->isFinished())
        m_status->setText(tr("Done: all %n step(s) applied.", nullptr, int(steps.size())));
    else
        m_status->setText(tr("Applying: %1 of %2 steps done…").arg(done).arg(steps.size()));
}

} // namespace ui
