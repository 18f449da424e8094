#include "eventcodes.h"

namespace cwmp::EventCodes {

namespace {

// XML Schema regular expressions (Part 2 Appendix F): \S is anything but the four XML
// white-space characters, and '.' anything but a line break.
constexpr bool isXsdSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

constexpr bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Consumes \S+ from pos; false when there is not at least one character.
bool skipNonSpace(QStringView code, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < code.size() && !isXsdSpace(code[pos]))
        ++pos;
    return pos > start;
}

// \d+( \S+)+ : "1 BOOT", "4 VALUE CHANGE". XSD's \d is any Unicode decimal digit.
bool isStandardForm(QStringView code)
{
    qsizetype pos = 0;
    while (pos < code.size() && code[pos].isDigit())
        ++pos;
    if (pos == 0 || pos == code.size())
        return false;
    while (pos < code.size()) {
        if (code[pos] != u' ')
            return false;
        ++pos;
        if (!skipNonSpace(code, pos))
            return false;
    }
    return true;
}

} // namespace

QList<QLatin1String> standardEventCodes()
{
    return {kBootstrap,
            kBoot,
            kPeriodic,
            kScheduled,
            kValueChange,
            kKicked,
            kConnectionRequest,
            kTransferComplete,
            kDiagnosticsComplete,
            kRequestDownload,
            kAutonomousTransferComplete,
            kDuStateChangeComplete,
            kAutonomousDuStateChangeComplete,
            kWakeup,
            kHeartbeat,
            kMReboot,
            kMScheduleInform,
            kMDownload,
            kMScheduleDownload,
            kMUpload,
            kMChangeDuState};
}

bool isMethodEvent(QStringView code)
{
    // M \S+
    if (!code.startsWith(u"M "))
        return false;
    qsizetype pos = 2;
    return skipNonSpace(code, pos) && pos == code.size();
}

bool isVendorEvent(QStringView code)
{
    // X \S+ .+
    if (!code.startsWith(u"X "))
        return false;
    qsizetype pos = 2;
    if (!skipNonSpace(code, pos) || pos == code.size() || code[pos] != u' ')
        return false;
    ++pos;
    if (pos == code.size())
        return false;
    for (; pos < code.size(); ++pos) {
        if (isLineBreak(code[pos]))
            return false;
    }
    return true;
}

bool isValidEventCode(QStringView code)
{
    if (code.isEmpty() || code.size() > kMaxLength)
        return false;
    return isStandardForm(code) || isMethodEvent(code) || isVendorEvent(code);
}

} // namespace cwmp::EventCodes
