#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace acs {
class Provisioning;
}

namespace models {
class SnapshotListModel;
}

namespace ui {

class DiffView;

// A device's parameter snapshots (device tab "Snapshots"): the list with when, name and
// size; "Take snapshot…" (Ctrl+Shift+N) under a name; delete; and a comparison of any two
// trees — two snapshots, a snapshot and the current tree, or this device and another —
// in the DiffView below, from which a plan can be made and applied.
class SnapshotsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotsPage(acs::Provisioning &provisioning, QWidget *parent = nullptr);

    void setDevice(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }

    // Asks for a name (the Device menu's "Take snapshot…", Ctrl+Shift+N), then takes it.
    void askAndTakeSnapshot();
    // Takes a snapshot under this name (what "Take snapshot…" does after asking).
    void takeSnapshot(const QString &name);
    // Compares the trees picked in the From and To boxes.
    void compareSelected();
    // Picks a side by spec ("current", a snapshot id, "device:<id>"); false if not offered.
    bool pick(bool from, const QString &spec);

    models::SnapshotListModel *model() const { return m_model; }
    DiffView *diffView() const { return m_diff; }

Q_SIGNALS:
    void snapshotTaken(qint64 id);
    void failed(const QString &message);

private:
    void fillSides();
    void deleteSelected();

    acs::Provisioning &m_provisioning;
    models::SnapshotListModel *m_model;
    QTableView *m_table;
    QPushButton *m_take;
    QPushButton *m_delete;
    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_compare;
    QLabel *m_message;
    DiffView *m_diff;
    QString m_deviceId;
};

} // namespace ui
