#pragma once

#include <QCoreApplication>
#include <QString>

namespace models {

// "just now", "12 s ago", "5 min ago", "3 h ago", "2 days ago": how the console shows
// when something last happened. Translated through the "models::RelativeTime" context.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(models::RelativeTime)

public:
    // thenMs and nowMs in ms since the epoch; thenMs <= 0 means never ("never").
    static QString format(qint64 thenMs, qint64 nowMs);
};

} // namespace models
