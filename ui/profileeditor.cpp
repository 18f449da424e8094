#include "profileeditor.h"

#include "planview.h"

#include <acs/provisioning.h>
#include <store/profileformat.h>

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

ProfileEditor::ProfileEditor(acs::Provisioning &provisioning, QWidget *parent)
    : QWidget(parent), m_provisioning(provisioning), m_name(new QLineEdit(this)), m_description(new QLineEdit(this)),
      m_bootstrap(new QCheckBox(tr("Apply automatically when a device informs with 0 &BOOTSTRAP"), this)),
      m_values(new QTableWidget(0, 3, this)), m_objects(new QPlainTextEdit(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_apply(new QPushButton(tr("A&pply to device"), this)),
      m_message(new QLabel(this)), m_progress(new PlanView(provisioning, this))
{
    m_name->setObjectName(QStringLiteral("profileName"));
    m_description->setObjectName(QStringLiteral("profileDescription"));
    m_bootstrap->setObjectName(QStringLiteral("applyOnBootstrap"));
    m_values->setObjectName(QStringLiteral("profileValues"));
    m_values->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Type")});
    m_values->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_values->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_values->horizontalHeader()->setDefaultSectionSize(120);
    m_values->setColumnWidth(0, 420);
    m_values->verticalHeader()->hide();
    m_objects->setObjectName(QStringLiteral("profileObjects"));
    m_objects->setPlaceholderText(tr("One instance per line, e.g. Device.NAT.PortMapping.3. — created with AddObject; "
                                     "values below it follow the number the device gives"));
    m_objects->setMaximumHeight(70);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_apply->setObjectName(QStringLiteral("applyProfile"));
    m_apply->setEnabled(false);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("profileProgress"));
    m_progress->findChild<QPushButton *>(QStringLiteral("applyPlan"))->hide(); // "Apply to device" starts it

    auto *addRow = new QPushButton(tr("Add value"), this);
    addRow->setObjectName(QStringLiteral("addProfileValue"));
    auto *removeRow = new QPushButton(tr("Remove value"), this);
    removeRow->setObjectName(QStringLiteral("removeProfileValue"));
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportProfile"));
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("importProfile"));

    connect(addRow, &QPushButton::clicked, this, [this] {
        addValueRow({});
        m_values->setCurrentCell(m_values->rowCount() - 1, 0);
        m_values->editItem(m_values->item(m_values->rowCount() - 1, 0));
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        if (m_values->currentRow() >= 0)
            m_values->removeRow(m_values->currentRow());
    });
    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_apply, &QPushButton::clicked, this, &ProfileEditor::applyToDevice);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export profile"), m_name->text() + QStringLiteral(".json"),
                                                          tr("Profiles (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            showMessage(error);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import profile"), {}, tr("Profiles (*.json)"));
        QString error;
        if (!path.isEmpty() && !importFrom(path, &error))
            showMessage(error);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_bootstrap);
    auto *valueButtons = new QHBoxLayout;
    valueButtons->addWidget(addRow);
    valueButtons->addWidget(removeRow);
    valueButtons->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(importButton);
    actions->addWidget(exportButton);
    actions->addStretch(1);
    actions->addWidget(m_apply);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(new QLabel(tr("Values:"), this));
    editorLayout->addWidget(m_values, 1);
    editorLayout->addLayout(valueButtons);
    editorLayout->addWidget(new QLabel(tr("Objects to create:"), this));
    editorLayout->addWidget(m_objects);
    editorLayout->addLayout(actions);
    editorLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(editor);
    splitter->addWidget(m_progress);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({450, 250});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void ProfileEditor::addValueRow(const store::ProfileValue &value)
{
    const int row = m_values->rowCount();
    m_values->insertRow(row);
    m_values->setItem(row, 0, new QTableWidgetItem(value.path));
    m_values->setItem(row, 1, new QTableWidgetItem(value.value));
    m_values->setItem(row, 2, new QTableWidgetItem(value.type));
}

void ProfileEditor::setProfile(const store::Profile &profile)
{
    m_savedName = profile.name;
    m_name->setText(profile.name);
    m_description->setText(profile.description);
    m_bootstrap->setChecked(profile.applyOnBootstrap);
    m_values->setRowCount(0);
    for (const store::ProfileValue &v : profile.values)
        addValueRow(v);
    m_values->resizeColumnToContents(0);
    m_objects->setPlainText(profile.objects.join(QLatin1Char('\n')));
    m_message->clear();
}

store::Profile ProfileEditor::profile() const
{
    store::Profile p;
    p.name = m_name->text().trimmed();
    p.description = m_description->text();
    p.applyOnBootstrap = m_bootstrap->isChecked();
    for (int row = 0; row < m_values->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_values->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (!text(0).isEmpty())
            p.values.append(store::ProfileValue{text(0), m_values->item(row, 1) ? m_values->item(row, 1)->text() : QString(), text(2)});
    }
    for (const QString &line : m_objects->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            p.objects.append(line.trimmed());
    }
    return p;
}

void ProfileEditor::setDevice(const QString &deviceId)
{
    m_deviceId = deviceId;
    m_apply->setEnabled(!deviceId.isEmpty());
    m_apply->setToolTip(deviceId.isEmpty() ? tr("Open a device first") : tr("Apply these values to %1").arg(deviceId));
}

void ProfileEditor::showMessage(const QString &text)
{
    m_message->setText(text);
}

void ProfileEditor::save()
{
    const store::Profile p = profile();
    m_provisioning.profiles().save(p, m_savedName).then(this, [this](const store::Result<store::Profile> &r) {
        if (!r) {
            showMessage(tr("Not saved: %1").arg(r.error().message));
            Q_EMIT failed(r.error().message);
            return;
        }
        m_savedName = r.value().name;
        showMessage(tr("Saved \"%1\".").arg(r.value().name));
        m_provisioning.notifyProfilesChanged();
        Q_EMIT saved(r.value().name);
    });
}

bool ProfileEditor::exportTo(const QString &path, QString *error) const
{
    QString why;
    const auto checked = store::ProfileFormat::fromJson(store::ProfileFormat::toJson(profile()), &why);
    if (!checked) {
        if (error)
            *error = tr("Not exported: %1").arg(why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(store::ProfileFormat::toBytes(*checked)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ProfileEditor::importFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    const auto p = store::ProfileFormat::fromBytes(file.read(store::ProfileFormat::kMaxDocumentBytes + 1), &why);
    if (!p) {
        if (error)
            *error = tr("%1 is not a usable profile: %2").arg(path, why);
        return false;
    }
    setProfile(*p);
    m_savedName.clear(); // an import is new until saved
    showMessage(tr("Imported \"%1\"; save it to keep it.").arg(p->name));
    return true;
}

void ProfileEditor::applyToDevice()
{
    if (m_deviceId.isEmpty())
        return;
    QString why;
    const auto checked = store::ProfileFormat::fromJson(store::ProfileFormat::toJson(profile()), &why);
    if (!checked) {
        showMessage(tr("Cannot apply: %1").arg(why));
        return;
    }
    const auto run = m_provisioning.applyProfile(m_deviceId, *checked);
    m_progress->showRun(run.id);
    showMessage(tr("Applying \"%1\" to %2…").arg(checked->name, m_deviceId));
    const QString name = checked->name;
    const QString deviceId = m_deviceId;
    connect(run.runner, &acs::PlanRunner::finished, this, [this, name, deviceId](bool ok) {
        showMessage(ok ? tr("\"%1\" applied to %2.").arg(name, deviceId)
                       : tr("\"%1\" was not fully applied to %2: see the failed step below.").arg(name, deviceId));
    });
}

} // namespace ui
