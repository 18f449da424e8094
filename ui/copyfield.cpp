#include "copyfield.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QToolButton>

namespace ui {

CopyField::CopyField(const QString &text, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_copy(new QToolButton(this))
{
    m_edit->setReadOnly(true);
    // Room for "https://192.168.100.100:7547/" without scrolling, in units of the font.
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 32);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_copy);
    connect(m_copy, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_edit->text()); });
    setText(text);
}

void CopyField::setText(const QString &text)
{
    m_edit->setText(text);
    m_edit->setCursorPosition(0);
    m_copy->setToolTip(tr("Copy %1 to the clipboard").arg(text));
}

QString CopyField::text() const
{
    return m_edit->text();
}

} // namespace ui
