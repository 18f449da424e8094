#pragma once

// Confirms what a file is before it joins the library (issue 7): the name devices fetch it
// under, its TR-069 FileType and, for firmware, the OUI, ProductClass and version it is
// meant for, which the firmware upgrade dialog checks against the device.

#include <acs/servedfile.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace service {
class FileLibrary;
}

namespace ui {

class AddFileDialog : public QDialog
{
    Q_OBJECT

public:
    // defaults: name and FileType to propose (FileLibrary::defaultsFor); the library checks
    // the name as it is typed.
    AddFileDialog(const service::FileLibrary &library, const QString &sourcePath, const acs::ServedFile &defaults,
                  QWidget *parent = nullptr);

    // The metadata as entered (name, fileType, oui, productClass, version).
    acs::ServedFile metadata() const;
    // Why the entry cannot be accepted; empty when it can.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *ouiEdit() const { return m_oui; }
    QLineEdit *productClassEdit() const { return m_productClass; }
    QLineEdit *versionEdit() const { return m_version; }

private:
    void validate();

    const service::FileLibrary &m_library;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_oui;
    QLineEdit *m_productClass;
    QLineEdit *m_version;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
