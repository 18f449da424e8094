// Picking the imported model that describes a device from what it announces.

#include <datamodel/modelmatcher.h>

#include <QtTest>

using namespace datamodel;

namespace {

QList<DataModel> models()
{
    QList<DataModel> out;
    for (const char *name : {"InternetGatewayDevice:1.14", "Device:2.17", "Device:2.19", "Device:2.12", "InternetGatewayDevice:1.4"})
        out.append(DataModel(QString::fromLatin1(name), {}));
    DataModel voice(QStringLiteral("VoiceService:2.0"), {});
    voice.setService(true);
    out.append(voice);
    return out;
}

} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksTheBestModel_data()
    {
        QTest::addColumn<QStringList>("parameters"); // path=value
        QTest::addColumn<QString>("expected");      // "" = none

        QTest::newRow("TR-181 exact version") << QStringLiteral("Device.RootDataModelVersion=2.17").split(u'|') << "Device:2.17";
        QTest::newRow("TR-181 closest newer") << QStringLiteral("Device.RootDataModelVersion=2.15").split(u'|') << "Device:2.17";
        QTest::newRow("TR-181 newer than all") << QStringLiteral("Device.RootDataModelVersion=2.20").split(u'|') << "Device:2.19";
        QTest::newRow("TR-181 by URN only") << QStringLiteral("Device.DeviceInfo.SupportedDataModel.1.URN=urn:broadband-forum-org:tr-181-2-18-0|"
                                                                          "Device.DeviceInfo.SupportedDataModel.2.URN=urn:broadband-forum-org:tr-104-2-0-0").split(u'|')
                                            << "Device:2.19";
        QTest::newRow("TR-181 without version") << QStringLiteral("Device.DeviceInfo.Manufacturer=ACME").split(u'|') << "Device:2.19";
        QTest::newRow("TR-098 DeviceSummary") << QStringLiteral("InternetGatewayDevice.DeviceSummary=InternetGatewayDevice:1.4[](Baseline:1, EthernetLAN:1)").split(u'|')
                                              << "InternetGatewayDevice:1.4";
        QTest::newRow("TR-098 newer summary") << QStringLiteral("InternetGatewayDevice.DeviceSummary=InternetGatewayDevice:1.6[](Baseline:2)").split(u'|')
                                              << "InternetGatewayDevice:1.14";
        QTest::newRow("TR-098 root only") << QStringLiteral("InternetGatewayDevice.DeviceInfo.SoftwareVersion=1.0").split(u'|') << "InternetGatewayDevice:1.14";
        QTest::newRow("unknown root") << QStringLiteral("Other.Thing=1").split(u'|') << "";
        QTest::newRow("nothing announced") << QStringList{} << "";
    }
    void picksTheBestModel()
    {
        QFETCH(QStringList, parameters);
        QMap<QString, QString> values;
        for (const QString &p : parameters)
            values.insert(p.section(u'=', 0, 0), p.section(u'=', 1));
        const QList<DataModel> all = models();
        const ModelMatcher::Match m = ModelMatcher::bestMatch(all, DeviceAnnouncement::fromParameters(values));
        QTEST(m.index < 0 ? QString() : all.at(m.index).name(), "expected");
        QVERIFY(!m.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
