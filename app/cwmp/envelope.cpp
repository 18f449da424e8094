#include "envelope.h"

namespace cwmp {

QString methodName(const Body &body)
{
    return std::visit([](const auto &message) { return QString::fromLatin1(message.kMethod); }, body);
}

bool isFault(const Body &body)
{
    return std::holds_alternative<SoapFault>(body);
}

} // namespace cwmp
