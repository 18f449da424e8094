#include "parameterdefinitions.h"

#include <acs/parametercache.h>
#include <datamodel/validator.h>

namespace models {

const datamodel::Definition *ParameterDefinitions::find(const QString &path) const
{
    if (!m_model || path.isEmpty())
        return nullptr;
    return m_model->find(path);
}

bool ParameterDefinitions::isVendorPath(QStringView path)
{
    for (const QStringView segment : path.split(QLatin1Char('.'))) {
        if (segment.startsWith(QLatin1String("X_")))
            return true;
    }
    return false;
}

QString ParameterDefinitions::missingReason(const QString &path) const
{
    if (isVendorPath(path))
        return tr("Vendor extension, no definition");
    if (!m_model)
        return tr("No data-model definition loaded");
    return tr("Not in the data model %1").arg(m_model->name());
}

QStringList ParameterDefinitions::definedChildrenMissing(const QString &objectPath, const acs::ParameterCache &cache) const
{
    QStringList out;
    const datamodel::Definition *self = find(objectPath);
    // No guesses at the top level (the device's root is what it reports); the table's own
    // path ("Device.WiFi.SSID.") stands for rows that do not exist.
    if (!self || (self->isTable() && !datamodel::DataModel::normalise(objectPath).endsWith(QLatin1String("{i}."))))
        return out;
    const QStringList present = cache.children(objectPath);
    const QSet<QString> have(present.cbegin(), present.cend());
    for (const datamodel::Definition *d : m_model->children(objectPath)) {
        if (d->status == datamodel::Status::Obsoleted || d->status == datamodel::Status::Deleted)
            continue;
        QString name = d->name();
        if (d->isObject())
            name += QLatin1Char('.');
        const QString path = objectPath + name;
        if (!have.contains(path))
            out.append(path);
    }
    return out;
}

QSet<QString> ParameterDefinitions::descriptionMatches(const QString &text) const
{
    QSet<QString> out;
    if (!m_model || text.trimmed().isEmpty())
        return out;
    for (const datamodel::Definition *d : m_model->search(text))
        out.insert(d->path);
    return out;
}

QString ParameterDefinitions::validate(const QString &path, const QString &value) const
{
    // The value space only: whether the parameter may be written is the device's word
    // (its writable attribute), vendors open up parameters the standard keeps read-only.
    const datamodel::Definition *d = find(path);
    return d && d->isParameter() ? datamodel::Validator::validate(d->syntax, value, datamodel::Validator::Purpose::Set) : QString();
}

} // namespace models
