// Bad and hostile XML: each case gives an error naming the file and line, never a crash.

#include <datamodel/importer.h>

#include <support/testpaths.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace datamodel;

namespace {

const QByteArray kOpen = "<dm:document xmlns:dm=\"urn:broadband-forum-org:cwmp:datamodel-1-14\" spec=\"urn:x\">";
const QByteArray kClose = "</dm:document>\n";

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestHostileXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesHostileDocuments_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message"); // a part of the message

        QTest::newRow("external DTD") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"http://example.com/x.dtd\">\n" + kOpen + kClose)
                                      << 2 << "external document type definition";
        QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n" + kOpen + "&secret;" + kClose)
                                         << 4 << "external entities";
        QTest::newRow("billion laughs") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ENTITY a \"hahahahahaha\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                                                      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n" + kOpen + "<description>&c;</description>" + kClose)
                                        << 6 << "refer to other entities";
        QTest::newRow("parameter entity") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ENTITY % p \"x\">\n]>\n" + kOpen + kClose)
                                          << 4 << "parameter entities";
        QTest::newRow("element declaration") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ELEMENT x ANY>\n]>\n" + kOpen + kClose)
                                             << 4 << "more than plain text entities";
        QTest::newRow("undeclared entity") << QByteArray("<?xml version=\"1.0\"?>\n" + kOpen + "\n<description>&nope;</description>" + kClose)
                                           << 3 << "nope";
        QByteArray deep = "<?xml version=\"1.0\"?>\n" + kOpen + "\n";
        for (int i = 0; i < 200; ++i)
            deep += "<a>";
        QTest::newRow("deep nesting") << deep << 3 << "nested deeper";
        QTest::newRow("not XML") << QByteArray("\x00\x01binary garbage", 16) << 1 << "";
        QTest::newRow("empty file") << QByteArray() << 1 << "";
        QTest::newRow("unclosed element") << QByteArray("<?xml version=\"1.0\"?>\n" + kOpen + "\n<model name=\"M:1.0\">\n") << 4 << "";
    }
    void refusesHostileDocuments()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.xml"));
        QVERIFY(write(path, xml));
        const ImportResult r = Importer().importFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.file, QStringLiteral("hostile.xml"));
        QTEST(int(r.error.line), "line");
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
        QVERIFY(r.error.toString().startsWith(QLatin1String("hostile.xml:")));
    }

    void acceptsPlainTextEntities()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("types.xml"));
        QVERIFY(write(path, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n  <!-- a comment -->\n  <!ENTITY dot \"\\.\">\n]>\n" + kOpen
                                + "<dataType name=\"Dotted\"><string><pattern value=\"a&dot;b\"/></string></dataType>" + kClose));
        const ImportResult r = Importer().importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.dataTypes.value(QStringLiteral("Dotted")).patterns, QStringList{QStringLiteral("a\\.b")});
    }

    void reportsATruncatedFullFile()
    {
        REQUIRE_SHARED_DIR();
        QFile full(testsupport::sharedFile(QStringLiteral("datamodels/tr-181-2-19-1-cwmp-full.xml")));
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray half = full.readAll().left(full.size() / 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tr-181-truncated.xml"));
        QVERIFY(write(path, half));
        const ImportResult r = Importer().importFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.file, QStringLiteral("tr-181-truncated.xml"));
        QCOMPARE(r.error.line, half.count('\n') + 1);
        QVERIFY(r.models.isEmpty());
    }

    void reportsAMissingTopFile()
    {
        const ImportResult r = Importer().importFile(QStringLiteral("/nonexistent/dir/tr-181-2-19-1-cwmp-full.xml"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.file, QStringLiteral("tr-181-2-19-1-cwmp-full.xml"));
        QCOMPARE(r.error.message, QStringLiteral("the file does not exist"));
    }
};

QTEST_GUILESS_MAIN(TestHostileXml)
#include "tst_hostilexml.moc"
