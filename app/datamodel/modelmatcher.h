#pragma once

#include <datamodel/datamodel.h>

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace datamodel {

// What a device says about its data model (TR-181: Device.RootDataModelVersion and
// Device.DeviceInfo.SupportedDataModel.{i}.URN; TR-098: the root and DeviceSummary).
struct DeviceAnnouncement {
    QString root;                  // "Device" or "InternetGatewayDevice"
    QString rootDataModelVersion;  // "2.15"
    QStringList supportedDataModelUrns; // "urn:broadband-forum-org:tr-181-2-15-0"
    QString deviceSummary;         // "InternetGatewayDevice:1.4[](Baseline:1, EthernetLAN:1)"

    // Reads the announcement from a device's parameter values (path -> value).
    static DeviceAnnouncement fromParameters(const QMap<QString, QString> &values);
};

// Picks the imported model that best describes a device: the same root; the exact
// version, else the oldest newer one (it defines everything the device can have), else
// the newest older one.
class ModelMatcher
{
    Q_DECLARE_TR_FUNCTIONS(datamodel::ModelMatcher)

public:
    struct Match {
        int index = -1;  // into the models given, -1 when none fits
        QString reason;  // in plain words, for the console
    };

    static Match bestMatch(const QList<DataModel> &models, const DeviceAnnouncement &device);
};

} // namespace datamodel
