#include "datamodelroutes.h"

#include "definitionlibrary.h"

#include <acs/acsengine.h>
#include <api/jsonreply.h>
#include <datamodel/conformancereportwriter.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace service {

namespace {

QJsonArray modelList(const DefinitionLibrary &library)
{
    QJsonArray out;
    for (const DefinitionLibrary::ModelInfo &info : library.models()) {
        out.append(QJsonObject{{QStringLiteral("key"), info.model.name()},
                               {QStringLiteral("name"), info.model.rootName()},
                               {QStringLiteral("version"), info.model.version()},
                               {QStringLiteral("spec"), info.model.spec()},
                               {QStringLiteral("service"), info.model.isService()},
                               {QStringLiteral("objects"), info.model.objectCount()},
                               {QStringLiteral("parameters"), info.model.parameterCount()},
                               {QStringLiteral("sourceFiles"), QJsonArray::fromStringList(info.sourceFiles)}});
    }
    return out;
}

http::Response fileReply(const QByteArray &contentType, const QByteArray &body)
{
    http::Response r;
    r.status = 200;
    r.headers.set("Content-Type", contentType);
    r.body = body;
    return r;
}

} // namespace

DataModelRoutes::DataModelRoutes(DefinitionLibrary *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

api::ApiServer::RouteGroup DataModelRoutes::routeGroup()
{
    return [this](const http::Request &request, const QList<QString> &segments, http::Responder &responder) {
        return handle(request, segments, responder);
    };
}

bool DataModelRoutes::handle(const http::Request &request, const QList<QString> &seg, http::Responder &responder)
{
    const QByteArray &method = request.method;
    if (seg.size() == 1 && seg.at(0) == u"datamodels") {
        if (method != "GET")
            responder.send(api::methodNotAllowed("GET"));
        else
            list(responder);
        return true;
    }
    if (seg.size() == 2 && seg.at(0) == u"datamodels" && seg.at(1) == u"import") {
        if (method != "POST")
            responder.send(api::methodNotAllowed("POST"));
        else
            import(request, responder);
        return true;
    }
    if (seg.size() == 3 && seg.at(0) == u"devices" && (seg.at(2) == u"datamodel" || seg.at(2) == u"conformance")) {
        if (method != "GET")
            responder.send(api::methodNotAllowed("GET"));
        else if (seg.at(2) == u"datamodel")
            deviceModel(seg.at(1), responder);
        else
            conformance(request, seg.at(1), responder);
        return true;
    }
    return false;
}

void DataModelRoutes::list(http::Responder &responder) const
{
    responder.send(api::jsonReply(200, modelList(*m_library)));
}

void DataModelRoutes::import(const http::Request &request, http::Responder &responder)
{
    // The path names a file on this computer: only a client on it can mean one.
    if (!api::ApiServer::isLoopback(request.peerAddress)) {
        responder.send(api::errorReply(403, QStringLiteral("imports are accepted from this computer only")));
        return;
    }
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
    const QString path = body.object().value(QLatin1String("path")).toString();
    if (error.error != QJsonParseError::NoError || path.isEmpty()) {
        responder.send(api::errorReply(400, QStringLiteral("expected {\"path\": \"/absolute/file/or/folder\"}")));
        return;
    }
    if (QDir::isRelativePath(path)) {
        responder.send(api::errorReply(400, QStringLiteral("the path must be absolute")));
        return;
    }
    QString why;
    // Connected before the import starts: a cached file may finish at once.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_library, &DefinitionLibrary::importFinished, this,
                          [this, responder, connection](bool ok, const QString &message) {
                              disconnect(*connection);
                              responder.send(api::jsonReply(ok ? 200 : 422,
                                                            QJsonObject{{QStringLiteral("ok"), ok},
                                                                        {QStringLiteral("message"), message},
                                                                        {QStringLiteral("models"), modelList(*m_library)}}));
                          });
    if (!m_library->importPath(path, &why)) {
        disconnect(*connection);
        const int status = m_library->isImporting() ? 409 : (QFileInfo::exists(path) ? 422 : 404);
        responder.send(api::errorReply(status, why));
    }
}

void DataModelRoutes::deviceModel(const QString &deviceId, http::Responder &responder) const
{
    const DefinitionLibrary::DeviceModel m = m_library->modelFor(deviceId);
    if (!m.deviceKnown) {
        responder.send(api::errorReply(404, QStringLiteral("no device '%1'").arg(deviceId)));
        return;
    }
    responder.send(api::jsonReply(200, QJsonObject{{QStringLiteral("device"), deviceId},
                                                   {QStringLiteral("model"), m.modelKey.isEmpty() ? QJsonValue() : QJsonValue(m.modelKey)},
                                                   {QStringLiteral("override"), m.overrideKey.isEmpty() ? QJsonValue() : QJsonValue(m.overrideKey)},
                                                   {QStringLiteral("reason"), m.reason}}));
}

void DataModelRoutes::conformance(const http::Request &request, const QString &deviceId, http::Responder &responder) const
{
    const QString format = api::formValue(api::formQuery(request), QStringLiteral("format"));
    if (!format.isEmpty() && format != u"json" && format != u"html" && format != u"csv") {
        responder.send(api::errorReply(400, QStringLiteral("format must be json, html or csv")));
        return;
    }
    QString why;
    const std::optional<datamodel::ConformanceReport> report = m_library->checkDevice(deviceId, &why);
    if (!report) {
        responder.send(api::errorReply(m_library->modelFor(deviceId).deviceKnown ? 409 : 404, why));
        return;
    }
    if (format == u"html")
        responder.send(fileReply("text/html; charset=utf-8", datamodel::ConformanceReportWriter::toHtml(*report).toUtf8()));
    else if (format == u"csv")
        responder.send(fileReply("text/csv; charset=utf-8", datamodel::ConformanceReportWriter::toCsv(*report)));
    else
        responder.send(api::jsonReply(200, datamodel::ConformanceReportWriter::toJson(*report)));
}

} // namespace service
