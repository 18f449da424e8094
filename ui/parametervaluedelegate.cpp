#include "parametervaluedelegate.h"

#include "parameternumberedit.h"

#include <parametertreemodel.h>
#include <parametervaluespec.h>

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPainter>
#include <QSpinBox>
#include <QTimeZone>

namespace ui {

using models::ParameterTreeModel;
using models::ParameterValueSpec;

namespace {

ParameterValueSpec specFor(const QModelIndex &index)
{
    const auto type = cwmp::ValueType(index.data(ParameterTreeModel::ValueTypeRole).toInt());
    return ParameterValueSpec::forType(type, index.data(ParameterTreeModel::OldValueRole).toString());
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
    switch (spec.editor()) {
    case ParameterValueSpec::Editor::Boolean: {
        auto *box = new QCheckBox(parent);
        box->setAutoFillBackground(true);
        return box;
    }
    case ParameterValueSpec::Editor::Integer:
        if (spec.type() == cwmp::ValueType::Int) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(int(spec.minimum()), int(spec.maximum()));
            return spin;
        } else {
            auto *edit = new ParameterNumberEdit(parent);
            edit->setRange(spec.minimum(), spec.maximum(), spec.isSigned());
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
