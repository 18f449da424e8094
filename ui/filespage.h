#pragma once

// The file library (issue 7): the firmware images and files devices download from the
// ACS, with their size, SHA-256, type and target. Files are added with "Add…" or by dropping
// them on the table, copied into the workspace with a progress bar; the URL a device fetches
// a file from can be copied. A plain QWidget: a window of its own or a tab.

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace models {
class FileListModel;
}

namespace service {
class AcsService;
}

namespace ui {

class FileImportBar;

class FilesPage : public QWidget
{
    Q_OBJECT

public:
    explicit FilesPage(service::AcsService &service, QWidget *parent = nullptr);

    // Confirms each file in an AddFileDialog and copies the accepted ones.
    void addFiles(const QStringList &paths);
    // "Add…": picks files with a file dialog, then addFiles().
    void chooseFiles();
    // Asks, then removes the selected file.
    void removeSelected();
    // Puts the selected file's URL (as a device sees it) on the clipboard.
    void copyUrl();

    // The selected file's name; empty when none.
    QString selectedFile() const;
    bool selectFile(const QString &name);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    FileImportBar *importBar() const { return m_importBar; }
    models::FileListModel *model() const { return m_model; }
    QAction *addFilesAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *copyUrlAction() const { return m_copyUrl; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateActions();

    service::AcsService &m_service;
    models::FileListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    FileImportBar *m_importBar;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_copyUrl;
};

} // namespace ui
