#pragma once

// Turns the bytes of a message into what QXmlStreamReader reads, checking the encoding
// first. Internal to the codec.

#include "decodeerror.h"

#include <QByteArray>

namespace cwmp::internal {

struct XmlText {
    QByteArray bytes; // what the reader gets: the message from its first '<' (or UTF-16 BOM)
    DecodeError error;
};

// UTF-8 is checked here rather than left to QXmlStreamReader, so that a bad byte is
// reported as InvalidEncoding with its line, whatever language Qt's messages are in.
// White space before the XML declaration, which some CPEs send, is dropped.
XmlText prepareXmlText(const QByteArray &xml);

} // namespace cwmp::internal
