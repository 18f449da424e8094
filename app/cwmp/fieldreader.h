#pragma once

// The reading side of messagefields.h: a visitor that fills the one field whose element
// name matches the child element the cursor stands on. Unknown children are skipped by the
// caller, missing ones keep their defaults (devices differ; the ACS decides what it needs).
// Internal to the codec.

#include "messagefields.h"
#include "soapnamespaces.h"
#include "xmlcursor.h"

namespace cwmp::internal {

template <class T> void readStruct(XmlCursor &cursor, T &out);
void readOperation(XmlCursor &cursor, QList<DuOperation> &out);

class FieldReader
{
public:
    FieldReader(XmlCursor &cursor, QStringView element) : m_cursor(cursor), m_element(element) {}

    bool matched() const { return m_matched; }

    void text(const char *name, QString &out)
    {
        if (take(name))
            out = m_cursor.readText();
    }
    void optText(const char *name, std::optional<QString> &out)
    {
        if (take(name))
            out = m_cursor.readText();
    }
    void boolean(const char *name, bool &out)
    {
        if (!take(name))
            return;
        const QString text = m_cursor.readText();
        if (const auto v = parseBoolean(text))
            out = *v;
        else
            m_cursor.failArgument(name, text, QStringLiteral("not a boolean"));
    }
    void unsignedInt(const char *name, quint32 &out)
    {
        if (!take(name))
            return;
        const QString text = m_cursor.readText();
        if (const auto v = parseUnsigned(text, 0xFFFFFFFFu))
            out = quint32(*v);
        else
            m_cursor.failArgument(name, text, QStringLiteral("not an unsignedInt"));
    }
    void integer(const char *name, int &out)
    {
        if (!take(name))
            return;
        const QString text = m_cursor.readText();
        if (const auto v = parseInt(text, INT_MIN, INT_MAX))
            out = int(*v);
        else
            m_cursor.failArgument(name, text, QStringLiteral("not an int"));
    }
    void dateTime(const char *name, QDateTime &out)
    {
        if (take(name))
            readDateTime(name, out);
    }
    void optDateTime(const char *name, std::optional<QDateTime> &out)
    {
        if (!take(name))
            return;
        QDateTime value;
        readDateTime(name, value);
        out = std::move(value);
    }
    // ParameterValueStruct/Value is xsd:anySimpleType; its type comes from xsi:type.
    void value(const char *name, QString &out, ValueType &type)
    {
        if (!take(name))
            return;
        const QStringView xsiType = m_cursor.attribute(kXsiNs, kXsi1999Ns, QLatin1String("type"));
        type = valueTypeFromXsdName(xsiType);
        out = m_cursor.readText();
    }
    // SOAP-encoded arrays: the arrayType count is not trusted, the items are counted.
    void stringArray(const char *name, QStringList &out, const char *, const char *)
    {
        if (!take(name))
            return;
        while (m_cursor.nextChild())
            out.append(m_cursor.readText());
    }
    template <class T>
    void structArray(const char *name, QList<T> &out, const char *, const char *)
    {
        if (!take(name))
            return;
        while (m_cursor.nextChild()) {
            T item;
            readStruct(m_cursor, item);
            out.append(std::move(item));
        }
    }
    template <class T> void structure(const char *name, T &out)
    {
        if (take(name))
            readStruct(m_cursor, out);
    }
    // Elements that repeat without an array wrapper (DUStateChangeComplete/Results).
    template <class T> void repeated(const char *name, QList<T> &out)
    {
        if (!take(name))
            return;
        T item;
        readStruct(m_cursor, item);
        out.append(std::move(item));
    }
    void operations(const char *name, QList<DuOperation> &out)
    {
        if (take(name))
            readOperation(m_cursor, out);
    }

private:
    void readDateTime(const char *name, QDateTime &out)
    {
        const QString text = m_cursor.readText();
        if (auto v = parseDateTime(text))
            out = std::move(*v);
        else
            m_cursor.failArgument(name, text, QStringLiteral("not an xsd:dateTime"));
    }

    bool take(const char *name)
    {
        if (m_matched || m_element != QLatin1String(name))
            return false;
        m_matched = true;
        return true;
    }

    XmlCursor &m_cursor;
    QStringView m_element;
    bool m_matched = false;
};

template <class T> void readStruct(XmlCursor &cursor, T &out)
{
    while (cursor.nextChild()) {
        FieldReader reader(cursor, cursor.name());
        describe(reader, out);
        if (!reader.matched())
            cursor.skip();
    }
}

} // namespace cwmp::internal
