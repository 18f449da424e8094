#include "samplemessages.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <utility>

using namespace cwmp;

namespace samples {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), QTimeZone::utc());
}

Envelope envelope(Body body, const char *id = nullptr)
{
    Envelope e;
    e.body = std::move(body);
    if (id)
        e.header.id = s(id);
    return e;
}

DeviceIdStruct homeGateway()
{
    return {s("Example Networks"), s("00D09E"), s("HGW-7000"), s("EXN7000A1B2C3")};
}

// --- ACS -> CPE ------------------------------------------------------------------------

QList<NamedMessage> acsToCpe()
{
    QList<NamedMessage> list;

    list.append({"GetRPCMethods (ACS to CPE)", envelope(GetRPCMethods{}, "acs-1001")});
    list.append({"GetRPCMethodsResponse (CPE)",
                 envelope(GetRPCMethodsResponse{{s("GetRPCMethods"), s("SetParameterValues"),
                                                 s("GetParameterValues"), s("GetParameterNames"),
                                                 s("SetParameterAttributes"),
                                                 s("GetParameterAttributes"), s("AddObject"),
                                                 s("DeleteObject"), s("Reboot"), s("Download"),
                                                 s("Upload"), s("FactoryReset"),
                                                 s("ScheduleInform"), s("GetAllQueuedTransfers")}},
                          "acs-1001")});

    {
        SetParameterValues spv;
        spv.parameterList = {
            {s("Device.ManagementServer.PeriodicInformInterval"), s("3600"), ValueType::UnsignedInt},
            {s("Device.ManagementServer.PeriodicInformEnable"), s("true"), ValueType::Boolean},
            {s("Device.ManagementServer.PeriodicInformTime"), s("2025-03-01T02:30:00Z"),
             ValueType::DateTime},
            {s("Device.WiFi.SSID.1.SSID"), s("Example & <Guests>"), ValueType::String},
            {s("Device.Time.LocalTimeZone"), s("CET-1CEST,M3.5.0,M10.5.0/3"), ValueType::String},
        };
        spv.parameterKey = s("cfg-2025-03-01.1");
        Envelope e = envelope(spv, "acs-1002");
        e.header.holdRequests = false;
        list.append({"SetParameterValues", e});
    }
    list.append({"SetParameterValuesResponse", envelope(SetParameterValuesResponse{1}, "acs-1002")});

    list.append({"GetParameterValues",
                 envelope(GetParameterValues{{s("Device.DeviceInfo."),
                                              s("Device.ManagementServer.ConnectionRequestURL"),
                                              s("Device.IP.Interface.1.IPv4Address.1.IPAddress")}},
                          "acs-1003")});
    {
        GetParameterValuesResponse r;
        r.parameterList = {
            {s("Device.DeviceInfo.Manufacturer"), s("Example Networks"), ValueType::String},
            {s("Device.DeviceInfo.UpTime"), s("86400"), ValueType::UnsignedInt},
            {s("Device.DeviceInfo.X_EXAMPLE_Temperature"), s("-12"), ValueType::Int},
            {s("Device.IP.Interface.1.Stats.BytesSent"), s("18446744073709551000"),
             ValueType::UnsignedLong},
            {s("Device.DeviceInfo.X_EXAMPLE_ClockOffset"), s("-9007199254740993"), ValueType::Long},
            {s("Device.Time.CurrentLocalTime"), s("2025-03-01T02:30:15.250Z"), ValueType::DateTime},
            {s("Device.DeviceInfo.X_EXAMPLE_Certificate"), s("TUlJQmt6Q0NBVG1nQXdJQkFnSVU="),
             ValueType::Base64},
            {s("Device.DeviceInfo.X_EXAMPLE_MacRaw"), s("00D09E1A2B3C"), ValueType::HexBinary},
            {s("Device.DeviceInfo.X_EXAMPLE_LoadAverage"), s("0.75"), ValueType::Decimal},
            {s("Device.WiFi.Radio.1.Enable"), s("false"), ValueType::Boolean},
            {s("Device.DeviceInfo.Description"), s(""), ValueType::String},
        };
        list.append({"GetParameterValuesResponse", envelope(r, "acs-1003")});
    }

    list.append({"GetParameterNames", envelope(GetParameterNames{s("Device.WiFi."), true}, "acs-1004")});
    list.append({"GetParameterNamesResponse",
                 envelope(GetParameterNamesResponse{{{s("Device.WiFi.RadioNumberOfEntries"), false},
                                                     {s("Device.WiFi.Radio."), false},
                                                     {s("Device.WiFi.SSID."), true},
                                                     {s("Device.WiFi.AccessPoint."), true}}},
                          "acs-1004")});

    {
        SetParameterAttributes spa;
        spa.parameterList = {
            {s("Device.DeviceInfo.SoftwareVersion"), true, 2, false, {}},
            {s("Device.WiFi.SSID.1.SSID"), true, 1, true, {s("Subscriber")}},
            {s("Device.ManagementServer."), false, 0, true, {}},
        };
        list.append({"SetParameterAttributes", envelope(spa, "acs-1005")});
    }
    list.append({"SetParameterAttributesResponse", envelope(SetParameterAttributesResponse{}, "acs-1005")});

    list.append({"GetParameterAttributes",
                 envelope(GetParameterAttributes{{s("Device.DeviceInfo.SoftwareVersion"),
                                                  s("Device.WiFi.SSID.1.")}},
                          "acs-1006")});
    list.append({"GetParameterAttributesResponse",
                 envelope(GetParameterAttributesResponse{
                              {{s("Device.DeviceInfo.SoftwareVersion"), 2, {}},
                               {s("Device.WiFi.SSID.1.SSID"), 1, {s("Subscriber")}},
                               {s("Device.WiFi.SSID.1.Enable"), 0, {}}}},
                          "acs-1006")});

    list.append({"AddObject", envelope(AddObject{s("Device.NAT.PortMapping."), s("pm-web-8080")}, "acs-1007")});
    list.append({"AddObjectResponse", envelope(AddObjectResponse{4, 0}, "acs-1007")});
    list.append({"DeleteObject", envelope(DeleteObject{s("Device.NAT.PortMapping.4."), s("pm-del-4")}, "acs-1008")});
    list.append({"DeleteObjectResponse", envelope(DeleteObjectResponse{1}, "acs-1008")});

    list.append({"Reboot", envelope(Reboot{s("reboot-after-fw-2025.03")}, "acs-1009")});
    list.append({"RebootResponse", envelope(RebootResponse{}, "acs-1009")});
    list.append({"FactoryReset", envelope(FactoryReset{}, "acs-1010")});
    list.append({"FactoryResetResponse", envelope(FactoryResetResponse{}, "acs-1010")});

    {
        Download d;
        d.commandKey = s("fw-7000-2.4.1");
        d.fileType = s("1 Firmware Upgrade Image");
        d.url = s("https://files.example.net/fw/hgw7000-2.4.1.bin?token=a1b2&v=2");
        d.username = s("cpe-00D09E");
        d.password = s("s3cr3t&<pw>");
        d.fileSize = 23068672;
        d.targetFileName = s("hgw7000-2.4.1.bin");
        d.delaySeconds = 30;
        d.successUrl = s("http://192.168.1.1/upgrade-ok.html");
        d.failureUrl = QString();
        Envelope e = envelope(d, "acs-1011");
        e.header.holdRequests = true;
        list.append({"Download", e});
    }
    list.append({"DownloadResponse (pending)", envelope(DownloadResponse{}, "acs-1011")});
    list.append({"DownloadResponse (completed)",
                 envelope(DownloadResponse{0, utc(2025, 3, 1, 2, 31, 0), utc(2025, 3, 1, 2, 33, 12, 480)},
                          "acs-1012")});

    {
        Upload u;
        u.commandKey = s("cfg-backup-0301");
        u.fileType = s("1 Vendor Configuration File");
        u.url = s("https://files.example.net/upload/00D09E-EXN7000A1B2C3.cfg");
        u.username = s("uploader");
        u.password = s("upl0ad");
        u.delaySeconds = 0;
        list.append({"Upload", envelope(u, "acs-1013")});
    }
    list.append({"UploadResponse",
                 envelope(UploadResponse{0, utc(2025, 3, 1, 2, 40, 0), utc(2025, 3, 1, 2, 40, 2)},
                          "acs-1013")});

    list.append({"ScheduleInform", envelope(ScheduleInform{900, s("check-after-upgrade")}, "acs-1014")});
    list.append({"ScheduleInformResponse", envelope(ScheduleInformResponse{}, "acs-1014")});

    list.append({"GetQueuedTransfers", envelope(GetQueuedTransfers{}, "acs-1015")});
    list.append({"GetQueuedTransfersResponse",
                 envelope(GetQueuedTransfersResponse{{{s("fw-7000-2.4.1"), 2},
                                                      {s("cfg-backup-0301"), 1}}},
                          "acs-1015")});

    list.append({"GetAllQueuedTransfers", envelope(GetAllQueuedTransfers{}, "acs-1016")});
    list.append({"GetAllQueuedTransfersResponse",
                 envelope(GetAllQueuedTransfersResponse{
                              {{s("fw-7000-2.4.1"), 2, true, s("1 Firmware Upgrade Image"), 23068672,
                                s("hgw7000-2.4.1.bin")},
                               {s(""), 1, true, s("3 Vendor Configuration File"), 18432, s("isp-defaults.cfg")}}},
                          "acs-1016")});

    list.append({"CancelTransfer", envelope(CancelTransfer{s("fw-7000-2.4.1")}, "acs-1017")});
    list.append({"CancelTransferResponse", envelope(CancelTransferResponse{}, "acs-1017")});

    {
        ScheduleDownload d;
        d.commandKey = s("night-fw-2.4.1");
        d.fileType = s("1 Firmware Upgrade Image");
        d.url = s("http://files.example.net/fw/hgw7000-2.4.1.bin");
        d.fileSize = 23068672;
        d.targetFileName = s("hgw7000-2.4.1.bin");
        d.timeWindowList = {
            {3600, 7200, s("3 When Idle"), s(""), 3},
            {86400, 90000, s("4 Confirmation Needed"), s("A new firmware is ready. Install now?"), -1},
        };
        list.append({"ScheduleDownload", envelope(d, "acs-1018")});
    }
    list.append({"ScheduleDownloadResponse", envelope(ScheduleDownloadResponse{}, "acs-1018")});

    {
        ChangeDUState c;
        InstallOpStruct install;
        install.url = s("https://apps.example.net/du/speedtest-1.2.0.ipk");
        install.uuid = s("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        install.username = s("apps");
        install.password = s("apps-pw");
        install.executionEnvRef = s("Device.SoftwareModules.ExecEnv.1.");
        UpdateOpStruct update;
        update.uuid = s("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
        update.version = s("2.0.1");
        update.url = s("https://apps.example.net/du/parental-2.0.1.ipk");
        UninstallOpStruct uninstall;
        uninstall.uuid = s("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
        uninstall.version = s("0.9");
        uninstall.executionEnvRef = s("Device.SoftwareModules.ExecEnv.1.");
        c.operations = {install, update, uninstall};
        c.commandKey = s("du-batch-17");
        list.append({"ChangeDUState", envelope(c, "acs-1019")});
    }
    list.append({"ChangeDUStateResponse", envelope(ChangeDUStateResponse{}, "acs-1019")});

    list.append({"SetVouchers",
                 envelope(SetVouchers{{s("U2lnbmVkIHZvdWNoZXIgZm9yIG9wdGlvbiBWb0lQ"),
                                       s("U2lnbmVkIHZvdWNoZXIgZm9yIElQVFY=")}},
                          "acs-1020")});
    list.append({"SetVouchersResponse", envelope(SetVouchersResponse{}, "acs-1020")});

    list.append({"GetOptions", envelope(GetOptions{s("")}, "acs-1021")});
    {
        OptionStruct voip;
        voip.optionName = s("VoIP");
        voip.voucherSn = 100234;
        voip.state = 3;
        voip.mode = 1;
        voip.startDate = utc(2025, 1, 1, 0, 0, 0);
        voip.expirationDate = utc(2026, 1, 1, 0, 0, 0);
        voip.isTransferable = 0;
        OptionStruct iptv;
        iptv.optionName = s("IPTV");
        iptv.voucherSn = 100235;
        iptv.state = 1;
        iptv.mode = 2;
        iptv.startDate = utc(2024, 11, 15, 8, 30, 0);
        iptv.isTransferable = 1;
        list.append({"GetOptionsResponse", envelope(GetOptionsResponse{{voip, iptv}}, "acs-1021")});
    }

    return list;
}

// --- CPE -> ACS ------------------------------------------------------------------------

QList<NamedMessage> cpeToAcs()
{
    QList<NamedMessage> list;

    {
        Inform inform;
        inform.deviceId = homeGateway();
        inform.events = {{s("0 BOOTSTRAP"), s("")}, {s("1 BOOT"), s("")}};
        inform.maxEnvelopes = 1;
        inform.currentTime = utc(2025, 3, 1, 2, 29, 58);
        inform.retryCount = 0;
        inform.parameterList = {
            {s("Device.RootDataModelVersion"), s("2.19"), ValueType::String},
            {s("Device.DeviceInfo.HardwareVersion"), s("HW-B2"), ValueType::String},
            {s("Device.DeviceInfo.SoftwareVersion"), s("2.4.0"), ValueType::String},
            {s("Device.DeviceInfo.ProvisioningCode"), s(""), ValueType::String},
            {s("Device.ManagementServer.ParameterKey"), s(""), ValueType::String},
            {s("Device.ManagementServer.ConnectionRequestURL"),
             s("http://203.0.113.17:7547/cr/EXN7000A1B2C3"), ValueType::String},
            {s("Device.ManagementServer.AliasBasedAddressing"), s("false"), ValueType::Boolean},
            {s("Device.DeviceInfo.UpTime"), s("42"), ValueType::UnsignedInt},
            {s("Device.Time.CurrentLocalTime"), s("2025-03-01T02:29:58Z"), ValueType::DateTime},
        };
        list.append({"Inform (bootstrap, TR-181)", envelope(inform, "cpe-1")});
    }
    {
        Inform inform;
        inform.deviceId = {s("Example Networks"), s("00D09E"), s("IGD-300"), s("IGD300-0042")};
        inform.events = {{s("1 BOOT"), s("")}, {s("M Reboot"), s("reboot-after-fw-2025.03")}};
        inform.currentTime = utc(2025, 3, 1, 3, 0, 5, 125);
        inform.retryCount = 2;
        inform.parameterList = {
            {s("InternetGatewayDevice.DeviceSummary"),
             s("InternetGatewayDevice:1.4[](Baseline:1, EthernetLAN:1)"), ValueType::String},
            {s("InternetGatewayDevice.DeviceInfo.SpecVersion"), s("1.0"), ValueType::String},
            {s("InternetGatewayDevice.DeviceInfo.HardwareVersion"), s("A1"), ValueType::String},
            {s("InternetGatewayDevice.DeviceInfo.SoftwareVersion"), s("5.1.7"), ValueType::String},
            {s("InternetGatewayDevice.DeviceInfo.ProvisioningCode"), s("RES.DSL"), ValueType::String},
            {s("InternetGatewayDevice.ManagementServer.ParameterKey"), s("cfg-2025-02-11.3"),
             ValueType::String},
            {s("InternetGatewayDevice.ManagementServer.ConnectionRequestURL"),
             s("http://198.51.100.4:30005/"), ValueType::String},
            {s("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.ExternalIPAddress"),
             s("198.51.100.4"), ValueType::String},
        };
        list.append({"Inform (reboot, TR-098)", envelope(inform, "cpe-2")});
    }
    {
        Inform inform;
        inform.deviceId = homeGateway();
        inform.events = {{s("2 PERIODIC"), s("")}};
        inform.currentTime = utc(2025, 3, 2, 2, 29, 58);
        inform.parameterList = {
            {s("Device.DeviceInfo.SoftwareVersion"), s("2.4.1"), ValueType::String},
        };
        Envelope e = envelope(inform, "cpe-3");
        e.header.sessionTimeout = 60;
        list.append({"Inform (CWMP 1.3 session timeout)", e});
    }
    {
        Inform inform;
        inform.deviceId = homeGateway();
        inform.events = {{s("6 CONNECTION REQUEST"), s("")}, {s("4 VALUE CHANGE"), s("")}};
        inform.currentTime = utc(2025, 3, 2, 10, 15, 0);
        inform.parameterList = {
            {s("Device.WiFi.SSID.1.SSID"), s("Home"), ValueType::String},
        };
        Envelope e = envelope(inform, "cpe-4");
        e.header.sessionTimeout = 30;
        e.header.supportedCwmpVersions = s("1.0,1.1,1.2,1.3,1.4");
        list.append({"Inform (CWMP 1.4 versions)", e});
    }
    list.append({"InformResponse", envelope(InformResponse{1}, "cpe-1")});
    {
        Envelope e = envelope(InformResponse{1}, "cpe-4");
        e.header.useCwmpVersion = s("1.4");
        list.append({"InformResponse (CWMP 1.4 version)", e});
    }

    list.append({"TransferComplete",
                 envelope(TransferComplete{s("fw-7000-2.4.1"), {0, s("")}, utc(2025, 3, 1, 2, 31, 0),
                                           utc(2025, 3, 1, 2, 33, 12)},
                          "cpe-5")});
    list.append({"TransferComplete (failed)",
                 envelope(TransferComplete{s("cfg-backup-0301"),
                                           {9011, s("Upload failure: HTTP 507 from file server")},
                                           utc(2025, 3, 1, 2, 40, 0), unknownTime()},
                          "cpe-6")});
    list.append({"TransferCompleteResponse", envelope(TransferCompleteResponse{}, "cpe-5")});

    {
        AutonomousTransferComplete atc;
        atc.announceUrl = s("");
        atc.transferUrl = s("http://files.example.net/fw/hgw7000-2.4.2.bin");
        atc.isDownload = true;
        atc.fileType = s("1 Firmware Upgrade Image");
        atc.fileSize = 23100000;
        atc.targetFileName = s("hgw7000-2.4.2.bin");
        atc.fault = {0, s("")};
        atc.startTime = utc(2025, 3, 5, 1, 0, 0);
        atc.completeTime = utc(2025, 3, 5, 1, 2, 30, 999);
        list.append({"AutonomousTransferComplete", envelope(atc, "cpe-7")});
    }
    list.append({"AutonomousTransferCompleteResponse",
                 envelope(AutonomousTransferCompleteResponse{}, "cpe-7")});

    {
        OpResultStruct installed;
        installed.uuid = s("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        installed.deploymentUnitRef = s("Device.SoftwareModules.DeploymentUnit.3.");
        installed.version = s("1.2.0");
        installed.currentState = s("Installed");
        installed.resolved = true;
        installed.executionUnitRefList = s("Device.SoftwareModules.ExecutionUnit.5.,Device.SoftwareModules.ExecutionUnit.6.");
        installed.startTime = utc(2025, 3, 1, 2, 45, 0);
        installed.completeTime = utc(2025, 3, 1, 2, 45, 40);
        installed.fault = {0, s("")};
        OpResultStruct failed;
        failed.uuid = s("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
        failed.deploymentUnitRef = s("");
        failed.version = s("");
        failed.currentState = s("Failed");
        failed.resolved = false;
        failed.executionUnitRefList = s("");
        failed.startTime = utc(2025, 3, 1, 2, 45, 41);
        failed.completeTime = unknownTime();
        failed.fault = {9028, s("Unknown Deployment Unit")};
        list.append({"DUStateChangeComplete",
                     envelope(DUStateChangeComplete{{installed, failed}, s("du-batch-17")}, "cpe-8")});

        AutonOpResultStruct auton;
        auton.result = installed;
        auton.result.uuid = s("6ba7b813-9dad-11d1-80b4-00c04fd430c8");
        auton.result.version = s("1.2.1");
        auton.operationPerformed = s("Update");
        list.append({"AutonomousDUStateChangeComplete",
                     envelope(AutonomousDUStateChangeComplete{{auton}}, "cpe-9")});
    }
    list.append({"DUStateChangeCompleteResponse", envelope(DUStateChangeCompleteResponse{}, "cpe-8")});
    list.append({"AutonomousDUStateChangeCompleteResponse",
                 envelope(AutonomousDUStateChangeCompleteResponse{}, "cpe-9")});

    list.append({"RequestDownload",
                 envelope(RequestDownload{s("3 Vendor Configuration File"),
                                          {{s("Version"), s("2025.1")}, {s("Profile"), s("residential")}}},
                          "cpe-10")});
    list.append({"RequestDownloadResponse", envelope(RequestDownloadResponse{}, "cpe-10")});

    list.append({"Kicked",
                 envelope(Kicked{s("activate"), s("http://192.168.1.1/setup.html"), s("plan=gold&term=12"),
                                 s("http://192.168.1.1/done.html")},
                          "cpe-11")});
    list.append({"KickedResponse",
                 envelope(KickedResponse{s("https://portal.example.net/welcome?cpe=EXN7000A1B2C3")}, "cpe-11")});

    // GetRPCMethods goes both ways (A.3.1.1); the ACS answers the CPE's call.
    list.append({"GetRPCMethods (CPE to ACS)", envelope(GetRPCMethods{}, "cpe-12")});
    list.append({"GetRPCMethodsResponse (ACS)",
                 envelope(GetRPCMethodsResponse{{s("Inform"), s("TransferComplete"),
                                                 s("AutonomousTransferComplete"), s("GetRPCMethods")}},
                          "cpe-12")});
    return list;
}

// --- faults ----------------------------------------------------------------------------

QList<NamedMessage> faults()
{
    QList<NamedMessage> list;

    {
        SoapFault f;
        f.faultcode = s("Client");
        f.faultstring = s("CWMP fault");
        f.faultCode = 9003;
        f.faultString = s("Invalid arguments");
        f.setParameterValuesFaults = {
            {s("Device.ManagementServer.PeriodicInformInterval"), 9007, s("Invalid parameter value")},
            {s("Device.DeviceInfo.SerialNumber"), 9008, s("Attempt to set a non-writable parameter")},
            {s("Device.WiFi.SSID.9.SSID"), 9005, s("")},
        };
        list.append({"Fault (SetParameterValues)", envelope(f, "acs-1002")});
    }
    {
        SoapFault f;
        f.faultcode = s("Server");
        f.faultstring = s("CWMP fault");
        f.faultCode = 9000;
        f.faultString = s("Method not supported");
        list.append({"Fault (CPE method not supported)", envelope(f, "acs-1020")});
    }
    {
        SoapFault f;
        f.faultcode = s("Server");
        f.faultstring = s("CWMP fault");
        f.faultCode = 8005;
        f.faultString = s("Retry request");
        list.append({"Fault (ACS retry request)", envelope(f, "cpe-1")});
    }
    {
        SoapFault f;
        f.faultcode = s("Server");
        f.faultstring = s("CWMP fault");
        f.faultCode = 8006;
        f.faultString = s("ACS version incompatible with CPE");
        list.append({"Fault (ACS version incompatible)", envelope(f, "cpe-4")});
    }
    return list;
}

template <std::size_t... I>
QStringList methodsNotIn(const QSet<std::size_t> &covered, std::index_sequence<I...>)
{
    QStringList missing;
    ((covered.contains(I)
          ? void()
          : missing.append(QLatin1String(std::variant_alternative_t<I, Body>::kMethod))),
     ...);
    return missing;
}

// TR-069 event codes cwmp-1-0.xsd enumerates; later schemas accept the general patterns.
bool isCwmp10EventCode(const QString &code)
{
    static const QStringList kCodes = {
        s("0 BOOTSTRAP"), s("1 BOOT"), s("2 PERIODIC"), s("3 SCHEDULED"), s("4 VALUE CHANGE"),
        s("5 KICKED"), s("6 CONNECTION REQUEST"), s("7 TRANSFER COMPLETE"),
        s("8 DIAGNOSTICS COMPLETE"), s("9 REQUEST DOWNLOAD"), s("M Reboot"),
        s("M ScheduleInform"), s("M Download"), s("M Upload")};
    return kCodes.contains(code) || code.startsWith(QLatin1String("M X_"))
        || code.startsWith(QLatin1String("X "));
}

CwmpVersion methodVersion(const Body &body)
{
    // cwmp-1-1.xsd added these RPCs, cwmp-1-2.xsd the software-module and scheduling ones.
    return std::visit(
        [](const auto &message) {
            using T = std::decay_t<decltype(message)>;
            if constexpr (std::is_same_v<T, GetAllQueuedTransfers>
                          || std::is_same_v<T, GetAllQueuedTransfersResponse>
                          || std::is_same_v<T, AutonomousTransferComplete>
                          || std::is_same_v<T, AutonomousTransferCompleteResponse>)
                return CwmpVersion::V1_1;
            else if constexpr (std::is_same_v<T, ScheduleDownload>
                               || std::is_same_v<T, ScheduleDownloadResponse>
                               || std::is_same_v<T, CancelTransfer>
                               || std::is_same_v<T, CancelTransferResponse>
                               || std::is_same_v<T, ChangeDUState>
                               || std::is_same_v<T, ChangeDUStateResponse>
                               || std::is_same_v<T, DUStateChangeComplete>
                               || std::is_same_v<T, DUStateChangeCompleteResponse>
                               || std::is_same_v<T, AutonomousDUStateChangeComplete>
                               || std::is_same_v<T, AutonomousDUStateChangeCompleteResponse>)
                return CwmpVersion::V1_2;
            else
                return CwmpVersion::V1_0;
        },
        body);
}

// Argument values that older schemas enumerate more narrowly than cwmp-1-2.xsd.
CwmpVersion contentVersion(const Body &body)
{
    if (const auto *inform = std::get_if<Inform>(&body)) {
        const bool old = std::all_of(inform->events.cbegin(), inform->events.cend(),
                                     [](const EventStruct &e) { return isCwmp10EventCode(e.eventCode); });
        return old ? CwmpVersion::V1_0 : CwmpVersion::V1_1;
    }
    if (const auto *fault = std::get_if<SoapFault>(&body)) {
        if (fault->faultCode == 8006)
            return CwmpVersion::V1_4; // cwmp-1-4.xsd redefines ACSFaultCodeType
        if (fault->faultCode >= 9020 && fault->faultCode <= 9799)
            return CwmpVersion::V1_2;
        return CwmpVersion::V1_0;
    }
    if (const auto *spa = std::get_if<SetParameterAttributes>(&body)) {
        const bool lightweight = std::any_of(spa->parameterList.cbegin(), spa->parameterList.cend(),
                                             [](const auto &p) { return p.notification > 2; });
        return lightweight ? CwmpVersion::V1_4 : CwmpVersion::V1_0;
    }
    return CwmpVersion::V1_0;
}

} // namespace

QList<NamedMessage> allMessages()
{
    QList<NamedMessage> list = acsToCpe();
    list.append(cpeToAcs());
    list.append(faults());
    return list;
}

QStringList uncoveredMethods()
{
    QSet<std::size_t> covered;
    for (const NamedMessage &m : allMessages())
        covered.insert(m.envelope.body.index());
    return methodsNotIn(covered, std::make_index_sequence<std::variant_size_v<Body>>());
}

bool coversEveryBodyAlternative()
{
    return uncoveredMethods().isEmpty();
}

CwmpVersion oldestVersionFor(const Envelope &envelope)
{
    CwmpVersion version = std::max(methodVersion(envelope.body), contentVersion(envelope.body));
    if (envelope.header.sessionTimeout)
        version = std::max(version, CwmpVersion::V1_3);
    if (envelope.header.supportedCwmpVersions || envelope.header.useCwmpVersion)
        version = std::max(version, CwmpVersion::V1_4);
    return version;
}

} // namespace samples
