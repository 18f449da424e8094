#include "diagnosticresult.h"

#include <QJsonArray>

namespace diagnostics {

namespace {

QJsonArray points(const QList<QPointF> &list)
{
    QJsonArray out;
    for (const QPointF &p : list)
        out.append(QJsonArray{p.x(), p.y()});
    return out;
}

QList<QPointF> points(const QJsonArray &array)
{
    QList<QPointF> out;
    for (const QJsonValue &v : array) {
        const QJsonArray p = v.toArray();
        out.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
    }
    return out;
}

QJsonArray numbers(const QList<double> &list)
{
    QJsonArray out;
    for (const double d : list)
        out.append(d);
    return out;
}

} // namespace

QJsonObject DiagnosticResult::toJson() const
{
    QJsonObject figureObject;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        figureObject.insert(it.key(), it.value());
    QJsonObject textObject;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        textObject.insert(it.key(), it.value());
    QJsonObject seriesObject;
    for (auto it = series.cbegin(); it != series.cend(); ++it)
        seriesObject.insert(it.key(), points(it.value()));
    QJsonArray hopArray;
    for (const TraceHop &h : hops)
        hopArray.append(QJsonObject{{QStringLiteral("index"), h.index}, {QStringLiteral("host"), h.host},
                                    {QStringLiteral("address"), h.address}, {QStringLiteral("errorCode"), h.errorCode},
                                    {QStringLiteral("rttMs"), numbers(h.rttMs)}});
    QJsonArray connectionArray;
    for (const TransferConnection &c : connections)
        connectionArray.append(QJsonObject{{QStringLiteral("index"), c.index}, {QStringLiteral("romUs"), c.romUs},
                                           {QStringLiteral("bomUs"), c.bomUs}, {QStringLiteral("eomUs"), c.eomUs},
                                           {QStringLiteral("tcpOpenRequestUs"), c.tcpOpenRequestUs},
                                           {QStringLiteral("tcpOpenResponseUs"), c.tcpOpenResponseUs},
                                           {QStringLiteral("testBytes"), c.testBytes},
                                           {QStringLiteral("throughputBps"), c.throughputBps},
                                           {QStringLiteral("tcpOpenMs"), c.tcpOpenMs}});
    QJsonArray answerArray;
    for (const LookupAnswer &a : answers)
        answerArray.append(QJsonObject{{QStringLiteral("status"), a.status}, {QStringLiteral("answerType"), a.answerType},
                                       {QStringLiteral("hostName"), a.hostName},
                                       {QStringLiteral("addresses"), QJsonArray::fromStringList(a.addresses)},
                                       {QStringLiteral("dnsServer"), a.dnsServer},
                                       {QStringLiteral("responseTimeMs"), a.responseTimeMs}});
    return QJsonObject{{QStringLiteral("success"), success},
                       {QStringLiteral("deviceState"), deviceState},
                       {QStringLiteral("outcome"), outcome},
                       {QStringLiteral("figures"), figureObject},
                       {QStringLiteral("texts"), textObject},
                       {QStringLiteral("series"), seriesObject},
                       {QStringLiteral("hops"), hopArray},
                       {QStringLiteral("connections"), connectionArray},
                       {QStringLiteral("answers"), answerArray}};
}

DiagnosticResult DiagnosticResult::fromJson(const QJsonObject &json)
{
    DiagnosticResult r;
    r.success = json.value(QLatin1String("success")).toBool();
    r.deviceState = json.value(QLatin1String("deviceState")).toString();
    r.outcome = json.value(QLatin1String("outcome")).toString();
    const QJsonObject figureObject = json.value(QLatin1String("figures")).toObject();
    for (auto it = figureObject.begin(); it != figureObject.end(); ++it)
        r.figures.insert(it.key(), it.value().toDouble());
    const QJsonObject textObject = json.value(QLatin1String("texts")).toObject();
    for (auto it = textObject.begin(); it != textObject.end(); ++it)
        r.texts.insert(it.key(), it.value().toString());
    const QJsonObject seriesObject = json.value(QLatin1String("series")).toObject();
    for (auto it = seriesObject.begin(); it != seriesObject.end(); ++it)
        r.series.insert(it.key(), points(it.value().toArray()));
    for (const QJsonValue &v : json.value(QLatin1String("hops")).toArray()) {
        const QJsonObject o = v.toObject();
        TraceHop h;
        h.index = o.value(QLatin1String("index")).toInt();
        h.host = o.value(QLatin1String("host")).toString();
        h.address = o.value(QLatin1String("address")).toString();
        h.errorCode = o.value(QLatin1String("errorCode")).toInt();
        for (const QJsonValue &t : o.value(QLatin1String("rttMs")).toArray())
            h.rttMs.append(t.toDouble());
        r.hops.append(h);
    }
    for (const QJsonValue &v : json.value(QLatin1String("connections")).toArray()) {
        const QJsonObject o = v.toObject();
        TransferConnection c;
        c.index = o.value(QLatin1String("index")).toInt();
        c.romUs = qint64(o.value(QLatin1String("romUs")).toDouble());
        c.bomUs = qint64(o.value(QLatin1String("bomUs")).toDouble());
        c.eomUs = qint64(o.value(QLatin1String("eomUs")).toDouble());
        c.tcpOpenRequestUs = qint64(o.value(QLatin1String("tcpOpenRequestUs")).toDouble());
        c.tcpOpenResponseUs = qint64(o.value(QLatin1String("tcpOpenResponseUs")).toDouble());
        c.testBytes = qint64(o.value(QLatin1String("testBytes")).toDouble());
        c.throughputBps = o.value(QLatin1String("throughputBps")).toDouble();
        c.tcpOpenMs = o.value(QLatin1String("tcpOpenMs")).toDouble();
        r.connections.append(c);
    }
    for (const QJsonValue &v : json.value(QLatin1String("answers")).toArray()) {
        const QJsonObject o = v.toObject();
        LookupAnswer a;
        a.status = o.value(QLatin1String("status")).toString();
        a.answerType = o.value(QLatin1String("answerType")).toString();
        a.hostName = o.value(QLatin1String("hostName")).toString();
        for (const QJsonValue &s : o.value(QLatin1String("addresses")).toArray())
            a.addresses.append(s.toString());
        a.dnsServer = o.value(QLatin1String("dnsServer")).toString();
        a.responseTimeMs = o.value(QLatin1String("responseTimeMs")).toDouble();
        r.answers.append(a);
    }
    return r;
}

} // namespace diagnostics
