#pragma once

// The conformance report of one device: its cached tree held against the data model the
// definition library matches to it (or the engineer's override), run on a worker thread.
// Findings in a sortable table, filterable by category and text, coloured by category,
// with counts per category; the report exports as HTML or CSV.

#include <datamodel/conformancereport.h>

#include <QDialog>

#include <optional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace acs {
class AcsEngine;
}

namespace service {
class DefinitionLibrary;
}

namespace ui {

class ConformanceDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { PathColumn, CategoryColumn, ExpectedColumn, ActualColumn, MessageColumn, ColumnCount };

    // The library and the engine must outlive the dialog. The check starts at once.
    ConformanceDialog(service::DefinitionLibrary &library, acs::AcsEngine &engine, const QString &deviceId,
                      QWidget *parent = nullptr);

    // Runs the check again on the device's current cache.
    void runCheck();
    bool isRunning() const { return m_running; }
    const std::optional<datamodel::ConformanceReport> &report() const { return m_report; }
    // The table as shown (after the filters).
    QAbstractItemModel *findingsView() const;
    // -1: every category; else a ConformanceFinding::Category.
    void setCategoryFilter(int category);
    void setTextFilter(const QString &text);
    // Writes the report ("html" or "csv") without asking; the error in plain words or empty.
    QString exportTo(const QString &path, const QString &format) const;

Q_SIGNALS:
    void checkFinished();

private:
    void showReport(const datamodel::ConformanceReport &report);
    void showError(const QString &message);
    void exportWithDialog(const QString &format);

    service::DefinitionLibrary &m_library;
    acs::AcsEngine &m_engine;
    QString m_deviceId;
    bool m_running = false;
    std::optional<datamodel::ConformanceReport> m_report;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_byCategory = nullptr;
    QSortFilterProxyModel *m_byText = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QPushButton *m_exportCsv = nullptr;
};

} // namespace ui
