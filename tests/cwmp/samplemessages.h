#pragma once

// Realistic, schema-valid CWMP messages, at least one per alternative of cwmp::Body. Shared
// by the round-trip, schema-validation and fuzz-corpus tests so that a new message type
// needs one new sample, not one per test.

#include <cwmp/cwmpversion.h>
#include <cwmp/envelope.h>

#include <QList>
#include <QStringList>

namespace samples {

struct NamedMessage {
    const char *name; // unique: a Qt Test data row name
    cwmp::Envelope envelope;
};

// Every sample in the cwmp-1-2 namespace, the namespace of CWMP 1.2-1.4.
QList<NamedMessage> allMessages();

// True when allMessages() holds a message of every alternative of cwmp::Body.
bool coversEveryBodyAlternative();
// The SOAP element names of the alternatives no sample holds ("Fault" for SoapFault).
QStringList uncoveredMethods();

// The oldest CWMP version whose schema defines the message's RPC and every header element
// and argument value it carries (GetAllQueuedTransfers: 1.1, ChangeDUState: 1.2,
// SessionTimeout: 1.3, SupportedCWMPVersions, "13 WAKEUP" or fault 8006: 1.4). A sample can
// be sent in the namespace of this version and of every later one.
cwmp::CwmpVersion oldestVersionFor(const cwmp::Envelope &envelope);

} // namespace samples
