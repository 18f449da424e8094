#pragma once

// A small scripted ACS for the simulator runtime tests, on http::Server (not the project's
// ACS engine): it answers Informs and TransferCompletes, hands out queued ACS requests after
// the empty POST, ends sessions with 204, serves files and takes uploads.

#include <cwmp/envelopecodec.h>
#include <http/server.h>

#include <QHash>
#include <QList>
#include <QUrl>

#include <deque>
#include <variant>

namespace cpesimtest {

class ScriptedAcs : public http::RequestHandler
{
public:
    struct Session {
        cwmp::Envelope inform;
        QList<cwmp::Envelope> fromCpe; // TransferCompletes and responses, in order
        bool ended = false;
    };

    ScriptedAcs() : m_server(this) {}

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = QStringLiteral("/acs")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    void queue(cwmp::Body request) { m_script.push_back(std::move(request)); }
    // A body sent as it is, for what a broken or hostile ACS sends.
    void queueRaw(QByteArray body) { m_script.push_back(std::move(body)); }
    void serveFile(const QString &path, const QByteArray &content) { m_files.insert(path.toLatin1(), content); }
    // The next `count` Informs get this HTTP status instead of an InformResponse.
    void failInforms(int count, int status) { m_failInforms = count; m_failStatus = status; }

    QList<Session> sessions;
    QList<cwmp::Envelope> failedInforms;
    QHash<QByteArray, QByteArray> uploads;
    int endedSessions() const
    {
        int n = 0;
        for (const Session &s : sessions)
            n += s.ended ? 1 : 0;
        return n;
    }
    const cwmp::Inform &inform(int session) const { return std::get<cwmp::Inform>(sessions.at(session).inform.body); }

    void handleRequest(const http::Request &request, http::Responder responder) override
    {
        if (request.method == "GET") {
            const auto it = m_files.constFind(request.path());
            http::Response response;
            response.status = it == m_files.cend() ? 404 : 200;
            if (it != m_files.cend())
                response.body = *it;
            responder.send(response);
            return;
        }
        if (request.method == "PUT") {
            uploads.insert(request.path(), request.body);
            responder.send(http::Response{201});
            return;
        }
        if (request.body.isEmpty()) {
            next(responder, cwmp::namespaceForVersion(cwmp::CwmpVersion::V1_2));
            return;
        }
        const cwmp::DecodeResult decoded = cwmp::decodeEnvelope(request.body);
        if (!decoded.ok()) {
            if (!sessions.isEmpty())
                sessions.last().fromCpe.append(decoded.envelope); // keep count of what came
            malformed += 1;
            next(responder, decoded.envelope.cwmpNamespace);
            return;
        }
        const cwmp::Envelope &envelope = decoded.envelope;
        if (cwmp::bodyAs<cwmp::Inform>(envelope)) {
            if (m_failInforms > 0) {
                --m_failInforms;
                failedInforms.append(envelope);
                responder.send(http::Response{m_failStatus});
                return;
            }
            sessions.append({envelope, {}, false});
            cwmp::Envelope answer;
            answer.cwmpNamespace = envelope.cwmpNamespace;
            answer.header.id = envelope.header.id;
            answer.body = cwmp::InformResponse{};
            sendEnvelope(responder, answer);
            return;
        }
        if (!sessions.isEmpty())
            sessions.last().fromCpe.append(envelope);
        if (cwmp::bodyAs<cwmp::TransferComplete>(envelope)) {
            cwmp::Envelope answer;
            answer.cwmpNamespace = envelope.cwmpNamespace;
            answer.header.id = envelope.header.id;
            answer.body = cwmp::TransferCompleteResponse{};
            sendEnvelope(responder, answer);
            return;
        }
        next(responder, envelope.cwmpNamespace);
    }

    int malformed = 0;

private:
    void next(http::Responder &responder, const QString &ns)
    {
        if (m_script.empty()) {
            if (!sessions.isEmpty())
                sessions.last().ended = true;
            responder.send(http::Response{204});
            return;
        }
        auto next = std::move(m_script.front());
        m_script.pop_front();
        if (auto *raw = std::get_if<QByteArray>(&next)) {
            http::Response response;
            response.headers.add("Content-Type", "text/xml; charset=\"utf-8\"");
            response.body = std::move(*raw);
            responder.send(response);
            return;
        }
        cwmp::Envelope request;
        request.cwmpNamespace = ns;
        request.header.id = QStringLiteral("acs-%1").arg(++m_id);
        request.body = std::get<cwmp::Body>(std::move(next));
        sendEnvelope(responder, request);
    }
    static void sendEnvelope(http::Responder &responder, const cwmp::Envelope &envelope)
    {
        http::Response response;
        response.headers.add("Content-Type", "text/xml; charset=\"utf-8\"");
        response.body = cwmp::encodeEnvelope(envelope);
        responder.send(response);
    }

    http::Server m_server;
    std::deque<std::variant<cwmp::Body, QByteArray>> m_script;
    QHash<QByteArray, QByteArray> m_files;
    int m_failInforms = 0;
    int m_failStatus = 503;
    int m_id = 0;
};

inline bool hasEvent(const cwmp::Inform &inform, const QString &code, const QString &key = QString())
{
    for (const cwmp::EventStruct &e : inform.events) {
        if (e.eventCode == code && (key.isNull() || e.commandKey == key))
            return true;
    }
    return false;
}

inline QString informValue(const cwmp::Inform &inform, const QString &name)
{
    for (const cwmp::ParameterValueStruct &p : inform.parameterList) {
        if (p.name == name)
            return p.value;
    }
    return {};
}

} // namespace cpesimtest
