#include "rpchandler.h"

#include "simdevice.h"
#include "valuevalidator.h"

#include <cwmp/eventcodes.h>
#include <cwmp/faultcodes.h>
#include <cwmp/parameterpath.h>

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace cpesim {

namespace {

// cwmp-1-2.xsd: CommandKey and ParameterKey are string(32); URLs string(256).
constexpr qsizetype kMaxKeyLength = 32;
constexpr qsizetype kMaxUrlLength = 256;
// A GetParameterValues answer beyond this is refused with 9004 rather than built.
constexpr qsizetype kMaxResponseParameters = 1'000'000;

cwmp::SoapFault fault(int code, const QString &text = QString())
{
    return cwmp::makeFault(code, text);
}

// TR-069 A.3.2.8 / A.4.1.5: HTTP and HTTPS are the transports every CPE supports.
bool isSupportedTransferUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"http" || scheme == u"https");
}

// TR-069 A.3.2.8; FileType values per cwmp-facts §9 (Download and ScheduleDownload).
bool isValidDownloadFileType(const QString &fileType)
{
    static const QRegularExpression kFileType(QStringLiteral("^(?:[1-9]\\d*( \\S+)+|X \\S+ .+)$"));
    static const QStringList kStandard{
        QStringLiteral("1 Firmware Upgrade Image"), QStringLiteral("2 Web Content"),
        QStringLiteral("3 Vendor Configuration File"), QStringLiteral("4 Tone File"),
        QStringLiteral("5 Ringer File")};
    return fileType.size() <= 64 && kFileType.match(fileType).hasMatch()
           && (fileType.startsWith(u'X') || kStandard.contains(fileType));
}

// TR-069 A.4.1.6 TimeWindowList: one or two windows that do not overlap, each with
// WindowStart <= WindowEnd and a standard WindowMode. Empty when fine, else why not.
QString timeWindowProblem(const QList<cwmp::TimeWindowStruct> &windows)
{
    static const QStringList kModes{QStringLiteral("1 At Any Time"), QStringLiteral("2 Immediately"),
                                    QStringLiteral("3 When Idle"), QStringLiteral("4 Confirmation Needed")};
    if (windows.isEmpty() || windows.size() > 2)
        return QStringLiteral("TimeWindowList needs one or two windows, not %1").arg(windows.size());
    for (const cwmp::TimeWindowStruct &w : windows) {
        if (w.windowStart > w.windowEnd)
            return QStringLiteral("WindowStart %1 is after WindowEnd %2").arg(w.windowStart).arg(w.windowEnd);
        if (!kModes.contains(w.windowMode))
            return QStringLiteral("unsupported WindowMode \"%1\"").arg(w.windowMode.left(64));
        if (w.userMessage.size() > 256)
            return QStringLiteral("UserMessage longer than 256 characters");
        if (w.maxRetries < -1)
            return QStringLiteral("MaxRetries %1 is below -1").arg(w.maxRetries);
    }
    if (windows.size() == 2) {
        const auto &a = windows.at(0);
        const auto &b = windows.at(1);
        if (a.windowStart < b.windowEnd && b.windowStart < a.windowEnd)
            return QStringLiteral("the time windows overlap");
    }
    return {};
}

} // namespace

QStringList RpcHandler::supportedMethods()
{
    return {QStringLiteral("GetRPCMethods"),          QStringLiteral("SetParameterValues"),
            QStringLiteral("GetParameterValues"),     QStringLiteral("GetParameterNames"),
            QStringLiteral("SetParameterAttributes"), QStringLiteral("GetParameterAttributes"),
            QStringLiteral("AddObject"),              QStringLiteral("DeleteObject"),
            QStringLiteral("Reboot"),                 QStringLiteral("Download"),
            QStringLiteral("Upload"),                 QStringLiteral("FactoryReset"),
            QStringLiteral("GetQueuedTransfers"),     QStringLiteral("GetAllQueuedTransfers"),
            QStringLiteral("ScheduleInform"),         QStringLiteral("CancelTransfer"),
            QStringLiteral("ScheduleDownload")};
}

cwmp::Body RpcHandler::handle(const cwmp::Body &request)
{
    using namespace cwmp;
    if (std::holds_alternative<GetRPCMethods>(request))
        return GetRPCMethodsResponse{supportedMethods()};
    if (const auto *r = std::get_if<GetParameterNames>(&request))
        return getParameterNames(*r);
    if (const auto *r = std::get_if<GetParameterValues>(&request))
        return getParameterValues(*r);
    if (const auto *r = std::get_if<SetParameterValues>(&request))
        return setParameterValues(*r);
    if (const auto *r = std::get_if<GetParameterAttributes>(&request))
        return getParameterAttributes(*r);
    if (const auto *r = std::get_if<SetParameterAttributes>(&request))
        return setParameterAttributes(*r);
    if (const auto *r = std::get_if<AddObject>(&request))
        return addObject(*r);
    if (const auto *r = std::get_if<DeleteObject>(&request))
        return deleteObject(*r);
    if (const auto *r = std::get_if<Reboot>(&request)) {
        if (r->commandKey.size() > kMaxKeyLength)
            return fault(InvalidArguments, QStringLiteral("CommandKey longer than 32 characters"));
        // TR-069 A.3.2.9: reboot after the session; "M Reboot" goes in the Inform after it.
        m_device.pendingActions().reboot = r->commandKey;
        m_device.events().add(EventCodes::kMReboot, r->commandKey);
        return RebootResponse{};
    }
    if (std::holds_alternative<FactoryReset>(request)) {
        m_device.pendingActions().factoryReset = true;
        return FactoryResetResponse{};
    }
    if (const auto *r = std::get_if<Download>(&request))
        return download(*r);
    if (const auto *r = std::get_if<Upload>(&request))
        return upload(*r);
    if (const auto *r = std::get_if<ScheduleInform>(&request))
        return scheduleInform(*r);
    if (std::holds_alternative<GetQueuedTransfers>(request))
        return GetQueuedTransfersResponse{m_device.transfers().queuedTransfers()};
    if (std::holds_alternative<GetAllQueuedTransfers>(request))
        return GetAllQueuedTransfersResponse{m_device.transfers().allQueuedTransfers()};
    if (const auto *r = std::get_if<CancelTransfer>(&request))
        return cancelTransfer(*r);
    if (const auto *r = std::get_if<ScheduleDownload>(&request))
        return scheduleDownload(*r);
    return fault(MethodNotSupported, QStringLiteral("%1 is not supported").arg(methodName(request)));
}

bool RpcHandler::wildcardsSupported() const
{
    const auto value = m_device.state().value(
        m_device.rootPath() + QStringLiteral("ManagementServer.InstanceWildcardsSupported"));
    return value && cwmp::parseBoolean(*value).value_or(false);
}

QList<NodeRef> RpcHandler::resolveNames(const QString &name) const
{
    const DeviceState &state = m_device.state();
    if (name.isEmpty())
        return {state.root()};
    if (wildcardsSupported() && name.contains(u'*'))
        return state.resolveWildcards(name);
    const NodeRef node = state.resolve(name);
    if (!node.isValid())
        return {};
    return {node};
}

void RpcHandler::storeParameterKey(const QString &key)
{
    // TR-069 A.3.2.1: the key is stored only when the whole call succeeded.
    m_device.state().setValue(m_device.rootPath() + QStringLiteral("ManagementServer.ParameterKey"), key);
}

cwmp::Body RpcHandler::getParameterNames(const cwmp::GetParameterNames &request)
{
    const DeviceState &state = m_device.state();
    const auto writable = [&](const NodeRef &node) {
        // cwmp-facts §7.1: a table is writable when AddObject is allowed, a row when
        // DeleteObject is, a single object never; a parameter when SPV may set it.
        switch (node.kind) {
        case NodeRef::Parameter:
            return state.meta(node).writable;
        case NodeRef::Table:
        case NodeRef::Instance:
            return state.profile().object(node.object).writable;
        default:
            return false;
        }
    };
    cwmp::GetParameterNamesResponse response;
    const auto add = [&](const NodeRef &node) {
        response.parameterList.append({node.path, writable(node)});
        return true;
    };
    if (request.parameterPath.isEmpty() && request.nextLevel) {
        add(state.root());
        return response;
    }
    const QList<NodeRef> nodes = resolveNames(request.parameterPath);
    if (nodes.isEmpty())
        return fault(cwmp::InvalidParameterName, QStringLiteral("no such name: %1").arg(request.parameterPath));
    for (const NodeRef &node : nodes) {
        if (node.kind == NodeRef::Parameter && request.nextLevel)
            return fault(cwmp::InvalidArguments,
                         QStringLiteral("NextLevel true needs a partial path, not %1").arg(node.path));
        if (request.nextLevel) {
            for (const NodeRef &child : state.children(node))
                add(child);
        } else {
            state.walk(node, true, add);
        }
    }
    return response;
}

cwmp::Body RpcHandler::getParameterValues(const cwmp::GetParameterValues &request)
{
    const DeviceState &state = m_device.state();
    cwmp::GetParameterValuesResponse response;
    bool tooLarge = false;
    const auto add = [&](const NodeRef &node) {
        const ParameterMeta &meta = state.meta(node);
        response.parameterList.append({node.path, meta.hidden ? QString() : state.value(node), meta.wireType()});
        tooLarge = response.parameterList.size() > kMaxResponseParameters;
        return !tooLarge;
    };
    for (const QString &name : request.parameterNames) {
        const QList<NodeRef> nodes = resolveNames(name);
        if (nodes.isEmpty())
            return fault(cwmp::InvalidParameterName, QStringLiteral("no such name: %1").arg(name.left(300)));
        for (const NodeRef &node : nodes)
            state.walk(node, false, add);
        if (tooLarge)
            return fault(cwmp::ResourcesExceeded, QStringLiteral("response too large"));
    }
    return response;
}

cwmp::Body RpcHandler::setParameterValues(const cwmp::SetParameterValues &request)
{
    DeviceState &state = m_device.state();
    if (request.parameterKey.size() > kMaxKeyLength)
        return fault(cwmp::InvalidArguments, QStringLiteral("ParameterKey longer than 32 characters"));
    QSet<QString> seen;
    for (const auto &entry : request.parameterList) {
        if (seen.contains(entry.name))
            return fault(cwmp::InvalidArguments, QStringLiteral("%1 named twice").arg(entry.name));
        seen.insert(entry.name);
    }
    // TR-069 A.3.2.1: all or nothing. Check every entry, report every bad one.
    QList<cwmp::SetParameterValuesFault> faults;
    QList<std::pair<NodeRef, QString>> changes;
    for (const auto &entry : request.parameterList) {
        const NodeRef node = cwmp::ParameterPath::isPartialPath(entry.name) ? NodeRef()
                                                                           : state.resolve(entry.name);
        int code = 0;
        QString why;
        if (node.kind != NodeRef::Parameter) {
            code = cwmp::InvalidParameterName;
        } else {
            const ParameterMeta &meta = state.meta(node);
            if (!meta.writable)
                code = cwmp::NonWritableParameter;
            else if (!ValueValidator::typeMatches(meta.wireType(), entry.type) && !ValueValidator::typeMatches(meta.type, entry.type))
                code = cwmp::InvalidParameterType;
            else
                code = ValueValidator::checkValue(meta, entry.value, &why);
        }
        if (code != 0) {
            faults.append({entry.name, quint32(code), why.isEmpty() ? cwmp::faultName(code) : why});
            continue;
        }
        const ParameterMeta &meta = state.meta(node);
        QString value = entry.value;
        if (!meta.isList)
            value = cwmp::canonicalValue(meta.type, entry.value).value_or(entry.value);
        changes.append({node, value});
    }
    if (!faults.isEmpty()) {
        cwmp::SoapFault f = fault(cwmp::InvalidArguments);
        f.setParameterValuesFaults = faults;
        return f;
    }
    int status = 0;
    QList<NodeRef> written;
    const QString management = m_device.rootPath() + QStringLiteral("ManagementServer.");
    for (const auto &[node, value] : std::as_const(changes)) {
        const QString before = state.value(node);
        state.setValue(node, value);
        // TR-069 §3.2.1: a change the ACS made itself is not notified back to it.
        m_device.forgetValueChange(node.path);
        written.append(node);
        const ParameterMeta &meta = state.meta(node);
        if (meta.needsReboot)
            status = 1;
        if (!node.path.startsWith(management))
            continue;
        const QString leaf = meta.name;
        if (leaf == u"URL" && before != value) {
            // A new ACS URL makes the device present itself as new (cwmp-facts §8.1).
            m_device.pendingActions().acsUrlChanged = true;
            m_device.events().add(cwmp::EventCodes::kBootstrap);
        } else if (leaf.startsWith(u"PeriodicInform")) {
            m_device.pendingActions().periodicInformChanged = true;
        } else if (leaf.startsWith(u"ConnectionRequest")) {
            m_device.pendingActions().connectionRequestChanged = true;
        }
    }
    applyDiagnosticsRules(written);
    storeParameterKey(request.parameterKey);
    return cwmp::SetParameterValuesResponse{status};
}

void RpcHandler::applyDiagnosticsRules(const QList<NodeRef> &written)
{
    // TR-106 DiagnosticsState: writing Requested starts a test after the session; writing
    // Canceled stops it (state None); writing any other input of the object resets the
    // state to None and aborts a running test.
    DeviceState &state = m_device.state();
    QSet<QString> stateWritten;
    QSet<QString> inputsWritten;
    for (const NodeRef &node : written) {
        const QString object = cwmp::ParameterPath::parentPath(node.path).toString();
        if (state.meta(node).name == u"DiagnosticsState")
            stateWritten.insert(object);
        else
            inputsWritten.insert(object);
    }
    for (const QString &object : std::as_const(stateWritten)) {
        const QString path = object + QStringLiteral("DiagnosticsState");
        const QString value = state.value(path).value_or(QString());
        if (value == u"Requested") {
            m_device.pendingActions().diagnosticsRequested.append(object);
        } else if (value == u"Canceled") {
            state.setValue(path, QStringLiteral("None"));
            m_device.pendingActions().diagnosticsCanceled.append(object);
        }
    }
    for (const QString &object : std::as_const(inputsWritten)) {
        if (stateWritten.contains(object))
            continue;
        const QString path = object + QStringLiteral("DiagnosticsState");
        const auto value = state.value(path);
        if (!value || *value == u"None")
            continue;
        if (*value == u"Requested")
            m_device.pendingActions().diagnosticsCanceled.append(object);
        state.setValue(path, QStringLiteral("None"));
    }
}

cwmp::Body RpcHandler::getParameterAttributes(const cwmp::GetParameterAttributes &request)
{
    const DeviceState &state = m_device.state();
    cwmp::GetParameterAttributesResponse response;
    for (const QString &name : request.parameterNames) {
        const QList<NodeRef> nodes = resolveNames(name);
        if (nodes.isEmpty())
            return fault(cwmp::InvalidParameterName, QStringLiteral("no such name: %1").arg(name));
        for (const NodeRef &node : nodes) {
            state.walk(node, false, [&](const NodeRef &p) {
                response.parameterList.append({p.path, state.notification(p), state.accessList(p)});
                return response.parameterList.size() <= kMaxResponseParameters;
            });
        }
    }
    return response;
}

cwmp::Body RpcHandler::setParameterAttributes(const cwmp::SetParameterAttributes &request)
{
    DeviceState &state = m_device.state();
    // Check everything first: the call is applied completely or not at all.
    QList<std::pair<NodeRef, const cwmp::SetParameterAttributesStruct *>> targets;
    for (const auto &entry : request.parameterList) {
        if (entry.notificationChange && (entry.notification < 0 || entry.notification > 6))
            return fault(cwmp::InvalidArguments, QStringLiteral("Notification %1 is not 0..6").arg(entry.notification));
        // Lightweight notification (3..6, TR-069 Annex L) is not offered by this CPE.
        if (entry.notificationChange && entry.notification > 2)
            return fault(cwmp::NotificationRequestRejected,
                         QStringLiteral("lightweight notification is not supported"));
        if (entry.accessListChange) {
            for (const QString &item : entry.accessList) {
                if (item != u"Subscriber")
                    return fault(cwmp::InvalidArguments, QStringLiteral("unknown access list entry %1").arg(item));
            }
        }
        const QList<NodeRef> nodes = resolveNames(entry.name);
        if (nodes.isEmpty())
            return fault(cwmp::InvalidParameterName, QStringLiteral("no such name: %1").arg(entry.name));
        for (const NodeRef &node : nodes) {
            const bool explicitName = node.kind == NodeRef::Parameter;
            bool rejected = false;
            QString rejectedPath;
            state.walk(node, false, [&](const NodeRef &p) {
                if (entry.notificationChange) {
                    const ActiveNotify rule = state.meta(p).activeNotify;
                    // TR-106 activeNotify: forceEnabled cannot be turned off, canDeny
                    // refuses active. Named directly: 9009; below a partial path: skipped.
                    const bool refuses = (rule == ActiveNotify::ForceEnabled && entry.notification != 2)
                                         || (rule == ActiveNotify::CanDeny && entry.notification == 2);
                    if (refuses) {
                        if (explicitName) {
                            rejected = true;
                            rejectedPath = p.path;
                            return false;
                        }
                        if (!entry.accessListChange)
                            return true;
                    }
                }
                targets.append({p, &entry});
                return true;
            });
            if (rejected)
                return fault(cwmp::NotificationRequestRejected,
                             QStringLiteral("notification change refused for %1").arg(rejectedPath));
        }
    }
    for (const auto &[node, entry] : std::as_const(targets)) {
        ParameterAttributes attributes{state.notification(node), state.accessList(node)};
        const ActiveNotify rule = state.meta(node).activeNotify;
        const bool refuses = (rule == ActiveNotify::ForceEnabled && entry->notification != 2)
                             || (rule == ActiveNotify::CanDeny && entry->notification == 2);
        if (entry->notificationChange && !refuses)
            attributes.notification = entry->notification;
        if (entry->accessListChange)
            attributes.accessList = entry->accessList;
        state.setAttributes(node.path, attributes);
    }
    return cwmp::SetParameterAttributesResponse{};
}

cwmp::Body RpcHandler::addObject(const cwmp::AddObject &request)
{
    DeviceState &state = m_device.state();
    if (request.parameterKey.size() > kMaxKeyLength)
        return fault(cwmp::InvalidArguments, QStringLiteral("ParameterKey longer than 32 characters"));
    const NodeRef table = cwmp::ParameterPath::isPartialPath(request.objectName)
                              ? state.resolve(request.objectName)
                              : NodeRef();
    if (table.kind != NodeRef::Table || !state.profile().object(table.object).writable)
        return fault(cwmp::InvalidParameterName,
                     QStringLiteral("%1 is not a table the ACS may add to").arg(request.objectName));
    const auto number = state.addInstance(table);
    if (!number)
        return fault(cwmp::ResourcesExceeded, QStringLiteral("%1 is full").arg(request.objectName));
    // TR-181 Alias: a row created without one gets "cpe-<n>".
    const QString alias = table.path + QString::number(*number) + QStringLiteral(".Alias");
    if (state.resolve(alias).isValid())
        state.setValue(alias, QStringLiteral("cpe-%1").arg(*number));
    storeParameterKey(request.parameterKey);
    return cwmp::AddObjectResponse{*number, 0};
}

cwmp::Body RpcHandler::deleteObject(const cwmp::DeleteObject &request)
{
    DeviceState &state = m_device.state();
    if (request.parameterKey.size() > kMaxKeyLength)
        return fault(cwmp::InvalidArguments, QStringLiteral("ParameterKey longer than 32 characters"));
    const NodeRef instance = cwmp::ParameterPath::isPartialPath(request.objectName)
                                 ? state.resolve(request.objectName)
                                 : NodeRef();
    if (instance.kind != NodeRef::Instance || !state.profile().object(instance.object).writable)
        return fault(cwmp::InvalidParameterName,
                     QStringLiteral("%1 is not a row the ACS may delete").arg(request.objectName));
    state.deleteInstance(instance);
    QStringList changed = m_device.pendingValueChanges();
    for (const QString &path : changed) {
        if (path.startsWith(instance.path))
            m_device.forgetValueChange(path);
    }
    storeParameterKey(request.parameterKey);
    return cwmp::DeleteObjectResponse{0};
}

cwmp::Body RpcHandler::download(const cwmp::Download &request)
{
    if (request.commandKey.size() > kMaxKeyLength || request.url.size() > kMaxUrlLength
        || !isValidDownloadFileType(request.fileType))
        return fault(cwmp::InvalidArguments, QStringLiteral("bad Download arguments (FileType \"%1\")").arg(request.fileType));
    if (!isSupportedTransferUrl(request.url))
        return fault(cwmp::UnsupportedTransferProtocol, QStringLiteral("unsupported URL %1").arg(request.url));
    if (m_device.transfers().queuedCount() >= TransferList::kMaxQueued)
        return fault(cwmp::ResourcesExceeded, QStringLiteral("transfer queue full"));
    TransferEntry entry;
    entry.method = QStringLiteral("Download");
    entry.commandKey = request.commandKey;
    entry.isDownload = true;
    entry.fileType = request.fileType;
    entry.url = request.url;
    entry.username = request.username;
    entry.password = request.password;
    entry.fileSize = request.fileSize;
    entry.targetFileName = request.targetFileName;
    entry.delaySeconds = request.delaySeconds;
    entry.requestedAt = m_device.now();
    m_device.transfers().add(entry);
    m_device.pendingActions().transfersQueued.append(entry);
    return cwmp::DownloadResponse{};
}

cwmp::Body RpcHandler::scheduleDownload(const cwmp::ScheduleDownload &request)
{
    // TR-069 A.4.1.6: queued like a Download, but due in its first time window.
    if (request.commandKey.size() > kMaxKeyLength || request.url.size() > kMaxUrlLength
        || !isValidDownloadFileType(request.fileType))
        return fault(cwmp::InvalidArguments,
                     QStringLiteral("bad ScheduleDownload arguments (FileType \"%1\")").arg(request.fileType));
    if (const QString problem = timeWindowProblem(request.timeWindowList); !problem.isEmpty())
        return fault(cwmp::InvalidArguments, problem);
    if (!isSupportedTransferUrl(request.url))
        return fault(cwmp::UnsupportedTransferProtocol, QStringLiteral("unsupported URL %1").arg(request.url));
    if (m_device.transfers().queuedCount() >= TransferList::kMaxQueued)
        return fault(cwmp::ResourcesExceeded, QStringLiteral("transfer queue full"));
    TransferEntry entry;
    entry.method = QStringLiteral("ScheduleDownload");
    entry.commandKey = request.commandKey;
    entry.isDownload = true;
    entry.fileType = request.fileType;
    entry.url = request.url;
    entry.username = request.username;
    entry.password = request.password;
    entry.fileSize = request.fileSize;
    entry.targetFileName = request.targetFileName;
    entry.timeWindows = request.timeWindowList;
    std::sort(entry.timeWindows.begin(), entry.timeWindows.end(),
              [](const cwmp::TimeWindowStruct &a, const cwmp::TimeWindowStruct &b) { return a.windowStart < b.windowStart; });
    // The DelaySeconds machinery of Download then starts it (and CancelTransfer stops it).
    entry.delaySeconds = entry.scheduleDueSeconds();
    entry.requestedAt = m_device.now();
    m_device.transfers().add(entry);
    m_device.pendingActions().transfersQueued.append(entry);
    return cwmp::ScheduleDownloadResponse{};
}

cwmp::Body RpcHandler::upload(const cwmp::Upload &request)
{
    // Upload FileType (cwmp-facts §9): 1/2, or 3/4 with the instance number of a
    // DeviceInfo.VendorConfigFile / VendorLogFile row.
    static const QRegularExpression kIndexed(
        QStringLiteral("^([34]) (Vendor Configuration File|Vendor Log File) ([1-9]\\d*)$"));
    bool valid = request.fileType == u"1 Vendor Configuration File"
                 || request.fileType == u"2 Vendor Log File"
                 || (request.fileType.startsWith(QStringLiteral("X ")) && request.fileType.size() <= 64);
    const auto match = kIndexed.match(request.fileType);
    if (match.hasMatch()) {
        const bool config = match.captured(1) == u"3";
        valid = config == (match.captured(2) == u"Vendor Configuration File")
                && m_device.state()
                       .resolve(m_device.rootPath() + QStringLiteral("DeviceInfo.%1.%2.")
                                    .arg(config ? QStringLiteral("VendorConfigFile") : QStringLiteral("VendorLogFile"),
                                         match.captured(3)))
                       .isValid();
    }
    if (!valid || request.commandKey.size() > kMaxKeyLength || request.url.size() > kMaxUrlLength)
        return fault(cwmp::InvalidArguments, QStringLiteral("bad Upload arguments (FileType \"%1\")").arg(request.fileType));
    if (!isSupportedTransferUrl(request.url))
        return fault(cwmp::UnsupportedTransferProtocol, QStringLiteral("unsupported URL %1").arg(request.url));
    if (m_device.transfers().queuedCount() >= TransferList::kMaxQueued)
        return fault(cwmp::ResourcesExceeded, QStringLiteral("transfer queue full"));
    TransferEntry entry;
    entry.method = QStringLiteral("Upload");
    entry.commandKey = request.commandKey;
    entry.isDownload = false;
    entry.fileType = request.fileType;
    entry.url = request.url;
    entry.username = request.username;
    entry.password = request.password;
    entry.delaySeconds = request.delaySeconds;
    entry.requestedAt = m_device.now();
    m_device.transfers().add(entry);
    m_device.pendingActions().transfersQueued.append(entry);
    return cwmp::UploadResponse{};
}

cwmp::Body RpcHandler::scheduleInform(const cwmp::ScheduleInform &request)
{
    if (request.delaySeconds == 0)
        return fault(cwmp::InvalidArguments, QStringLiteral("DelaySeconds must be greater than 0"));
    if (request.commandKey.size() > kMaxKeyLength)
        return fault(cwmp::InvalidArguments, QStringLiteral("CommandKey longer than 32 characters"));
    m_device.pendingActions().scheduledInforms.append({request.delaySeconds, request.commandKey});
    return cwmp::ScheduleInformResponse{};
}

cwmp::Body RpcHandler::cancelTransfer(const cwmp::CancelTransfer &request)
{
    TransferEntry *entry = m_device.transfers().findActive(request.commandKey);
    if (!entry) {
        if (m_device.transfers().findCompleted(request.commandKey))
            return fault(cwmp::CancelNotPermitted, QStringLiteral("transfer already completed"));
        return fault(cwmp::InvalidArguments, QStringLiteral("no transfer with CommandKey %1").arg(request.commandKey));
    }
    if (entry->state != TransferEntry::NotStarted)
        return fault(cwmp::CancelNotPermitted, QStringLiteral("transfer in progress"));
    m_device.transfers().removeFirst(request.commandKey, false);
    m_device.pendingActions().transfersCancelled.append(request.commandKey);
    return cwmp::CancelTransferResponse{};
}

} // namespace cpesim
