#pragma once

#include <QList>
#include <QString>

namespace cwmp {

struct SetParameterValuesFault {
    QString parameterName;
    quint32 faultCode = 0;
    QString faultString;
    bool operator==(const SetParameterValuesFault &) const = default;
};

// A SOAP 1.1 Fault carrying a cwmp:Fault detail (TR-069 A.5). It replaces the response of a
// failed request and carries the request's ID.
struct SoapFault {
    static constexpr const char *kMethod = "Fault";
    QString faultcode = QStringLiteral("Server"); // SOAP "Client" or "Server", prefix removed
    QString faultstring = QStringLiteral("CWMP fault");
    quint32 faultCode = 0;                          // the CWMP code, 8000-8999 or 9000-9999
    QString faultString;                            // the CWMP text
    QList<SetParameterValuesFault> setParameterValuesFaults;
    bool operator==(const SoapFault &) const = default;
};

// A fault with the standard SOAP faultcode and the code's standard name as its text.
SoapFault makeFault(int code, const QString &text = QString());

} // namespace cwmp
