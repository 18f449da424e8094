#include "requesthandler.h"

namespace http {

RequestHandler::~RequestHandler() = default;

} // namespace http
