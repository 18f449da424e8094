#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace acs {
class Provisioning;
}

namespace models {
class DiffModel;
}

namespace ui {

class PlanView;

// What differs between two trees of a device (two snapshots, a snapshot and the current
// tree, this device and another): added and removed objects, changed values (old → new),
// changed writability; filtered by subtree, volatile parameters hidden or shown; exported
// as CSV; and "Make plan…": the dry run of the calls that make this device match.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(acs::Provisioning &provisioning, QWidget *parent = nullptr);

    // Tree specs as Provisioning::loadTree takes them: "current", a snapshot id,
    // "device:<id>". Titles name them for the engineer ("before upgrade", "current tree").
    void compare(const QString &deviceId, const QString &fromSpec, const QString &toSpec, const QString &fromTitle = {},
                 const QString &toTitle = {});
    models::DiffModel *model() const { return m_model; }
    bool exportCsv(const QString &path, QString *error) const;
    // The tree "Make plan…" makes the device match: the side that is not its current tree.
    QString planTarget() const;
    // Opens the dry run in a dialog (non-modal); returns its view, for tests.
    PlanView *makePlan();

Q_SIGNALS:
    void compared(int changes);
    void failed(const QString &message);

private:
    void updateSummary();

    acs::Provisioning &m_provisioning;
    models::DiffModel *m_model;
    QTableView *m_table;
    QLineEdit *m_subtree;
    QCheckBox *m_hideVolatile;
    QLabel *m_summary;
    QPushButton *m_export;
    QPushButton *m_plan;
    QString m_deviceId;
    QString m_from;
    QString m_to;
    QString m_fromTitle;
    QString m_toTitle;
    quint64 m_generation = 0;
};

} // namespace ui
