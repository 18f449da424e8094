#pragma once

#include <datamodel/definition.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace datamodel {

// One imported <model> ("Device:2.19"), flattened: every object and parameter with its
// full path pattern, in document order, with lookups by concrete path.
class DataModel
{
public:
    DataModel() = default;
    DataModel(QString name, QList<Definition> definitions);

    QString name() const { return m_name; }              // "Device:2.19"
    QString rootName() const;                            // "Device"
    QString version() const;                             // "2.19"
    int majorVersion() const;                            // 2, or -1
    int minorVersion() const;                            // 19, or -1
    QString spec() const { return m_spec; }              // urn:broadband-forum-org:tr-181-2-19-1-cwmp
    void setSpec(const QString &spec) { m_spec = spec; }
    QString sourceFile() const { return m_sourceFile; }
    void setSourceFile(const QString &file) { m_sourceFile = file; }
    // A service model (<model isService="true">, e.g. VoiceService:2.0) hangs below a root.
    bool isService() const { return m_isService; }
    void setService(bool service) { m_isService = service; }

    const QList<Definition> &definitions() const { return m_definitions; }
    int objectCount() const { return m_objects; }
    int parameterCount() const { return m_definitions.size() - m_objects; }
    bool isEmpty() const { return m_definitions.isEmpty(); }

    // The definition of a concrete or pattern path: "Device.WiFi.SSID.3.SSID",
    // "Device.WiFi.SSID.[lan].", "Device.WiFi.SSID.{i}.". A table's own path without an
    // instance ("Device.WiFi.SSID.") finds the table. nullptr when not defined.
    const Definition *find(QStringView path) const;
    // Direct children (parameters, then objects, in document order) of an object given by
    // a concrete or pattern path; the root's children for "".
    QList<const Definition *> children(QStringView objectPath) const;
    // Definitions whose path or description contains every word of `text`, case
    // insensitive ("WPS pin"), at most `limit` of them (-1 = all), in document order.
    QList<const Definition *> search(const QString &text, int limit = -1) const;

    // Instance numbers, "[alias]" and "*" segments become "{i}".
    static QString normalise(QStringView path);

    friend bool operator==(const DataModel &a, const DataModel &b)
    {
        return a.m_name == b.m_name && a.m_spec == b.m_spec && a.m_isService == b.m_isService
               && a.m_definitions == b.m_definitions;
    }

private:
    void buildIndex();

    QString m_name;
    QString m_spec;
    QString m_sourceFile;
    bool m_isService = false;
    QList<Definition> m_definitions;
    int m_objects = 0;
    QHash<QString, int> m_byPath;
    QHash<QString, QList<int>> m_children; // parent pattern -> indexes
};

} // namespace datamodel
