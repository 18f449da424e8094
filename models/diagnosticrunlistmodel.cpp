#include "diagnosticrunlistmodel.h"

#include "diagnosticchartdata.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

using diagnostics::DiagnosticKind;
using diagnostics::DiagnosticRun;
using diagnostics::RunState;

namespace models {

DiagnosticRunListModel::DiagnosticRunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticRunListModel::setDeviceId(const QString &deviceId)
{
    beginResetModel();
    m_deviceId = deviceId;
    m_runs.clear();
    endResetModel();
}

void DiagnosticRunListModel::sortNewestFirst()
{
    std::stable_sort(m_runs.begin(), m_runs.end(),
                     [](const DiagnosticRun &a, const DiagnosticRun &b) { return a.startedMs > b.startedMs; });
}

void DiagnosticRunListModel::setHistory(const QList<DiagnosticRun> &history)
{
    beginResetModel();
    QList<DiagnosticRun> merged;
    for (const DiagnosticRun &run : history) {
        if (run.deviceId == m_deviceId)
            merged.append(run);
    }
    // Live runs the store does not have yet (or has as an older copy) win.
    for (const DiagnosticRun &live : std::as_const(m_runs)) {
        if (live.id == 0)
            continue;
        const auto it = std::find_if(merged.begin(), merged.end(), [&live](const DiagnosticRun &r) {
            return live.historyId != 0 && r.historyId == live.historyId;
        });
        if (it != merged.end())
            *it = live;
        else
            merged.append(live);
    }
    m_runs = merged;
    sortNewestFirst();
    endResetModel();
}

int DiagnosticRunListModel::find(const DiagnosticRun &run) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        const DiagnosticRun &r = m_runs.at(i);
        if ((run.id != 0 && r.id == run.id) || (run.historyId != 0 && r.historyId == run.historyId))
            return i;
    }
    return -1;
}

int DiagnosticRunListModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == runId)
            return i;
    }
    return -1;
}

void DiagnosticRunListModel::upsert(const DiagnosticRun &run)
{
    if (run.deviceId != m_deviceId)
        return;
    const int row = find(run);
    if (row >= 0) {
        m_runs[row] = run;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Newest first: a new run normally goes on top; keep the order for a late history run.
    int at = 0;
    while (at < m_runs.size() && m_runs.at(at).startedMs > run.startedMs)
        ++at;
    beginInsertRows({}, at, at);
    m_runs.insert(at, run);
    endInsertRows();
}

QString DiagnosticRunListModel::stateText(RunState state)
{
    switch (state) {
    case RunState::Setting:
        return tr("Sending inputs");
    case RunState::Waiting:
        return tr("Running on device");
    case RunState::Reading:
        return tr("Reading results");
    case RunState::Complete:
        return tr("Complete");
    case RunState::Error:
        return tr("Error");
    case RunState::TimedOut:
        return tr("No report");
    case RunState::Cancelled:
        return tr("Cancelled");
    case RunState::Failed:
        return tr("Failed");
    }
    return {};
}

QString DiagnosticRunListModel::keyFigure(const DiagnosticRun &run)
{
    if (run.state != RunState::Complete)
        return {};
    const auto &f = run.result.figures;
    switch (run.kind) {
    case DiagnosticKind::IpPing:
    case DiagnosticKind::UdpEcho:
        if (!f.contains(QStringLiteral("rttAvgMs")))
            return tr("%1 % loss").arg(f.value(QStringLiteral("lossPercent")), 0, 'f', 0);
        return tr("%1 ms avg, %2 % loss")
            .arg(f.value(QStringLiteral("rttAvgMs")), 0, 'f', 2)
            .arg(f.value(QStringLiteral("lossPercent")), 0, 'f', 0);
    case DiagnosticKind::TraceRoute:
    {
        const int hops = int(f.value(QStringLiteral("hopCount")));
        return hops == 1 ? tr("1 hop") : tr("%1 hops").arg(hops);
    }
    case DiagnosticKind::Download:
    case DiagnosticKind::Upload:
        return tr("%1 Mbit/s").arg(f.value(QStringLiteral("throughputBps")) / 1e6, 0, 'f', 1);
    case DiagnosticKind::ServerSelection:
        return run.result.texts.value(QStringLiteral("fastestHost"));
    case DiagnosticKind::NsLookup:
        if (!run.result.answers.isEmpty())
            return run.result.answers.constFirst().addresses.join(QStringLiteral(", "));
        return {};
    }
    return {};
}

int DiagnosticRunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int DiagnosticRunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticRunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DiagnosticRun &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            if (run.repeatCount > 1)
                return tr("%1 (%2/%3)").arg(DiagnosticChartBuilder::kindTitle(run.kind)).arg(run.repeatIndex).arg(run.repeatCount);
            return DiagnosticChartBuilder::kindTitle(run.kind);
        case StartedColumn:
        {
            // Today's runs by the time only: the column stays narrow where most runs are.
            const QDateTime started = QDateTime::fromMSecsSinceEpoch(run.startedMs);
            return started.toString(started.date() == QDate::currentDate() ? QStringLiteral("HH:mm:ss")
                                                                           : QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        case StateColumn:
            return stateText(run.state);
        case KeyFigureColumn:
            return keyFigure(run);
        case OutcomeColumn:
            return run.result.outcome.isEmpty() ? run.progressText : run.result.outcome;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StartedColumn)
            return QDateTime::fromMSecsSinceEpoch(run.startedMs).toString(Qt::ISODate);
        if (index.column() == OutcomeColumn)
            return run.result.outcome.isEmpty() ? run.progressText : run.result.outcome;
        return {};
    case KindNameRole:
        return diagnostics::DiagnosticSpec::name(run.kind);
    case StartedMsRole:
        return run.startedMs;
    case StateNameRole:
        return diagnostics::runStateName(run.state);
    case RunIdRole:
        return run.id;
    case HistoryIdRole:
        return run.historyId;
    }
    return {};
}

QVariant DiagnosticRunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Test");
    case StartedColumn:
        return tr("Started");
    case StateColumn:
        return tr("State");
    case KeyFigureColumn:
        return tr("Result");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

} // namespace models
