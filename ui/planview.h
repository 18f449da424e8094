#pragma once

#include <acs/provisioningplan.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace acs {
class Provisioning;
}

namespace models {
class PlanStepModel;
}

namespace ui {

// The steps of a plan or profile: a dry run first ("Apply" starts it on the device), then
// each step's progress, with the fault on the step that failed.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(acs::Provisioning &provisioning, QWidget *parent = nullptr);

    // A dry run for this device; skipped: changes the plan cannot make, with the reason.
    void setPlan(const QString &deviceId, const QList<acs::PlanStep> &steps, const QString &label,
                 const QList<acs::SkippedChange> &skipped = {});
    // Follows a run that was started elsewhere (a profile applied).
    void showRun(qint64 runId);
    // Starts the dry-run plan on the device (what "Apply" does).
    void apply();
    // Its values and the objects it adds as a new profile, in the editor, to name and save
    // (deletions have no place in a profile). Returns the dialog, for tests.
    QWidget *saveAsProfile();
    models::PlanStepModel *model() const { return m_model; }
    qint64 runId() const { return m_runId; }

Q_SIGNALS:
    void started(qint64 runId);
    void finished(bool ok);

private:
    void updateStatus();

    acs::Provisioning &m_provisioning;
    models::PlanStepModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_saveProfile;
    QString m_deviceId;
    QString m_label;
    QList<acs::SkippedChange> m_skipped;
    qint64 m_runId = 0;
};

} // namespace ui
