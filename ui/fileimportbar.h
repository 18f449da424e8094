#pragma once

// The import path of the file library (issue 7), shared by the Files page and the firmware
// upgrade dialog: each file is confirmed in an AddFileDialog, then copied into the workspace
// one after another with a progress bar and Cancel. Hidden while nothing is being copied.

#include <acs/servedfile.h>

#include <QWidget>

#include <deque>

class QLabel;
class QProgressBar;
class QPushButton;

namespace service {
class FileLibrary;
}

namespace ui {

class FileImportBar : public QWidget
{
    Q_OBJECT

public:
    explicit FileImportBar(service::FileLibrary &library, QWidget *parent = nullptr);

    // Asks for each file's name and metadata (defaultType, when given, replaces the guessed
    // FileType), then queues the confirmed ones.
    void addFiles(const QStringList &paths, const QString &defaultType = {});
    // Queues a file without asking.
    void enqueue(const QString &path, const acs::ServedFile &metadata);
    // Whether one of this bar's files is being copied or waits to be.
    bool isBusy() const { return !m_current.isEmpty() || !m_queue.empty(); }

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *label() const { return m_label; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void imported(const QString &name);
    void importFailed(const QString &name, const QString &error);

private:
    struct Pending {
        QString path;
        acs::ServedFile metadata;
    };
    void startNext();
    void onProgress(const QString &name, qint64 copied, qint64 total);
    void onFinished(const QString &name, bool ok, const QString &error);
    void cancel();
    void updateVisibility();

    service::FileLibrary &m_library;
    std::deque<Pending> m_queue;
    QString m_current; // the name this bar is copying now
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace ui
