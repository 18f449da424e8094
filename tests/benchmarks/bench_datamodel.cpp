// Data-model import speed (issue 9: the 4.6 MB TR-181 full file in under 2 s, and the
// cache "in milliseconds"), against a baseline measured in the same run: QXmlStreamReader
// tokenising the same file and doing nothing else, the floor under any importer built on it.

#include <datamodel/importer.h>
#include <datamodel/modelcache.h>

#include <support/testpaths.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace datamodel;

namespace {

// Best of several timed runs, in seconds.
double bestSeconds(int runs, const std::function<void()> &work)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    return best;
}

void tokenise(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader reader(file.readAll());
    while (!reader.atEnd())
        reader.readNext();
}

} // namespace

class BenchDataModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_SHARED_DIR();
        m_source = testsupport::sharedFile(QStringLiteral("datamodels/tr-181-2-19-1-cwmp-full.xml"));
        m_cache = m_dir.filePath(QStringLiteral("tr-181.dmcache"));
        const ImportResult r = Importer().importFile(m_source);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(ModelCache::save(m_cache, r));
        qInfo("TR-181 full file: %.2f MB, %d objects, %d parameters; cache %.2f MB",
              QFileInfo(m_source).size() / 1e6, r.models.first().objectCount(),
              r.models.first().parameterCount(), QFileInfo(m_cache).size() / 1e6);
    }

    void importFullFile()
    {
        QBENCHMARK {
            const ImportResult r = Importer().importFile(m_source);
            QVERIFY(r.ok());
        }
    }

    void loadCache()
    {
        QBENCHMARK {
            const std::optional<ImportResult> r = ModelCache::load(m_cache, m_source);
            QVERIFY(r);
        }
    }

    void tokeniseOnly()
    {
        QBENCHMARK {
            tokenise(m_source);
        }
    }

    void reportRatios()
    {
        const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 3;
        const double mb = QFileInfo(m_source).size() / 1e6;
        const double import = bestSeconds(runs, [&] { (void)Importer().importFile(m_source); });
        const double cache = bestSeconds(runs, [&] { (void)ModelCache::load(m_cache, m_source); });
        const double tokens = bestSeconds(runs, [&] { tokenise(m_source); });
        qInfo("import: %.0f ms (%.1f MB/s); target < 2000 ms", import * 1e3, mb / import);
        qInfo("tokenising alone: %.0f ms; the import costs %.2f times the tokenising", tokens * 1e3, import / tokens);
        qInfo("cache load: %.1f ms, %.1f times faster than importing", cache * 1e3, import / cache);
        QVERIFY(import > 0 && cache > 0 && tokens > 0);
    }
};

QTEST_GUILESS_MAIN(BenchDataModel)
#include "bench_datamodel.moc"
