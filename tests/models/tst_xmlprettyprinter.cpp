// The session log's XML indenter: real captures from other CWMP implementations come out
// indented with their prefixes intact; what is not XML, or declares a DTD, is shown as
// received.

#include <xmlprettyprinter.h>

#include <QFile>
#include <QtTest>

#include <support/testpaths.h>

using models::XmlPrettyPrinter;

namespace {

QByteArray readShared(const QString &relative)
{
    QFile file(testsupport::sharedFile(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString lineContaining(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(needle))
            return line;
    }
    return {};
}

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == u' ')
        ++n;
    return n;
}

} // namespace

class XmlPrettyPrinterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indentsASingleLineCapture()
    {
        REQUIRE_SHARED_DIR();
        // genieacs-sim sends its Inform on one line after the XML declaration.
        const QByteArray xml = readShared(QStringLiteral("captures/genieacs-sim/Inform.xml"));
        if (xml.isEmpty())
            QSKIP("captures/genieacs-sim/Inform.xml is absent");
        QVERIFY(xml.trimmed().count('\n') <= 1);

        const XmlPrettyPrinter::Output out = XmlPrettyPrinter::format(xml);
        QVERIFY2(out.formatted, qPrintable(out.notice));
        QVERIFY(out.notice.isEmpty());
        QVERIFY(out.text.count(QLatin1Char('\n')) > 20);
        // Each level is kIndent deeper: Envelope, Body, Inform, DeviceId, Manufacturer.
        const QString envelope = lineContaining(out.text, QStringLiteral("<soap-env:Envelope"));
        const QString body = lineContaining(out.text, QStringLiteral("<soap-env:Body"));
        const QString inform = lineContaining(out.text, QStringLiteral("<cwmp:Inform"));
        const QString manufacturer = lineContaining(out.text, QStringLiteral("<Manufacturer>"));
        QCOMPARE(indentOf(envelope), 0);
        QCOMPARE(indentOf(body), XmlPrettyPrinter::kIndent);
        QCOMPARE(indentOf(inform), 2 * XmlPrettyPrinter::kIndent);
        QCOMPARE(indentOf(manufacturer), 4 * XmlPrettyPrinter::kIndent);
        // Prefixes and namespace declarations stay as the device wrote them.
        QVERIFY(envelope.contains(QStringLiteral("xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\"")));
        // Leaf values stay on their element's line.
        QVERIFY(manufacturer.endsWith(QStringLiteral("</Manufacturer>")));
    }

    void reindentsEveryCapture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("netcwmp Inform") << QStringLiteral("captures/netcwmp/Inform.xml");
        QTest::newRow("speedtouch Fault") << QStringLiteral("captures/speedtouch-780/Fault.xml");
        QTest::newRow("speedtouch GetParameterNamesResponse") << QStringLiteral("captures/speedtouch-780/GetParameterNamesResponse.xml");
        QTest::newRow("easycwmp TransferComplete") << QStringLiteral("captures/easycwmp/TransferComplete.xml");
    }

    void reindentsEveryCapture()
    {
        REQUIRE_SHARED_DIR();
        QFETCH(QString, file);
        const QByteArray xml = readShared(file);
        if (xml.isEmpty())
            QSKIP("capture absent");
        const XmlPrettyPrinter::Output out = XmlPrettyPrinter::format(xml);
        QVERIFY2(out.formatted, qPrintable(out.notice));
        // Indenting twice changes nothing: the output is its own pretty form.
        const XmlPrettyPrinter::Output again = XmlPrettyPrinter::format(out.text.toUtf8());
        QVERIFY(again.formatted);
        QCOMPARE(again.text, out.text);
    }

    void keepsTextAndEscapes()
    {
        const QByteArray xml = "<a><b x='1 &amp; 2'>&lt;tag&gt; &amp; more</b><!-- note --><c><![CDATA[<raw>]]></c></a>";
        const XmlPrettyPrinter::Output out = XmlPrettyPrinter::format(xml);
        QVERIFY(out.formatted);
        QCOMPARE(out.text, QStringLiteral("<a>\n  <b x=\"1 &amp; 2\">&lt;tag&gt; &amp; more</b>\n  <!-- note -->\n"
                                          "  <c><![CDATA[<raw>]]></c>\n</a>"));
    }

    void showsMalformedInputAsReceived_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("cut off") << QByteArray("<soap-env:Envelope xmlns:soap-env=\"x\"><soap-env:Body><broken");
        QTest::newRow("mismatched tags") << QByteArray("<a><b></a></b>");
        QTest::newRow("html error page") << QByteArray("<html><body>Bad Gateway<br></body></html>");
        QTest::newRow("plain text") << QByteArray("Unauthorized");
        QTest::newRow("undeclared entity") << QByteArray("<a>&nbsp;</a>");
        QTest::newRow("not utf-8") << QByteArray("<a>\xff\xfe</a>");
    }

    void showsMalformedInputAsReceived()
    {
        QFETCH(QByteArray, input);
        const XmlPrettyPrinter::Output out = XmlPrettyPrinter::format(input);
        QVERIFY(!out.formatted);
        QCOMPARE(out.text, QString::fromUtf8(input));
        QVERIFY(!out.notice.isEmpty());
    }

    void neverExpandsADoctype()
    {
        // A billion-laughs style declaration: the reader must not be allowed to expand it.
        const QByteArray xml = "<?xml version=\"1.0\"?>\n"
                               "<!DOCTYPE lolz [<!ENTITY lol \"EXPANDED\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
                               "<lolz>&lol2;</lolz>";
        const XmlPrettyPrinter::Output out = XmlPrettyPrinter::format(xml);
        QVERIFY(!out.formatted);
        QCOMPARE(out.text, QString::fromUtf8(xml));
        QVERIFY(!out.text.contains(QStringLiteral("EXPANDEDEXPANDED")));
        QVERIFY(out.notice.contains(QStringLiteral("document type")));
    }

    void emptyBodyIsEmpty()
    {
        const XmlPrettyPrinter::Output out = XmlPrettyPrinter::format(QByteArray());
        QVERIFY(out.text.isEmpty());
        QVERIFY(out.notice.isEmpty());
    }

    void stopsWhenCancelled()
    {
        QByteArray xml = "<list>";
        for (int i = 0; i < 20000; ++i)
            xml += "<item>" + QByteArray::number(i) + "</item>";
        xml += "</list>";
        int polls = 0;
        const XmlPrettyPrinter::Output out = XmlPrettyPrinter::format(xml, [&] { return ++polls >= 2; });
        QVERIFY(out.cancelled);
        QVERIFY(out.text.isEmpty());
        QCOMPARE(polls, 2);
    }
};

QTEST_GUILESS_MAIN(XmlPrettyPrinterTest)
#include "tst_xmlprettyprinter.moc"
