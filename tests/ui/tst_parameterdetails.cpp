// The parameter page with a data-model definition: the details pane explains the current
// row, editors follow the definition (enumeration drop-down, range-bounded spin boxes,
// text checked as it is typed), Apply stays disabled while a pending value is invalid,
// and rows the device did not report are drawn grey and italic.

#include "../models/parameterdefinitionsfixture.h"

#include <acs/acsengine.h>
#include <parameterdetailspane.h>
#include <parameternumberedit.h>
#include <parameterpage.h>
#include <parametertreemodel.h>
#include <parametervaluedelegate.h>
#include <taskdispatcher.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTreeView>
#include <QtTest>

using models::ParameterTreeModel;

class ParameterDetailsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<acs::AcsEngine> m_engine;
    std::unique_ptr<models::TaskDispatcher> m_dispatcher;
    std::unique_ptr<ui::ParameterPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_dir;
    std::shared_ptr<const datamodel::DataModel> m_crafted;
    QString m_id;

    acs::DeviceRecord &record() { return *m_engine->devices().find(m_id); }

    void put(const QString &path, const QString &value, cwmp::ValueType type, bool writable)
    {
        record().parameters.setValue(path, value, type, 1000);
        record().parameters.setWritable(path, writable);
        m_engine->devices().parametersChanged(record(), {path}, {});
    }

    QTreeView *tree() const { return m_page->tree(); }

    QModelIndex select(const QString &path, int column = ParameterTreeModel::NameColumn)
    {
        const QModelIndex index = m_page->model()->indexForPath(path).siblingAtColumn(column);
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            tree()->expand(p);
        tree()->setCurrentIndex(index);
        tree()->scrollTo(index);
        return index;
    }

    QString details(const QString &path)
    {
        select(path);
        return m_page->details()->plainText();
    }

    // The editor the delegate makes for a value cell, owned by the caller's parent.
    QWidget *editorFor(const QString &path, QWidget *parent)
    {
        const QModelIndex cell = select(path, ParameterTreeModel::ValueColumn);
        QStyleOptionViewItem option;
        QWidget *editor = m_page->delegate()->createEditor(parent, option, cell);
        if (editor)
            m_page->delegate()->setEditorData(editor, cell);
        return editor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_crafted = testsupport::importCraftedModel(m_dir, &error);
        QVERIFY2(m_crafted, qPrintable(error));
    }

    void init()
    {
        m_engine = std::make_unique<acs::AcsEngine>();
        m_dispatcher = std::make_unique<models::TaskDispatcher>(*m_engine);
        cwmp::Inform inform;
        inform.deviceId = {QStringLiteral("ACME"), QStringLiteral("00D09E"), QStringLiteral("Gateway"), QStringLiteral("SN1")};
        m_id = m_engine->devices().applyInform(inform, QStringLiteral("127.0.0.1"), QStringLiteral("1.4"), 1000).id;
        using T = cwmp::ValueType;
        put(QStringLiteral("Device.DeviceInfo.Manufacturer"), QStringLiteral("ACME"), T::String, false);
        put(QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("OLD"), T::String, true);
        put(QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("42"), T::UnsignedInt, false);
        put(QStringLiteral("Device.DeviceInfo.X_00D09E_Colour"), QStringLiteral("red"), T::String, true);
        put(QStringLiteral("Device.DeviceInfo.Bogus"), QStringLiteral("?"), T::String, false);
        put(QStringLiteral("Device.ManagementServer.PeriodicInformEnable"), QStringLiteral("true"), T::Boolean, true);
        put(QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("3600"), T::UnsignedInt, true);
        put(QStringLiteral("Device.Time.LocalTimeZoneOffset"), QStringLiteral("-60"), T::Int, true);
        put(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("home"), T::String, true);
        put(QStringLiteral("Device.WiFi.AccessPoint.1.PushButtonPin"), QStringLiteral("1234"), T::String, true);
        put(QStringLiteral("Device.WiFi.AccessPoint.1.Security.ModeEnabled"), QStringLiteral("WPA2-Personal"), T::String, true);
        put(QStringLiteral("Device.WiFi.AccessPoint.1.WPS.Enable"), QStringLiteral("false"), T::Boolean, true);

        m_page = std::make_unique<ui::ParameterPage>(*m_engine, *m_dispatcher);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->resize(1200, 800);
        m_page->setDevice(m_id);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_dispatcher.reset();
        m_engine.reset();
    }

    void explainsAParameterFromItsDefinition()
    {
        m_page->setDefinitions(m_crafted);
        const QString text = details(QStringLiteral("Device.DeviceInfo.ProvisioningCode"));
        QVERIFY2(text.contains(QStringLiteral("Device.DeviceInfo.ProvisioningCode")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Identifier of the primary service provider and other provisioning information.")));
        QVERIFY(text.contains(QStringLiteral("string(64)")));
        QVERIFY(text.contains(QStringLiteral("at most 64")));
        QVERIFY(text.contains(QStringLiteral("[A-Z0-9]+(\\.[A-Z0-9]+)*")));
        QVERIFY(text.contains(QStringLiteral("read-write")));
        QVERIFY(text.contains(QStringLiteral("OLD"))); // the live value
    }

    void namesTheTypeThroughItsNamedType()
    {
        m_page->setDefinitions(m_crafted);
        m_page->setShowDefinedOnly(true);
        m_page->model()->indexForPath(QStringLiteral("Device.DeviceInfo.ManagementAddress"));
        const QString text = details(QStringLiteral("Device.DeviceInfo.ManagementAddress"));
        QVERIFY2(text.contains(QStringLiteral("IPAddress → string(45)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("deprecated")));
        QVERIFY(text.contains(QStringLiteral("Defined in Device:2.3, not present on the device")));
        QVERIFY(details(QStringLiteral("Device.DeviceInfo.SoftwareVersion")).contains(QStringLiteral("Device 2.1")));
        QVERIFY(details(QStringLiteral("Device.DeviceInfo.UpTime")).contains(QStringLiteral("seconds")));
    }

    void saysWhyARowHasNoDefinition()
    {
        m_page->setDefinitions(m_crafted);
        QVERIFY(details(QStringLiteral("Device.DeviceInfo.X_00D09E_Colour")).contains(QStringLiteral("Vendor extension, no definition")));
        QVERIFY(details(QStringLiteral("Device.DeviceInfo.Bogus")).contains(QStringLiteral("Not in the data model Device:2.3")));
    }

    void offersTheEnumerationAsADropDown()
    {
        m_page->setDefinitions(m_crafted);
        QWidget parent;
        std::unique_ptr<QWidget> editor(editorFor(QStringLiteral("Device.WiFi.AccessPoint.1.Security.ModeEnabled"), &parent));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items.append(combo->itemText(i));
        QCOMPARE(items, (QStringList{QStringLiteral("None"), QStringLiteral("WEP-64"), QStringLiteral("WPA2-Personal"),
                                     QStringLiteral("WPA3-Personal"), QStringLiteral("Vendor")}));
        QCOMPARE(combo->currentText(), QStringLiteral("WPA2-Personal"));
        // The read-only value is shown but cannot be chosen.
        const auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(model);
        QVERIFY(!model->item(4)->isEnabled());
        QVERIFY(model->item(3)->isEnabled());
        combo->setCurrentIndex(3);
        m_page->delegate()->setModelData(combo, m_page->model(), select(QStringLiteral("Device.WiFi.AccessPoint.1.Security.ModeEnabled"), ParameterTreeModel::ValueColumn));
        QCOMPARE(m_page->model()->edits().pending(QStringLiteral("Device.WiFi.AccessPoint.1.Security.ModeEnabled"))->newValue,
                 QStringLiteral("WPA3-Personal"));
    }

    void keepsATextEditorWithoutDefinitions()
    {
        QWidget parent;
        std::unique_ptr<QWidget> editor(editorFor(QStringLiteral("Device.WiFi.AccessPoint.1.Security.ModeEnabled"), &parent));
        QVERIFY(qobject_cast<QLineEdit *>(editor.get()));
        QVERIFY(!qobject_cast<QLineEdit *>(editor.get())->validator());
    }

    void boundsSpinBoxesByTheRange()
    {
        m_page->setDefinitions(m_crafted);
        QWidget parent;
        std::unique_ptr<QWidget> interval(editorFor(QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), &parent));
        auto *number = qobject_cast<ui::ParameterNumberEdit *>(interval.get());
        QVERIFY(number);
        QCOMPARE(number->minimum(), 30);
        QCOMPARE(number->maximum(), quint64(86400));
        std::unique_ptr<QWidget> offset(editorFor(QStringLiteral("Device.Time.LocalTimeZoneOffset"), &parent));
        auto *spin = qobject_cast<QSpinBox *>(offset.get());
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), -720);
        QCOMPARE(spin->maximum(), 840);
        QCOMPARE(spin->value(), -60);
    }

    void refusesAnInvalidStringWithItsReason()
    {
        m_page->setDefinitions(m_crafted);
        QWidget parent;
        const QString path = QStringLiteral("Device.DeviceInfo.ProvisioningCode");
        std::unique_ptr<QWidget> editor(editorFor(path, &parent));
        auto *line = qobject_cast<QLineEdit *>(editor.get());
        QVERIFY(line);
        QSignalSpy problems(m_page->delegate(), &ui::ParameterValueDelegate::editProblem);
        QSignalSpy rejected(m_page->delegate(), &ui::ParameterValueDelegate::editRejected);
        line->setText(QStringLiteral("bad code"));
        QVERIFY(!line->hasAcceptableInput());
        QVERIFY(!line->toolTip().isEmpty());
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.last().at(0).toString(), path);
        QCOMPARE(problems.last().at(1).toString(), line->toolTip());
        const QLabel *message = m_page->findChild<QLabel *>(QStringLiteral("parameterMessage"));
        QVERIFY(message->text().contains(line->toolTip()));

        m_page->delegate()->setModelData(line, m_page->model(), select(path, ParameterTreeModel::ValueColumn));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!rejected.first().at(1).toString().isEmpty());
        QCOMPARE(m_page->model()->edits().count(), 0);
        QVERIFY(!m_page->applyButton()->isEnabled());

        line->setText(QStringLiteral("ACME.1"));
        QVERIFY(line->hasAcceptableInput());
        QVERIFY(line->toolTip().isEmpty());
        QVERIFY(problems.last().at(1).toString().isEmpty());
        m_page->delegate()->setModelData(line, m_page->model(), select(path, ParameterTreeModel::ValueColumn));
        QCOMPARE(m_page->model()->edits().count(), 1);
        QVERIFY(m_page->applyButton()->isEnabled());
    }

    void keepsApplyDisabledWhileAPendingValueIsInvalid()
    {
        const QModelIndex cell = select(QStringLiteral("Device.WiFi.SSID.1.SSID"), ParameterTreeModel::ValueColumn);
        QVERIFY(m_page->model()->setData(cell, QString(40, QLatin1Char('s'))));
        QVERIFY(m_page->applyButton()->isEnabled());
        m_page->setDefinitions(m_crafted);
        QVERIFY(!m_page->applyButton()->isEnabled());
        QVERIFY(m_page->applyButton()->toolTip().contains(QStringLiteral("Device.WiFi.SSID.1.SSID")));
        const QLabel *message = m_page->findChild<QLabel *>(QStringLiteral("parameterMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("Device.WiFi.SSID.1.SSID")));
        m_page->model()->edits().revert();
        m_page->setDefinitions(nullptr);
        QVERIFY(!m_page->applyButton()->isEnabled()); // nothing pending
    }

    void drawsDefinedRowsGreyAndItalic()
    {
        m_page->setDefinitions(m_crafted);
        auto *option = m_page->findChild<QCheckBox *>(QStringLiteral("showDefinedOnly"));
        QVERIFY(option && option->isEnabled());
        QVERIFY(!m_page->model()->indexForPath(QStringLiteral("Device.DeviceInfo.SoftwareVersion")).isValid());
        option->setChecked(true);
        const QModelIndex absent = select(QStringLiteral("Device.DeviceInfo.SoftwareVersion"));
        QVERIFY(absent.isValid());
        QStyleOptionViewItem style;
        style.initFrom(tree());
        m_page->delegate()->initStyleOption(&style, absent);
        QVERIFY(style.font.italic());
        QCOMPARE(style.palette.color(QPalette::Text), tree()->palette().color(QPalette::Disabled, QPalette::Text));
        QStyleOptionViewItem present;
        present.initFrom(tree());
        m_page->delegate()->initStyleOption(&present, m_page->model()->indexForPath(QStringLiteral("Device.DeviceInfo.UpTime")));
        QVERIFY(!present.font.italic());
        option->setChecked(false);
        QVERIFY(!m_page->model()->indexForPath(QStringLiteral("Device.DeviceInfo.SoftwareVersion")).isValid());
    }

    void searchesDescriptionsFromTheScopeBox()
    {
        m_page->setDefinitions(m_crafted);
        auto *scope = m_page->findChild<QComboBox *>(QStringLiteral("parameterFilterScope"));
        auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("parameterFilter"));
        QVERIFY(scope && filter && scope->isEnabled());
        scope->setCurrentIndex(1);
        filter->setText(QStringLiteral("WPS"));
        QTRY_VERIFY(m_page->model()->isFiltered());
        QTRY_VERIFY(m_page->model()->indexForPath(QStringLiteral("Device.WiFi.AccessPoint.1.PushButtonPin")).isValid());
        QVERIFY(!m_page->model()->indexForPath(QStringLiteral("Device.WiFi.SSID.1.SSID")).isValid());
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("CWMP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set CWMP_SCREENSHOT_DIR to write the page's screenshot");
        m_page->setDefinitions(m_crafted);
        m_page->setShowDefinedOnly(true);
        select(QStringLiteral("Device.WiFi.AccessPoint.1.Security.ModeEnabled"));
        tree()->expand(m_page->model()->indexForPath(QStringLiteral("Device.DeviceInfo.")));
        select(QStringLiteral("Device.DeviceInfo.ProvisioningCode"));
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/parameter-details.png")));
    }
};

QTEST_MAIN(ParameterDetailsTest)
#include "tst_parameterdetails.moc"
