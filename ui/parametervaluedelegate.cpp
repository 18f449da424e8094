#include "parametervaluedelegate.h"

#include "parameternumberedit.h"
#include "parametervaluevalidator.h"

#include <parametertreemodel.h>
#include <parametervaluespec.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPainter>
#include <QSpinBox>
#include <QTimeZone>

#include <limits>

namespace ui {

using models::ParameterTreeModel;
using models::ParameterValueSpec;

namespace {

ParameterValueSpec specFor(const QModelIndex &index)
{
    const auto type = cwmp::ValueType(index.data(ParameterTreeModel::ValueTypeRole).toInt());
    return ParameterValueSpec::forType(type, index.data(ParameterTreeModel::OldValueRole).toString());
}

const datamodel::Definition *definitionFor(const QModelIndex &index)
{
    const auto *model = qobject_cast<const ParameterTreeModel *>(index.model());
    const datamodel::Definition *d = model ? model->definitionAt(index) : nullptr;
    return d && d->isParameter() ? d : nullptr;
}

// The hull of the definition's ranges ("1:4094"), clipped to the type's own bounds. The
// union's gaps are left to the validator when the value is committed.
void clipToRanges(const datamodel::Syntax &syntax, qint64 *minimum, quint64 *maximum)
{
    if (syntax.ranges.isEmpty())
        return;
    bool lowOpen = false;
    bool highOpen = false;
    qint64 low = std::numeric_limits<qint64>::max();
    quint64 high = 0;
    for (const datamodel::Range &r : syntax.ranges) {
        bool ok = false;
        const qint64 min = r.min.toLongLong(&ok);
        if (r.min.isEmpty() || !ok)
            lowOpen = true;
        else
            low = qMin(low, min);
        const quint64 max = r.max.toULongLong(&ok);
        if (r.max.isEmpty() || !ok) {
            // A negative maximum does not fit quint64; treat it as bounded by the minimum side.
            const qint64 negative = r.max.toLongLong(&ok);
            if (r.max.isEmpty() || !ok || negative >= 0)
                highOpen = true;
        } else {
            high = qMax(high, max);
        }
    }
    if (!lowOpen)
        *minimum = qMax(*minimum, low);
    if (!highOpen)
        *maximum = qMin(*maximum, high);
}

QComboBox *enumerationEditor(QWidget *parent, const datamodel::Syntax &syntax)
{
    auto *combo = new QComboBox(parent);
    combo->setAutoFillBackground(true);
    for (const datamodel::EnumValue &e : syntax.enumerations) {
        if (e.status == datamodel::Status::Obsoleted || e.status == datamodel::Status::Deleted)
            continue;
        combo->addItem(e.value);
        const int row = combo->count() - 1;
        if (e.readOnly) {
            // DM schema: a readOnly value is reported by the CPE, never set by the ACS.
            combo->setItemData(row, ParameterValueDelegate::tr("Read-only: the device reports this value, it cannot be set"),
                               Qt::ToolTipRole);
            combo->setItemData(row, 0, Qt::UserRole - 1); // disables the item
        }
    }
    return combo;
}

} // namespace

ParameterValueDelegate::ParameterValueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *ParameterValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    if (index.column() != ParameterTreeModel::ValueColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const ParameterValueSpec spec = specFor(index);
    const datamodel::Definition *definition = definitionFor(index);
    if (definition && spec.editor() == ParameterValueSpec::Editor::Text && !definition->syntax.enumerations.isEmpty()
        && !definition->syntax.isList)
        return enumerationEditor(parent, definition->syntax);
    switch (spec.editor()) {
    case ParameterValueSpec::Editor::Boolean: {
        auto *box = new QCheckBox(parent);
        box->setAutoFillBackground(true);
        return box;
    }
    case ParameterValueSpec::Editor::Integer:
    {
        qint64 minimum = spec.minimum();
        quint64 maximum = spec.maximum();
        if (definition)
            clipToRanges(definition->syntax, &minimum, &maximum);
        if (spec.type() == cwmp::ValueType::Int) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(int(minimum), int(qMin<quint64>(maximum, quint64(std::numeric_limits<int>::max()))));
            return spin;
        }
        auto *edit = new ParameterNumberEdit(parent);
        edit->setRange(minimum, maximum, spec.isSigned());
        return edit;
    }
    case ParameterValueSpec::Editor::DateTime: {
        auto *edit = new QDateTimeEdit(parent);
        // CWMP recommends UTC throughout; the editor shows and returns UTC.
        edit->setTimeSpec(Qt::UTC);
        edit->setMinimumDateTime(cwmp::unknownTime());
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        edit->setCalendarPopup(true);
        return edit;
    }
    case ParameterValueSpec::Editor::Text: {
        auto *line = new QLineEdit(parent);
        line->setMaxLength(spec.maxLength());
        if (definition) {
            auto *validator = new ParameterValueValidator(*definition, line);
            line->setValidator(validator);
            const QString path = index.data(ParameterTreeModel::PathRole).toString();
            auto *self = const_cast<ParameterValueDelegate *>(this);
            connect(line, &QLineEdit::textChanged, line, [line, validator, self, path](const QString &text) {
                const QString why = validator->reason(text);
                line->setToolTip(why);
                QPalette palette = line->palette();
                palette.setColor(QPalette::Text, why.isEmpty() ? line->parentWidget()->palette().color(QPalette::Text)
                                                                : QColor(0xc0, 0x1c, 0x28));
                line->setPalette(palette);
                Q_EMIT self->editProblem(path, why);
            });
        }
        return line;
    }
    }
    return nullptr;
}

void ParameterValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(cwmp::parseBoolean(value).value_or(false));
        box->setText(box->isChecked() ? tr("true") : tr("false"));
        connect(box, &QCheckBox::toggled, box, [box](bool on) { box->setText(on ? tr("true") : tr("false")); });
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *number = qobject_cast<ParameterNumberEdit *>(editor)) {
        number->setValueText(value);
    } else if (auto *time = qobject_cast<QDateTimeEdit *>(editor)) {
        const std::optional<QDateTime> parsed = cwmp::parseDateTime(value);
        time->setDateTime(parsed ? parsed->toUTC() : cwmp::unknownTime());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int row = combo->findText(value, Qt::MatchExactly);
        if (row < 0) {
            // The device reports a value outside the enumeration: show it, but not as a choice.
            combo->addItem(value);
            row = combo->count() - 1;
            combo->setItemData(row, tr("The current value, not in the definition's enumeration"), Qt::ToolTipRole);
            combo->setItemData(row, 0, Qt::UserRole - 1);
        }
        combo->setCurrentIndex(row);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ParameterValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QString text;
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        text = box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        text = QString::number(spin->value());
    else if (auto *number = qobject_cast<ParameterNumberEdit *>(editor))
        text = number->valueText();
    else if (auto *time = qobject_cast<QDateTimeEdit *>(editor))
        text = cwmp::formatDateTime(time->dateTime());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        text = combo->currentText();
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        text = line->text();
    else
        return QStyledItemDelegate::setModelData(editor, model, index);

    // Check the value before it becomes a pending change; the model checks again.
    QString why;
    if (!specFor(index).accept(text, &why) || !model->setData(index, text, Qt::EditRole)) {
        const auto *tree = qobject_cast<ParameterTreeModel *>(model);
        if (why.isEmpty() && tree)
            why = tree->lastEditError();
        Q_EMIT const_cast<ParameterValueDelegate *>(this)->editRejected(index.data(ParameterTreeModel::PathRole).toString(), why);
    }
}

void ParameterValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ParameterTreeModel::PendingRole).toBool())
        option->font.setBold(true);
    if (index.data(ParameterTreeModel::DefinedOnlyRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (index.column() == ParameterTreeModel::NameColumn && !index.data(ParameterTreeModel::FaultRole).toString().isEmpty()) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxCritical, option, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

void ParameterValueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() != ParameterTreeModel::NameColumn || !index.data(ParameterTreeModel::LoadingRole).toBool())
        return;
    // A spinner at the right end of the name: twelve ticks, the current one darkest.
    const int size = qMin(option.rect.height() - 4, 14);
    const QRectF box(option.rect.right() - size - 4, option.rect.center().y() - size / 2.0, size, size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(box.center());
    QColor tick = option.palette.color(QPalette::Text);
    for (int i = 0; i < 12; ++i) {
        const int age = (m_spinnerStep - i + 12) % 12;
        tick.setAlphaF(1.0 - age / 13.0);
        painter->setPen(QPen(tick, 1.6, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(0, -size * 0.25), QPointF(0, -size * 0.5));
        painter->rotate(30);
    }
    painter->restore();
}

} // namespace ui
