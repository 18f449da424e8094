#include "devicedocument.h"

#include <acs/devicerecord.h>

#include <QDateTime>
#include <QJsonArray>

#include <map>

namespace api {

namespace {

// GenieACS stores numbers and booleans as JSON numbers and booleans; a query for
// {"...PeriodicInformInterval": 300} must then match.
QJsonValue typedValue(const acs::CachedParameter &p)
{
    switch (p.type) {
    case cwmp::ValueType::Int:
    case cwmp::ValueType::UnsignedInt:
    case cwmp::ValueType::Long:
    case cwmp::ValueType::UnsignedLong: {
        bool ok = false;
        const double d = p.value.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(p.value);
    }
    case cwmp::ValueType::Boolean: {
        const QString v = p.value.trimmed().toLower();
        if (v == u"true" || v == u"1")
            return true;
        if (v == u"false" || v == u"0")
            return false;
        return p.value;
    }
    default:
        return p.value;
    }
}

struct Node {
    std::map<QString, Node> children;
    bool isObject = false;
    const acs::CachedParameter *leaf = nullptr;

    QJsonObject toJson() const
    {
        QJsonObject o;
        if (leaf) {
            if (leaf->readAtMs > 0 || !leaf->value.isEmpty()) {
                o.insert(QStringLiteral("_value"), typedValue(*leaf));
                o.insert(QStringLiteral("_type"), QStringLiteral("xsd:") + cwmp::xsdName(leaf->type));
            }
            if (leaf->readAtMs > 0)
                o.insert(QStringLiteral("_timestamp"), DeviceDocument::isoDate(leaf->readAtMs));
        }
        if (isObject)
            o.insert(QStringLiteral("_object"), true);
        if (leaf && leaf->writable)
            o.insert(QStringLiteral("_writable"), *leaf->writable);
        if (leaf && leaf->notification)
            o.insert(QStringLiteral("_notification"), *leaf->notification);
        for (const auto &[name, child] : children)
            o.insert(name, child.toJson());
        return o;
    }
};

} // namespace

QString DeviceDocument::isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject DeviceDocument::build(const acs::DeviceRecord &device)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("_id"), device.id);
    doc.insert(QStringLiteral("_deviceId"), QJsonObject{{QStringLiteral("_Manufacturer"), device.deviceId.manufacturer},
                                                        {QStringLiteral("_OUI"), device.deviceId.oui},
                                                        {QStringLiteral("_ProductClass"), device.deviceId.productClass},
                                                        {QStringLiteral("_SerialNumber"), device.deviceId.serialNumber}});
    const std::pair<const char *, qint64> dates[] = {{"_lastInform", device.lastInformMs},
                                                     {"_lastBoot", device.lastBootMs},
                                                     {"_lastBootstrap", device.lastBootstrapMs},
                                                     {"_registered", device.registeredMs}};
    for (const auto &[name, ms] : dates) {
        if (ms > 0)
            doc.insert(QLatin1String(name), isoDate(ms));
    }
    if (!device.address.isEmpty())
        doc.insert(QStringLiteral("_ip"), device.address);
    if (!device.lastEvents.isEmpty())
        doc.insert(QStringLiteral("_events"), QJsonArray::fromStringList(device.lastEvents));

    Node root;
    const acs::ParameterCache::Map &entries = device.parameters.entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QString &path = it.key();
        const bool objectPath = path.endsWith(QLatin1Char('.'));
        const QStringList parts = (objectPath ? path.chopped(1) : path).split(QLatin1Char('.'));
        Node *node = &root;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            node = &node->children[parts.at(i)];
            if (i + 1 < parts.size())
                node->isObject = true;
        }
        if (objectPath)
            node->isObject = true;
        node->leaf = &it.value();
    }
    for (const auto &[name, child] : root.children)
        doc.insert(name, child.toJson());
    return doc;
}

QJsonValue DeviceDocument::valueAt(const QJsonObject &document, const QString &dottedPath)
{
    QJsonValue v = document;
    for (const QString &part : dottedPath.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

namespace {

void insertAt(QJsonObject &target, const QStringList &parts, qsizetype index, const QJsonValue &value)
{
    const QString &key = parts.at(index);
    if (index + 1 == parts.size()) {
        target.insert(key, value);
        return;
    }
    QJsonObject child = target.value(key).toObject();
    insertAt(child, parts, index + 1, value);
    target.insert(key, child);
}

} // namespace

QJsonObject DeviceDocument::project(const QJsonObject &document, const QStringList &paths)
{
    if (paths.isEmpty())
        return document;
    QJsonObject out{{QStringLiteral("_id"), document.value(QStringLiteral("_id"))}};
    for (const QString &path : paths) {
        const QStringList parts = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        const QJsonValue v = valueAt(document, path);
        if (!v.isUndefined())
            insertAt(out, parts, 0, v);
    }
    return out;
}

} // namespace api
