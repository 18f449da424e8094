#include "decodeerror.h"

#include "faultcodes.h"

namespace cwmp {

// TR-069 A.5: an unknown method is 8000/9000, arguments that do not parse are 8003/9003,
// a message over a limit is 8004/9004 (resources exceeded); anything else that cannot be
// read is an internal error of the receiver, 8002/9002.
int DecodeError::acsFaultCode() const
{
    switch (kind) {
    case None:
        return 0;
    case UnknownMethod:
        return AcsMethodNotSupported;
    case InvalidArgument:
    case MustUnderstand:
        return AcsInvalidArguments;
    case TooLarge:
    case TooDeep:
    case TooManyElements:
        return AcsResourcesExceeded;
    default:
        return AcsInternalError;
    }
}

int DecodeError::cpeFaultCode() const
{
    switch (kind) {
    case None:
        return 0;
    case UnknownMethod:
        return MethodNotSupported;
    case InvalidArgument:
    case MustUnderstand:
        return InvalidArguments;
    case TooLarge:
    case TooDeep:
    case TooManyElements:
        return ResourcesExceeded;
    default:
        return InternalError;
    }
}

QString DecodeError::kindName(Kind kind)
{
    switch (kind) {
    case None: return QStringLiteral("None");
    case EmptyMessage: return QStringLiteral("EmptyMessage");
    case TooLarge: return QStringLiteral("TooLarge");
    case TooDeep: return QStringLiteral("TooDeep");
    case TooManyElements: return QStringLiteral("TooManyElements");
    case DtdForbidden: return QStringLiteral("DtdForbidden");
    case MalformedXml: return QStringLiteral("MalformedXml");
    case InvalidEncoding: return QStringLiteral("InvalidEncoding");
    case NotAnEnvelope: return QStringLiteral("NotAnEnvelope");
    case MissingBody: return QStringLiteral("MissingBody");
    case MultipleBodies: return QStringLiteral("MultipleBodies");
    case UnknownNamespace: return QStringLiteral("UnknownNamespace");
    case UnknownMethod: return QStringLiteral("UnknownMethod");
    case InvalidArgument: return QStringLiteral("InvalidArgument");
    case MustUnderstand: return QStringLiteral("MustUnderstand");
    }
    return QStringLiteral("Unknown");
}

} // namespace cwmp
