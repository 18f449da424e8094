// The binary cache of an import: equal after a round trip, rebuilt when a source changes.

#include <datamodel/importer.h>
#include <datamodel/modelcache.h>

#include <support/testpaths.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace datamodel;

namespace {

bool copy(const QString &from, const QString &to)
{
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = m_dir.filePath(QStringLiteral("tr-181.dmcache"));
        m_source = m_dir.filePath(QStringLiteral("tr-181-2-19-1-cwmp-full.xml"));
        if (!testsupport::sharedDir().isEmpty())
            QVERIFY(copy(testsupport::sharedFile(QStringLiteral("datamodels/tr-181-2-19-1-cwmp-full.xml")), m_source));
    }

    void roundTripKeepsEveryDefinition()
    {
        REQUIRE_SHARED_DIR();
        const ImportResult imported = Importer().importFile(m_source);
        QVERIFY2(imported.ok(), qPrintable(imported.error.toString()));
        QString why;
        QVERIFY2(ModelCache::save(m_cache, imported, {}, &why), qPrintable(why));
        QElapsedTimer t;
        t.start();
        const std::optional<ImportResult> loaded = ModelCache::load(m_cache, m_source, {}, &why);
        qInfo("cache of %lld KB loaded in %lld ms", QFileInfo(m_cache).size() / 1024, t.elapsed());
        QVERIFY2(loaded, qPrintable(why));
        QCOMPARE(loaded->models.size(), 1);
        QVERIFY(loaded->models.first() == imported.models.first());
        QCOMPARE(loaded->dataTypes, imported.dataTypes);
        QCOMPARE(loaded->sourceFiles, imported.sourceFiles);
        // The index is rebuilt: lookups work on the loaded copy.
        QCOMPARE(loaded->models.first().find(u"Device.WiFi.SSID.4.SSID")->syntax.sizes.first().maxLength, 32);
        QCOMPARE(loaded->models.first().objectCount(), imported.models.first().objectCount());
    }

    void touchedButEqualSourceKeepsTheCache()
    {
        REQUIRE_SHARED_DIR();
        QFile f(m_source);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
        f.close();
        QString why;
        QVERIFY2(ModelCache::load(m_cache, m_source, {}, &why), qPrintable(why));
    }

    void changedSourceMakesTheCacheStale()
    {
        REQUIRE_SHARED_DIR();
        QFile f(m_source);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size()));
        QVERIFY(f.write("<!-- edited -->\n") > 0);
        f.close();
        QString why;
        QVERIFY(!ModelCache::load(m_cache, m_source, {}, &why));
        QVERIFY2(why.contains(QLatin1String("tr-181-2-19-1-cwmp-full.xml")), qPrintable(why));
    }

    void importCachedRebuildsAStaleCacheThenUsesIt()
    {
        REQUIRE_SHARED_DIR();
        bool fromCache = true;
        const ImportResult first = ModelCache::importCached(m_source, m_cache, {}, &fromCache);
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        QVERIFY(!fromCache);
        const ImportResult second = ModelCache::importCached(m_source, m_cache, {}, &fromCache);
        QVERIFY(fromCache);
        QVERIFY(second.models.first() == first.models.first());
    }

    void refusesACacheOfAnotherFileOrFolderList()
    {
        REQUIRE_SHARED_DIR();
        QString why;
        QVERIFY(!ModelCache::load(m_cache, m_dir.filePath(QStringLiteral("other.xml")), {}, &why));
        QVERIFY(!ModelCache::load(m_cache, m_source, {QStringLiteral("/some/library")}, &why));
        QCOMPARE(why, QStringLiteral("the library folders changed"));
    }

    void refusesDamagedCaches_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other magic") << QByteArray("not a cache at all");
        QTest::newRow("truncated header") << QByteArray("BBFD", 4);
    }
    void refusesDamagedCaches()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("bad.dmcache"));
        QFile f(cache);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(!ModelCache::load(cache, m_source));
    }

    void refusesATruncatedCache()
    {
        REQUIRE_SHARED_DIR();
        QFile full(m_cache);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        full.close();
        QTemporaryDir dir;
        for (const qsizetype cut : {qsizetype(40), bytes.size() / 3, bytes.size() - 10}) {
            const QString cache = dir.filePath(QStringLiteral("cut-%1.dmcache").arg(cut));
            QFile f(cache);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes.left(cut));
            f.close();
            QVERIFY2(!ModelCache::load(cache, m_source), qPrintable(QString::number(cut)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
