#include "rpcbuilder.h"

#include <cwmp/cwmpvalue.h>
#include <cwmp/parameterpath.h>

#include <QJsonArray>

namespace acs {

namespace {

using cwmp::Body;

const QStringList kSingleRpcKinds = {
    QStringLiteral("getParameterValues"), QStringLiteral("setParameterValues"),
    QStringLiteral("getParameterNames"), QStringLiteral("getParameterAttributes"),
    QStringLiteral("setParameterAttributes"), QStringLiteral("addObject"),
    QStringLiteral("deleteObject"), QStringLiteral("reboot"), QStringLiteral("factoryReset"),
    QStringLiteral("download"), QStringLiteral("upload"), QStringLiteral("scheduleInform"),
    QStringLiteral("getRPCMethods"), QStringLiteral("getQueuedTransfers"),
    QStringLiteral("getAllQueuedTransfers"), QStringLiteral("cancelTransfer"),
    QStringLiteral("scheduleDownload"), QStringLiteral("getOptions"), QStringLiteral("setVouchers"),
};

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out.append(v.toString());
        return out;
    }
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

quint32 uintArg(const QJsonObject &args, const char *name, quint32 fallback = 0)
{
    const QJsonValue v = args.value(QLatin1String(name));
    if (v.isDouble() && v.toDouble() >= 0)
        return quint32(v.toDouble());
    if (v.isString())
        return v.toString().toUInt();
    return fallback;
}

QString str(const QJsonObject &args, const char *name)
{
    return args.value(QLatin1String(name)).toString();
}

BuildError error(const QString &reason)
{
    return BuildError{reason};
}

std::variant<Body, BuildError> buildSetParameterValues(const QJsonObject &args)
{
    cwmp::SetParameterValues m;
    const QJsonArray values = args.value(QLatin1String("parameterValues")).toArray();
    if (values.isEmpty())
        return error(QStringLiteral("setParameterValues needs parameterValues: [[name, value, type], ...]"));
    QSet<QString> seen;
    for (const QJsonValue &row : values) {
        const QJsonArray triple = row.toArray();
        if (triple.size() < 2 || !triple.at(0).isString())
            return error(QStringLiteral("each parameterValues entry is [name, value] or [name, value, type]"));
        cwmp::ParameterValueStruct p;
        p.name = triple.at(0).toString();
        const QJsonValue value = triple.at(1);
        p.value = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                  : value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                     : value.toString();
        p.type = triple.size() > 2 ? cwmp::valueTypeFromXsdName(triple.at(2).toString())
                 : value.isBool()  ? cwmp::ValueType::Boolean
                                   : cwmp::ValueType::String;
        if (p.type == cwmp::ValueType::Other || p.type == cwmp::ValueType::Unspecified)
            return error(QStringLiteral("unknown type '%1' for %2").arg(triple.at(2).toString(), p.name));
        if (cwmp::ParameterPath::isPartialPath(p.name) || p.name.isEmpty())
            return error(QStringLiteral("'%1' is not a parameter name").arg(p.name));
        QString why;
        if (!cwmp::isValidValue(p.type, p.value, &why))
            return error(why);
        // TR-069 A.3.2.1: naming a parameter twice in one request is invalid.
        if (seen.contains(p.name))
            return error(QStringLiteral("%1 is named twice").arg(p.name));
        seen.insert(p.name);
        m.parameterList.append(p);
    }
    m.parameterKey = str(args, "parameterKey");
    return Body(m);
}

std::variant<Body, BuildError> buildSetParameterAttributes(const QJsonObject &args)
{
    cwmp::SetParameterAttributes m;
    const QJsonArray list = args.value(QLatin1String("parameters")).toArray();
    if (list.isEmpty())
        return error(QStringLiteral("setParameterAttributes needs parameters: [{name, notification, accessList}]"));
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        cwmp::SetParameterAttributesStruct s;
        s.name = o.value(QLatin1String("name")).toString();
        if (s.name.isEmpty())
            return error(QStringLiteral("each parameter needs a name"));
        if (o.contains(QLatin1String("notification"))) {
            s.notificationChange = true;
            s.notification = o.value(QLatin1String("notification")).toInt(-1);
            if (s.notification < 0 || s.notification > 6)
                return error(QStringLiteral("notification must be 0 (off), 1 (passive) or 2 (active)"));
        }
        if (o.contains(QLatin1String("accessList"))) {
            s.accessListChange = true;
            s.accessList = stringList(o.value(QLatin1String("accessList")));
        }
        m.parameterList.append(s);
    }
    return Body(m);
}

std::variant<Body, BuildError> buildTransfer(const QString &kind, const QJsonObject &args)
{
    const QString url = str(args, "url");
    if (url.isEmpty())
        return error(QStringLiteral("%1 needs a url").arg(kind));
    if (str(args, "commandKey").size() > 32)
        return error(QStringLiteral("commandKey is limited to 32 characters"));
    if (kind == u"download") {
        cwmp::Download d;
        d.commandKey = str(args, "commandKey");
        d.fileType = str(args, "fileType").isEmpty() ? QStringLiteral("1 Firmware Upgrade Image") : str(args, "fileType");
        d.url = url;
        d.username = str(args, "username");
        d.password = str(args, "password");
        d.fileSize = uintArg(args, "fileSize");
        d.targetFileName = str(args, "targetFileName");
        d.delaySeconds = uintArg(args, "delaySeconds");
        d.successUrl = str(args, "successUrl");
        d.failureUrl = str(args, "failureUrl");
        return Body(d);
    }
    cwmp::Upload u;
    u.commandKey = str(args, "commandKey");
    u.fileType = str(args, "fileType").isEmpty() ? QStringLiteral("1 Vendor Configuration File") : str(args, "fileType");
    u.url = url;
    u.username = str(args, "username");
    u.password = str(args, "password");
    u.delaySeconds = uintArg(args, "delaySeconds");
    return Body(u);
}

std::variant<Body, BuildError> buildScheduleDownload(const QJsonObject &args)
{
    cwmp::ScheduleDownload s;
    s.commandKey = str(args, "commandKey");
    s.fileType = str(args, "fileType").isEmpty() ? QStringLiteral("1 Firmware Upgrade Image") : str(args, "fileType");
    s.url = str(args, "url");
    s.username = str(args, "username");
    s.password = str(args, "password");
    s.fileSize = uintArg(args, "fileSize");
    s.targetFileName = str(args, "targetFileName");
    const QJsonArray windows = args.value(QLatin1String("timeWindows")).toArray();
    for (const QJsonValue &v : windows) {
        const QJsonObject o = v.toObject();
        cwmp::TimeWindowStruct w;
        w.windowStart = uintArg(o, "windowStart");
        w.windowEnd = uintArg(o, "windowEnd");
        w.windowMode = o.value(QLatin1String("windowMode")).toString(QStringLiteral("1 At Any Time"));
        w.userMessage = o.value(QLatin1String("userMessage")).toString();
        w.maxRetries = o.value(QLatin1String("maxRetries")).toInt(-1);
        s.timeWindowList.append(w);
    }
    if (s.url.isEmpty() || s.timeWindowList.isEmpty() || s.timeWindowList.size() > 2)
        return error(QStringLiteral("scheduleDownload needs a url and one or two timeWindows"));
    return Body(s);
}

} // namespace

bool isSingleRpcKind(const QString &kind)
{
    return kSingleRpcKinds.contains(kind);
}

bool isKnownKind(const QString &kind)
{
    return isSingleRpcKind(kind) || kind == u"refreshObject";
}

std::variant<Body, BuildError> buildRequest(const QString &kind, const QJsonObject &args)
{
    if (kind == u"getParameterValues" || kind == u"getParameterAttributes") {
        const QStringList names = stringList(args.value(QLatin1String("parameterNames")));
        if (names.isEmpty())
            return error(QStringLiteral("%1 needs parameterNames").arg(kind));
        if (kind == u"getParameterValues")
            return Body(cwmp::GetParameterValues{names});
        return Body(cwmp::GetParameterAttributes{names});
    }
    if (kind == u"getParameterNames") {
        cwmp::GetParameterNames m;
        m.parameterPath = str(args, "parameterPath");
        m.nextLevel = args.value(QLatin1String("nextLevel")).toBool(true);
        if (m.nextLevel && !m.parameterPath.isEmpty() && !cwmp::ParameterPath::isPartialPath(m.parameterPath))
            return error(QStringLiteral("NextLevel=true needs an object path ending in '.'"));
        return Body(m);
    }
    if (kind == u"setParameterValues")
        return buildSetParameterValues(args);
    if (kind == u"setParameterAttributes")
        return buildSetParameterAttributes(args);
    if (kind == u"addObject" || kind == u"deleteObject") {
        const QString name = str(args, "objectName");
        if (!cwmp::ParameterPath::isPartialPath(name))
            return error(QStringLiteral("objectName must end in '.' (e.g. Device.NAT.PortMapping.)"));
        if (kind == u"addObject")
            return Body(cwmp::AddObject{name, str(args, "parameterKey")});
        return Body(cwmp::DeleteObject{name, str(args, "parameterKey")});
    }
    if (kind == u"reboot")
        return Body(cwmp::Reboot{str(args, "commandKey")});
    if (kind == u"factoryReset")
        return Body(cwmp::FactoryReset{});
    if (kind == u"download" || kind == u"upload")
        return buildTransfer(kind, args);
    if (kind == u"scheduleInform") {
        const quint32 delay = uintArg(args, "delaySeconds");
        // TR-069 A.4.1.8: DelaySeconds must be greater than zero.
        if (delay == 0)
            return error(QStringLiteral("scheduleInform needs delaySeconds > 0"));
        return Body(cwmp::ScheduleInform{delay, str(args, "commandKey")});
    }
    if (kind == u"getRPCMethods")
        return Body(cwmp::GetRPCMethods{});
    if (kind == u"getQueuedTransfers")
        return Body(cwmp::GetQueuedTransfers{});
    if (kind == u"getAllQueuedTransfers")
        return Body(cwmp::GetAllQueuedTransfers{});
    if (kind == u"cancelTransfer")
        return Body(cwmp::CancelTransfer{str(args, "commandKey")});
    if (kind == u"scheduleDownload")
        return buildScheduleDownload(args);
    if (kind == u"getOptions")
        return Body(cwmp::GetOptions{str(args, "optionName")});
    if (kind == u"setVouchers") {
        const QStringList vouchers = stringList(args.value(QLatin1String("vouchers")));
        if (vouchers.isEmpty())
            return error(QStringLiteral("setVouchers needs vouchers"));
        return Body(cwmp::SetVouchers{vouchers});
    }
    return error(QStringLiteral("unknown task '%1'").arg(kind));
}

std::optional<BuildError> validateTaskArgs(const QString &kind, const QJsonObject &args)
{
    if (kind == u"refreshObject") {
        const QString name = str(args, "objectName");
        if (!name.isEmpty() && !cwmp::ParameterPath::isPartialPath(name))
            return error(QStringLiteral("objectName must be empty (whole tree) or end in '.'"));
        return std::nullopt;
    }
    const auto built = buildRequest(kind, args);
    if (const BuildError *e = std::get_if<BuildError>(&built))
        return *e;
    return std::nullopt;
}

QJsonObject responseToJson(const cwmp::Body &response)
{
    QJsonObject out;
    out.insert(QStringLiteral("method"), cwmp::methodName(response));
    std::visit(
        [&out](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, cwmp::GetParameterValuesResponse>) {
                QJsonArray list;
                for (const auto &p : m.parameterList)
                    list.append(QJsonArray{p.name, p.value, QLatin1String("xsd:") + cwmp::xsdName(p.type)});
                out.insert(QStringLiteral("parameterValues"), list);
            } else if constexpr (std::is_same_v<T, cwmp::GetParameterNamesResponse>) {
                QJsonArray list;
                for (const auto &p : m.parameterList)
                    list.append(QJsonArray{p.name, p.writable});
                out.insert(QStringLiteral("parameterNames"), list);
            } else if constexpr (std::is_same_v<T, cwmp::GetParameterAttributesResponse>) {
                QJsonArray list;
                for (const auto &p : m.parameterList)
                    list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                            {QStringLiteral("notification"), p.notification},
                                            {QStringLiteral("accessList"), QJsonArray::fromStringList(p.accessList)}});
                out.insert(QStringLiteral("parameterAttributes"), list);
            } else if constexpr (std::is_same_v<T, cwmp::SetParameterValuesResponse>
                                 || std::is_same_v<T, cwmp::DeleteObjectResponse>) {
                out.insert(QStringLiteral("status"), m.status);
            } else if constexpr (std::is_same_v<T, cwmp::AddObjectResponse>) {
                out.insert(QStringLiteral("instanceNumber"), qint64(m.instanceNumber));
                out.insert(QStringLiteral("status"), m.status);
            } else if constexpr (std::is_same_v<T, cwmp::DownloadResponse> || std::is_same_v<T, cwmp::UploadResponse>) {
                out.insert(QStringLiteral("status"), m.status);
                out.insert(QStringLiteral("startTime"), cwmp::formatDateTime(m.startTime));
                out.insert(QStringLiteral("completeTime"), cwmp::formatDateTime(m.completeTime));
            } else if constexpr (std::is_same_v<T, cwmp::GetRPCMethodsResponse>) {
                out.insert(QStringLiteral("methods"), QJsonArray::fromStringList(m.methodList));
            } else if constexpr (std::is_same_v<T, cwmp::GetQueuedTransfersResponse>) {
                QJsonArray list;
                for (const auto &t : m.transferList)
                    list.append(QJsonObject{{QStringLiteral("commandKey"), t.commandKey}, {QStringLiteral("state"), t.state}});
                out.insert(QStringLiteral("transfers"), list);
            } else if constexpr (std::is_same_v<T, cwmp::GetAllQueuedTransfersResponse>) {
                QJsonArray list;
                for (const auto &t : m.transferList)
                    list.append(QJsonObject{{QStringLiteral("commandKey"), t.commandKey},
                                            {QStringLiteral("state"), t.state},
                                            {QStringLiteral("isDownload"), t.isDownload},
                                            {QStringLiteral("fileType"), t.fileType},
                                            {QStringLiteral("fileSize"), qint64(t.fileSize)},
                                            {QStringLiteral("targetFileName"), t.targetFileName}});
                out.insert(QStringLiteral("transfers"), list);
            } else if constexpr (std::is_same_v<T, cwmp::GetOptionsResponse>) {
                QJsonArray list;
                for (const auto &o : m.optionList)
                    list.append(QJsonObject{{QStringLiteral("optionName"), o.optionName},
                                            {QStringLiteral("state"), o.state},
                                            {QStringLiteral("mode"), o.mode}});
                out.insert(QStringLiteral("options"), list);
            } else if constexpr (std::is_same_v<T, cwmp::SoapFault>) {
                out.insert(QStringLiteral("faultCode"), qint64(m.faultCode));
                out.insert(QStringLiteral("faultString"), m.faultString);
                QJsonArray params;
                for (const auto &p : m.setParameterValuesFaults)
                    params.append(QJsonObject{{QStringLiteral("parameterName"), p.parameterName},
                                              {QStringLiteral("faultCode"), qint64(p.faultCode)},
                                              {QStringLiteral("faultString"), p.faultString}});
                if (!params.isEmpty())
                    out.insert(QStringLiteral("setParameterValuesFaults"), params);
            }
        },
        response);
    return out;
}

} // namespace acs
