#pragma once

// The device page's Session log tab: every HTTP message of the device like a packet list,
// filtered by RPC and text; the selected message's headers and XML, indented and coloured;
// export of what is shown or of the device's whole log.

#include <store/soapexchange.h>
#include <store/soaplogrepository.h>

#include <QPersistentModelIndex>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace acs {
class AcsEngine;
}

namespace store {
class Database;
}

namespace models {
class SessionLogFilterModel;
class SessionLogModel;
}

namespace ui {

class XmlHighlighter;

class SessionLogPage : public QWidget
{
    Q_OBJECT

public:
    // Bodies up to this size are indented (off the GUI thread); larger ones are shown as
    // received, cut at kRawShownBytes.
    static constexpr qint64 kPrettyPrintLimit = qint64(4) << 20;
    static constexpr qint64 kRawShownBytes = qint64(1) << 20;
    // Past this many characters the text is not coloured: highlighting runs on the GUI thread.
    static constexpr int kHighlightLimit = 1 << 20;
    static constexpr int kFilterDelayMs = 250;

    SessionLogPage(acs::AcsEngine &engine, store::Database *database, QWidget *parent = nullptr);
    ~SessionLogPage() override;
    void setDevice(const QString &deviceId);

public Q_SLOTS:
    void focusFilter();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    enum class Scope { Shown, Device };

    struct Rendered {
        QString text;
        QString notice;
    };

    void buildExportMenu();
    void rebuildRpcCombo();
    void applyRpcFilter();
    void updateCount();
    void onCurrentChanged(const QModelIndex &current);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void render(const store::SoapExchange &exchange);
    void showRendered(const Rendered &rendered);
    void askExportFile(Scope scope, store::SoapLogRepository::ExportFormat format);
    void exportTo(const QString &filePath, Scope scope, store::SoapLogRepository::ExportFormat format);
    void reportExport(const QString &filePath, bool ok, qint64 count, const QString &error);

    static Rendered renderExchange(const store::SoapExchange &exchange, const std::function<bool()> &cancelled);

    models::SessionLogModel *m_model;
    models::SessionLogFilterModel *m_proxy;
    QComboBox *m_rpcFilter;
    QLineEdit *m_filter;
    QToolButton *m_export;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_notice;
    QPlainTextEdit *m_details;
    XmlHighlighter *m_highlighter;
    QTimer *m_filterTimer;

    QPersistentModelIndex m_shown;  // the source row in the details pane
    bool m_waitingForBody = false;
    bool m_followTail = true;
    // The render whose answer is still wanted; older ones stop early and are dropped.
    std::shared_ptr<std::atomic<quint64>> m_renderTicket = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace ui
