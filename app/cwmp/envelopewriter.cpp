// Encoding of SOAP envelopes: strict output as the cwmp-1-x schemas define it (TR-069 A.2).

#include "envelopecodec.h"
#include "messagefields.h"
#include "soapnamespaces.h"

#include <QXmlStreamWriter>

namespace cwmp {
namespace internal {

namespace {

// The writing side of messagefields.h. Arguments are unqualified elements
// (elementFormDefault="unqualified" in every cwmp schema).
class FieldWriter
{
public:
    explicit FieldWriter(QXmlStreamWriter &w) : m_w(w) {}

    void text(const char *name, const QString &v) { m_w.writeTextElement(QLatin1String(name), v); }
    void optText(const char *name, const std::optional<QString> &v)
    {
        if (v)
            text(name, *v);
    }
    void boolean(const char *name, bool v)
    {
        m_w.writeTextElement(QLatin1String(name), v ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void unsignedInt(const char *name, quint32 v) { m_w.writeTextElement(QLatin1String(name), QString::number(v)); }
    void integer(const char *name, int v) { m_w.writeTextElement(QLatin1String(name), QString::number(v)); }
    void dateTime(const char *name, const QDateTime &v) { m_w.writeTextElement(QLatin1String(name), formatDateTime(v)); }
    void optDateTime(const char *name, const std::optional<QDateTime> &v)
    {
        if (v)
            dateTime(name, *v);
    }
    // Every Value carries xsi:type (TR-069 A.2.1: the receiver checks it against the model).
    void value(const char *name, const QString &v, ValueType type)
    {
        m_w.writeStartElement(QLatin1String(name));
        m_w.writeAttribute(kXsiNs, QStringLiteral("type"), QLatin1String("xsd:") + xsdName(type));
        m_w.writeCharacters(v);
        m_w.writeEndElement();
    }
    void stringArray(const char *name, const QStringList &items, const char *item, const char *arrayType)
    {
        startArray(name, arrayType, items.size());
        for (const QString &s : items)
            m_w.writeTextElement(QLatin1String(item), s);
        m_w.writeEndElement();
    }
    template <class T>
    void structArray(const char *name, const QList<T> &items, const char *item, const char *arrayType)
    {
        startArray(name, arrayType, items.size());
        for (const T &s : items)
            structure(item, s);
        m_w.writeEndElement();
    }
    template <class T> void structure(const char *name, const T &s)
    {
        m_w.writeStartElement(QLatin1String(name));
        // describe() takes non-const references so that one description serves reading
        // too; the writer only reads through them.
        describe(*this, const_cast<T &>(s));
        m_w.writeEndElement();
    }
    template <class T> void repeated(const char *name, const QList<T> &items)
    {
        for (const T &s : items)
            structure(name, s);
    }
    // ChangeDUState: the abstract OperationStruct made concrete with xsi:type (A.4.1.10).
    void operations(const char *name, const QList<DuOperation> &ops)
    {
        for (const DuOperation &op : ops) {
            m_w.writeStartElement(QLatin1String(name));
            std::visit(
                [this](const auto &concrete) {
                    using T = std::decay_t<decltype(concrete)>;
                    const char *type = std::is_same_v<T, InstallOpStruct>  ? "cwmp:InstallOpStruct"
                                       : std::is_same_v<T, UpdateOpStruct> ? "cwmp:UpdateOpStruct"
                                                                           : "cwmp:UninstallOpStruct";
                    m_w.writeAttribute(kXsiNs, QStringLiteral("type"), QLatin1String(type));
                    describe(*this, const_cast<T &>(concrete));
                },
                op);
            m_w.writeEndElement();
        }
    }

private:
    void startArray(const char *name, const char *arrayType, qsizetype count)
    {
        m_w.writeStartElement(QLatin1String(name));
        m_w.writeAttribute(kSoapEncodingNs, QStringLiteral("arrayType"),
                           QStringLiteral("%1[%2]").arg(QLatin1String(arrayType)).arg(count));
    }

    QXmlStreamWriter &m_w;
};

void writeHeader(QXmlStreamWriter &w, const QString &ns, const Header &h)
{
    const bool any = h.id || h.holdRequests || h.sessionTimeout || h.supportedCwmpVersions || h.useCwmpVersion;
    if (!any)
        return;
    // mustUnderstand is fixed per element by the schemas: 1 for ID, HoldRequests and
    // UseCWMPVersion, 0 for SessionTimeout and SupportedCWMPVersions.
    auto element = [&](const char *name, const QString &value, bool mustUnderstand) {
        w.writeStartElement(ns, QLatin1String(name));
        w.writeAttribute(kSoapEnvelopeNs, QStringLiteral("mustUnderstand"),
                         mustUnderstand ? QStringLiteral("1") : QStringLiteral("0"));
        w.writeCharacters(value);
        w.writeEndElement();
    };
    w.writeStartElement(kSoapEnvelopeNs, QStringLiteral("Header"));
    if (h.id)
        element("ID", *h.id, true);
    if (h.holdRequests)
        element("HoldRequests", *h.holdRequests ? QStringLiteral("true") : QStringLiteral("false"), true);
    if (h.sessionTimeout)
        element("SessionTimeout", QString::number(*h.sessionTimeout), false);
    if (h.supportedCwmpVersions)
        element("SupportedCWMPVersions", *h.supportedCwmpVersions, false);
    if (h.useCwmpVersion)
        element("UseCWMPVersion", *h.useCwmpVersion, true);
    w.writeEndElement();
}

// SOAP 1.1 §4.4 Fault with the cwmp:Fault detail of TR-069 A.5.
void writeFault(QXmlStreamWriter &w, const QString &ns, const SoapFault &f)
{
    w.writeStartElement(kSoapEnvelopeNs, QStringLiteral("Fault"));
    w.writeTextElement(QStringLiteral("faultcode"), f.faultcode);
    w.writeTextElement(QStringLiteral("faultstring"), f.faultstring);
    w.writeStartElement(QStringLiteral("detail"));
    w.writeStartElement(ns, QStringLiteral("Fault"));
    w.writeTextElement(QStringLiteral("FaultCode"), QString::number(f.faultCode));
    w.writeTextElement(QStringLiteral("FaultString"), f.faultString);
    for (const SetParameterValuesFault &p : f.setParameterValuesFaults) {
        w.writeStartElement(QStringLiteral("SetParameterValuesFault"));
        w.writeTextElement(QStringLiteral("ParameterName"), p.parameterName);
        w.writeTextElement(QStringLiteral("FaultCode"), QString::number(p.faultCode));
        w.writeTextElement(QStringLiteral("FaultString"), p.faultString);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace
} // namespace internal

QByteArray encodeEnvelope(const Envelope &envelope, const EncodeOptions &options)
{
    QByteArray out;
    out.reserve(1024);
    QXmlStreamWriter w(&out);
    if (options.xmlDeclaration)
        w.writeStartDocument();
    const QString ns = envelope.cwmpNamespace.isEmpty() ? namespaceForVersion(CwmpVersion::V1_2)
                                                        : envelope.cwmpNamespace;
    w.writeNamespace(kSoapEnvelopeNs, QStringLiteral("soap-env"));
    w.writeNamespace(kSoapEncodingNs, QStringLiteral("soap-enc"));
    w.writeNamespace(kXsdNs, QStringLiteral("xsd"));
    w.writeNamespace(kXsiNs, QStringLiteral("xsi"));
    w.writeNamespace(ns, QStringLiteral("cwmp"));
    w.writeStartElement(kSoapEnvelopeNs, QStringLiteral("Envelope"));
    internal::writeHeader(w, ns, envelope.header);
    w.writeStartElement(kSoapEnvelopeNs, QStringLiteral("Body"));
    std::visit(
        [&](const auto &message) {
            using T = std::decay_t<decltype(message)>;
            if constexpr (std::is_same_v<T, SoapFault>) {
                internal::writeFault(w, ns, message);
            } else {
                w.writeStartElement(ns, QLatin1String(T::kMethod));
                internal::FieldWriter fields(w);
                internal::describe(fields, const_cast<T &>(message));
                w.writeEndElement();
            }
        },
        envelope.body);
    w.writeEndElement(); // Body
    w.writeEndElement(); // Envelope
    w.writeEndDocument();
    return out;
}

} // namespace cwmp
