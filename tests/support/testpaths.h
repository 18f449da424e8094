#pragma once

#include <QString>

namespace testsupport {

// ../shared beside the checkout (test material that is not part of the project), or an
// empty string when it is absent, as in a user's clone.
QString sharedDir();
// The path of a file under ../shared, or an empty string when ../shared is absent.
QString sharedFile(const QString &relativePath);
// The source folder of the tests (tests/), for data the project ships with its tests.
QString testsDir();
// The simulator binary, built next to the test binaries (both land in build/bin).
QString simulatorPath();

} // namespace testsupport

// Skips the current test function with the reason when ../shared is absent.
#define REQUIRE_SHARED_DIR()                                                                \
    do {                                                                                    \
        if (testsupport::sharedDir().isEmpty())                                             \
            QSKIP("../shared (test material beside the checkout) is absent");               \
    } while (false)
