#include "snapshotspage.h"

#include "diffview.h"

#include <acs/acsengine.h>
#include <acs/provisioning.h>
#include <snapshotlistmodel.h>

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

SnapshotsPage::SnapshotsPage(acs::Provisioning &provisioning, QWidget *parent)
    : QWidget(parent), m_provisioning(provisioning), m_model(new models::SnapshotListModel(provisioning, this)),
      m_table(new QTableView(this)), m_take(new QPushButton(tr("Ta&ke snapshot…"), this)),
      m_delete(new QPushButton(tr("Delete"), this)), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_compare(new QPushButton(tr("&Compare"), this)), m_message(new QLabel(this)), m_diff(new DiffView(provisioning, this))
{
    m_table->setObjectName(QStringLiteral("snapshotList"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(models::SnapshotListModel::NameColumn, QHeaderView::Stretch);
    m_take->setObjectName(QStringLiteral("takeSnapshot"));
    m_take->setToolTip(tr("Store every cached value of the device now, under a name (Ctrl+Shift+N)"));
    m_delete->setObjectName(QStringLiteral("deleteSnapshot"));
    m_from->setObjectName(QStringLiteral("diffFrom"));
    m_to->setObjectName(QStringLiteral("diffTo"));
    m_compare->setObjectName(QStringLiteral("compareTrees"));
    m_message->setObjectName(QStringLiteral("snapshotMessage"));
    m_message->setWordWrap(true);

    connect(m_take, &QPushButton::clicked, this, &SnapshotsPage::askAndTakeSnapshot);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsPage::deleteSelected);
    connect(m_compare, &QPushButton::clicked, this, &SnapshotsPage::compareSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SnapshotsPage::fillSides);
    connect(m_model, &models::SnapshotListModel::loadFailed, m_message, &QLabel::setText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *sides = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("To:"), this);
    toLabel->setBuddy(m_to);
    sides->addWidget(fromLabel);
    sides->addWidget(m_from, 1);
    sides->addWidget(toLabel);
    sides->addWidget(m_to, 1);
    sides->addWidget(m_compare);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_message);
    topLayout->addLayout(sides);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setDevice({});
}

void SnapshotsPage::setDevice(const QString &deviceId)
{
    m_deviceId = deviceId;
    m_take->setEnabled(!deviceId.isEmpty());
    m_message->clear();
    m_model->setDevice(deviceId);
    fillSides();
}

void SnapshotsPage::fillSides()
{
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    for (QComboBox *box : {m_from, m_to}) {
        box->clear();
        if (m_deviceId.isEmpty())
            continue;
        box->addItem(tr("Current tree"), QStringLiteral("current"));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const store::Snapshot &s = m_model->snapshotAt(row);
            box->addItem(tr("%1 (%2)").arg(s.name, QDateTime::fromMSecsSinceEpoch(s.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                         QString::number(s.id));
        }
        QStringList others = m_provisioning.engine().devices().ids();
        others.sort();
        for (const QString &id : std::as_const(others)) {
            if (id != m_deviceId)
                box->addItem(tr("Device %1 (current tree)").arg(id), QStringLiteral("device:") + id);
        }
    }
    // Defaults: the newest snapshot against the current tree.
    if (!pick(true, from) && m_model->rowCount() > 0)
        m_from->setCurrentIndex(1);
    if (!pick(false, to))
        m_to->setCurrentIndex(0);
    m_compare->setEnabled(!m_deviceId.isEmpty());
    m_delete->setEnabled(m_model->rowCount() > 0);
}

bool SnapshotsPage::pick(bool from, const QString &spec)
{
    QComboBox *box = from ? m_from : m_to;
    const int index = spec.isEmpty() ? -1 : box->findData(spec);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

void SnapshotsPage::askAndTakeSnapshot()
{
    if (m_deviceId.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Take snapshot"), tr("Name of the snapshot:"), QLineEdit::Normal,
                                               tr("Snapshot %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))), &ok);
    if (ok)
        takeSnapshot(name);
}

void SnapshotsPage::takeSnapshot(const QString &name)
{
    if (m_deviceId.isEmpty())
        return;
    m_message->setText(tr("Taking a snapshot…"));
    m_provisioning.takeSnapshot(m_deviceId, name).then(this, [this](const store::Result<store::Snapshot> &r) {
        if (!r) {
            m_message->setText(tr("No snapshot taken: %1").arg(r.error().message));
            Q_EMIT failed(r.error().message);
            return;
        }
        m_message->setText(tr("Snapshot \"%1\" taken: %n parameter(s).", nullptr, int(r.value().entryCount)).arg(r.value().name));
        Q_EMIT snapshotTaken(r.value().id);
    });
}

void SnapshotsPage::compareSelected()
{
    if (m_deviceId.isEmpty() || m_from->currentIndex() < 0 || m_to->currentIndex() < 0)
        return;
    m_diff->compare(m_deviceId, m_from->currentData().toString(), m_to->currentData().toString(), m_from->currentText(),
                    m_to->currentText());
}

void SnapshotsPage::deleteSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const store::Snapshot s = m_model->snapshotAt(current.row());
    if (QMessageBox::question(this, tr("Delete snapshot"), tr("Delete the snapshot \"%1\"?").arg(s.name)) != QMessageBox::Yes)
        return;
    const QString deviceId = m_deviceId;
    m_provisioning.snapshots().remove(s.id).then(this, [this, deviceId](const store::Result<void> &r) {
        if (!r)
            m_message->setText(tr("Not deleted: %1").arg(r.error().message));
        else
            Q_EMIT m_provisioning.snapshotsChanged(deviceId);
    });
}

} // namespace ui
