#include "error.h"

namespace store {

bool Error::isFailure() const
{
    switch (code) {
    case Code::Storage:
    case Code::DiskFull:
    case Code::Corrupt:
    case Code::NewerSchema:
    case Code::Io:
        return true;
    case Code::NotOpen:
    case Code::Closed:
    case Code::NotFound:
    case Code::Conflict:
    case Code::InvalidTransition:
    case Code::InvalidArgument:
        return false;
    }
    return true;
}

} // namespace store
