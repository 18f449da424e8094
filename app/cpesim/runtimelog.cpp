#include "runtimelog.h"

#include <atomic>
#include <cstdio>

namespace cpesim {

namespace {

// Errors only until the executable says otherwise, so tests stay quiet.
std::atomic<int> g_level{int(RuntimeLog::Level::Error)};

} // namespace

void RuntimeLog::setLevel(Level level)
{
    g_level = int(level);
}

RuntimeLog::Level RuntimeLog::level()
{
    return Level(g_level.load());
}

std::optional<RuntimeLog::Level> RuntimeLog::parseLevel(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"error")
        return Level::Error;
    if (t == u"warn" || t == u"warning")
        return Level::Warn;
    if (t == u"info")
        return Level::Info;
    if (t == u"debug")
        return Level::Debug;
    return std::nullopt;
}

bool RuntimeLog::enabled(Level level)
{
    return int(level) <= g_level.load();
}

void RuntimeLog::write(Level level, const QString &line)
{
    if (!enabled(level))
        return;
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace cpesim
