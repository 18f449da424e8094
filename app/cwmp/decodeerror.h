#pragma once

#include <QString>

namespace cwmp {

// Why a peer's message was refused. Every refusal maps to the fault the receiver answers
// with: 8xxx when the ACS is the receiver, 9xxx when the CPE is.
struct DecodeError {
    enum Kind : quint8 {
        None,
        EmptyMessage,       // no bytes at all (an empty POST is handled before decoding)
        TooLarge,           // body over DecodeLimits::maxBytes
        TooDeep,            // nesting over DecodeLimits::maxDepth
        TooManyElements,    // over DecodeLimits::maxElements
        DtdForbidden,       // any DOCTYPE: no entity declarations, no XXE
        MalformedXml,       // not well-formed, truncated, undeclared entity
        InvalidEncoding,    // bytes that are not valid in the declared encoding
        NotAnEnvelope,      // root is not a SOAP 1.1 Envelope
        MissingBody,        // no Body, or a Body with no RPC element
        MultipleBodies,     // two Body elements, or two RPCs in one Body
        UnknownNamespace,   // the RPC element is not in a cwmp namespace
        UnknownMethod,      // a cwmp element that names no RPC we know
        InvalidArgument,    // an argument that does not parse as its type
        MustUnderstand,     // an unknown header with mustUnderstand="1" (SOAP 1.1 §4.2.3)
    };

    Kind kind = None;
    QString reason; // one readable line naming what and where
    qint64 line = 0;
    qint64 column = 0;
    QString method; // the RPC element, when it was reached

    bool isError() const { return kind != None; }
    // The fault an ACS answers with (8000 unknown method, 8003 bad arguments or a header it
    // must understand but does not, 8004 limits, 8002 otherwise) and the one a CPE answers with (9000, 9003, 9004, 9002).
    int acsFaultCode() const;
    int cpeFaultCode() const;
    static QString kindName(Kind kind);
};

// Limits on what a peer may send. The defaults admit a 20,000-parameter
// GetParameterValuesResponse (about 4 MB, 80,000 elements) with a wide margin.
struct DecodeLimits {
    qint64 maxBytes = 32 * 1024 * 1024;
    int maxDepth = 32;
    qint64 maxElements = 2'000'000;
};

} // namespace cwmp
