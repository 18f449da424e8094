#include "sessionlogmodel.h"

#include <acs/acsengine.h>
#include <store/database.h>

#include <QDateTime>
#include <QPromise>

namespace models {

namespace {

store::SoapExchange fromLogged(const acs::LoggedMessage &m)
{
    store::SoapExchange e;
    e.deviceId = m.deviceId;
    e.sessionId = m.sessionId;
    e.connectionId = qint64(m.connectionId);
    e.direction = m.incoming ? store::SoapExchange::Direction::In : store::SoapExchange::Direction::Out;
    e.method = m.method;
    e.url = m.url;
    e.status = m.status;
    e.headers = QString::fromUtf8(m.headers);
    e.body = m.body;
    e.rpcName = m.rpc;
    e.size = m.body.size();
    e.startedMs = m.startedMs;
    e.endedMs = m.endedMs;
    return e;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

SessionLogModel::SessionLogModel(acs::AcsEngine &engine, store::Database *database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_repository(database ? std::make_unique<store::SoapLogRepository>(*database) : nullptr)
{
    connect(&m_engine, &acs::AcsEngine::messageLogged, this, &SessionLogModel::onMessageLogged);
}

SessionLogModel::~SessionLogModel() = default;

void SessionLogModel::setDevice(const QString &deviceId)
{
    if (deviceId == m_deviceId)
        return;
    beginResetModel();
    ++m_generation;
    m_deviceId = deviceId;
    m_rows.clear();
    m_firstSerial = 0;
    m_liveWhileLoading.clear();
    m_liveAlreadyStored = 0;
    m_bodyRequests.clear();
    m_rpcNames.clear();
    m_fetchedBodyBytes = 0;
    m_prefetching = false;
    m_prefetchCursor = -1;
    const bool wasLoading = m_loading;
    m_loading = !deviceId.isEmpty() && m_repository;
    endResetModel();
    Q_EMIT rpcNamesChanged();
    if (m_loading) {
        Q_EMIT loadingChanged(true);
        loadPage(0);
    } else if (wasLoading) {
        Q_EMIT loadingChanged(false);
    }
}

void SessionLogModel::onMessageLogged(const acs::LoggedMessage &message)
{
    if (m_deviceId.isEmpty() || message.deviceId != m_deviceId)
        return;
    if (m_loading)
        m_liveWhileLoading.append(fromLogged(message));
    else
        append({fromLogged(message)}, true);
}

void SessionLogModel::loadPage(int offset)
{
    // The store runs its jobs in order and the engine queues each message's append before
    // it signals it: whatever was signalled before this query is in its answer.
    m_liveAlreadyStored = m_liveWhileLoading.size();
    m_repository->listForDevice(m_deviceId, std::nullopt, m_pageSize, offset)
            .then(this, [this, generation = m_generation, offset](const store::Result<QList<store::SoapExchange>> &page) {
                if (generation != m_generation)
                    return;
                if (!page.ok()) {
                    Q_EMIT loadFailed(page.error().message);
                    m_liveAlreadyStored = 0; // unknown: better twice than missing
                    finishLoading();
                    return;
                }
                const qsizetype count = page.value().size();
                append(page.value(), false);
                if (count == m_pageSize)
                    loadPage(offset + m_pageSize);
                else
                    finishLoading();
            });
}

void SessionLogModel::finishLoading()
{
    QList<store::SoapExchange> live = m_liveWhileLoading.mid(m_liveAlreadyStored);
    m_liveWhileLoading.clear();
    m_liveAlreadyStored = 0;
    m_loading = false;
    append(std::move(live), true);
    Q_EMIT loadingChanged(false);
}

void SessionLogModel::append(QList<store::SoapExchange> exchanges, bool withBodies)
{
    if (exchanges.isEmpty())
        return;
    // Of a page longer than the cap only its newest rows would survive the trim.
    if (exchanges.size() > kMaxRows) {
        exchanges.remove(0, exchanges.size() - kMaxRows);
    }
    const int first = int(m_rows.size());
    bool newRpc = false;
    beginInsertRows({}, first, first + int(exchanges.size()) - 1);
    for (store::SoapExchange &e : exchanges) {
        Row row;
        if (!m_rows.isEmpty()) {
            const Row &previous = m_rows.constLast();
            row.band = previous.exchange.sessionId == e.sessionId ? previous.band : 1 - previous.band;
        }
        row.time = QDateTime::fromMSecsSinceEpoch(e.startedMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        row.bodyLoaded = withBodies;
        if (!m_rpcNames.contains(e.rpcName)) {
            m_rpcNames.insert(e.rpcName);
            newRpc = true;
        }
        row.exchange = std::move(e);
        m_rows.append(std::move(row));
    }
    endInsertRows();
    trim();
    if (m_prefetching && !withBodies) {
        m_prefetchCursor = m_firstSerial + m_rows.size() - 1;
        pumpPrefetch();
    }
    if (newRpc)
        Q_EMIT rpcNamesChanged();
}

void SessionLogModel::trim()
{
    const int excess = int(m_rows.size()) - kMaxRows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    for (int row = 0; row < excess; ++row) {
        const Row &r = m_rows.at(row);
        if (r.exchange.id > 0 && r.bodyLoaded)
            m_fetchedBodyBytes -= r.exchange.body.size();
    }
    m_rows.remove(0, excess);
    m_firstSerial += excess;
    endRemoveRows();
}

int SessionLogModel::rowOfSerial(qint64 serial) const
{
    const qint64 row = serial - m_firstSerial;
    return row >= 0 && row < m_rows.size() ? int(row) : -1;
}

void SessionLogModel::loadBody(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).bodyLoaded)
        return;
    requestBody(row);
}

void SessionLogModel::requestBody(int row)
{
    const qint64 id = m_rows.at(row).exchange.id;
    const qint64 serial = m_firstSerial + row;
    if (!m_repository || id <= 0 || m_bodyRequests.contains(serial))
        return;
    m_bodyRequests.insert(serial);
    m_repository->get(id).then(this, [this, generation = m_generation, serial](const store::Result<std::optional<store::SoapExchange>> &r) {
        if (generation != m_generation)
            return;
        m_bodyRequests.remove(serial);
        if (!r.ok())
            Q_EMIT loadFailed(r.error().message);
        // A row pruned from the store meanwhile has no body any more; it is shown empty
        // rather than waited for.
        setBody(serial, r.ok() && r.value() ? r.value()->body : QByteArray());
        pumpPrefetch();
    });
}

void SessionLogModel::setBody(qint64 serial, const QByteArray &body)
{
    const int row = rowOfSerial(serial);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (r.bodyLoaded)
        return;
    r.exchange.body = body;
    r.bodyLoaded = true;
    m_fetchedBodyBytes += body.size();
    // No roles: a filter proxy re-filters only on changes of its filter role otherwise.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SessionLogModel::prefetchBodies()
{
    if (!m_repository || m_prefetching)
        return;
    m_prefetching = true;
    m_prefetchCursor = m_firstSerial + m_rows.size() - 1;
    pumpPrefetch();
}

void SessionLogModel::pumpPrefetch()
{
    if (!m_prefetching)
        return;
    while (m_bodyRequests.size() < kBodyRequestsInFlight) {
        if (m_fetchedBodyBytes >= kSearchBodyBudget) {
            m_prefetching = false;
            return;
        }
        const int row = rowOfSerial(m_prefetchCursor);
        if (row < 0) {
            // Every row is looked at; pages still loading restart the cursor.
            m_prefetching = m_loading;
            return;
        }
        --m_prefetchCursor;
        const Row &r = m_rows.at(row);
        if (!r.bodyLoaded && r.exchange.id > 0)
            requestBody(row);
    }
}

QFuture<QList<store::SoapExchange>> SessionLogModel::withBodies(const QList<int> &rows)
{
    using Fetch = QFuture<store::Result<std::optional<store::SoapExchange>>>;
    QList<store::SoapExchange> out;
    out.reserve(rows.size());
    QList<qsizetype> missing;
    QList<Fetch> fetches;
    for (int row : rows) {
        const Row &r = m_rows.at(row);
        out.append(r.exchange);
        if (!r.bodyLoaded && r.exchange.id > 0 && m_repository) {
            missing.append(out.size() - 1);
            fetches.append(m_repository->get(r.exchange.id));
        }
    }
    if (fetches.isEmpty()) {
        QPromise<QList<store::SoapExchange>> ready;
        ready.start();
        ready.addResult(std::move(out));
        ready.finish();
        return ready.future();
    }
    return QtFuture::whenAll(fetches.begin(), fetches.end()).then([out, missing](const QList<Fetch> &done) mutable {
        for (qsizetype i = 0; i < done.size(); ++i) {
            const store::Result<std::optional<store::SoapExchange>> r = done.at(i).result();
            if (r.ok() && r.value())
                out[missing.at(i)].body = r.value()->body;
        }
        return out;
    });
}

bool SessionLogModel::matches(int row, const QString &needle) const
{
    if (needle.isEmpty())
        return true;
    const Row &r = m_rows.at(row);
    const store::SoapExchange &e = r.exchange;
    if (rpcText(e).contains(needle, Qt::CaseInsensitive) || e.sessionId.contains(needle, Qt::CaseInsensitive)
        || e.headers.contains(needle, Qt::CaseInsensitive) || e.url.contains(needle, Qt::CaseInsensitive))
        return true;
    if (!r.bodyLoaded || e.body.isEmpty())
        return false;
    // Bodies stay bytes: an ASCII needle (names, values, RPCs) is compared without
    // decoding; any other needle is matched exactly in its UTF-8 form.
    if (isAscii(needle))
        return QLatin1String(e.body).contains(needle, Qt::CaseInsensitive);
    return e.body.contains(needle.toUtf8());
}

QStringList SessionLogModel::rpcNames() const
{
    QStringList names(m_rpcNames.cbegin(), m_rpcNames.cend());
    names.sort();
    return names;
}

QString SessionLogModel::directionText(bool incoming)
{
    return incoming ? tr("CPE \u2192 ACS") : tr("ACS \u2192 CPE");
}

QString SessionLogModel::rpcText(const store::SoapExchange &e)
{
    if (!e.rpcName.isEmpty())
        return e.rpcName;
    // TR-069 §3.7.1.4: an empty POST says the CPE has no more requests; an empty 204
    // answer ends the session.
    return e.size == 0 ? tr("(empty)") : tr("(no RPC)");
}

int SessionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const store::SoapExchange &e = r.exchange;
    const bool incoming = e.direction == store::SoapExchange::Direction::In;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: return r.time;
        case DirectionColumn: return directionText(incoming);
        case RpcColumn: return rpcText(e);
        case SizeColumn: return e.size;
        case StatusColumn: return e.status != 0 ? QVariant(e.status) : QVariant();
        case DurationColumn: return e.durationMs();
        case SessionColumn: return e.sessionId;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.startedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        if (index.column() == RpcColumn && incoming)
            return tr("%1 %2").arg(e.method, e.url);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SizeColumn:
        case StatusColumn:
        case DurationColumn: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case RpcRole: return e.rpcName;
    case IncomingRole: return incoming;
    case SessionIdRole: return e.sessionId;
    case SessionBandRole: return r.band;
    case ExchangeIdRole: return e.id;
    case BodyLoadedRole: return r.bodyLoaded;
    default: return {};
    }
}

QVariant SessionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Direction");
    case RpcColumn: return tr("RPC");
    case SizeColumn: return tr("Size");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration (ms)");
    case SessionColumn: return tr("Session");
    case ColumnCount: break;
    }
    return {};
}

} // namespace models
