#pragma once

#include <store/profile.h>

#include <QWidget>

class QTableView;

namespace acs {
class Provisioning;
}

namespace models {
class ProfileListModel;
}

namespace ui {

class ProfileEditor;

// The workspace's provisioning profiles (main window page "Profiles"): the list, New and
// Delete, and the ProfileEditor of the selected one (import, export, apply to the device
// set with setDevice()).
class ProfilesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilesPage(acs::Provisioning &provisioning, QWidget *parent = nullptr);

    void setDevice(const QString &deviceId);
    ProfileEditor *editor() const { return m_editor; }
    models::ProfileListModel *model() const { return m_model; }

    // "Save as profile…" for a selection of parameters (the parameter page's context menu):
    // a dialog with the editor filled with these values; the engineer names and saves it.
    // Returns the dialog (non-modal, deleted on close).
    static QWidget *saveAsProfile(acs::Provisioning &provisioning, const QList<store::ProfileValue> &values,
                                  const QStringList &objects, QWidget *parent);

private:
    void newProfile();
    void deleteSelected();

    acs::Provisioning &m_provisioning;
    models::ProfileListModel *m_model;
    QTableView *m_table;
    ProfileEditor *m_editor;
};

} // namespace ui
