#include "parameterdetailspane.h"

#include <parametertreemodel.h>

#include <datamodel/definition.h>

#include <QModelIndex>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

using models::ParameterTreeModel;

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

QString sizeText(const QList<datamodel::SizeLimit> &sizes)
{
    QStringList parts;
    for (const datamodel::SizeLimit &s : sizes) {
        if (s.minLength >= 0 && s.minLength != s.maxLength && s.maxLength >= 0)
            parts.append(QStringLiteral("%1:%2").arg(s.minLength).arg(s.maxLength));
        else if (s.maxLength >= 0)
            parts.append(QString::number(s.maxLength));
        else if (s.minLength >= 0)
            parts.append(QStringLiteral("%1:").arg(s.minLength));
    }
    return parts.isEmpty() ? QString() : QStringLiteral("(%1)").arg(parts.join(QLatin1Char(',')));
}

QString rangeText(const datamodel::Range &r)
{
    QString text;
    if (!r.min.isEmpty() && !r.max.isEmpty())
        text = ParameterDetailsPane::tr("%1 to %2").arg(r.min, r.max);
    else if (!r.min.isEmpty())
        text = ParameterDetailsPane::tr("at least %1").arg(r.min);
    else if (!r.max.isEmpty())
        text = ParameterDetailsPane::tr("at most %1").arg(r.max);
    if (!r.step.isEmpty() && r.step != u"1")
        text = ParameterDetailsPane::tr("%1, in steps of %2").arg(text, r.step);
    return text;
}

QString lengthText(const datamodel::SizeLimit &s)
{
    if (s.minLength >= 0 && s.maxLength >= 0)
        return s.minLength == s.maxLength ? ParameterDetailsPane::tr("exactly %1").arg(s.maxLength)
                                          : ParameterDetailsPane::tr("%1 to %2").arg(s.minLength).arg(s.maxLength);
    if (s.maxLength >= 0)
        return ParameterDetailsPane::tr("at most %1").arg(s.maxLength);
    return ParameterDetailsPane::tr("at least %1").arg(s.minLength);
}

QString statusText(datamodel::Status status)
{
    switch (status) {
    case datamodel::Status::Current: return ParameterDetailsPane::tr("current");
    case datamodel::Status::Deprecated: return ParameterDetailsPane::tr("deprecated");
    case datamodel::Status::Obsoleted: return ParameterDetailsPane::tr("obsoleted");
    case datamodel::Status::Deleted: return ParameterDetailsPane::tr("deleted");
    }
    return QString();
}

QString accessText(const datamodel::Definition &d)
{
    if (d.isTable())
        return d.canAddDelete() ? ParameterDetailsPane::tr("table: the ACS may add and delete instances")
                                : ParameterDetailsPane::tr("table: instances are created by the device");
    if (d.isObject())
        return ParameterDetailsPane::tr("object");
    switch (d.access) {
    case datamodel::Access::ReadOnly: return ParameterDetailsPane::tr("read-only");
    case datamodel::Access::ReadWrite: return ParameterDetailsPane::tr("read-write");
    case datamodel::Access::WriteOnceReadOnly: return ParameterDetailsPane::tr("write once, then read-only");
    }
    return QString();
}

} // namespace

ParameterDetailsPane::ParameterDetailsPane(ParameterTreeModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_text(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("parameterDetailsText"));
    m_text->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    showIndex(QModelIndex());
}

QString ParameterDetailsPane::plainText() const
{
    return m_text->toPlainText();
}

QString ParameterDetailsPane::typeText(const datamodel::Syntax &syntax)
{
    QStringList chain = syntax.dataTypes;
    QString base = syntax.primitive + sizeText(syntax.sizes);
    if (!syntax.ranges.isEmpty()) {
        QStringList parts;
        for (const datamodel::Range &r : syntax.ranges)
            parts.append(QStringLiteral("%1:%2").arg(r.min, r.max));
        base += QStringLiteral("[%1]").arg(parts.join(QLatin1Char(',')));
    }
    chain.append(base);
    const QString text = chain.join(QStringLiteral(" → "));
    return syntax.isList ? tr("list of %1").arg(text) : text;
}

QStringList ParameterDetailsPane::constraintLines(const datamodel::Syntax &syntax)
{
    QStringList lines;
    QStringList parts;
    for (const datamodel::Range &r : syntax.ranges)
        parts.append(rangeText(r));
    if (!parts.isEmpty())
        lines.append(tr("Range: %1").arg(parts.join(tr(" or "))));
    parts.clear();
    for (const datamodel::SizeLimit &s : syntax.sizes)
        parts.append(lengthText(s));
    if (!parts.isEmpty())
        lines.append(tr("Length: %1").arg(parts.join(tr(" or "))));
    parts.clear();
    for (const datamodel::EnumValue &e : syntax.enumerations) {
        QString v = e.value.isEmpty() ? tr("(empty)") : e.value;
        if (e.readOnly)
            v = tr("%1 (read-only)").arg(v);
        if (e.status != datamodel::Status::Current)
            v = tr("%1 (%2)").arg(v, statusText(e.status));
        parts.append(v);
    }
    if (!parts.isEmpty())
        lines.append(tr("Enumeration: %1").arg(parts.join(QStringLiteral(", "))));
    if (!syntax.patterns.isEmpty()) {
        QStringList alternatives = syntax.patterns;
        for (QString &p : alternatives) {
            if (p.isEmpty())
                p = tr("(empty)");
        }
        const QString patterns = alternatives.join(QStringLiteral("  |  "));
        lines.append(syntax.patternSource.isEmpty() ? tr("Pattern: %1").arg(patterns)
                                                    : tr("Pattern (%1): %2").arg(syntax.patternSource, patterns));
    }
    if (syntax.isList) {
        QString list = tr("comma-separated list");
        if (syntax.minItems >= 0 || syntax.maxItems >= 0)
            list = tr("%1, %2 to %3 items")
                       .arg(list, QString::number(qMax<qint64>(syntax.minItems, 0)),
                            syntax.maxItems >= 0 ? QString::number(syntax.maxItems) : tr("any number of"));
        for (const datamodel::SizeLimit &s : syntax.listSizes)
            list = tr("%1, length of the whole list %2").arg(list, lengthText(s));
        lines.append(tr("List: %1").arg(list));
    }
    if (syntax.reference.kind != datamodel::Reference::Kind::None) {
        const QString target = syntax.reference.targetParents.isEmpty() ? syntax.reference.targetType
                                                                        : syntax.reference.targetParents.join(QStringLiteral(", "));
        lines.append(tr("Reference to: %1").arg(target.isEmpty() ? syntax.reference.targetParam : target));
    }
    return lines;
}

void ParameterDetailsPane::showIndex(const QModelIndex &index)
{
    m_path = index.isValid() ? index.data(ParameterTreeModel::PathRole).toString() : QString();
    if (m_path.isEmpty()) {
        m_text->setHtml(tr("<i>Select a parameter or object to see its definition and value.</i>"));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(m_path.toHtmlEscaped());
    const datamodel::Definition *d = m_model.definitionAt(index);
    if (index.data(ParameterTreeModel::DefinedOnlyRole).toBool())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Defined in %1, not present on the device").arg(m_model.definitions().modelName()).toHtmlEscaped());
    if (d)
        html += definitionHtml(*d);
    else
        html += QStringLiteral("<p><i>%1</i></p>").arg(m_model.definitions().missingReason(m_path).toHtmlEscaped());
    if (!index.data(ParameterTreeModel::DefinedOnlyRole).toBool())
        html += liveHtml(index);
    m_text->setHtml(html);
}

QString ParameterDetailsPane::definitionHtml(const datamodel::Definition &d) const
{
    QString html;
    if (!d.description.isEmpty()) {
        QString text = d.description.toHtmlEscaped();
        text.replace(QLatin1String("\n\n"), QLatin1String("</p><p>")).replace(QLatin1Char('\n'), QLatin1String("<br>"));
        html += QStringLiteral("<p>%1</p>").arg(text);
    }
    html += QStringLiteral("<table>");
    html += row(tr("Definition"), d.path);
    if (d.isParameter()) {
        html += row(tr("Type"), typeText(d.syntax));
        for (const QString &line : constraintLines(d.syntax)) {
            const qsizetype colon = line.indexOf(QLatin1String(": "));
            html += colon > 0 ? row(line.left(colon), line.mid(colon + 2)) : row(tr("Constraint"), line);
        }
        if (!d.syntax.units.isEmpty())
            html += row(tr("Units"), d.syntax.units);
        if (d.syntax.hasDefault)
            html += row(tr("Default"), d.syntax.defaultValue.isEmpty() ? tr("(empty, %1)").arg(d.syntax.defaultType)
                                                                        : tr("%1 (%2)").arg(d.syntax.defaultValue, d.syntax.defaultType));
        if (d.syntax.hidden || d.syntax.secured)
            html += row(tr("Secret"), tr("the value always reads back empty"));
    } else if (d.isTable()) {
        html += row(tr("Entries"), d.maxEntries < 0 ? tr("%1 or more").arg(d.minEntries)
                                                    : tr("%1 to %2").arg(d.minEntries).arg(d.maxEntries));
        if (!d.numEntriesParameter.isEmpty())
            html += row(tr("Counted by"), d.numEntriesParameter);
    }
    html += row(tr("Access"), accessText(d));
    html += row(tr("Since"), d.version.isEmpty() ? m_model.definitions().modelName()
                                                 : tr("%1 %2").arg(m_model.definitions().model()->rootName(), d.version));
    html += row(tr("Status"), statusText(d.status));
    html += QStringLiteral("</table>");
    return html;
}

QString ParameterDetailsPane::liveHtml(const QModelIndex &index) const
{
    const auto column = [&index](int c) { return index.siblingAtColumn(c).data().toString(); };
    QString html = QStringLiteral("<p><b>%1</b></p><table>").arg(tr("On the device").toHtmlEscaped());
    if (!index.data(ParameterTreeModel::IsObjectRole).toBool()) {
        html += row(tr("Value"), column(ParameterTreeModel::ValueColumn));
        html += row(tr("Type"), column(ParameterTreeModel::TypeColumn));
        html += row(tr("Notification"), column(ParameterTreeModel::NotificationColumn));
        html += row(tr("Read"), column(ParameterTreeModel::LastReadColumn));
    }
    html += row(tr("Writable"), column(ParameterTreeModel::WritableColumn));
    const QString fault = index.data(ParameterTreeModel::FaultRole).toString();
    if (!fault.isEmpty())
        html += row(tr("Rejected"), fault);
    html += QStringLiteral("</table>");
    return html;
}

} // namespace ui
