#include "profilespage.h"

#include "profileeditor.h"

#include <acs/provisioning.h>
#include <profilelistmodel.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

ProfilesPage::ProfilesPage(acs::Provisioning &provisioning, QWidget *parent)
    : QWidget(parent), m_provisioning(provisioning), m_model(new models::ProfileListModel(provisioning, this)),
      m_table(new QTableView(this)), m_editor(new ProfileEditor(provisioning, this))
{
    m_table->setObjectName(QStringLiteral("profileList"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(models::ProfileListModel::DescriptionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(models::ProfileListModel::NameColumn, QHeaderView::ResizeToContents);
    auto *newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newProfile"));
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    deleteButton->setObjectName(QStringLiteral("deleteProfile"));
    connect(newButton, &QPushButton::clicked, this, &ProfilesPage::newProfile);
    connect(deleteButton, &QPushButton::clicked, this, &ProfilesPage::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_editor->setProfile(m_model->profileAt(current.row()));
    });
    connect(m_editor, &ProfileEditor::saved, this, [this](const QString &name) {
        connect(m_model, &models::ProfileListModel::loaded, this, [this, name] {
            const int row = m_model->rowOf(name);
            if (row >= 0)
                m_table->selectRow(row);
        }, Qt::SingleShotConnection);
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void ProfilesPage::setDevice(const QString &deviceId)
{
    m_editor->setDevice(deviceId);
}

void ProfilesPage::newProfile()
{
    m_table->clearSelection();
    store::Profile p;
    p.name = tr("New profile");
    m_editor->setProfile(p);
}

void ProfilesPage::deleteSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString name = m_model->profileAt(current.row()).name;
    if (QMessageBox::question(this, tr("Delete profile"), tr("Delete the profile \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    m_provisioning.profiles().remove(name).then(this, [this](const store::Result<void> &) { m_provisioning.notifyProfilesChanged(); });
}

QWidget *ProfilesPage::saveAsProfile(acs::Provisioning &provisioning, const QList<store::ProfileValue> &values,
                                     const QStringList &objects, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save as profile"));
    auto *editor = new ProfileEditor(provisioning, dialog);
    store::Profile p;
    p.name = tr("New profile");
    p.values = values;
    p.objects = objects;
    editor->setProfile(p);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(editor, &ProfileEditor::saved, dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(editor, 1);
    layout->addWidget(buttons);
    dialog->resize(800, 600);
    dialog->show();
    return dialog;
}

} // namespace ui
