#include "diffview.h"

#include "planview.h"

#include <acs/provisioning.h>
#include <diffmodel.h>

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

DiffView::DiffView(acs::Provisioning &provisioning, QWidget *parent)
    : QWidget(parent), m_provisioning(provisioning), m_model(new models::DiffModel(this)), m_table(new QTableView(this)),
      m_subtree(new QLineEdit(this)), m_hideVolatile(new QCheckBox(tr("Hide &volatile parameters"), this)),
      m_summary(new QLabel(this)), m_export(new QPushButton(tr("&Export CSV…"), this)),
      m_plan(new QPushButton(tr("Make pl&an…"), this))
{
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false);
    // Values are what the engineer compares: they get the room, the path keeps its length.
    m_table->horizontalHeader()->setSectionResizeMode(models::DiffModel::ChangeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::DiffModel::PathColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::DiffModel::OldColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(models::DiffModel::NewColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(models::DiffModel::WritableColumn, QHeaderView::ResizeToContents);
    m_subtree->setObjectName(QStringLiteral("diffSubtree"));
    m_subtree->setPlaceholderText(tr("Only below, e.g. Device.WiFi."));
    m_subtree->setClearButtonEnabled(true);
    m_hideVolatile->setObjectName(QStringLiteral("hideVolatile"));
    m_hideVolatile->setChecked(true);
    m_hideVolatile->setToolTip(tr("Counters, uptimes and clocks change by themselves and would drown the diff."));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_export->setObjectName(QStringLiteral("exportDiff"));
    m_plan->setObjectName(QStringLiteral("makePlan"));
    m_plan->setToolTip(tr("The calls that would make this device match the other side, as a dry run"));
    m_export->setEnabled(false);
    m_plan->setEnabled(false);

    connect(m_subtree, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSubtree(text.trimmed());
        updateSummary();
    });
    connect(m_hideVolatile, &QCheckBox::toggled, this, [this](bool hide) {
        m_model->setHideVolatile(hide);
        updateSummary();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export diff"), QStringLiteral("diff.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export diff"), error);
    });
    connect(m_plan, &QPushButton::clicked, this, [this] { makePlan(); });

    auto *filters = new QHBoxLayout;
    auto *subtreeLabel = new QLabel(tr("S&ubtree:"), this);
    subtreeLabel->setBuddy(m_subtree);
    filters->addWidget(subtreeLabel);
    filters->addWidget(m_subtree, 1);
    filters->addWidget(m_hideVolatile);
    filters->addWidget(m_export);
    filters->addWidget(m_plan);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    updateSummary();
}

void DiffView::compare(const QString &deviceId, const QString &fromSpec, const QString &toSpec, const QString &fromTitle,
                       const QString &toTitle)
{
    m_deviceId = deviceId;
    m_from = fromSpec;
    m_to = toSpec;
    m_fromTitle = fromTitle.isEmpty() ? fromSpec : fromTitle;
    m_toTitle = toTitle.isEmpty() ? toSpec : toTitle;
    m_summary->setText(tr("Comparing %1 with %2…").arg(m_fromTitle, m_toTitle));
    const quint64 generation = ++m_generation;
    acs::DiffOptions everything;
    everything.hideVolatile = false; // the model filters, so the switch answers at once
    m_provisioning.diff(deviceId, fromSpec, toSpec, everything, this,
                        [this, generation](std::optional<QList<acs::DiffEntry>> diff, const QString &error) {
                            if (generation != m_generation)
                                return;
                            if (!diff) {
                                m_model->setDiff({});
                                m_summary->setText(tr("Cannot compare: %1").arg(error));
                                m_export->setEnabled(false);
                                m_plan->setEnabled(false);
                                Q_EMIT failed(error);
                                return;
                            }
                            m_model->setDiff(*diff);
                            m_export->setEnabled(true);
                            m_plan->setEnabled(!planTarget().isEmpty());
                            updateSummary();
                            Q_EMIT compared(m_model->rowCount());
                        });
}

QString DiffView::planTarget() const
{
    if (m_to == QLatin1String("current"))
        return m_from == QLatin1String("current") ? QString() : m_from;
    return m_to;
}

void DiffView::updateSummary()
{
    if (m_deviceId.isEmpty()) {
        m_summary->setText(tr("Pick two trees to compare."));
        return;
    }
    const int shown = m_model->rowCount();
    const int hidden = m_model->totalCount() - shown;
    const QString counts = hidden > 0 ? tr("%1, %2").arg(tr("%n difference(s) shown", nullptr, shown),
                                                         tr("%n hidden by the filters", nullptr, hidden))
                                      : tr("%n difference(s)", nullptr, shown);
    m_summary->setText(tr("From %1 to %2: %3").arg(m_fromTitle, m_toTitle, counts));
}

bool DiffView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(acs::diffToCsv(m_model->visibleEntries())) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

PlanView *DiffView::makePlan()
{
    const QString target = planTarget();
    if (target.isEmpty() || m_deviceId.isEmpty())
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Plan: make %1 match %2").arg(m_deviceId, target == m_from ? m_fromTitle : m_toTitle));
    auto *view = new PlanView(m_provisioning, dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 500);
    acs::DiffOptions options;
    options.subtree = m_model->subtree();
    options.hideVolatile = m_model->hidesVolatile();
    const QString label = tr("plan to match %1").arg(target == m_from ? m_fromTitle : m_toTitle);
    const QString deviceId = m_deviceId;
    m_provisioning.plan(deviceId, target, options, view,
                        [view, deviceId, label](std::optional<acs::ProvisioningPlan> plan, const QString &error) {
                            if (!plan) {
                                view->setPlan({}, {}, label);
                                QMessageBox::warning(view, tr("Make plan"), error);
                                return;
                            }
                            view->setPlan(deviceId, plan->steps, label, plan->skipped);
                        });
    dialog->show();
    return view;
}

} // namespace ui
