#include "fileimportbar.h"

#include "addfiledialog.h"

#include <service/filelibrary.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>

namespace ui {

namespace {

// The progress bar counts in KiB: an int range would overflow past 2 GiB in bytes.
constexpr qint64 kUnit = 1024;

} // namespace

FileImportBar::FileImportBar(service::FileLibrary &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_label(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    m_progress->setTextVisible(true);
    m_cancel->setToolTip(tr("Stop copying; nothing of the file is kept."));
    connect(m_cancel, &QPushButton::clicked, this, &FileImportBar::cancel);
    connect(&library, &service::FileLibrary::importProgress, this, &FileImportBar::onProgress);
    connect(&library, &service::FileLibrary::importFinished, this, &FileImportBar::onFinished);
    updateVisibility();
}

void FileImportBar::addFiles(const QStringList &paths, const QString &defaultType)
{
    // A modal dialog per file; `this` may go while one is open (the window closed).
    QPointer<FileImportBar> self(this);
    for (const QString &path : paths) {
        acs::ServedFile defaults = service::FileLibrary::defaultsFor(path);
        if (!defaultType.isEmpty())
            defaults.fileType = defaultType;
        AddFileDialog dialog(m_library, path, defaults, window());
        const int answer = dialog.exec();
        if (!self)
            return;
        if (answer == QDialog::Accepted)
            enqueue(path, dialog.metadata());
    }
}

void FileImportBar::enqueue(const QString &path, const acs::ServedFile &metadata)
{
    m_queue.push_back(Pending{path, metadata});
    startNext();
}

void FileImportBar::startNext()
{
    // The library copies one file at a time; another window's import is waited for.
    while (m_current.isEmpty() && !m_queue.empty() && !m_library.isImporting()) {
        const Pending next = m_queue.front();
        m_queue.pop_front();
        QString why;
        if (m_library.importFile(next.path, next.metadata, &why)) {
            m_current = next.metadata.name;
            m_label->setText(tr("Copying %1…").arg(m_current));
            m_progress->setRange(0, 0);
        } else {
            Q_EMIT statusMessage(tr("%1 was not added: %2").arg(next.metadata.name, why));
            Q_EMIT importFailed(next.metadata.name, why);
        }
    }
    updateVisibility();
}

void FileImportBar::onProgress(const QString &name, qint64 copied, qint64 total)
{
    if (name != m_current || total <= 0)
        return;
    m_progress->setRange(0, int(std::max<qint64>(1, total / kUnit)));
    m_progress->setValue(int(copied / kUnit));
    const QLocale locale;
    m_progress->setFormat(tr("%1 of %2").arg(locale.formattedDataSize(copied, 1, QLocale::DataSizeTraditionalFormat),
                                             locale.formattedDataSize(total, 1, QLocale::DataSizeTraditionalFormat)));
}

void FileImportBar::onFinished(const QString &name, bool ok, const QString &error)
{
    if (name == m_current) {
        m_current.clear();
        if (ok) {
            Q_EMIT statusMessage(tr("%1 was added to the file library.").arg(name));
            Q_EMIT imported(name);
        } else {
            Q_EMIT statusMessage(tr("%1 was not added: %2").arg(name, error));
            Q_EMIT importFailed(name, error);
        }
    }
    startNext();
}

void FileImportBar::cancel()
{
    m_queue.clear();
    if (!m_current.isEmpty())
        m_library.cancelImport();
    updateVisibility();
}

void FileImportBar::updateVisibility()
{
    setVisible(isBusy());
}

} // namespace ui
