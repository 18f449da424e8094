#pragma once

// Every HTTP message a device exchanged with the ACS, like a packet list: the device's log
// loaded from the store page by page, then the messages of its sessions as they happen.
// Bodies of stored messages stay in the store until a row is looked at (or searched).

#include <store/soapexchange.h>
#include <store/soaplogrepository.h>

#include <QAbstractTableModel>
#include <QFuture>
#include <QList>
#include <QSet>

#include <memory>

namespace acs {
class AcsEngine;
struct LoggedMessage;
}

namespace store {
class Database;
}

namespace models {

class SessionLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Rows kept in memory; older ones are dropped first (the store keeps them).
    static constexpr int kMaxRows = 5000;
    static constexpr int kPageSize = 1000;
    // Bodies fetched ahead of time for a text search stop at this many bytes.
    static constexpr qint64 kSearchBodyBudget = qint64(64) << 20;
    static constexpr int kBodyRequestsInFlight = 8;

    enum Column {
        TimeColumn,
        DirectionColumn,
        RpcColumn,
        SizeColumn,
        StatusColumn,
        DurationColumn,
        SessionColumn,
        ColumnCount
    };
    enum Role {
        RpcRole = Qt::UserRole + 1, // the raw RPC name, "" for an empty message
        IncomingRole,               // bool: CPE -> ACS
        SessionIdRole,
        SessionBandRole,            // 0/1, flips with each session, for banded rows
        ExchangeIdRole,             // store id, 0 for a live row
        BodyLoadedRole,
    };

    // Without a database only live messages are shown.
    SessionLogModel(acs::AcsEngine &engine, store::Database *database, QObject *parent = nullptr);
    ~SessionLogModel() override;

    void setDevice(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }
    // Rows per store query; for the next setDevice().
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    bool isLoading() const { return m_loading; }
    store::SoapLogRepository *repository() const { return m_repository.get(); }

    // The exchange of a row; its body is empty until bodyLoaded(row).
    const store::SoapExchange &exchange(int row) const { return m_rows.at(row).exchange; }
    bool bodyLoaded(int row) const { return m_rows.at(row).bodyLoaded; }
    // Fetches the body of a stored row; dataChanged for the row follows.
    void loadBody(int row);
    // Fetches bodies of stored rows, newest first, within kSearchBodyBudget, so that a text
    // search can look into them; each arrival is a dataChanged.
    void prefetchBodies();
    // The rows with their bodies (fetched where needed), for an export.
    QFuture<QList<store::SoapExchange>> withBodies(const QList<int> &rows);

    // Case-insensitive match of the RPC, session id, headers or (loaded) body.
    bool matches(int row, const QString &needle) const;
    // Every RPC name seen in this device's rows, sorted; "" stands for empty messages.
    QStringList rpcNames() const;

    static QString directionText(bool incoming);
    static QString rpcText(const store::SoapExchange &e);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void rpcNamesChanged();

private:
    struct Row {
        store::SoapExchange exchange;
        bool bodyLoaded = false;
        int band = 0;
        QString time; // hh:mm:ss.zzz, made once
    };

    void onMessageLogged(const acs::LoggedMessage &message);
    void loadPage(int offset);
    void finishLoading();
    void append(QList<store::SoapExchange> exchanges, bool withBodies);
    void trim();
    void setBody(qint64 serial, const QByteArray &body);
    int rowOfSerial(qint64 serial) const;
    void pumpPrefetch();
    void requestBody(int row);

    acs::AcsEngine &m_engine;
    std::unique_ptr<store::SoapLogRepository> m_repository;
    QString m_deviceId;
    int m_pageSize = kPageSize;
    QList<Row> m_rows;
    qint64 m_firstSerial = 0;       // rows are only appended and dropped at the front
    quint64 m_generation = 0;       // a new device invalidates answers still on their way
    bool m_loading = false;
    QList<store::SoapExchange> m_liveWhileLoading;
    qsizetype m_liveAlreadyStored = 0; // of those, logged before the last page was asked
    QSet<qint64> m_bodyRequests;    // serials with a get() under way
    QSet<QString> m_rpcNames;
    qint64 m_fetchedBodyBytes = 0;
    bool m_prefetching = false;
    qint64 m_prefetchCursor = -1;   // serial of the next row to look at, going back
};

} // namespace models
