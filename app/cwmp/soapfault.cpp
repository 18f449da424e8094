#include "soapfault.h"

#include "faultcodes.h"

namespace cwmp {

SoapFault makeFault(int code, const QString &text)
{
    SoapFault fault;
    fault.faultcode = soapFaultCode(code);
    // TR-069 A.5: the SOAP faultstring is the fixed "CWMP fault"; the CWMP code and its
    // text travel in detail/cwmp:Fault.
    fault.faultstring = QStringLiteral("CWMP fault");
    fault.faultCode = code < 0 ? 0u : quint32(code);
    fault.faultString = text.isEmpty() ? faultName(code) : text;
    return fault;
}

} // namespace cwmp
