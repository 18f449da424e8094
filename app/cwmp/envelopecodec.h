#pragma once

#include "decodeerror.h"
#include "envelope.h"

#include <QByteArray>

namespace cwmp {

struct DecodeResult {
    // On error the envelope holds what was read before it (the namespace and the header's
    // ID, so that the receiver can answer with a fault that carries the same ID).
    Envelope envelope;
    DecodeError error;
    bool ok() const { return !error.isError(); }
};

// Reads one SOAP envelope (QXmlStreamReader). Lenient where devices differ: any prefix,
// every cwmp-x-y namespace, 1999 and 2001 XML Schema namespaces, missing or unknown
// xsi:type, arrayType counts that disagree with the content, a BOM, no XML declaration,
// UTF-8 or ISO-8859-1. Strict where safety demands: no DTD, limits on size, depth and
// element count. Never asserts or loops on peer input.
DecodeResult decodeEnvelope(const QByteArray &xml, const DecodeLimits &limits = {});

struct EncodeOptions {
    // netcwmp cannot parse a message that starts with <?xml ...?>; the ACS can leave it out
    // for such devices.
    bool xmlDeclaration = true;
};

// Writes the envelope in UTF-8 with an XML declaration, the prefixes soap-env, soap-enc,
// xsd, xsi and cwmp, xsi:type on every Value and soap-enc:arrayType on every array, as the
// cwmp-1-x schemas require.
QByteArray encodeEnvelope(const Envelope &envelope, const EncodeOptions &options = {});

} // namespace cwmp
