#pragma once

#include <store/profile.h>

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace acs {
class Provisioning;
}

namespace ui {

class PlanView;

// One provisioning profile: name, description, the values (path, value, type), the objects
// to create, "apply automatically on BOOTSTRAP"; saved to the workspace, exported and
// imported as JSON (store::ProfileFormat), and applied to the current device with the
// progress of each step below.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(acs::Provisioning &provisioning, QWidget *parent = nullptr);

    void setProfile(const store::Profile &profile);
    // What the fields say now (not validated; save() validates).
    store::Profile profile() const;
    // The device "Apply to device" applies to; empty disables it.
    void setDevice(const QString &deviceId);

    void save();
    bool exportTo(const QString &path, QString *error) const;
    // Loads the file into the fields (not saved yet); false with the reason.
    bool importFrom(const QString &path, QString *error);
    // Applies what the fields say to the device; the steps' progress shows below.
    void applyToDevice();
    PlanView *progress() const { return m_progress; }

Q_SIGNALS:
    void saved(const QString &name);
    void failed(const QString &message);

private:
    void addValueRow(const store::ProfileValue &value);
    void showMessage(const QString &text);

    acs::Provisioning &m_provisioning;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QCheckBox *m_bootstrap;
    QTableWidget *m_values;
    QPlainTextEdit *m_objects;
    QPushButton *m_save;
    QPushButton *m_apply;
    QLabel *m_message;
    PlanView *m_progress;
    QString m_savedName; // the name in the workspace, for renames
    QString m_deviceId;
};

} // namespace ui
