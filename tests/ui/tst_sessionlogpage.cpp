// The Session log tab, offscreen, over a real workspace store and a scripted CPE on
// 127.0.0.1: the stored log is listed; a selected message shows its headers and its XML
// indented and coloured; the RPC and text filters narrow the rows; exports write one line
// per message.

#include <acs/acstestclient.h>

#include <sessionlogpage.h>

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/workspace.h>
#include <cwmp/envelopecodec.h>
#include <http/httpclient.h>
#include <sessionlogmodel.h>

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QtTest>

#include <memory>

namespace {

constexpr int kWaitMs = 20000;

struct Acs {
    acs::Workspace workspace;
    acs::FileServer files;
    acs::AcsEngine engine{workspace.persistence()};
};

QByteArray informBody(const QString &serial)
{
    cwmp::Inform inform;
    inform.deviceId = {QStringLiteral("Workbench"), QStringLiteral("00D09E"), QStringLiteral("TestGW"), serial};
    inform.events = {{QStringLiteral("1 BOOT"), QString()}};
    inform.currentTime = QDateTime::currentDateTimeUtc();
    cwmp::Envelope e;
    e.header.id = QStringLiteral("inform-%1").arg(serial);
    e.body = inform;
    return cwmp::encodeEnvelope(e);
}

QByteArray faultBody(int code, const QString &id)
{
    cwmp::Envelope e;
    e.header.id = id;
    e.body = cwmp::makeFault(code, QStringLiteral("No such object"));
    return cwmp::encodeEnvelope(e);
}

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = file.readAll().split('\n');
    if (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class SessionLogPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Acs> m_acs;
    std::unique_ptr<ui::SessionLogPage> m_page;
    QString m_deviceId;

    QTableView *table() const { return m_page->findChild<QTableView *>(QStringLiteral("sessionLogTable")); }
    QLineEdit *filter() const { return m_page->findChild<QLineEdit *>(QStringLiteral("sessionLogFilter")); }
    QComboBox *rpcFilter() const { return m_page->findChild<QComboBox *>(QStringLiteral("sessionLogRpcFilter")); }
    QPlainTextEdit *details() const { return m_page->findChild<QPlainTextEdit *>(QStringLiteral("sessionLogDetails")); }
    QToolButton *exportButton() const { return m_page->findChild<QToolButton *>(QStringLiteral("exportSessionLog")); }

    // Inform, InformResponse, empty POST, GetParameterValues, Fault, 204.
    bool sessionWithAFault()
    {
        http::HttpClient cpe{QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_acs->engine.port()))};
        if (acstest::postCwmp(cpe, informBody(QStringLiteral("LOGPAGE1"))).response.status != 200)
            return false;
        const QString id = m_acs->engine.devices().ids().value(0);
        if (!m_acs->engine.queueTask(id, QStringLiteral("getParameterValues"),
                                     QJsonObject{{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.Nope.")}}}))
            return false;
        const cwmp::Envelope e = cwmp::decodeEnvelope(acstest::postCwmp(cpe, QByteArray()).response.body).envelope;
        if (!std::holds_alternative<cwmp::GetParameterValues>(e.body))
            return false;
        return acstest::postCwmp(cpe, faultBody(9005, e.header.id.value_or(QString()))).response.status == 204;
    }

    int rowOf(const QString &rpc) const
    {
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(models::SessionLogModel::RpcRole).toString() == rpc)
                return row;
        }
        return -1;
    }

    // Picks a menu entry of the export button and answers its file dialog with path.
    bool exportVia(int action, const QString &path)
    {
        const QList<QAction *> actions = exportButton()->menu()->actions();
        if (action >= actions.size() || !actions.at(action)->isEnabled())
            return false;
        actions.at(action)->trigger();
        auto *dialog = m_page->findChild<QFileDialog *>(QStringLiteral("sessionLogExportDialog"));
        if (!dialog)
            return false;
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_acs = std::make_unique<Acs>();
        std::optional<bool> opened;
        m_acs->workspace.open(m_dir->path(), m_acs->engine, m_acs->files, [&](bool ok, const QString &) { opened = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), kWaitMs);
        QVERIFY(*opened);
        acs::AcsSettings s;
        s.address = QHostAddress::LocalHost;
        s.port = 0;
        s.authMode = acs::CpeAuthMode::None;
        s.session.holdMs = 0;
        QVERIFY(m_acs->engine.start(s));
        QVERIFY(sessionWithAFault());
        m_deviceId = m_acs->engine.devices().ids().value(0);

        m_page = std::make_unique<ui::SessionLogPage>(m_acs->engine, &m_acs->workspace.database());
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(table() && filter() && rpcFilter() && details() && exportButton());
        m_page->setDevice(m_deviceId);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 6, kWaitMs);
    }

    void cleanup()
    {
        m_page.reset();
        m_acs.reset();
        m_dir.reset();
    }

    void selectingAMessageShowsHeadersAndIndentedXml()
    {
        const int row = rowOf(QStringLiteral("Fault"));
        QVERIFY(row >= 0);
        table()->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(details()->toPlainText().contains(QStringLiteral("FaultCode")), kWaitMs);
        const QString text = details()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("POST /")));
        QVERIFY(text.contains(QStringLiteral("Content-Type: text/xml")));
        // Headers, a blank line, then the body, one element per line and indented.
        QVERIFY(text.contains(QStringLiteral("\n\n<")));
        QVERIFY(QRegularExpression(QStringLiteral("\\n {6,}<FaultCode>9005</FaultCode>\\n")).match(text).hasMatch());

        // Tags are coloured: the line holding FaultCode carries formats, a header's name too.
        const QTextDocument *document = details()->document();
        bool tagColoured = false;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text().contains(QStringLiteral("<FaultCode>")))
                tagColoured = !block.layout()->formats().isEmpty();
        }
        QVERIFY(tagColoured);
        QVERIFY(!document->findBlockByNumber(1).layout()->formats().isEmpty());

        // An answer of the ACS: its status line first.
        table()->selectRow(rowOf(QStringLiteral("GetParameterValues")));
        QTRY_VERIFY_WITH_TIMEOUT(details()->toPlainText().contains(QStringLiteral("Device.Nope.")), kWaitMs);
        QVERIFY(details()->toPlainText().startsWith(QStringLiteral("HTTP 200")));
    }

    void liveMessagesAreAppended()
    {
        QVERIFY(sessionWithAFault());
        QCOMPARE(table()->model()->rowCount(), 12);
        table()->selectRow(6);
        QTRY_VERIFY_WITH_TIMEOUT(details()->toPlainText().contains(QStringLiteral("LOGPAGE1")), kWaitMs);
    }

    void filtersNarrowTheRows()
    {
        QStringList items;
        for (int i = 0; i < rpcFilter()->count(); ++i)
            items << rpcFilter()->itemText(i);
        QVERIFY(items.contains(QStringLiteral("Inform")));
        QVERIFY(items.contains(QStringLiteral("Fault")));

        rpcFilter()->setCurrentIndex(rpcFilter()->findText(QStringLiteral("Inform")));
        QCOMPARE(table()->model()->rowCount(), 1);
        rpcFilter()->setCurrentIndex(0);
        QCOMPARE(table()->model()->rowCount(), 6);

        // The fault's text is only in its body, still in the store.
        QTest::keyClicks(filter(), QStringLiteral("no such object"));
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 1, kWaitMs);
        QCOMPARE(table()->model()->index(0, 0).data(models::SessionLogModel::RpcRole).toString(), QStringLiteral("Fault"));
        filter()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 6, kWaitMs);
    }

    void aLargeBodyIsRenderedOffTheGuiThreadAndCut()
    {
        http::HttpClient cpe{QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_acs->engine.port()))};
        QCOMPARE(acstest::postCwmp(cpe, informBody(QStringLiteral("LOGPAGE1"))).response.status, 200);
        QByteArray big = "<Envelope>";
        while (big.size() < ui::SessionLogPage::kPrettyPrintLimit + 1000)
            big += "<Item>0123456789</Item>";
        big += "</Envelope>";
        QVERIFY(acstest::postCwmp(cpe, big).responded);
        const QAbstractItemModel *model = table()->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, models::SessionLogModel::SizeColumn).data().toLongLong() == big.size())
                row = r;
        }
        QVERIFY(row >= 0);

        table()->selectRow(row);
        // The text comes back from a pool thread through the event loop, never at once.
        QVERIFY(!details()->toPlainText().contains(QStringLiteral("<Item>")));
        QTRY_VERIFY_WITH_TIMEOUT(details()->toPlainText().contains(QStringLiteral("<Item>0123456789</Item>")), kWaitMs);
        QVERIFY(details()->toPlainText().size() < ui::SessionLogPage::kRawShownBytes + 4096);
        const auto *notice = m_page->findChild<QLabel *>(QStringLiteral("sessionLogNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY(!notice->text().isEmpty());
    }

    void focusFilterPutsTheCursorInTheFilter()
    {
        filter()->setText(QStringLiteral("Inform"));
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->focusFilter();
        QTRY_VERIFY(filter()->hasFocus());
        QCOMPARE(filter()->selectedText(), QStringLiteral("Inform"));
    }

    void exportsTheShownRowsAndTheWholeLog()
    {
        QSignalSpy status(m_page.get(), &ui::SessionLogPage::statusMessage);
        // The messages without an RPC: the empty POST and the closing 204.
        rpcFilter()->setCurrentIndex(rpcFilter()->findData(QString()));
        QCOMPARE(table()->model()->rowCount(), 2);
        const QString shown = m_dir->filePath(QStringLiteral("shown.jsonl"));
        QVERIFY(exportVia(0, shown));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(shown), kWaitMs);
        const QList<QByteArray> shownLines = lines(shown);
        QCOMPARE(shownLines.size(), 2);
        for (const QByteArray &line : shownLines)
            QCOMPARE(QJsonDocument::fromJson(line).object().value(QLatin1String("rpc")).toString(), QString());
        QTRY_VERIFY(!status.isEmpty() && status.constLast().at(0).toString().contains(QStringLiteral("Exported 2")));

        // A filtered export of stored rows carries their bodies, fetched from the store.
        rpcFilter()->setCurrentIndex(rpcFilter()->findText(QStringLiteral("Fault")));
        const QString fault = m_dir->filePath(QStringLiteral("fault.txt"));
        QVERIFY(exportVia(1, fault));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(fault), kWaitMs);
        QFile text(fault);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QByteArray content = text.readAll();
        QVERIFY(content.startsWith("=== #"));
        QVERIFY(content.contains("<FaultCode>9005</FaultCode>"));

        // The whole log of the device, whatever the filter.
        const QString all = m_dir->filePath(QStringLiteral("all.jsonl"));
        QVERIFY(exportVia(3, all));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(all), kWaitMs);
        const QList<QByteArray> allLines = lines(all);
        QCOMPARE(allLines.size(), 6);
        QVERIFY(QJsonDocument::fromJson(allLines.constFirst()).object().value(QLatin1String("body")).toString().contains(QStringLiteral("Inform")));
    }
};

QTEST_MAIN(SessionLogPageTest)
#include "tst_sessionlogpage.moc"
