#pragma once

#include <QLatin1String>

namespace cwmp {

// SOAP 1.1 (TR-069 A.2 mandates SOAP 1.1) and XML Schema namespace URIs. Elements are
// always matched by URI, never by prefix.
inline const QLatin1String kSoapEnvelopeNs("http://schemas.xmlsoap.org/soap/envelope/");
inline const QLatin1String kSoapEncodingNs("http://schemas.xmlsoap.org/soap/encoding/");
inline const QLatin1String kXsdNs("http://www.w3.org/2001/XMLSchema");
inline const QLatin1String kXsiNs("http://www.w3.org/2001/XMLSchema-instance");
// Some old CPEs (netcwmp among them) still declare the 1999 drafts.
inline const QLatin1String kXsd1999Ns("http://www.w3.org/1999/XMLSchema");
inline const QLatin1String kXsi1999Ns("http://www.w3.org/1999/XMLSchema-instance");

} // namespace cwmp
