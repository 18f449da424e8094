// The file library page (issue 7) over a real service in a temporary folder: files added
// through the AddFileDialog (from "Add…" or a drop) are copied with a progress bar, can be
// cancelled, filtered, removed after a confirmation, and their device URL copied.
// CWMP_SCREENSHOT_DIR=<dir> under Xvfb saves a picture of the page.

#include "provisioningfixture.h"

#include <addfiledialog.h>
#include <fileimportbar.h>
#include <filelistmodel.h>
#include <filespage.h>
#include <service/filelibrary.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using provisioningtest::Fixture;
using ui::FilesPage;

namespace {

// Calls answer with the next modal dialog of type Dialog, once.
template <typename Dialog>
class ModalAnswerer : public QObject
{
public:
    explicit ModalAnswerer(std::function<void(Dialog *)> answer)
    {
        connect(&m_timer, &QTimer::timeout, this, [this, answer] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_timer.stop();
            seen = true;
            answer(dialog);
        });
        m_timer.start(20);
    }
    bool seen = false;

private:
    QTimer m_timer;
};

QString writeFile(const QString &path, qint64 megabytes, char fill = 'x')
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QByteArray block(1024 * 1024, fill);
    for (qint64 i = 0; i < megabytes; ++i)
        f.write(block);
    f.write("end");
    return path;
}

} // namespace

class tst_FilesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_fixture;

    service::FileLibrary &library() { return m_fixture->service().fileLibrary(); }

    QStringList filesOnDisk()
    {
        return QDir(m_fixture->service().workspace().filesDirectory()).entryList(QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<Fixture>();
        const QString error = m_fixture->start();
        if (error.contains(QLatin1String("not built")))
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_fixture.reset(); }

    void addsAFileConfirmedInTheDialogWithProgress()
    {
        FilesPage page(m_fixture->service());
        page.resize(1000, 500);
        page.show();
        QSignalSpy status(&page, &FilesPage::statusMessage);
        const QString source = writeFile(m_fixture->path(QStringLiteral("router-7.2.bin")), 24);
        int maximum = 0;
        connect(page.importBar()->progressBar(), &QProgressBar::valueChanged, this,
                [&](int value) { maximum = std::max(maximum, value); });
        QString proposedType;
        ModalAnswerer<ui::AddFileDialog> answerer([&](ui::AddFileDialog *dialog) {
            proposedType = dialog->typeBox()->currentText();
            QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("router-7.2.bin"));
            dialog->versionEdit()->setText(QStringLiteral("7.2"));
            dialog->ouiEdit()->setText(QStringLiteral("00d09e"));
            dialog->productClassEdit()->setText(QStringLiteral("SimGateway"));
            Fixture::screenshot(dialog, QStringLiteral("addfiledialog.png"));
            dialog->accept();
        });
        page.addFiles({source});
        QVERIFY(answerer.seen);
        QCOMPARE(proposedType, QStringLiteral("1 Firmware Upgrade Image"));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 30000);
        QTRY_VERIFY(!page.importBar()->isVisible());
        QCOMPARE(maximum, page.importBar()->progressBar()->maximum()); // the bar reached its end
        const acs::ServedFile f = page.model()->fileAt(0);
        QCOMPARE(f.version, QStringLiteral("7.2"));
        QCOMPARE(f.oui, QStringLiteral("00D09E"));
        QCOMPARE(f.size, QFileInfo(source).size());
        QCOMPARE(page.selectedFile(), QStringLiteral("router-7.2.bin"));
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().first().toString().contains(QLatin1String("added")));
    }

    void dialogRefusesATakenOrUnsafeName()
    {
        const QString source = writeFile(m_fixture->path(QStringLiteral("a.bin")), 1);
        QSignalSpy finished(&library(), &service::FileLibrary::importFinished);
        QVERIFY(library().importFile(source, service::FileLibrary::defaultsFor(source)));
        QVERIFY(finished.wait(30000));
        ui::AddFileDialog dialog(library(), source, service::FileLibrary::defaultsFor(source));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("already")));
        dialog.nameEdit()->setText(QStringLiteral("../b.bin"));
        QVERIFY(!ok->isEnabled());
        dialog.nameEdit()->setText(QStringLiteral("b.bin"));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
    }

    void droppedFilesGoThroughTheDialog()
    {
        FilesPage page(m_fixture->service());
        page.show();
        const QString one = writeFile(m_fixture->path(QStringLiteral("one.img")), 1);
        const QString two = writeFile(m_fixture->path(QStringLiteral("two.cfg")), 1);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(one), QUrl::fromLocalFile(two), QUrl(QStringLiteral("https://example.com/x.bin"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QStringList asked;
        // Two dialogs, one per local file; the second is renamed.
        auto answerer = std::make_unique<ModalAnswerer<ui::AddFileDialog>>([&](ui::AddFileDialog *dialog) {
            asked << dialog->nameEdit()->text();
            dialog->accept();
        });
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        // The second dialog opens inside the first one's answer chain: re-arm after each.
        QTimer rearm;
        connect(&rearm, &QTimer::timeout, this, [&] {
            if (answerer->seen && asked.size() == 1) {
                answerer = std::make_unique<ModalAnswerer<ui::AddFileDialog>>([&](ui::AddFileDialog *dialog) {
                    asked << dialog->nameEdit()->text();
                    dialog->nameEdit()->setText(QStringLiteral("renamed.cfg"));
                    dialog->accept();
                });
            }
        });
        rearm.start(10);
        QApplication::sendEvent(&page, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 30000);
        QCOMPARE(asked, (QStringList{QStringLiteral("one.img"), QStringLiteral("two.cfg")}));
        QCOMPARE(page.model()->fileAt(0).name, QStringLiteral("one.img"));
        QCOMPARE(page.model()->fileAt(1).name, QStringLiteral("renamed.cfg"));
        QCOMPARE(page.model()->fileAt(1).fileType, QStringLiteral("3 Vendor Configuration File"));
    }

    void cancelLeavesNoPartialCopy()
    {
        FilesPage page(m_fixture->service());
        page.show();
        const QString source = writeFile(m_fixture->path(QStringLiteral("huge.bin")), 96);
        QSignalSpy status(&page, &FilesPage::statusMessage);
        page.importBar()->enqueue(source, service::FileLibrary::defaultsFor(source));
        QVERIFY(page.importBar()->isVisible());
        QVERIFY(page.importBar()->label()->text().contains(QLatin1String("huge.bin")));
        page.importBar()->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.importBar()->isBusy(), 30000);
        QVERIFY(!page.importBar()->isVisible());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY2(filesOnDisk().isEmpty(), qPrintable(filesOnDisk().join(u',')));
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().first().toString().contains(QLatin1String("cancelled")));
    }

    void filterNarrowsTheTable()
    {
        FilesPage page(m_fixture->service());
        for (const char *name : {"gw-1.bin", "gw-2.bin", "settings.cfg"}) {
            const QString source = writeFile(m_fixture->path(QLatin1String(name)), 0);
            QSignalSpy finished(&library(), &service::FileLibrary::importFinished);
            QVERIFY(library().importFile(source, service::FileLibrary::defaultsFor(source)));
            QVERIFY(finished.wait(30000));
        }
        QCOMPARE(page.table()->model()->rowCount(), 3);
        page.filterEdit()->setText(QStringLiteral("GW-"));
        QCOMPARE(page.table()->model()->rowCount(), 2);
        page.filterEdit()->setText(QStringLiteral("vendor config"));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        page.filterEdit()->clear();
        QCOMPARE(page.table()->model()->rowCount(), 3);
    }

    void removeAsksFirst()
    {
        FilesPage page(m_fixture->service());
        page.show();
        const QString source = writeFile(m_fixture->path(QStringLiteral("old.bin")), 1);
        QSignalSpy finished(&library(), &service::FileLibrary::importFinished);
        QVERIFY(library().importFile(source, service::FileLibrary::defaultsFor(source)));
        QVERIFY(finished.wait(30000));
        QVERIFY(!page.removeAction()->isEnabled());
        QVERIFY(page.selectFile(QStringLiteral("old.bin")));
        QVERIFY(page.removeAction()->isEnabled());
        {
            ModalAnswerer<QMessageBox> no([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
            page.removeAction()->trigger();
            QVERIFY(no.seen);
        }
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(filesOnDisk().contains(QStringLiteral("old.bin")));
        QString text;
        ModalAnswerer<QMessageBox> yes([&](QMessageBox *box) {
            text = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        page.removeAction()->trigger();
        QVERIFY(text.contains(QLatin1String("old.bin")));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(filesOnDisk().isEmpty());
        QVERIFY(!page.removeAction()->isEnabled());
    }

    void copiesTheUrlADeviceFetches()
    {
        FilesPage page(m_fixture->service());
        const QString source = writeFile(m_fixture->path(QStringLiteral("fw image.bin")), 0);
        QSignalSpy finished(&library(), &service::FileLibrary::importFinished);
        QVERIFY(library().importFile(source, service::FileLibrary::defaultsFor(source)));
        QVERIFY(finished.wait(30000));
        QVERIFY(page.selectFile(QStringLiteral("fw image.bin")));
        QVERIFY(page.copyUrlAction()->isEnabled());
        QSignalSpy status(&page, &FilesPage::statusMessage);
        page.copyUrlAction()->trigger();
        const QString expected =
            QStringLiteral("http://127.0.0.1:%1/files/fw%20image.bin").arg(m_fixture->engine().port());
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QCOMPARE(status.size(), 1);
        QVERIFY(status.first().first().toString().contains(expected));
    }

    void screenshot()
    {
        const QList<std::tuple<const char *, qint64, QString, QString>> files{
            {"gw-7.1.0.bin", 12, QStringLiteral("7.1.0"), QStringLiteral("SimGateway")},
            {"gw-7.2.0-beta.img", 13, QStringLiteral("7.2.0-beta"), QStringLiteral("SimGateway")},
            {"startup.cfg", 0, QString(), QString()},
        };
        for (const auto &[name, mb, version, productClass] : files) {
            const QString source = writeFile(m_fixture->path(QLatin1String(name)), mb);
            acs::ServedFile meta = service::FileLibrary::defaultsFor(source);
            meta.version = version;
            meta.productClass = productClass;
            meta.oui = productClass.isEmpty() ? QString() : QStringLiteral("00D09E");
            QSignalSpy finished(&library(), &service::FileLibrary::importFinished);
            QVERIFY(library().importFile(source, meta));
            QVERIFY(finished.wait(30000));
        }
        FilesPage page(m_fixture->service());
        page.resize(1200, 420);
        page.show();
        QVERIFY(page.selectFile(QStringLiteral("gw-7.1.0.bin")));
        // A copy in progress, for the picture.
        const QString big = writeFile(m_fixture->path(QStringLiteral("big.bin")), 256);
        page.importBar()->enqueue(big, service::FileLibrary::defaultsFor(big));
        QTRY_VERIFY(page.importBar()->progressBar()->value() > 0);
        Fixture::screenshot(&page, QStringLiteral("filespage.png"));
        page.importBar()->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.importBar()->isBusy(), 30000);
        QCOMPARE(page.model()->rowCount(), 3);
    }
};

QTEST_MAIN(tst_FilesPage)
#include "tst_filespage.moc"
