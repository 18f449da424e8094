#pragma once

// The session log narrowed to one RPC and to rows whose RPC, headers or body contain a text.

#include <QSortFilterProxyModel>

#include <optional>

namespace models {

class SessionLogModel;

class SessionLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SessionLogFilterModel(QObject *parent = nullptr);

    void setLogModel(SessionLogModel *model);
    SessionLogModel *logModel() const { return m_log; }

    // nullopt: every RPC; "": messages without one (empty POSTs, 204s).
    void setRpcFilter(const std::optional<QString> &rpc);
    std::optional<QString> rpcFilter() const { return m_rpc; }
    // A text to look for; bodies of stored rows are fetched so that it can find them.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // The source rows shown, in view order.
    QList<int> sourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SessionLogModel *m_log = nullptr;
    std::optional<QString> m_rpc;
    QString m_text;
};

} // namespace models
