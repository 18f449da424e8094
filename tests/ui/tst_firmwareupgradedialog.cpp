// The firmware upgrade dialog (issue 7), end to end: a real service in a temporary folder,
// images in its file library and the real cwmp-cpe-sim as the device. An image the device
// already runs is refused until "Upgrade anyway" is ticked; a good image is sent and the
// dialog's timeline follows it until the new version is reported.
// CWMP_SCREENSHOT_DIR=<dir> under Xvfb saves the dialog before, during and after.

#include "provisioningfixture.h"

#include <fileimportbar.h>
#include <firmwareupgradedialog.h>
#include <transfertimelineview.h>

#include <acs/transfertracker.h>
#include <service/filelibrary.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using provisioningtest::Fixture;
using ui::FirmwareUpgradeDialog;

namespace {

// What cwmp-cpe-sim accepts as an image: a "CWMP-SIM-FIRMWARE version=" line first.
QByteArray image(const QString &version)
{
    return "CWMP-SIM-FIRMWARE version=" + version.toUtf8() + '\n' + QByteArray(2 * 1024 * 1024, 'F');
}

} // namespace

class tst_FirmwareUpgradeDialog : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QString m_id;

    service::FileLibrary &library() { return m_fixture.service().fileLibrary(); }
    const acs::DeviceRecord &device() { return *m_fixture.engine().devices().find(m_id); }

    // Adds an image to the library; the error or empty.
    QString addImage(const QString &name, const QString &version, const QString &oui, const QString &productClass)
    {
        QFile f(m_fixture.path(name));
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the image");
        f.write(image(version));
        f.close();
        acs::ServedFile meta = service::FileLibrary::defaultsFor(name);
        meta.version = version;
        meta.oui = oui;
        meta.productClass = productClass;
        QSignalSpy finished(&library(), &service::FileLibrary::importFinished);
        QString why;
        if (!library().importFile(f.fileName(), meta, &why))
            return why;
        if (!finished.wait(30000))
            return QStringLiteral("no importFinished");
        return finished.first().at(2).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fixture.start();
        if (error.contains(QLatin1String("not built")))
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList ids = m_fixture.startSimulator(QStringLiteral("FWDLG"), 1);
        QCOMPARE(ids.size(), 1);
        m_id = ids.first();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.engine().isInSession(m_id), 15000);
        QVERIFY(!device().softwareVersion.isEmpty());
    }

    void listsOnlyFirmwareImagesWithTheirDetails()
    {
        QCOMPARE(addImage(QStringLiteral("list-a.bin"), QStringLiteral("1.0"), {}, {}), QString());
        QFile cfg(m_fixture.path(QStringLiteral("startup.cfg")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("config");
        cfg.close();
        QSignalSpy finished(&library(), &service::FileLibrary::importFinished);
        QVERIFY(library().importFile(cfg.fileName(), service::FileLibrary::defaultsFor(cfg.fileName())));
        QVERIFY(finished.wait(30000));

        FirmwareUpgradeDialog dialog(m_fixture.service(), m_id);
        QVERIFY(dialog.imageBox()->findData(QStringLiteral("list-a.bin")) >= 0);
        QCOMPARE(dialog.imageBox()->findData(QStringLiteral("startup.cfg")), -1);
        QVERIFY(!dialog.selectImage(QStringLiteral("startup.cfg")));
        QVERIFY(dialog.selectImage(QStringLiteral("list-a.bin")));
        const QByteArray sha = QCryptographicHash::hash(image(QStringLiteral("1.0")), QCryptographicHash::Sha256).toHex();
        QCOMPARE(dialog.hashLabel()->text(), QString::fromLatin1(sha)); // in full
        QCOMPARE(dialog.deviceVersionLabel()->text(), device().softwareVersion);
        // An image added while the dialog is open shows up.
        QCOMPARE(addImage(QStringLiteral("list-b.bin"), QStringLiteral("1.1"), {}, {}), QString());
        QVERIFY(dialog.imageBox()->findData(QStringLiteral("list-b.bin")) >= 0);
        QCOMPARE(dialog.selectedImage(), QStringLiteral("list-a.bin")); // the choice stays
    }

    void sameVersionImageNeedsConfirmation()
    {
        const QString running = device().softwareVersion;
        QCOMPARE(addImage(QStringLiteral("same.bin"), running, QStringLiteral("ABCDEF"), {}), QString());
        FirmwareUpgradeDialog dialog(m_fixture.service(), m_id);
        dialog.show();
        QVERIFY(dialog.selectImage(QStringLiteral("same.bin")));
        QVERIFY(dialog.warningBox()->isVisible());
        QCOMPARE(dialog.warnings().size(), 2);
        QVERIFY(dialog.warningLabel()->text().contains(QLatin1String("already runs version")));
        QVERIFY(dialog.warningLabel()->text().contains(QLatin1String("ABCDEF")));
        QVERIFY(!dialog.upgradeButton()->isEnabled());
        QVERIFY(!dialog.upgrade());
        QVERIFY(dialog.errorLabel()->text().contains(QLatin1String("Upgrade anyway")));
        QCOMPARE(dialog.timelineId(), 0);
        Fixture::screenshot(&dialog, QStringLiteral("firmware-warning.png"));
        dialog.anywayBox()->setChecked(true);
        QVERIFY(dialog.upgradeButton()->isEnabled());
        // Another image needs its own confirmation.
        QCOMPARE(addImage(QStringLiteral("same2.bin"), running, {}, {}), QString());
        QVERIFY(dialog.selectImage(QStringLiteral("same2.bin")));
        QVERIFY(!dialog.anywayBox()->isChecked());
        QVERIFY(!dialog.upgradeButton()->isEnabled());
    }

    void unknownDeviceCannotBeUpgraded()
    {
        QCOMPARE(addImage(QStringLiteral("any.bin"), QStringLiteral("3.0"), {}, {}), QString());
        FirmwareUpgradeDialog dialog(m_fixture.service(), QStringLiteral("000000-None-0"));
        QVERIFY(dialog.selectImage(QStringLiteral("any.bin")));
        QVERIFY(!dialog.upgradeButton()->isEnabled());
        QVERIFY(!dialog.upgrade());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
    }

    void upgradesAndFollowsTheTimelineToTheNewVersion()
    {
        const QString before = device().softwareVersion;
        QCOMPARE(addImage(QStringLiteral("gw-9.9.9.bin"), QStringLiteral("9.9.9"), device().deviceId.oui,
                          device().deviceId.productClass),
                 QString());
        FirmwareUpgradeDialog dialog(m_fixture.service(), m_id);
        QSignalSpy status(&dialog, &FirmwareUpgradeDialog::statusMessage);
        dialog.show();
        QVERIFY(dialog.selectImage(QStringLiteral("gw-9.9.9.bin")));
        QVERIFY(dialog.warnings().isEmpty());
        QVERIFY(!dialog.warningBox()->isVisible());
        QVERIFY(dialog.upgradeButton()->isEnabled());
        Fixture::screenshot(&dialog, QStringLiteral("firmware-choice.png"));
        dialog.upgradeButton()->click();
        QVERIFY2(dialog.timelineId() != 0, qPrintable(dialog.errorLabel()->text()));
        QVERIFY(dialog.timelineView()->isVisible());
        QVERIFY(!dialog.upgradeButton()->isVisible());
        QVERIFY(dialog.timelineView()->titleText().contains(QLatin1String("gw-9.9.9.bin")));
        QCOMPARE(status.size(), 1);
        // Mid-upgrade: the device has accepted or is fetching.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.timelineView()->timeline().hasStage(acs::TransferTimeline::kFetchedStage)
                                     || !dialog.timelineView()->timeline().isRunning(),
                                 30000);
        Fixture::screenshot(&dialog, QStringLiteral("firmware-running.png"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.timelineView()->timeline().isRunning(), 90000);
        const acs::TransferTimeline t = dialog.timelineView()->timeline();
        QVERIFY2(t.state == acs::TransferTimeline::kSucceeded, qPrintable(t.failure));
        QCOMPARE(t.previousVersion, before);
        QCOMPARE(t.newVersion, QStringLiteral("9.9.9"));
        QCOMPARE(device().softwareVersion, QStringLiteral("9.9.9"));
        QVERIFY2(dialog.timelineView()->outcomeText().contains(QLatin1String("9.9.9")),
                 qPrintable(dialog.timelineView()->outcomeText()));
        QCOMPARE(dialog.timelineView()->progressValue(), 1000);
        QTRY_COMPARE(status.size(), 2);
        QVERIFY(status.last().first().toString().contains(QLatin1String("succeeded")));
        Fixture::screenshot(&dialog, QStringLiteral("firmware-finished.png"));
    }

    void schedulesInATimeWindowAndFollowsItToTheNewVersion()
    {
        QCOMPARE(addImage(QStringLiteral("gw-10.0.0.bin"), QStringLiteral("10.0.0"), device().deviceId.oui,
                          device().deviceId.productClass),
                 QString());
        FirmwareUpgradeDialog dialog(m_fixture.service(), m_id);
        dialog.show();
        QVERIFY(dialog.selectImage(QStringLiteral("gw-10.0.0.bin")));
        QVERIFY(dialog.delayBox()->isVisible());
        QVERIFY(!dialog.windowStartBox()->isVisible());
        dialog.setWhen(FirmwareUpgradeDialog::InWindow);
        QVERIFY(!dialog.delayBox()->isVisible());
        QVERIFY(dialog.windowStartBox()->isVisible());
        QVERIFY(dialog.windowModeBox()->isVisible());
        QCOMPARE(dialog.windowModeBox()->count(), 4);

        // A window that ends before it starts is refused here, in plain words.
        dialog.windowUnitBox()->setCurrentIndex(dialog.windowUnitBox()->findData(1));
        dialog.windowStartBox()->setValue(100);
        dialog.windowEndBox()->setValue(10);
        QVERIFY(!dialog.upgrade());
        QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("after it ends")), qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(dialog.timelineId(), 0);

        dialog.windowStartBox()->setValue(2);
        QVERIFY(dialog.errorLabel()->isHidden()); // the error was about the old values
        dialog.windowEndBox()->setValue(60);
        dialog.windowModeBox()->setCurrentIndex(dialog.windowModeBox()->findData(QStringLiteral("2 Immediately")));
        dialog.userMessageEdit()->setText(QStringLiteral("The gateway restarts for an update."));
        QCOMPARE(dialog.timeWindow().start, 2u);
        QCOMPARE(dialog.timeWindow().end, 60u);
        Fixture::screenshot(&dialog, QStringLiteral("firmware-window.png"));
        QVERIFY2(dialog.upgrade(), qPrintable(dialog.errorLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.timelineView()->timeline().isRunning(), 90000);
        const acs::TransferTimeline t = dialog.timelineView()->timeline();
        QVERIFY2(t.state == acs::TransferTimeline::kSucceeded, qPrintable(t.failure));
        QCOMPARE(t.newVersion, QStringLiteral("10.0.0"));
        bool namesWindow = false;
        for (const acs::TransferStage &stage : t.stages)
            namesWindow = namesWindow || (stage.name == acs::TransferTimeline::kAcceptedStage && stage.text.contains(QLatin1String("2 Immediately")));
        QVERIFY(namesWindow);
        Fixture::screenshot(&dialog, QStringLiteral("firmware-window-finished.png"));
    }

    void showsThePreciseFailure()
    {
        const QStringList ids = m_fixture.startSimulator(QStringLiteral("FWFAIL"), 1,
                                                         {QStringLiteral("--fault"), QStringLiteral("download-fail")});
        QCOMPARE(ids.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.engine().isInSession(ids.first()), 15000);
        QCOMPARE(addImage(QStringLiteral("gw-8.0.bin"), QStringLiteral("8.0"), {}, {}), QString());
        FirmwareUpgradeDialog dialog(m_fixture.service(), ids.first());
        QSignalSpy status(&dialog, &FirmwareUpgradeDialog::statusMessage);
        dialog.show();
        QVERIFY(dialog.selectImage(QStringLiteral("gw-8.0.bin")));
        QVERIFY(dialog.upgrade());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.timelineView()->timeline().isRunning(), 90000);
        QCOMPARE(dialog.timelineView()->timeline().state, QString(acs::TransferTimeline::kFailed));
        QVERIFY2(dialog.timelineView()->outcomeText().contains(QLatin1String("9010")),
                 qPrintable(dialog.timelineView()->outcomeText()));
        QTRY_COMPARE(status.size(), 2);
        QVERIFY(status.last().first().toString().contains(QLatin1String("9010")));
        Fixture::screenshot(&dialog, QStringLiteral("firmware-failed.png"));
    }
};

QTEST_MAIN(tst_FirmwareUpgradeDialog)
#include "tst_firmwareupgradedialog.moc"
