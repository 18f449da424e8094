#pragma once

#include <QString>

#include <optional>

namespace cpesim {

// The simulator's log: one line per event on stderr, filtered by level (--log).
class RuntimeLog
{
public:
    enum class Level { Error, Warn, Info, Debug };

    static void setLevel(Level level);
    static Level level();
    static std::optional<Level> parseLevel(const QString &text);
    static bool enabled(Level level);
    static void write(Level level, const QString &line);

    static void error(const QString &line) { write(Level::Error, line); }
    static void warn(const QString &line) { write(Level::Warn, line); }
    static void info(const QString &line) { write(Level::Info, line); }
    static void debug(const QString &line) { write(Level::Debug, line); }
};

} // namespace cpesim
