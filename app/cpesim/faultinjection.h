#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cpesim {

// Misbehaviour the simulator can be told to show (--fault), so that an ACS can be tested
// against the failures real CPEs produce. Several modes may be combined.
struct FaultInjection {
    static constexpr int kDefaultSlowSeconds = 3;

    // Closes the TCP connection right after the first InformResponse, without the empty
    // POST (once per device). The CPE counts it as a failed session (TR-069 §3.2.1): the
    // events stay and the retry Inform carries RetryCount 1.
    bool dropMidSession = false;
    // Answers every ACS request only after slowSeconds ("slow" or "slow:N").
    int slowSeconds = 0;
    // Sends a broken envelope instead of the response to the first ACS request (once).
    bool malformedXml = false;
    // Refuses every SetParameterValues: fault 9003 with one SetParameterValuesFault 9007
    // per parameter, the form TR-069 A.5.1 gives for parameter-level SPV failures (9001
    // would refuse the request as a whole and name no parameter).
    bool refuseSpv = false;
    // Every Download ends with TransferComplete fault 9010 (nothing is fetched).
    bool downloadFail = false;
    // After a Reboot RPC the device never comes back (no sessions, no CR listener).
    bool silentAfterReboot = false;

    bool isEmpty() const;
    QString toString() const;

    // "drop-mid-session,slow:5"; an unknown mode or a bad number gives the error text.
    static std::optional<FaultInjection> parse(const QString &text, QString *error);
    // Mode names with one line of explanation each, for --help.
    static QStringList modeHelp();
};

} // namespace cpesim
