#pragma once

#include "profile.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace cpesim {

// Reads the profile text format (resources/profiles/README.md) into a Profile. Errors are
// values naming the file and line; nothing here asserts on the text.
class ProfileParser
{
public:
    // `fileName` names the text in messages and anchors relative includes; a ":/…" name
    // resolves includes in the Qt resources.
    ProfileLoadResult parse(const QString &text, const QString &fileName);

private:
    bool parseText(const QString &text, const QString &fileName, int depth);
    bool parseLine(const QStringList &tokens, const QString &fileName, int depth);
    bool addObject(const QStringList &tokens);
    bool addParameter(const QStringList &tokens);
    bool applyFlags(ParameterMeta &meta, const QStringList &flags, qsizetype from);
    bool setDefault(const QStringList &tokens);
    bool setInstances(const QStringList &tokens);
    bool link();
    void countDefaultTree(int object, const QString &path, bool inDefault);
    bool fail(const QString &message);

    std::shared_ptr<Profile> m_profile;
    QString m_error;
    QString m_file;
    int m_line = 0;
    QSet<QString> m_includeStack;
};

// Splits a profile line into tokens: whitespace separates, "…" quotes (with \" and \\),
// `key="…"` keeps the key and unquotes the rest, a token starting with # ends the line.
// Returns false on an unterminated quote.
bool tokenizeProfileLine(QStringView line, QStringList *tokens);
// "1-3,7,9-10" or "none" -> instance numbers, ascending, no duplicates.
std::optional<QList<quint32>> parseInstanceList(QStringView text);

} // namespace cpesim
