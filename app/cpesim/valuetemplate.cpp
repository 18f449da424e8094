#include "valuetemplate.h"

#include <optional>

namespace cpesim::ValueTemplate {

namespace {

// One "{…}" instance placeholder; nullopt when the text is not one.
std::optional<QString> expandInstance(QStringView spec, const QList<quint32> &instances)
{
    if (spec.isEmpty() || spec.front() != u'i')
        return std::nullopt;
    qsizetype pos = 1;
    qsizetype index = instances.size() - 1;
    qsizetype digitsEnd = pos;
    while (digitsEnd < spec.size() && spec[digitsEnd].isDigit())
        ++digitsEnd;
    if (digitsEnd > pos) {
        index = spec.mid(pos, digitsEnd - pos).toInt() - 1;
        pos = digitsEnd;
    }
    if (index < 0 || index >= instances.size())
        return std::nullopt;
    qint64 value = instances[index];
    // Arithmetic, applied left to right: + - / % with decimal operands.
    while (pos < spec.size() && QStringView(u"+-/%").contains(spec[pos])) {
        const QChar op = spec[pos];
        qsizetype end = pos + 1;
        while (end < spec.size() && spec[end].isDigit())
            ++end;
        bool ok = false;
        const qint64 operand = spec.mid(pos + 1, end - pos - 1).toLongLong(&ok);
        if (!ok || ((op == u'/' || op == u'%') && operand == 0))
            return std::nullopt;
        if (op == u'+')
            value += operand;
        else if (op == u'-')
            value -= operand;
        else if (op == u'/')
            value /= operand;
        else
            value %= operand;
        pos = end;
    }
    int base = 10;
    int width = 0;
    if (pos < spec.size() && spec[pos] == u':') {
        if (pos + 1 >= spec.size())
            return std::nullopt;
        base = spec[pos + 1] == u'x' ? 16 : 10;
        width = spec.mid(pos + 2).toInt();
        pos = spec.size();
    }
    if (pos != spec.size())
        return std::nullopt;
    return QStringLiteral("%1").arg(value, width, base, QChar(u'0')).toUpper();
}

} // namespace

QString expand(const QString &text, const QList<quint32> &instances,
               const QHash<QString, QString> &variables)
{
    QString out;
    out.reserve(text.size() + 16);
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        const bool variable = c == u'$' && i + 1 < text.size() && text[i + 1] == u'{';
        if (c != u'{' && !variable) {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype open = variable ? i + 1 : i;
        const qsizetype close = text.indexOf(u'}', open);
        if (close < 0) {
            out.append(QStringView(text).mid(i));
            break;
        }
        const QStringView spec = QStringView(text).mid(open + 1, close - open - 1);
        std::optional<QString> replacement;
        if (variable) {
            if (const auto it = variables.constFind(spec.toString()); it != variables.constEnd())
                replacement = *it;
        } else {
            replacement = expandInstance(spec, instances);
        }
        if (replacement)
            out.append(*replacement);
        else
            out.append(QStringView(text).mid(i, close - i + 1));
        i = close + 1;
    }
    return out;
}

} // namespace cpesim::ValueTemplate
