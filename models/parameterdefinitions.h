#pragma once

// The data-model definition (TR-181, TR-098, a vendor file) the parameter browser explains
// a device with: the definition of a concrete path, the objects and parameters it defines
// below an object that the device did not report, and the paths whose description
// matches a search. Without a model every answer is "nothing", so the browser behaves as
// it did before definitions existed.

#include <datamodel/datamodel.h>

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace acs {
class ParameterCache;
}

namespace models {

class ParameterDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(models::ParameterDefinitions)

public:
    void setModel(std::shared_ptr<const datamodel::DataModel> model) { m_model = std::move(model); }
    const std::shared_ptr<const datamodel::DataModel> &model() const { return m_model; }
    bool isEmpty() const { return !m_model || m_model->isEmpty(); }
    QString modelName() const { return m_model ? m_model->name() : QString(); }

    // The definition of a concrete path ("Device.WiFi.SSID.3.SSID"), or nullptr.
    const datamodel::Definition *find(const QString &path) const;

    // A vendor extension: some segment starts with "X_" (TR-106 3.3: X_<OUI>_Name).
    static bool isVendorPath(QStringView path);
    // Why a path has no definition, in plain words: a vendor extension, or not in the model.
    QString missingReason(const QString &path) const;

    // Children the definition has below the concrete object path that the cache lacks,
    // as concrete paths: parameters, single objects ("Device.WiFi.Radio.1.Stats.") and
    // tables without their instance ("Device.WiFi.SSID."). Empty below a table's own path.
    QStringList definedChildrenMissing(const QString &objectPath, const acs::ParameterCache &cache) const;

    // The normalised path patterns ("Device.WiFi.AccessPoint.{i}.WPS.Enable") whose path or
    // description contains every word of text.
    QSet<QString> descriptionMatches(const QString &text) const;

    // Error text for a value to set, or "" when acceptable or there is no definition.
    QString validate(const QString &path, const QString &value) const;

private:
    std::shared_ptr<const datamodel::DataModel> m_model;
};

} // namespace models
