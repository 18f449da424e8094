#include "devicelogreader.h"

#include "devicedocument.h"

#include <store/soaplogrepository.h>

#include <QObject>
#include <QPointer>

#include <deque>

namespace api {

namespace {

struct ReadState {
    std::shared_ptr<store::SoapLogRepository> log;
    QPointer<QObject> context;
    DeviceLogReader::Query query;
    DeviceLogReader::Done done;
    std::deque<store::SoapExchange> kept;
    int offset = 0;
    int bodiesPending = 0;
    bool failed = false;
};

using State = std::shared_ptr<ReadState>;

void finish(const State &s)
{
    QJsonArray out;
    for (const store::SoapExchange &e : s->kept)
        out.append(DeviceLogReader::document(e));
    s->done(out);
}

void loadBodies(const State &s)
{
    if (!s->query.bodies || s->kept.empty()) {
        finish(s);
        return;
    }
    s->bodiesPending = int(s->kept.size());
    for (size_t i = 0; i < s->kept.size(); ++i) {
        s->log->get(s->kept[i].id).then(s->context.data(), [s, i](const store::Result<std::optional<store::SoapExchange>> &r) {
            if (s->failed)
                return;
            if (!r.ok()) {
                s->failed = true;
                s->done(r.error());
                return;
            }
            if (r.value()) // pruned meanwhile: listed without its body
                s->kept[i].body = r.value()->body;
            if (--s->bodiesPending == 0)
                finish(s);
        });
    }
}

void readPage(const State &s)
{
    s->log->listForDevice(s->query.deviceId, s->query.sessionId, DeviceLogReader::kPageSize, s->offset)
        .then(s->context.data(), [s](const store::Result<QList<store::SoapExchange>> &r) {
            if (!r.ok()) {
                s->done(r.error());
                return;
            }
            const QList<store::SoapExchange> &rows = r.value();
            for (const store::SoapExchange &e : rows) {
                s->kept.push_back(e);
                if (int(s->kept.size()) > s->query.limit)
                    s->kept.pop_front();
            }
            s->offset += int(rows.size());
            if (rows.size() < DeviceLogReader::kPageSize)
                loadBodies(s);
            else
                readPage(s);
        });
}

} // namespace

void DeviceLogReader::read(std::shared_ptr<store::SoapLogRepository> log, QObject *context, const Query &query, Done done)
{
    auto s = std::make_shared<ReadState>();
    s->log = std::move(log);
    s->context = context;
    s->query = query;
    s->query.limit = qMax(1, query.limit);
    s->done = std::move(done);
    readPage(s);
}

QJsonObject DeviceLogReader::document(const store::SoapExchange &e)
{
    const bool in = e.direction == store::SoapExchange::Direction::In;
    QJsonObject doc{{QStringLiteral("_id"), QString::number(e.id)},
                    {QStringLiteral("time"), DeviceDocument::isoDate(e.startedMs)},
                    {QStringLiteral("durationMs"), double(e.durationMs())},
                    // From the ACS's side: "in" is what the device sent.
                    {QStringLiteral("direction"), in ? QStringLiteral("in") : QStringLiteral("out")},
                    {QStringLiteral("session"), e.sessionId},
                    {QStringLiteral("connection"), double(e.connectionId)},
                    {QStringLiteral("rpc"), e.rpcName},
                    {QStringLiteral("headers"), e.headers},
                    {QStringLiteral("size"), double(e.size)}};
    if (e.deviceId)
        doc.insert(QStringLiteral("device"), *e.deviceId);
    if (!e.method.isEmpty())
        doc.insert(QStringLiteral("method"), e.method);
    if (!e.url.isEmpty())
        doc.insert(QStringLiteral("url"), e.url);
    if (e.status != 0)
        doc.insert(QStringLiteral("status"), e.status);
    if (e.body.isEmpty() && e.size > 0)
        return doc; // listed without bodies
    if (e.body.isValidUtf8())
        doc.insert(QStringLiteral("body"), QString::fromUtf8(e.body));
    else
        doc.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(e.body.toBase64()));
    return doc;
}

} // namespace api
