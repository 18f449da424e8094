// The conformance dialog and the data-model import dialog, offscreen: a small model
// imported through the real definition library, a device with one departure of several
// kinds, the findings table filtered and sorted, the exports, and the import dialog's
// progress and refusal. CWMP_SCREENSHOT_DIR=<dir> saves a picture of each dialog there.

#include <conformancedialog.h>
#include <importdatamodeldialog.h>

#include <acs/acsengine.h>
#include <service/definitionlibrary.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using datamodel::ConformanceFinding;

namespace {

const char *const kModel = R"(<?xml version="1.0" encoding="UTF-8"?>
<dm:document xmlns:dm="urn:broadband-forum-org:cwmp:datamodel-1-14" spec="urn:example-com:mini-1-0" file="mini.xml">
  <model name="Device:2.12">
    <object name="Device." access="readOnly" minEntries="1" maxEntries="1" version="2.0">
      <parameter name="RootDataModelVersion" access="readOnly" version="2.0"><syntax><string/></syntax></parameter>
      <parameter name="HostNumberOfEntries" access="readOnly" version="2.0"><syntax><unsignedInt/></syntax></parameter>
    </object>
    <object name="Device.Host.{i}." access="readOnly" minEntries="0" maxEntries="2"
        numEntriesParameter="HostNumberOfEntries" version="2.0">
      <parameter name="Status" access="readOnly" version="2.0">
        <syntax><string><enumeration value="Up"/><enumeration value="Down"/></string></syntax>
      </parameter>
      <parameter name="Name" access="readWrite" version="2.0"><syntax><string><size maxLength="8"/></string></syntax></parameter>
    </object>
  </model>
</dm:document>
)";

void set(acs::DeviceRecord &d, const QString &path, const QString &value, bool writable = false)
{
    d.parameters.setValue(path, value, cwmp::ValueType::Unspecified, 1);
    d.parameters.setWritable(path, writable);
}

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CWMP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestConformanceDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    acs::AcsEngine m_engine{nullptr};
    std::unique_ptr<service::DefinitionLibrary> m_library;
    QString m_modelFile;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_modelFile = m_dir.filePath(QStringLiteral("mini.xml"));
        QFile f(m_modelFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kModel);
        f.close();

        auto device = std::make_unique<acs::DeviceRecord>();
        device->id = QStringLiteral("00D09E-Gateway-0001");
        set(*device, QStringLiteral("Device.RootDataModelVersion"), QStringLiteral("2.12"));
        set(*device, QStringLiteral("Device.HostNumberOfEntries"), QStringLiteral("2"));
        for (int i = 1; i <= 3; ++i) {
            set(*device, QStringLiteral("Device.Host.%1.Status").arg(i), i == 2 ? QStringLiteral("Sideways") : QStringLiteral("Up"));
            if (i != 3)
                set(*device, QStringLiteral("Device.Host.%1.Name").arg(i), QStringLiteral("host%1").arg(i), true);
        }
        set(*device, QStringLiteral("Device.Colour"), QStringLiteral("red"));
        set(*device, QStringLiteral("Device.X_00D09E_Led"), QStringLiteral("on"));
        m_engine.devices().restore(std::move(device));
        auto other = std::make_unique<acs::DeviceRecord>();
        other->id = QStringLiteral("other");
        set(*other, QStringLiteral("Other.Thing"), QStringLiteral("1"));
        m_engine.devices().restore(std::move(other));

        m_library = std::make_unique<service::DefinitionLibrary>(&m_engine);
        m_library->open(m_dir.filePath(QStringLiteral("ws")));
    }

    void importDialogRefusesARelativePath()
    {
        ui::ImportDataModelDialog dialog(*m_library);
        dialog.setPath(QStringLiteral("models/mini.xml"));
        QVERIFY(!dialog.startImport());
        QVERIFY(dialog.resultText().contains(QLatin1String("absolute")));
    }

    void importDialogImportsAndReports()
    {
        ui::ImportDataModelDialog dialog(*m_library);
        dialog.show();
        QSignalSpy finished(&dialog, &ui::ImportDataModelDialog::importFinished);
        dialog.setPath(m_modelFile);
        QVERIFY(dialog.startImport());
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(QLatin1String("Models imported: 1.")), qPrintable(dialog.resultText()));
        screenshot(dialog, QStringLiteral("importdatamodeldialog.png"));
    }

    void showsEveryFindingColouredByCategory()
    {
        ui::ConformanceDialog dialog(*m_library, m_engine, QStringLiteral("00D09E-Gateway-0001"));
        QAbstractItemModelTester tester(dialog.findingsView(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        dialog.show();
        // The check started in the constructor; it may be done before a spy could listen.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 20000);
        QAbstractItemModel *view = dialog.findingsView();
        // Colour, unknown; Host.2.Status, invalid; Host.3.Name, missing; Host. beyond 2 rows;
        // HostNumberOfEntries 2 for 3 rows; X_00D09E_Led, a vendor extension.
        QCOMPARE(view->rowCount(), 6);
        QCOMPARE(dialog.report()->errorCount(), 5);
        QStringList paths;
        for (int r = 0; r < view->rowCount(); ++r)
            paths.append(view->index(r, ui::ConformanceDialog::PathColumn).data().toString());
        QCOMPARE(paths, (QStringList{QStringLiteral("Device.Colour"), QStringLiteral("Device.Host."),
                                     QStringLiteral("Device.Host.2.Status"), QStringLiteral("Device.Host.3.Name"),
                                     QStringLiteral("Device.HostNumberOfEntries"), QStringLiteral("Device.X_00D09E_Led")}));
        QVERIFY(view->index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(view->index(0, 0).data(Qt::BackgroundRole) != view->index(5, 0).data(Qt::BackgroundRole));
        screenshot(dialog, QStringLiteral("conformancedialog.png"));

        dialog.setCategoryFilter(int(ConformanceFinding::Category::InvalidValue));
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(view->index(0, ui::ConformanceDialog::ActualColumn).data().toString(), QStringLiteral("Sideways"));
        QCOMPARE(dialog.findChild<QComboBox *>()->currentData().toInt(), int(ConformanceFinding::Category::InvalidValue));
        dialog.setCategoryFilter(-1);
        dialog.setTextFilter(QStringLiteral("vendor"));
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("Device.X_00D09E_Led"));
        dialog.setTextFilter(QString());
        QCOMPARE(view->rowCount(), 6);

        view->sort(ui::ConformanceDialog::PathColumn, Qt::DescendingOrder);
        QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("Device.X_00D09E_Led"));
    }

    void exportsHtmlAndCsv()
    {
        ui::ConformanceDialog dialog(*m_library, m_engine, QStringLiteral("00D09E-Gateway-0001"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 20000);
        QSignalSpy finished(&dialog, &ui::ConformanceDialog::checkFinished);
        dialog.runCheck(); // again, on the same cache; it may finish before runCheck() returns
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!dialog.isRunning());
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        QCOMPARE(dialog.exportTo(html, QStringLiteral("html")), QString());
        QCOMPARE(dialog.exportTo(csv, QStringLiteral("csv")), QString());
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("Device.Host.2.Status"));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll().count("\r\n"), 7); // header + 6 findings
        QVERIFY(!dialog.exportTo(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), QStringLiteral("csv")).isEmpty());
    }

    void explainsWhenNoModelFits()
    {
        ui::ConformanceDialog dialog(*m_library, m_engine, QStringLiteral("other"));
        QVERIFY(!dialog.report());
        QVERIFY(!dialog.isRunning());
        QCOMPARE(dialog.findingsView()->rowCount(), 0);
        QVERIFY(!dialog.exportTo(m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("csv")).isEmpty());
    }
};

QTEST_MAIN(TestConformanceDialog)
#include "tst_conformancedialog.moc"
