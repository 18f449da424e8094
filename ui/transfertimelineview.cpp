#include "transfertimelineview.h"

#include <acs/transfertracker.h>
#include "transfertimelinemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

TransferTimelineView::TransferTimelineView(QWidget *parent)
    : QWidget(parent), m_model(new models::TransferTimelineModel(this)), m_title(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_table(new QTableView(this)), m_outcome(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Time and stage are short: shown whole. A ResizeToContents header does not measure
    // again when stages are appended to a followed timeline, so they are fitted on change.
    const auto fitStages = [this] {
        m_table->resizeColumnToContents(models::TransferTimelineModel::TimeColumn);
        m_table->resizeColumnToContents(models::TransferTimelineModel::StageColumn);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitStages, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, fitStages, Qt::QueuedConnection);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_outcome);
    setTimeline({});
}

const acs::TransferTimeline &TransferTimelineView::timeline() const
{
    return m_model->timeline();
}

QString TransferTimelineView::title(const acs::TransferTimeline &t) const
{
    using T = acs::TransferTimeline;
    if (t.id == 0)
        return tr("No transfer selected");
    if (t.kind == T::kFirmware) {
        if (!t.newVersion.isEmpty())
            return tr("Firmware upgrade with %1: %2 → %3").arg(t.fileName, t.previousVersion, t.newVersion);
        return tr("Firmware upgrade with %1 (running %2)").arg(t.fileName, t.previousVersion);
    }
    if (t.kind == T::kRestore)
        return tr("Configuration restore from backup %1").arg(t.backupId);
    if (t.kind == T::kBackup)
        return tr("Configuration backup");
    if (t.kind == T::kLog)
        return tr("Log fetch");
    return tr("Transfer reported by the device");
}

void TransferTimelineView::setTimeline(const acs::TransferTimeline &t)
{
    m_model->setTimeline(t);
    m_title->setText(title(t));
    const double ratio = t.progress();
    const bool download = t.kind == acs::TransferTimeline::kFirmware || t.kind == acs::TransferTimeline::kRestore;
    m_progress->setVisible(download);
    if (ratio >= 0) {
        m_progress->setValue(int(ratio * 1000));
        // The same units as the stage texts (TransferTracker).
        const QLocale locale = QLocale::system();
        const auto size = [&locale](qint64 bytes) {
            return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
        };
        m_progress->setFormat(tr("%1 of %2 sent (%3%)").arg(size(t.bytesSent), size(t.bytesTotal)).arg(int(t.progress() * 100)));
    } else {
        m_progress->setValue(0);
        m_progress->setFormat(tr("Not fetched yet"));
    }
    QPalette palette = m_outcome->palette();
    if (t.state == acs::TransferTimeline::kFailed) {
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_outcome->setText(tr("Failed: %1").arg(t.failure));
    } else if (t.state == acs::TransferTimeline::kSucceeded) {
        palette.setColor(QPalette::WindowText, QColor(0x26, 0xa2, 0x69));
        m_outcome->setText(t.stages.isEmpty() ? tr("Succeeded.") : tr("Succeeded: %1").arg(t.stages.constLast().text));
    } else {
        palette = QPalette();
        m_outcome->setText(t.id == 0 ? QString() : tr("Running…"));
    }
    QFont font = m_outcome->font();
    font.setBold(t.state != acs::TransferTimeline::kRunning);
    m_outcome->setFont(font);
    m_outcome->setPalette(palette);
}

void TransferTimelineView::follow(acs::TransferTracker *tracker, qint64 timelineId)
{
    disconnect(m_following);
    if (const auto t = tracker->find(timelineId))
        setTimeline(*t);
    m_following = connect(tracker, &acs::TransferTracker::timelineChanged, this, [this, timelineId](const acs::TransferTimeline &t) {
        if (t.id == timelineId)
            setTimeline(t);
    });
}

QString TransferTimelineView::titleText() const
{
    return m_title->text();
}

QString TransferTimelineView::outcomeText() const
{
    return m_outcome->text();
}

int TransferTimelineView::progressValue() const
{
    return m_progress->value();
}

} // namespace ui
