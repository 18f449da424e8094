#pragma once

// Sends one request on an HttpClient and waits for its result without blocking the event
// loop (the engine under test runs on the same thread).

#include <http/httpclient.h>

#include <QtTest>

namespace acstest {

inline http::Result sendAndWait(http::HttpClient &client, const http::Request &request, int timeoutMs = 10000)
{
    http::Result out;
    bool done = false;
    client.send(request, [&](const http::Result &result) {
        out = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        out.error = QStringLiteral("no result in %1 ms").arg(timeoutMs);
    return out;
}

// A CWMP POST as a CPE sends it; an empty body is the empty POST.
inline http::Result postCwmp(http::HttpClient &client, const QByteArray &body)
{
    http::Request r;
    r.method = "POST";
    r.target = "/";
    r.body = body;
    if (!body.isEmpty()) {
        r.headers.set("Content-Type", "text/xml; charset=\"utf-8\"");
        r.headers.set("SOAPAction", "");
    }
    return sendAndWait(client, r);
}

} // namespace acstest
