#pragma once

#include <acs/planrunner.h>

#include <QAbstractTableModel>
#include <QPointer>

namespace models {

// The steps of a provisioning plan or profile: first as a dry run (setSteps), then while a
// PlanRunner carries them out (setRunner), each with its state and, on the failing step,
// the fault code and text.
class PlanStepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, StepColumn, StateColumn, ResultColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 }; // int(PlanRunner::StepState)

    explicit PlanStepModel(QObject *parent = nullptr);

    void setSteps(const QList<acs::PlanStep> &steps);
    // Follows the runner (which must outlive its use here, or be a QObject that is deleted).
    void setRunner(acs::PlanRunner *runner);
    acs::PlanRunner *runner() const { return m_runner; }
    const QList<acs::PlanStep> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<acs::PlanStep> m_steps;
    QPointer<acs::PlanRunner> m_runner;
};

} // namespace models
