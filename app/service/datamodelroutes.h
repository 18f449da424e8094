#pragma once

// The API over the definition library (its own file: app/api cannot see app/service):
//   GET  /datamodels                      imported models and where they came from
//   POST /datamodels/import {"path": …}   import an absolute file or folder; answers when done
//   GET  /devices/<id>/datamodel          the model matched to the device, and the override
//   GET  /devices/<id>/conformance?format=json|html|csv
// Registered with ApiServer::addRoutes() by AcsService.

#include <api/apiserver.h>

#include <QCoreApplication>
#include <QObject>

namespace service {

class DefinitionLibrary;

class DataModelRoutes : public QObject
{
    Q_OBJECT

public:
    // The library must outlive the routes.
    explicit DataModelRoutes(DefinitionLibrary *library, QObject *parent = nullptr);

    api::ApiServer::RouteGroup routeGroup();
    bool handle(const http::Request &request, const QList<QString> &segments, http::Responder &responder);

private:
    void list(http::Responder &responder) const;
    void import(const http::Request &request, http::Responder &responder);
    void deviceModel(const QString &deviceId, http::Responder &responder) const;
    void conformance(const http::Request &request, const QString &deviceId, http::Responder &responder) const;

    DefinitionLibrary *m_library;
};

} // namespace service
