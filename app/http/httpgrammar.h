#pragma once

namespace http {

// tchar of RFC 9110 §5.6.2: the characters of a token (header names, methods, auth
// schemes and parameter names).
bool isTokenChar(char c);

} // namespace http
