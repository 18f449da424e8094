// The file library as a table (issue 7): one row per served file, human-readable size with
// the bytes in a role, the digest shortened with the full one in the tooltip, kept current
// as files are imported and removed. Over a real workspace in a temporary folder.

#include <filelistmodel.h>

#include <service/acsservice.h>
#include <service/filelibrary.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using models::FileListModel;

namespace {

constexpr int kWaitMs = 30000;

} // namespace

class tst_FileListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<service::AcsService> m_service;

    QString import(const QString &name, const QByteArray &content, const QString &version)
    {
        const QString source = m_dir->filePath(QStringLiteral("src-") + name);
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the source");
        f.write(content);
        f.close();
        acs::ServedFile meta = service::FileLibrary::defaultsFor(name);
        meta.version = version;
        meta.oui = QStringLiteral("00D09E");
        meta.productClass = QStringLiteral("SimGateway");
        QSignalSpy finished(&m_service->fileLibrary(), &service::FileLibrary::importFinished);
        QString why;
        if (!m_service->fileLibrary().importFile(source, meta, &why))
            return why;
        if (!finished.wait(kWaitMs))
            return QStringLiteral("no importFinished");
        return finished.first().at(2).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_service = std::make_unique<service::AcsService>();
        std::optional<QString> opened;
        m_service->open(m_dir->filePath(QStringLiteral("ws")), [&](bool ok, const QString &e) { opened = ok ? QString() : e; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), kWaitMs);
        QVERIFY2(opened->isEmpty(), qPrintable(*opened));
    }

    void cleanup()
    {
        m_service.reset();
        m_dir.reset();
    }

    void showsImportedFilesSortedByName()
    {
        FileListModel model(m_service->fileLibrary());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(FileListModel::ColumnCount));
        QCOMPARE(import(QStringLiteral("zeta.bin"), QByteArray(3 * 1024 * 1024, 'z'), QStringLiteral("3.0")), QString());
        QCOMPARE(import(QStringLiteral("alpha.cfg"), QByteArray("config"), QString()), QString());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FileListModel::NameColumn).data().toString(), QStringLiteral("alpha.cfg"));
        QCOMPARE(model.index(1, FileListModel::NameColumn).data().toString(), QStringLiteral("zeta.bin"));
        QCOMPARE(model.rowOf(QStringLiteral("zeta.bin")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QCOMPARE(model.index(1, FileListModel::TypeColumn).data().toString(), QStringLiteral("1 Firmware Upgrade Image"));
        QCOMPARE(model.index(0, FileListModel::TypeColumn).data().toString(), QStringLiteral("3 Vendor Configuration File"));
        QCOMPARE(model.index(1, FileListModel::VersionColumn).data().toString(), QStringLiteral("3.0"));
        QCOMPARE(model.index(1, FileListModel::OuiColumn).data().toString(), QStringLiteral("00D09E"));
        QCOMPARE(model.index(1, FileListModel::ProductClassColumn).data().toString(), QStringLiteral("SimGateway"));
        QVERIFY(!model.index(1, FileListModel::AddedColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(FileListModel::Sha256Column, Qt::Horizontal).toString(), QStringLiteral("SHA-256"));
    }

    void sizeIsReadableWithBytesInARole()
    {
        FileListModel model(m_service->fileLibrary());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(import(QStringLiteral("fw.bin"), QByteArray(3 * 1024 * 1024, 'f'), QStringLiteral("1")), QString());
        const QModelIndex size = model.index(0, FileListModel::SizeColumn);
        QCOMPARE(size.data(FileListModel::SizeRole).toLongLong(), 3 * 1024 * 1024);
        QCOMPARE(size.data(FileListModel::SortRole).toLongLong(), 3 * 1024 * 1024);
        const QString text = size.data().toString();
        QVERIFY2(text.contains(QLatin1String("3.0")) && text.contains(QLatin1String("MB")), qPrintable(text));
    }

    void hashIsShortenedWithTheFullOneInTheTooltip()
    {
        FileListModel model(m_service->fileLibrary());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QByteArray content("firmware");
        QCOMPARE(import(QStringLiteral("fw.bin"), content, QStringLiteral("1")), QString());
        const QString full = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QModelIndex hash = model.index(0, FileListModel::Sha256Column);
        QCOMPARE(hash.data(Qt::ToolTipRole).toString(), full);
        QCOMPARE(hash.data(FileListModel::Sha256Role).toString(), full);
        const QString shown = hash.data().toString();
        QVERIFY(shown.size() < full.size());
        QVERIFY(full.startsWith(shown.left(FileListModel::kShortHashLength)));
    }

    void removedFileLeavesTheTable()
    {
        FileListModel model(m_service->fileLibrary());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(import(QStringLiteral("a.bin"), QByteArray("a"), QString()), QString());
        QCOMPARE(import(QStringLiteral("b.bin"), QByteArray("b"), QString()), QString());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(m_service->fileLibrary().remove(QStringLiteral("a.bin")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.fileAt(0).name, QStringLiteral("b.bin"));
    }
};

QTEST_GUILESS_MAIN(tst_FileListModel)
#include "tst_filelistmodel.moc"
