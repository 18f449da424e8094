// Every sample message survives encodeEnvelope -> decodeEnvelope unchanged, in every cwmp
// namespace whose schema defines it.

#include "samplemessages.h"

#include <cwmp/envelopecodec.h>

#include <QTest>

Q_DECLARE_METATYPE(cwmp::Envelope)

using namespace cwmp;

class RoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesCoverEveryMessageType();
    void encodedMessageDecodesToTheSameStruct_data();
    void encodedMessageDecodesToTheSameStruct();
};

void RoundTrip::samplesCoverEveryMessageType()
{
    const QStringList missing = samples::uncoveredMethods();
    if (!missing.isEmpty())
        qWarning("No sample message for: %s", qPrintable(missing.join(QStringLiteral(", "))));
    QVERIFY(samples::coversEveryBodyAlternative());
}

void RoundTrip::encodedMessageDecodesToTheSameStruct_data()
{
    QTest::addColumn<Envelope>("original");

    // 1.3 and 1.4 share the cwmp-1-2 namespace, so three namespaces cover every version.
    const CwmpVersion namespaceVersions[] = {CwmpVersion::V1_0, CwmpVersion::V1_1, CwmpVersion::V1_2};
    for (const samples::NamedMessage &sample : samples::allMessages()) {
        const CwmpVersion oldest = samples::oldestVersionFor(sample.envelope);
        for (CwmpVersion version : namespaceVersions) {
            if (version < oldest && version != CwmpVersion::V1_2)
                continue;
            Envelope envelope = sample.envelope;
            envelope.cwmpNamespace = namespaceForVersion(version);
            QTest::addRow("%s [cwmp-%s]", sample.name, qPrintable(versionString(version)))
                << envelope;
        }
    }
}

void RoundTrip::encodedMessageDecodesToTheSameStruct()
{
    QFETCH(Envelope, original);

    const QByteArray xml = encodeEnvelope(original);
    const DecodeResult decoded = decodeEnvelope(xml);
    if (!decoded.ok())
        qWarning("%s: %s at %lld:%lld\n%s", qPrintable(methodName(original.body)),
                 qPrintable(decoded.error.reason), decoded.error.line, decoded.error.column,
                 xml.constData());
    QVERIFY(decoded.ok());
    if (!(decoded.envelope == original))
        qWarning("%s decodes to %s, a different struct:\n%s", qPrintable(methodName(original.body)),
                 qPrintable(methodName(decoded.envelope.body)), xml.constData());
    QCOMPARE(decoded.envelope.cwmpNamespace, original.cwmpNamespace);
    QVERIFY(decoded.envelope.header == original.header);
    QVERIFY(decoded.envelope.body.index() == original.body.index());
    QVERIFY(decoded.envelope == original);
}

QTEST_GUILESS_MAIN(RoundTrip)
#include "tst_roundtrip.moc"
