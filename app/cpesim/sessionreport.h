#pragma once

#include <QString>
#include <QStringList>

namespace cpesim {

// How one CWMP session went, for the runner's decisions and the one-line log.
struct SessionReport {
    bool ok = false;
    QString error;          // why it failed, in plain words
    QStringList events;     // event codes of the Inform
    quint32 retryCount = 0; // RetryCount of the Inform
    int rpcs = 0;           // Inform, CPE requests and answered ACS requests
    int finalStatus = 0;    // HTTP status that ended the session (204, or 200 with no body)
    qint64 elapsedMs = 0;
    bool droppedByFault = false; // --fault drop-mid-session closed it
    bool malformedSent = false;  // --fault malformed-xml was used in it
    bool informDelivered = false;
};

} // namespace cpesim
