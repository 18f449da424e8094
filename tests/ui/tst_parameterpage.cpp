// The parameter browser page offscreen, over a real engine whose device cache the test
// fills: editors that fit each type, pending values in bold, the Apply button's count,
// revert, faults on the rows and above the tree, refresh with progress and cancel, and
// the page's shortcuts.

#include "parameterpage.h"
#include "parameternumberedit.h"
#include "parametervaluedelegate.h"

#include <acs/acsengine.h>
#include <parametertreemodel.h>
#include <parametervaluespec.h>
#include <taskdispatcher.h>

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using models::ParameterTreeModel;

class ParameterPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<acs::AcsEngine> m_engine;
    std::unique_ptr<models::TaskDispatcher> m_dispatcher;
    std::unique_ptr<ui::ParameterPage> m_page;
    QString m_id;

    acs::DeviceRecord &record() { return *m_engine->devices().find(m_id); }

    void put(const QString &path, const QString &value, cwmp::ValueType type, bool writable)
    {
        record().parameters.setValue(path, value, type, 1000);
        record().parameters.setWritable(path, writable);
        m_engine->devices().parametersChanged(record(), {path}, {});
    }

    QTreeView *tree() const { return m_page->findChild<QTreeView *>(QStringLiteral("parameterTree")); }
    QPushButton *button(const char *name) const { return m_page->findChild<QPushButton *>(QLatin1String(name)); }

    // The value cell of a path, its branch expanded and scrolled into view.
    QModelIndex valueCell(const QString &path)
    {
        ParameterTreeModel *model = m_page->model();
        const QModelIndex index = model->indexForPath(path);
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            tree()->expand(p);
        const QModelIndex value = index.siblingAtColumn(ParameterTreeModel::ValueColumn);
        tree()->scrollTo(value);
        return value;
    }

    QWidget *doubleClick(const QModelIndex &index)
    {
        const QPoint at = tree()->visualRect(index).center();
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, at);
        return tree()->indexWidget(index) ? tree()->indexWidget(index) : QApplication::focusWidget();
    }

    void edit(const QString &path, const QString &text)
    {
        QVERIFY(m_page->model()->setData(valueCell(path), text));
    }

    QList<acs::Task> tasksOfKind(const QString &kind) const
    {
        QList<acs::Task> out;
        for (const acs::Task &t : m_engine->tasks().tasksOf(m_id)) {
            if (t.kind == kind)
                out.append(t);
        }
        return out;
    }

    void finish(qint64 id, acs::TaskState state, const QJsonObject &result = {}, int faultCode = 0)
    {
        acs::Task t = *m_engine->tasks().find(id);
        t.state = state;
        t.result = result;
        t.faultCode = faultCode;
        t.faultString = faultCode ? QStringLiteral("Invalid arguments") : QString();
        m_engine->tasks().update(t);
    }

private Q_SLOTS:
    void init()
    {
        m_engine = std::make_unique<acs::AcsEngine>();
        m_dispatcher = std::make_unique<models::TaskDispatcher>(*m_engine);
        cwmp::Inform inform;
        inform.deviceId = {QStringLiteral("ACME"), QStringLiteral("00D09E"), QStringLiteral("Gateway"), QStringLiteral("SN1")};
        m_id = m_engine->devices().applyInform(inform, QStringLiteral("127.0.0.1"), QStringLiteral("1.4"), 1000).id;
        using T = cwmp::ValueType;
        put(QStringLiteral("Device.ManagementServer.PeriodicInformEnable"), QStringLiteral("true"), T::Boolean, true);
        put(QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("3600"), T::UnsignedInt, true);
        put(QStringLiteral("Device.ManagementServer.PeriodicInformTime"), QStringLiteral("2025-01-01T00:00:00Z"), T::DateTime, true);
        put(QStringLiteral("Device.Time.LocalTimeZoneOffset"), QStringLiteral("-60"), T::Int, true);
        put(QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("old"), T::String, true);
        put(QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("42"), T::UnsignedInt, false);
        put(QStringLiteral("Device.NAT.PortMapping.1.InternalPort"), QStringLiteral("80"), T::UnsignedInt, true);

        m_page = std::make_unique<ui::ParameterPage>(*m_engine, *m_dispatcher);
        m_page->resize(1000, 700);
        m_page->setDevice(m_id);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_dispatcher.reset();
        m_engine.reset();
    }

    void exposesItsPartsByName()
    {
        for (const char *name : {"applyChanges", "revertChanges", "refreshParameters", "cancelRefresh"})
            QVERIFY2(button(name), name);
        QVERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("parameterFilter")));
        QVERIFY(m_page->findChild<QProgressBar *>(QStringLiteral("refreshProgress")));
        QVERIFY(tree());
        QCOMPARE(m_page->device(), m_id);
    }

    void doubleClickOpensAnEditorThatFitsTheType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("editorClass");
        QTest::newRow("boolean") << QStringLiteral("Device.ManagementServer.PeriodicInformEnable") << QStringLiteral("QCheckBox");
        QTest::newRow("int") << QStringLiteral("Device.Time.LocalTimeZoneOffset") << QStringLiteral("QSpinBox");
        QTest::newRow("unsignedInt") << QStringLiteral("Device.ManagementServer.PeriodicInformInterval") << QStringLiteral("ui::ParameterNumberEdit");
        QTest::newRow("dateTime") << QStringLiteral("Device.ManagementServer.PeriodicInformTime") << QStringLiteral("QDateTimeEdit");
        QTest::newRow("string") << QStringLiteral("Device.DeviceInfo.ProvisioningCode") << QStringLiteral("QLineEdit");
    }

    void doubleClickOpensAnEditorThatFitsTheType()
    {
        QFETCH(QString, path);
        QFETCH(QString, editorClass);
        QWidget *editor = doubleClick(valueCell(path));
        QVERIFY(editor);
        // The focus may be on the line edit inside a spin box.
        while (editor && QLatin1String(editor->metaObject()->className()) != editorClass && editor->parentWidget() != tree()->viewport())
            editor = editor->parentWidget();
        QVERIFY(editor);
        QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), editorClass);
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            QCOMPARE(spin->minimum(), std::numeric_limits<qint32>::min());
            QCOMPARE(spin->maximum(), std::numeric_limits<qint32>::max());
            QCOMPARE(spin->value(), -60);
        }
        if (auto *number = qobject_cast<ui::ParameterNumberEdit *>(editor)) {
            QCOMPARE(number->minimum(), 0);
            QCOMPARE(number->maximum(), quint64(std::numeric_limits<quint32>::max()));
            QCOMPARE(number->valueText(), QStringLiteral("3600"));
            QString tooBig = QStringLiteral("4294967296");
            int pos = 0;
            QCOMPARE(number->validate(tooBig, pos), QValidator::Invalid);
        }
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            QCOMPARE(line->maxLength(), models::ParameterValueSpec::kStringLength);
    }

    void readOnlyValuesOpenNoEditor()
    {
        const QModelIndex cell = valueCell(QStringLiteral("Device.DeviceInfo.UpTime"));
        doubleClick(cell);
        QVERIFY(!tree()->indexWidget(cell));
    }

    void editingThroughTheEditorMakesAPendingChange()
    {
        const QModelIndex cell = valueCell(QStringLiteral("Device.ManagementServer.PeriodicInformEnable"));
        QWidget *focus = doubleClick(cell);
        auto *box = qobject_cast<QCheckBox *>(focus);
        QVERIFY(box);
        QVERIFY(box->isChecked());
        box->setChecked(false);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(m_page->model()->edits().count(), 1);
        QCOMPARE(m_page->model()->edits().pending(QStringLiteral("Device.ManagementServer.PeriodicInformEnable"))->newValue,
                 QStringLiteral("false"));
    }

    void showsPendingValuesInBoldAndCountsThemOnApply()
    {
        QPushButton *apply = button("applyChanges");
        QVERIFY(!apply->isEnabled());
        edit(QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("new"));
        QCOMPARE(apply->text(), QStringLiteral("Apply 1 change"));
        edit(QStringLiteral("Device.Time.LocalTimeZoneOffset"), QStringLiteral("120"));
        QCOMPARE(apply->text(), QStringLiteral("Apply 2 changes"));
        QVERIFY(apply->isEnabled());

        const QModelIndex cell = valueCell(QStringLiteral("Device.DeviceInfo.ProvisioningCode"));
        QCOMPARE(cell.data().toString(), QStringLiteral("new (was old)"));
        QStyleOptionViewItem option;
        m_page->delegate()->initStyleOption(&option, cell);
        QVERIFY(option.font.bold());
        QStyleOptionViewItem plain;
        m_page->delegate()->initStyleOption(&plain, valueCell(QStringLiteral("Device.DeviceInfo.UpTime")));
        QVERIFY(!plain.font.bold());

        QTest::mouseClick(apply, Qt::LeftButton);
        const QList<acs::Task> sets = tasksOfKind(QStringLiteral("setParameterValues"));
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.at(0).args.value(QStringLiteral("parameterValues")).toArray().size(), 2);
        QVERIFY(!apply->isEnabled());
    }

    void revertDropsThePendingChanges()
    {
        edit(QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("new"));
        QPushButton *revert = button("revertChanges");
        QVERIFY(revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(m_page->model()->edits().count(), 0);
        QCOMPARE(button("applyChanges")->text(), QStringLiteral("Apply changes"));
        QCOMPARE(valueCell(QStringLiteral("Device.DeviceInfo.ProvisioningCode")).data().toString(), QStringLiteral("old"));
    }

    void showsTheDeviceFaultOnTheRowAndAboveTheTree()
    {
        edit(QStringLiteral("Device.Time.LocalTimeZoneOffset"), QStringLiteral("5000"));
        QTest::mouseClick(button("applyChanges"), Qt::LeftButton);
        const qint64 id = m_page->model()->edits().applyTaskId();
        QVERIFY(id > 0);
        finish(id, acs::TaskState::Fault,
               {{QStringLiteral("setParameterValuesFaults"),
                 QJsonArray{QJsonObject{{QStringLiteral("parameterName"), QStringLiteral("Device.Time.LocalTimeZoneOffset")},
                                        {QStringLiteral("faultCode"), 9007},
                                        {QStringLiteral("faultString"), QStringLiteral("out of range")}}}}},
               9003);
        auto *message = m_page->findChild<QLabel *>(QStringLiteral("parameterMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("Device.Time.LocalTimeZoneOffset")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QLatin1String("9007")));
        const QModelIndex name = m_page->model()->indexForPath(QStringLiteral("Device.Time.LocalTimeZoneOffset"));
        QStyleOptionViewItem option;
        m_page->delegate()->initStyleOption(&option, name);
        QVERIFY(!option.icon.isNull());
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("out of range")));
        QCOMPARE(button("applyChanges")->text(), QStringLiteral("Apply 1 change")); // still pending
    }

    void ctrlFFocusesTheFilter()
    {
        QApplication::setActiveWindow(m_page.get());
        tree()->setFocus();
        QTRY_VERIFY(tree()->hasFocus());
        QTest::keyClick(tree(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("parameterFilter"))->hasFocus());
    }

    void filterKeepsMatchingBranchesOpen()
    {
        auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("parameterFilter"));
        QTest::keyClicks(filter, QStringLiteral("Device.NAT.PortMapping.*.InternalPort"));
        QTRY_VERIFY(m_page->model()->isFiltered());
        const QModelIndex port = m_page->model()->indexForPath(QStringLiteral("Device.NAT.PortMapping.1.InternalPort"));
        QVERIFY(port.isValid());
        QVERIFY(tree()->isExpanded(port.parent()));
        QVERIFY(!m_page->model()->indexForPath(QStringLiteral("Device.DeviceInfo.UpTime")).isValid());
        filter->clear();
        QTRY_VERIFY(!m_page->model()->isFiltered());
        QVERIFY(m_page->model()->canFetchMore(m_page->model()->index(0, 0)));
    }

    void refreshShowsProgressAndCanBeCancelled()
    {
        QSignalSpy status(m_page.get(), &ui::ParameterPage::statusMessage);
        QTest::mouseClick(button("refreshParameters"), Qt::LeftButton);
        const QList<acs::Task> refreshes = tasksOfKind(QStringLiteral("refreshObject"));
        QCOMPARE(refreshes.size(), 1);
        QCOMPARE(refreshes.at(0).args.value(QStringLiteral("objectName")).toString(), QStringLiteral("Device."));
        auto *progress = m_page->findChild<QProgressBar *>(QStringLiteral("refreshProgress"));
        QVERIFY(progress->isVisible());
        QVERIFY(button("cancelRefresh")->isVisible());

        acs::Task t = refreshes.at(0);
        t.state = acs::TaskState::Sent;
        t.progress = 0.5;
        t.progressText = QStringLiteral("reading values 1-2000 of 4000");
        m_engine->tasks().update(t);
        QCOMPARE(progress->value(), 500);
        QCOMPARE(progress->format(), t.progressText);

        QTest::mouseClick(button("cancelRefresh"), Qt::LeftButton);
        QCOMPARE(m_engine->tasks().find(t.id)->state, acs::TaskState::Cancelled);
        QVERIFY(!progress->isVisible());
        QVERIFY(!status.isEmpty());
        QVERIFY(status.constLast().at(0).toString().contains(QLatin1String("cancelled")));
    }

    void f5RefreshesTheSelectedBranch()
    {
        const QModelIndex nat = m_page->model()->indexForPath(QStringLiteral("Device.NAT."));
        tree()->setCurrentIndex(nat);
        QApplication::setActiveWindow(m_page.get());
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_F5);
        const QList<acs::Task> refreshes = tasksOfKind(QStringLiteral("refreshObject"));
        QCOMPARE(refreshes.size(), 1);
        QCOMPARE(refreshes.at(0).args.value(QStringLiteral("objectName")).toString(), QStringLiteral("Device.NAT."));
    }

    void deleteAsksBeforeDeletingTheInstance()
    {
        const QModelIndex instance = m_page->model()->indexForPath(QStringLiteral("Device.NAT.PortMapping.1."));
        QVERIFY(instance.isValid());
        tree()->setCurrentIndex(instance);
        QApplication::setActiveWindow(m_page.get());
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
        QVERIFY(tasksOfKind(QStringLiteral("deleteObject")).isEmpty()); // nothing before the answer
        box->button(QMessageBox::Yes)->click();
        const QList<acs::Task> deletes = tasksOfKind(QStringLiteral("deleteObject"));
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.at(0).args.value(QStringLiteral("objectName")).toString(), QStringLiteral("Device.NAT.PortMapping.1."));
    }
};

QTEST_MAIN(ParameterPageTest)
#include "tst_parameterpage.moc"
