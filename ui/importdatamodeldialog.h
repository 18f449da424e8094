#pragma once

// File → Import data model…: a Broadband Forum or vendor data-model XML file, or a folder
// of them, imported by the definition library on its worker thread, with progress, a
// Cancel and the outcome in plain words. The dialog stays open to show the result.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace service {
class DefinitionLibrary;
}

namespace ui {

class ImportDataModelDialog : public QDialog
{
    Q_OBJECT

public:
    // The library must outlive the dialog.
    explicit ImportDataModelDialog(service::DefinitionLibrary &library, QWidget *parent = nullptr);

    void setPath(const QString &path);
    // Starts the import of the path field; false (with the reason shown) when refused.
    bool startImport();
    QString resultText() const;

Q_SIGNALS:
    void importFinished(bool ok);

private:
    void chooseFile();
    void chooseFolder();
    void updateButtons();

    service::DefinitionLibrary &m_library;
    QLineEdit *m_path = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_models = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ui
