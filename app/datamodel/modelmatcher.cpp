#include "modelmatcher.h"

#include <QRegularExpression>

namespace datamodel {

namespace {

struct Wanted {
    QString root;
    int major = -1;
    int minor = -1;
};

bool parseVersion(QStringView text, int *major, int *minor)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 0)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *major = text.first(dot).toInt(&ok1);
    QStringView rest = text.sliced(dot + 1);
    qsizetype n = 0;
    while (n < rest.size() && rest.at(n).isDigit())
        ++n;
    *minor = rest.first(n).toInt(&ok2);
    return ok1 && ok2;
}

// Which model a device announces. TR-181 ties Device:2.x to tr-181-2-x URNs.
Wanted wantedModel(const DeviceAnnouncement &d)
{
    Wanted w;
    w.root = d.root;
    if (w.root.endsWith(u'.'))
        w.root.chop(1);
    int major = -1;
    int minor = -1;
    if (!d.rootDataModelVersion.isEmpty() && parseVersion(d.rootDataModelVersion, &major, &minor)) {
        if (w.root.isEmpty())
            w.root = QStringLiteral("Device");
        w.major = major;
        w.minor = minor;
        return w;
    }
    // DeviceSummary (TR-106 §3.7): "InternetGatewayDevice:1.4[](Baseline:1, …), VoiceService:1.0[1](…)";
    // the root model comes first.
    static const QRegularExpression summary(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*):(\\d+)\\.(\\d+)"));
    if (const QRegularExpressionMatch m = summary.match(d.deviceSummary); m.hasMatch()) {
        w.root = m.captured(1);
        w.major = m.captured(2).toInt();
        w.minor = m.captured(3).toInt();
        return w;
    }
    static const QRegularExpression urn(QStringLiteral("tr-181-(\\d+)-(\\d+)"));
    for (const QString &u : d.supportedDataModelUrns) {
        if (const QRegularExpressionMatch m = urn.match(u); m.hasMatch()) {
            const int mj = m.captured(1).toInt();
            const int mn = m.captured(2).toInt();
            if (mj > w.major || (mj == w.major && mn > w.minor)) {
                w.root = QStringLiteral("Device");
                w.major = mj;
                w.minor = mn;
            }
        }
    }
    return w;
}

} // namespace

DeviceAnnouncement DeviceAnnouncement::fromParameters(const QMap<QString, QString> &values)
{
    DeviceAnnouncement d;
    if (!values.isEmpty()) {
        const QString first = values.firstKey();
        d.root = first.section(u'.', 0, 0);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &path = it.key();
        if (path == u"Device.RootDataModelVersion")
            d.rootDataModelVersion = it.value();
        else if (path.endsWith(u".DeviceSummary"))
            d.deviceSummary = it.value();
        else if (path.startsWith(u"Device.DeviceInfo.SupportedDataModel.") && path.endsWith(u".URN"))
            d.supportedDataModelUrns.append(it.value());
        else if (path.startsWith(u"InternetGatewayDevice."))
            d.root = QStringLiteral("InternetGatewayDevice");
    }
    if (!d.rootDataModelVersion.isEmpty() || !d.supportedDataModelUrns.isEmpty())
        d.root = QStringLiteral("Device");
    return d;
}

ModelMatcher::Match ModelMatcher::bestMatch(const QList<DataModel> &models, const DeviceAnnouncement &device)
{
    const Wanted w = wantedModel(device);
    Match best;
    int bestMinor = -1;
    bool bestCovers = false;
    for (int i = 0; i < models.size(); ++i) {
        const DataModel &m = models.at(i);
        if (w.root.isEmpty() || m.isService() || m.rootName() != w.root)
            continue;
        if (w.major >= 0 && m.majorVersion() != w.major)
            continue;
        const int minor = m.minorVersion();
        const bool covers = w.minor < 0 || minor >= w.minor;
        bool better;
        if (best.index < 0)
            better = true;
        else if (covers != bestCovers)
            better = covers;
        else if (covers)
            better = w.minor < 0 ? minor > bestMinor : minor < bestMinor; // the closest newer one
        else
            better = minor > bestMinor;
        if (better) {
            best.index = i;
            bestMinor = minor;
            bestCovers = covers;
        }
    }
    if (best.index < 0) {
        best.reason = w.root.isEmpty() ? tr("the device does not announce its data model")
                                       : tr("no imported model has the root %1").arg(w.root);
        return best;
    }
    const QString name = models.at(best.index).name();
    const QString announced = w.major >= 0 ? QStringLiteral("%1:%2.%3").arg(w.root).arg(w.major).arg(w.minor) : w.root;
    if (w.minor < 0)
        best.reason = tr("%1 is the newest imported model with the root %2").arg(name, w.root);
    else if (bestMinor == w.minor)
        best.reason = tr("%1 is the model the device announces").arg(name);
    else if (bestCovers)
        best.reason = tr("%1 is the closest imported model newer than the announced %2").arg(name, announced);
    else
        best.reason = tr("%1 is older than the announced %2; newer items have no definition").arg(name, announced);
    return best;
}

} // namespace datamodel
