#include "planstepmodel.h"

namespace models {

PlanStepModel::PlanStepModel(QObject *parent) : QAbstractTableModel(parent) { }

void PlanStepModel::setSteps(const QList<acs::PlanStep> &steps)
{
    beginResetModel();
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = nullptr;
    m_steps = steps;
    endResetModel();
}

void PlanStepModel::setRunner(acs::PlanRunner *runner)
{
    beginResetModel();
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    m_steps.clear();
    if (runner) {
        for (const auto &s : runner->steps())
            m_steps.append(s.step);
        connect(runner, &acs::PlanRunner::stepChanged, this, [this](int row) {
            if (row >= 0 && row < m_steps.size())
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        connect(runner, &QObject::destroyed, this, [this] { setSteps(m_steps); });
    }
    endResetModel();
}

int PlanStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int PlanStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool running = m_runner && row < m_runner->steps().size();
    const acs::PlanRunner::StepStatus *status = running ? &m_runner->steps().at(row) : nullptr;
    const acs::PlanRunner::StepState state = status ? status->state : acs::PlanRunner::StepState::Pending;
    if (role == StateRole)
        return int(state);
    if (role == Qt::ToolTipRole && index.column() == StepColumn) {
        QStringList lines;
        const acs::PlanStep &step = status && state != acs::PlanRunner::StepState::Pending ? status->sent : m_steps.at(row);
        for (const acs::PlannedValue &v : step.values)
            lines.append(tr("%1 = %2").arg(v.path, v.value));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role == Qt::ToolTipRole && index.column() == ResultColumn && status)
        return status->detail.isEmpty() ? QVariant() : QVariant(status->detail);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return row + 1;
    case StepColumn:
        return acs::PlanRunner::describe(status && state != acs::PlanRunner::StepState::Pending ? status->sent : m_steps.at(row));
    case StateColumn: return m_runner ? acs::PlanRunner::stepStateName(state) : tr("planned");
    case ResultColumn:
        if (!status)
            return {};
        if (state == acs::PlanRunner::StepState::Fault) {
            const QString first = status->detail.section(QLatin1Char('\n'), 0, 0);
            return status->faultCode > 0 ? tr("%1 %2 %3").arg(status->faultCode).arg(status->faultString, first).trimmed()
                                         : status->faultString;
        }
        return status->detail;
    }
    return {};
}

QVariant PlanStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("#");
    case StepColumn: return tr("Step");
    case StateColumn: return tr("State");
    case ResultColumn: return tr("Result");
    }
    return {};
}

} // namespace models
