// Decoding of SOAP envelopes (TR-069 A.2, A.3). See envelopecodec.h for the rules.

#include "envelopecodec.h"
#include "fieldreader.h"

#include <utility>

namespace cwmp {
namespace internal {

namespace {

bool isSoapEnvelope(QStringView ns)
{
    return ns == kSoapEnvelopeNs;
}

// Header elements of TR-069 A.2.1 are in the cwmp namespace; some stacks leave them
// unqualified.
bool isCwmpOrUnqualified(QStringView ns)
{
    return ns.isEmpty() || isCwmpNamespace(ns);
}

bool mustUnderstand(const XmlCursor &cursor)
{
    const QStringView v = cursor.attribute(kSoapEnvelopeNs, kSoapEnvelopeNs, QLatin1String("mustUnderstand"));
    return v.trimmed() == u"1" || v.trimmed() == u"true";
}

void readHeaderBoolean(XmlCursor &cursor, const char *name, std::optional<bool> &out)
{
    const QString text = cursor.readText();
    if (const auto v = parseBoolean(text))
        out = *v;
    else
        cursor.failArgument(name, text, QStringLiteral("not a boolean"));
}

void readHeader(XmlCursor &cursor, Envelope &envelope)
{
    Header &h = envelope.header;
    while (cursor.nextChild()) {
        const QStringView name = cursor.name();
        if (!isCwmpOrUnqualified(cursor.namespaceUri())) {
            if (mustUnderstand(cursor)) {
                cursor.fail(DecodeError::MustUnderstand,
                            QStringLiteral("header <%1> in namespace %2 is marked mustUnderstand")
                                .arg(name.toString(), cursor.namespaceUri().toString()));
                return;
            }
            cursor.skip();
            continue;
        }
        if (!cursor.namespaceUri().isEmpty())
            envelope.cwmpNamespace = cursor.namespaceUri().toString();
        if (name == u"ID") {
            h.idMustUnderstand = mustUnderstand(cursor);
            h.id = cursor.readText();
        } else if (name == u"HoldRequests") {
            readHeaderBoolean(cursor, "HoldRequests", h.holdRequests);
        } else if (name == u"NoMoreRequests") {
            readHeaderBoolean(cursor, "NoMoreRequests", h.noMoreRequests);
        } else if (name == u"SessionTimeout") {
            const QString text = cursor.readText();
            if (const auto v = parseUnsigned(text, 0xFFFFFFFFu))
                h.sessionTimeout = quint32(*v);
            else
                cursor.failArgument("SessionTimeout", text, QStringLiteral("not an unsignedInt"));
        } else if (name == u"SupportedCWMPVersions") {
            h.supportedCwmpVersions = cursor.readText().trimmed();
        } else if (name == u"UseCWMPVersion") {
            h.useCwmpVersion = cursor.readText().trimmed();
        } else if (mustUnderstand(cursor)) {
            cursor.fail(DecodeError::MustUnderstand,
                        QStringLiteral("unknown header <%1> is marked mustUnderstand").arg(name.toString()));
            return;
        } else {
            cursor.skip();
        }
    }
}

// cwmp:Fault inside <detail>.
void readCwmpFault(XmlCursor &cursor, SoapFault &fault)
{
    while (cursor.nextChild()) {
        const QStringView name = cursor.name();
        if (name == u"FaultCode") {
            const QString text = cursor.readText();
            if (const auto v = parseUnsigned(text, 0xFFFFFFFFu))
                fault.faultCode = quint32(*v);
            else
                cursor.failArgument("FaultCode", text, QStringLiteral("not a fault code"));
        } else if (name == u"FaultString") {
            fault.faultString = cursor.readText();
        } else if (name == u"SetParameterValuesFault") {
            SetParameterValuesFault entry;
            while (cursor.nextChild()) {
                const QStringView field = cursor.name();
                if (field == u"ParameterName") {
                    entry.parameterName = cursor.readText();
                } else if (field == u"FaultCode") {
                    const QString text = cursor.readText();
                    if (const auto v = parseUnsigned(text, 0xFFFFFFFFu))
                        entry.faultCode = quint32(*v);
                    else
                        cursor.failArgument("FaultCode", text, QStringLiteral("not a fault code"));
                } else if (field == u"FaultString") {
                    entry.faultString = cursor.readText();
                } else {
                    cursor.skip();
                }
            }
            fault.setParameterValuesFaults.append(std::move(entry));
        } else {
            cursor.skip();
        }
    }
}

void readDetail(XmlCursor &cursor, SoapFault &fault)
{
    while (cursor.nextChild()) {
        if (cursor.name() == u"Fault")
            readCwmpFault(cursor, fault);
        else
            cursor.skip();
    }
}

QString stripPrefix(const QString &qname)
{
    const qsizetype colon = qname.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? qname : qname.mid(colon + 1);
}

// SOAP 1.1 §4.4. netcwmp nests <detail> inside <faultstring>: look for it there too.
void readSoapFault(XmlCursor &cursor, SoapFault &fault)
{
    fault.faultcode.clear();
    fault.faultstring.clear();
    while (cursor.nextChild()) {
        const QStringView name = cursor.name();
        if (name == u"faultcode") {
            fault.faultcode = stripPrefix(cursor.readText().trimmed());
        } else if (name == u"faultstring") {
            QString text;
            while (cursor.nextChild(&text)) {
                if (cursor.name() == u"detail")
                    readDetail(cursor, fault);
                else
                    cursor.skip();
            }
            fault.faultstring = text.trimmed();
        } else if (name == u"detail") {
            readDetail(cursor, fault);
        } else {
            cursor.skip();
        }
    }
}

// Reads the message if T is the alternative named by the element. SoapFault is never
// matched here: it lives in the SOAP namespace, not in cwmp.
template <class T> bool readIfNamed(QStringView name, XmlCursor &cursor, Body &body)
{
    if constexpr (std::is_same_v<T, SoapFault>) {
        return false;
    } else {
        if (name != QLatin1String(T::kMethod))
            return false;
        T message;
        readStruct(cursor, message);
        body = std::move(message);
        return true;
    }
}

template <std::size_t... I>
bool readByName(QStringView name, XmlCursor &cursor, Body &body, std::index_sequence<I...>)
{
    return (readIfNamed<std::variant_alternative_t<I, Body>>(name, cursor, body) || ...);
}

void readBody(XmlCursor &cursor, Envelope &envelope, DecodeError &error)
{
    bool sawRpc = false;
    while (cursor.nextChild()) {
        if (sawRpc) {
            cursor.fail(DecodeError::MultipleBodies,
                        QStringLiteral("a second element <%1> in the SOAP Body; CWMP allows one RPC per envelope")
                            .arg(cursor.name().toString()));
            return;
        }
        sawRpc = true;
        const QString name = cursor.name().toString();
        const QStringView ns = cursor.namespaceUri();
        error.method = name;
        if (isSoapEnvelope(ns) && name == u"Fault") {
            SoapFault fault;
            readSoapFault(cursor, fault);
            envelope.body = std::move(fault);
        } else if (isCwmpNamespace(ns)) {
            envelope.cwmpNamespace = ns.toString();
            if (!readByName(name, cursor, envelope.body, std::make_index_sequence<std::variant_size_v<Body>>())) {
                cursor.fail(DecodeError::UnknownMethod, QStringLiteral("unknown RPC <%1>").arg(name));
                return;
            }
        } else {
            cursor.fail(DecodeError::UnknownNamespace,
                        QStringLiteral("RPC <%1> is in namespace '%2', not a cwmp namespace")
                            .arg(name, ns.toString()));
            return;
        }
    }
    if (!sawRpc)
        cursor.fail(DecodeError::MissingBody, QStringLiteral("the SOAP Body holds no RPC"));
}

} // namespace

void readOperation(XmlCursor &cursor, QList<DuOperation> &out)
{
    // The concrete operation is named by xsi:type (A.4.1.10), e.g. "cwmp:InstallOpStruct".
    const QStringView type = cursor.attribute(kXsiNs, kXsi1999Ns, QLatin1String("type"));
    const QStringView local = type.mid(type.lastIndexOf(QLatin1Char(':')) + 1);
    if (local == u"InstallOpStruct") {
        InstallOpStruct op;
        readStruct(cursor, op);
        out.append(std::move(op));
    } else if (local == u"UpdateOpStruct") {
        UpdateOpStruct op;
        readStruct(cursor, op);
        out.append(std::move(op));
    } else if (local == u"UninstallOpStruct") {
        UninstallOpStruct op;
        readStruct(cursor, op);
        out.append(std::move(op));
    } else {
        cursor.failArgument("Operations", type,
                            QStringLiteral("xsi:type must be InstallOpStruct, UpdateOpStruct or UninstallOpStruct"));
    }
}

} // namespace internal

DecodeResult decodeEnvelope(const QByteArray &xml, const DecodeLimits &limits)
{
    using internal::XmlCursor;
    DecodeResult result;
    DecodeError &error = result.error;

    if (xml.trimmed().isEmpty()) {
        error.kind = DecodeError::EmptyMessage;
        error.reason = QStringLiteral("the message is empty");
        return result;
    }
    if (xml.size() > limits.maxBytes) {
        error.kind = DecodeError::TooLarge;
        error.reason = QStringLiteral("the message has %1 bytes; the limit is %2")
                           .arg(xml.size())
                           .arg(limits.maxBytes);
        return result;
    }

    const internal::XmlText text = internal::prepareXmlText(xml);
    if (text.error.isError()) {
        error = text.error;
        return result;
    }
    XmlCursor cursor(text, limits);
    QString method;
    if (!cursor.nextChild()) {
        cursor.fail(DecodeError::MalformedXml, QStringLiteral("no root element"));
    } else if (!internal::isSoapEnvelope(cursor.namespaceUri()) || cursor.name() != u"Envelope") {
        cursor.fail(DecodeError::NotAnEnvelope,
                    QStringLiteral("the root element is <%1> in namespace '%2', not a SOAP 1.1 Envelope")
                        .arg(cursor.name().toString(), cursor.namespaceUri().toString()));
    } else {
        bool sawBody = false;
        while (cursor.nextChild()) {
            const bool soap = internal::isSoapEnvelope(cursor.namespaceUri());
            if (soap && cursor.name() == u"Header") {
                internal::readHeader(cursor, result.envelope);
            } else if (soap && cursor.name() == u"Body") {
                if (sawBody) {
                    cursor.fail(DecodeError::MultipleBodies, QStringLiteral("a second SOAP Body"));
                    break;
                }
                sawBody = true;
                internal::readBody(cursor, result.envelope, error);
            } else {
                cursor.skip();
            }
        }
        if (!cursor.failed() && !sawBody)
            cursor.fail(DecodeError::MissingBody, QStringLiteral("the envelope has no SOAP Body"));
        cursor.finish();
    }

    method = error.method;
    if (cursor.failed()) {
        error = cursor.error();
        error.method = method;
    } else {
        error = DecodeError{};
    }
    return result;
}

} // namespace cwmp
