// The workspace's file library over a real workspace in a temporary folder: imports are
// copied in chunks with their SHA-256, registered with the file server and the database,
// and removed again; bad names, cancellation and unreadable sources leave nothing behind.

#include <service/acsservice.h>
#include <service/filelibrary.h>
#include <store/filerepository.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using service::AcsService;
using service::FileLibrary;

namespace {

constexpr int kWaitMs = 30000;

QString openService(AcsService &service, const QString &dir)
{
    std::optional<QString> outcome;
    service.open(dir, [&](bool ok, const QString &error) { outcome = ok ? QString() : error; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kWaitMs))
        return QStringLiteral("the workspace did not open in time");
    return *outcome;
}

// A file of `megabytes` MiB with varying content (so a chunk mix-up changes the hash).
QByteArray writeSource(const QString &path, int megabytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < megabytes; ++i) {
        QByteArray block(1024 * 1024, char('a' + i % 26));
        block.replace(0, 16, QByteArray::number(i).rightJustified(16, '0'));
        f.write(block);
        hash.addData(block);
    }
    // Not a multiple of the chunk size.
    f.write("tail");
    hash.addData(QByteArrayView("tail"));
    return hash.result().toHex();
}

acs::ServedFile meta(const QString &name, const QString &version = QStringLiteral("2.0.0"))
{
    acs::ServedFile f;
    f.name = name;
    f.fileType = QString(FileLibrary::kFirmwareType);
    f.oui = QStringLiteral("00D09E");
    f.productClass = QStringLiteral("SimGateway");
    f.version = version;
    return f;
}

} // namespace

class tst_FileLibrary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AcsService> m_service;

    QString workspace() const { return m_dir->filePath(QStringLiteral("workspace")); }
    FileLibrary &library() { return m_service->fileLibrary(); }

    // Imports and waits; the error, or empty.
    QString importAndWait(const QString &source, const acs::ServedFile &metadata)
    {
        QSignalSpy finished(&library(), &FileLibrary::importFinished);
        QString why;
        if (!library().importFile(source, metadata, &why))
            return why;
        if (!finished.wait(kWaitMs) && finished.isEmpty())
            return QStringLiteral("no importFinished");
        return finished.first().at(1).toBool() ? QString() : finished.first().at(2).toString();
    }

    QStringList filesOnDisk() const
    {
        return QDir(m_service->workspace().filesDirectory()).entryList(QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_service = std::make_unique<AcsService>();
        const QString error = openService(*m_service, workspace());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        m_service.reset();
        m_dir.reset();
    }

    void importsAMultiMegabyteFileWithItsHash()
    {
        const QString source = m_dir->filePath(QStringLiteral("gw-2.0.0.bin"));
        const QByteArray expected = writeSource(source, 5);
        QVERIFY(!expected.isEmpty());
        QSignalSpy progress(&library(), &FileLibrary::importProgress);
        QSignalSpy added(&library(), &FileLibrary::fileAdded);
        QSignalSpy changed(&library(), &FileLibrary::changed);
        const QString error = importAndWait(source, meta(QStringLiteral("gw-2.0.0.bin")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(added.size(), 1);
        QVERIFY(changed.size() >= 1);
        // Progress in chunks, ending with the whole file.
        QVERIFY(progress.size() >= 5);
        QCOMPARE(progress.last().at(1).toLongLong(), QFileInfo(source).size());

        const auto served = m_service->files().file(QStringLiteral("gw-2.0.0.bin"));
        QVERIFY(served);
        QCOMPARE(served->sha256, expected);
        QCOMPARE(served->size, QFileInfo(source).size());
        QCOMPARE(served->version, QStringLiteral("2.0.0"));
        QCOMPARE(served->oui, QStringLiteral("00D09E"));
        QVERIFY(served->addedMs > 0);
        QVERIFY(served->path.startsWith(m_service->workspace().filesDirectory()));
        QFile copy(served->path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256).toHex(), expected);
        QCOMPARE(filesOnDisk(), QStringList{QStringLiteral("gw-2.0.0.bin")}); // no .part left
        QCOMPARE(library().files().size(), 1);

        // In the database: a reopened workspace serves it again.
        m_service.reset();
        m_service = std::make_unique<AcsService>();
        QCOMPARE(openService(*m_service, workspace()), QString());
        const auto reloaded = m_service->files().file(QStringLiteral("gw-2.0.0.bin"));
        QVERIFY(reloaded);
        QCOMPARE(reloaded->sha256, expected);
        QCOMPARE(reloaded->productClass, QStringLiteral("SimGateway"));
    }

    void refusesATakenName()
    {
        const QString source = m_dir->filePath(QStringLiteral("a.bin"));
        QVERIFY(!writeSource(source, 1).isEmpty());
        QCOMPARE(importAndWait(source, meta(QStringLiteral("a.bin"))), QString());
        QString why;
        QVERIFY(!library().importFile(source, meta(QStringLiteral("a.bin")), &why));
        QVERIFY2(why.contains(QLatin1String("already")), qPrintable(why));
        QVERIFY(!library().isImporting());
    }

    void refusesUnsafeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("slash") << QStringLiteral("sub/fw.bin");
        QTest::newRow("backslash") << QStringLiteral("sub\\fw.bin");
        QTest::newRow("parent") << QStringLiteral("..");
        QTest::newRow("dots inside") << QStringLiteral("a..b");
        QTest::newRow("hidden") << QStringLiteral(".fw.bin");
        QTest::newRow("too long") << QString(FileLibrary::kMaxNameLength + 1, QLatin1Char('x'));
        QTest::newRow("control") << QStringLiteral("fw\n.bin");
    }

    void refusesUnsafeNames()
    {
        QFETCH(QString, name);
        const QString source = m_dir->filePath(QStringLiteral("src.bin"));
        QVERIFY(!writeSource(source, 1).isEmpty());
        QString why;
        QVERIFY(!library().importFile(source, meta(name), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!FileLibrary::unsafeNameReason(name).isEmpty());
        QVERIFY(filesOnDisk().isEmpty());
        QVERIFY(m_service->files().files().isEmpty());
    }

    void refusesAnUnreadableSource()
    {
        QString why;
        QVERIFY(!library().importFile(m_dir->filePath(QStringLiteral("missing.bin")), meta(QStringLiteral("m.bin")), &why));
        QVERIFY2(why.contains(QLatin1String("missing.bin")), qPrintable(why));
    }

    void cancelLeavesNoPartialFile()
    {
        const QString source = m_dir->filePath(QStringLiteral("big.bin"));
        QVERIFY(!writeSource(source, 64).isEmpty());
        QSignalSpy finished(&library(), &FileLibrary::importFinished);
        QSignalSpy added(&library(), &FileLibrary::fileAdded);
        QVERIFY(library().importFile(source, meta(QStringLiteral("big.bin"))));
        QVERIFY(library().isImporting());
        QCOMPARE(library().importingName(), QStringLiteral("big.bin"));
        // While it copies, the name is taken.
        QVERIFY(!library().nameProblem(QStringLiteral("big.bin")).isEmpty());
        library().cancelImport();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(finished.first().at(2).toString().contains(QLatin1String("cancel")));
        QCOMPARE(added.size(), 0);
        QVERIFY(!library().isImporting());
        QVERIFY2(filesOnDisk().isEmpty(), qPrintable(filesOnDisk().join(u',')));
        QVERIFY(!m_service->files().file(QStringLiteral("big.bin")));
        // The name is free again.
        QCOMPARE(importAndWait(source, meta(QStringLiteral("big.bin"))), QString());
    }

    void removeDeletesTheFileAndItsRow()
    {
        const QString source = m_dir->filePath(QStringLiteral("r.bin"));
        QVERIFY(!writeSource(source, 2).isEmpty());
        QCOMPARE(importAndWait(source, meta(QStringLiteral("r.bin"))), QString());
        const QString path = m_service->files().file(QStringLiteral("r.bin"))->path;
        QVERIFY(QFile::exists(path));
        QSignalSpy removed(&library(), &FileLibrary::fileRemoved);
        QVERIFY(library().remove(QStringLiteral("r.bin")));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(source)); // the original is not touched
        QVERIFY(!m_service->files().file(QStringLiteral("r.bin")));
        QString why;
        QVERIFY(!library().remove(QStringLiteral("r.bin"), &why));
        QVERIFY(!why.isEmpty());

        m_service.reset();
        m_service = std::make_unique<AcsService>();
        QCOMPARE(openService(*m_service, workspace()), QString());
        QVERIFY(!m_service->files().file(QStringLiteral("r.bin")));
        store::FileRepository repository(m_service->database());
        auto row = repository.get(QStringLiteral("r.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(row.isFinished(), kWaitMs);
        QVERIFY(row.result().ok());
        QVERIFY(!row.result().value().has_value());
    }

    void guessesFirmwareFromTheSuffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::newRow("bin") << QStringLiteral("gw.bin") << QStringLiteral("1 Firmware Upgrade Image");
        QTest::newRow("IMG") << QStringLiteral("GW.IMG") << QStringLiteral("1 Firmware Upgrade Image");
        QTest::newRow("trx") << QStringLiteral("openwrt.trx") << QStringLiteral("1 Firmware Upgrade Image");
        QTest::newRow("itb") << QStringLiteral("fit.itb") << QStringLiteral("1 Firmware Upgrade Image");
        QTest::newRow("cfg") << QStringLiteral("backup.cfg") << QStringLiteral("3 Vendor Configuration File");
        QTest::newRow("unknown") << QStringLiteral("notes.txt") << QString();
    }

    void guessesFirmwareFromTheSuffix()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QCOMPARE(FileLibrary::guessFileType(name), type);
        QCOMPARE(FileLibrary::defaultsFor(QStringLiteral("/tmp/") + name).name, name);
    }

    void filesStoredThroughTheApiAreSeen()
    {
        service::ServiceSettings s;
        s.acs.address = QHostAddress::LocalHost;
        s.acs.port = 0;
        s.apiEnabled = true;
        s.apiPort = 0;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QVERIFY(!m_service->apiUrl().isEmpty());
        QSignalSpy changed(&library(), &FileLibrary::changed);
        QNetworkAccessManager network;
        QNetworkRequest put(QUrl(m_service->apiUrl() + QStringLiteral("files/api.bin")));
        put.setRawHeader("fileType", "1 Firmware Upgrade Image");
        put.setRawHeader("version", "5.5");
        QNetworkReply *reply = network.put(put, QByteArray("image through the API"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();
        QVERIFY(changed.size() >= 1);
        QCOMPARE(library().files().size(), 1);
        QCOMPARE(library().files().first().version, QStringLiteral("5.5"));
        // The API's name is taken for imports too.
        QVERIFY(!library().nameProblem(QStringLiteral("api.bin")).isEmpty());

        changed.clear();
        QNetworkReply *removed = network.deleteResource(put);
        QTRY_VERIFY_WITH_TIMEOUT(removed->isFinished(), kWaitMs);
        QCOMPARE(removed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        removed->deleteLater();
        QVERIFY(changed.size() >= 1);
        QVERIFY(library().files().isEmpty());
    }

    void urlNamesTheFileServerPath()
    {
        service::ServiceSettings s;
        s.acs.address = QHostAddress::LocalHost;
        s.acs.port = 0;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QCOMPARE(library().urlFor(QStringLiteral("gw 1.bin")),
                 QStringLiteral("http://127.0.0.1:%1/files/gw%201.bin").arg(m_service->engine().port()));
    }
};

QTEST_GUILESS_MAIN(tst_FileLibrary)
#include "tst_filelibrary.moc"
