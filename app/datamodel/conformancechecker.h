#pragma once

#include <datamodel/conformancereport.h>
#include <datamodel/datamodel.h>

#include <cwmp/cwmpvalue.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace datamodel {

// What the ACS knows of one node of a device's tree, independent of the engine's cache
// type (the caller converts acs::ParameterCache). Objects are keyed by their path ending
// in '.', tables also by their path without an instance ("Device.IP.Interface.").
struct DeviceNode {
    QString value;
    cwmp::ValueType type = cwmp::ValueType::Unspecified;
    std::optional<bool> writable; // from GetParameterNames
    bool valueKnown = false;      // a GetParameterValues answer was seen
};
using DeviceTree = QMap<QString, DeviceNode>;

// Holds a device's tree against a data model and lists where it departs from it.
// The tree should be complete (a whole-tree refresh): a parameter never read is reported
// as missing, and a table never read counts as empty.
class ConformanceChecker
{
    Q_DECLARE_TR_FUNCTIONS(datamodel::ConformanceChecker)

public:
    // `vendorModels` are further imported models whose definitions (typically the
    // X_<OUI>_ objects of a vendor file) describe what the standard model lacks.
    explicit ConformanceChecker(const DataModel &model, QList<DataModel> vendorModels = {});

    ConformanceReport check(const DeviceTree &tree, const QString &deviceId = {}) const;

    // The version the device claims (Device.RootDataModelVersion, else the first model of
    // DeviceSummary), when it belongs to the checked model's major version; otherwise the
    // model's own version.
    QString claimedVersion(const DeviceTree &tree) const;
    // Whether a definition is one the device must have in every present instance of its
    // object (see the .cpp for the rule).
    static bool isRequired(const Definition &definition, const QString &claimedVersion);

private:
    const Definition *lookup(const QString &path) const;
    void checkParameter(const QString &path, const DeviceNode &node, const Definition &def,
                        ConformanceReport &report) const;
    void checkTableAccess(const QString &path, const DeviceNode &node, const Definition &def,
                          ConformanceReport &report) const;

    DataModel m_model;
    QList<DataModel> m_vendorModels;
    // "Device.WiFi.SSIDNumberOfEntries" pattern -> the table it counts.
    QHash<QString, QString> m_countedTables;
};

} // namespace datamodel
