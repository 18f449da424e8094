#pragma once

// A task as a GenieACS task document: _id, device, name, its arguments at the top level,
// timestamp; plus our state and result, and fault {code, message} when the device faulted.

#include <QJsonObject>

namespace acs {
struct Task;
}

namespace api {

class TaskDocument
{
public:
    static QJsonObject build(const acs::Task &task);
};

} // namespace api
