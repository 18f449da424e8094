#pragma once

#include <QString>

namespace store {

// What went wrong in a store operation. Errors are values: every repository call resolves
// its future with either a result or one of these, never with an exception.
struct Error
{
    enum class Code {
        Storage,           // SQLite reported an error not covered below (see sqliteCode)
        DiskFull,          // SQLITE_FULL: the disk (or max_page_count) is exhausted
        Corrupt,           // SQLITE_CORRUPT / SQLITE_NOTADB / failing quick_check
        NewerSchema,       // written by a newer build; the file is left untouched
        NotOpen,           // no workspace is open
        Closed,            // the Database shut down before the job could run
        NotFound,          // the addressed row does not exist
        Conflict,          // a unique key is already taken
        InvalidTransition, // a task state change the state machine forbids
        InvalidArgument,   // the caller passed something unusable (empty key, bad JSON)
        Io,                // file-system error outside SQLite (export, workspace folder)
    };

    Code code = Code::Storage;
    int sqliteCode = 0; // the extended SQLite result code when SQLite produced the error
    QString message;    // translated, for the user

    // Storage failures (disk full, corruption, I/O) are reported through
    // Database::failed; domain answers (not found, invalid transition) are not, because
    // they are ordinary outcomes the caller handles.
    bool isFailure() const;
};

} // namespace store
