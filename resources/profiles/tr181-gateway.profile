# tr181-gateway: a dual-band home gateway with the TR-181 Device:2.19 model (the default
# simulator profile). Names, types and facets come from the generated schema; this file
# sets the rows and the values a real gateway reports. Format: README.md.

include tr181-schema.inc

var SerialNumber SIM0000000001
var AcsUrl http://127.0.0.1:7547/
var ConnectionRequestURL http://127.0.0.1:30005/
var DeviceIndex 0
var DeviceIndexHi 0
var DeviceIndexLo 0
var DeviceIndexHex 0000
var DeviceIndexHiHex 00
var DeviceIndexLoHex 00

# --- root and DeviceInfo -------------------------------------------------------------
default Device.RootDataModelVersion 2.19
default Device.DeviceInfo.DeviceCategory "InternetGatewayDevice"
default Device.DeviceInfo.Manufacturer "CWMP Workbench"
default Device.DeviceInfo.ManufacturerOUI 00D09E
default Device.DeviceInfo.ModelName "SimGateway 2"
default Device.DeviceInfo.ModelNumber SG-2000
default Device.DeviceInfo.Description "Simulated dual-band home gateway"
default Device.DeviceInfo.ProductClass SimGateway
default Device.DeviceInfo.SerialNumber ${SerialNumber}
default Device.DeviceInfo.HardwareVersion HW-2.1
default Device.DeviceInfo.SoftwareVersion 4.2.1
default Device.DeviceInfo.ActiveFirmwareImage Device.DeviceInfo.FirmwareImage.1
default Device.DeviceInfo.BootFirmwareImage Device.DeviceInfo.FirmwareImage.1
default Device.DeviceInfo.ProvisioningCode ""
default Device.DeviceInfo.UpTime 0 gen=uptime
default Device.DeviceInfo.FirstUseDate 2025-01-01T00:00:00Z
default Device.DeviceInfo.HostName simgw
default Device.DeviceInfo.MemoryStatus.Total 524288
default Device.DeviceInfo.MemoryStatus.Free 262144 gen=gauge:300000
default Device.DeviceInfo.ProcessStatus.CPUUsage 7 gen=gauge:60

instances Device.DeviceInfo.FirmwareImage.{i}. 1-2
default Device.DeviceInfo.FirmwareImage.{i}.Alias cpe-fw{i}
default Device.DeviceInfo.FirmwareImage.{i}.Name sg2-fw-slot{i}
default Device.DeviceInfo.FirmwareImage.{i}.Version 4.2.1
default Device.DeviceInfo.FirmwareImage.{i}.Available true
default Device.DeviceInfo.FirmwareImage.{i}.Status Active
default Device.DeviceInfo.FirmwareImage.2.Version 4.1.9
default Device.DeviceInfo.FirmwareImage.2.Status Available

instances Device.DeviceInfo.VendorConfigFile.{i}. 1
default Device.DeviceInfo.VendorConfigFile.{i}.Alias cpe-config{i}
default Device.DeviceInfo.VendorConfigFile.{i}.Name running-config
default Device.DeviceInfo.VendorConfigFile.{i}.Version 1

instances Device.DeviceInfo.VendorLogFile.{i}. 1-2
default Device.DeviceInfo.VendorLogFile.{i}.Alias cpe-log{i}
default Device.DeviceInfo.VendorLogFile.{i}.Name syslog.{i}
default Device.DeviceInfo.VendorLogFile.{i}.MaximumSize 65536

instances Device.DeviceInfo.SupportedDataModel.{i}. 1
default Device.DeviceInfo.SupportedDataModel.{i}.URL "https://www.broadband-forum.org/cwmp/tr-181-2-19-1-cwmp-full.xml"
default Device.DeviceInfo.SupportedDataModel.{i}.URN "urn:broadband-forum-org:tr-181-2-19-1-cwmp"
default Device.DeviceInfo.SupportedDataModel.{i}.Features ""
# TR-181: the UUID of the device type (DT) instance; one per firmware, the same on every unit.
default Device.DeviceInfo.SupportedDataModel.{i}.UUID 5f0c2a9e-8d41-4c7b-9a36-2e1d7b3c4a51

instances Device.DeviceInfo.ProcessStatus.CPU.{i}. 1-2
default Device.DeviceInfo.ProcessStatus.CPU.{i}.UpTime 0 gen=uptime
default Device.DeviceInfo.ProcessStatus.CPU.{i}.CPUUtilization 5 gen=gauge:80
default Device.DeviceInfo.ProcessStatus.CPU.{i}.Name cpu{i-1}
default Device.DeviceInfo.ProcessStatus.CPU.{i}.Enable true
instances Device.DeviceInfo.ProcessStatus.Process.{i}. 1-4
default Device.DeviceInfo.ProcessStatus.Process.{i}.PID {i+100}
default Device.DeviceInfo.ProcessStatus.Process.{i}.Command "/usr/sbin/daemon{i}"
default Device.DeviceInfo.ProcessStatus.Process.{i}.Size 2048

# --- ManagementServer (TR-069 §3, cwmp-facts §12) ---------------------------------------
default Device.ManagementServer.EnableCWMP true
default Device.ManagementServer.URL ${AcsUrl}
default Device.ManagementServer.Username "cpe-${SerialNumber}"
default Device.ManagementServer.PeriodicInformEnable true
default Device.ManagementServer.PeriodicInformInterval 3600
default Device.ManagementServer.PeriodicInformTime 0001-01-01T00:00:00Z
default Device.ManagementServer.ConnectionRequestURL ${ConnectionRequestURL}
default Device.ManagementServer.ConnectionRequestUsername "cr-${SerialNumber}"
default Device.ManagementServer.ConnectionRequestPassword "cr-secret"
default Device.ManagementServer.DefaultActiveNotificationThrottle 0
default Device.ManagementServer.CWMPRetryMinimumWaitInterval 5
default Device.ManagementServer.CWMPRetryIntervalMultiplier 2000
default Device.ManagementServer.HTTPConnectionRequestEnable true
default Device.ManagementServer.SupportedConnReqMethods "HTTP"
default Device.ManagementServer.AliasBasedAddressing false
default Device.ManagementServer.InstanceMode InstanceNumber
default Device.ManagementServer.InstanceWildcardsSupported true
default Device.ManagementServer.HTTPCompressionSupported ""
default Device.ManagementServer.HTTPCompression Disabled
default Device.ManagementServer.LightweightNotificationProtocolsSupported ""
default Device.ManagementServer.STUNServerPort 3478
default Device.ManagementServer.STUNMaximumKeepAlivePeriod -1
default Device.ManagementServer.HeartbeatPolicy.ReportingInterval 86400

# --- Time, Users ------------------------------------------------------------------------
default Device.Time.Enable true
default Device.Time.Status Synchronized
instances Device.Time.Client.{i}. 1
default Device.Time.Client.{i}.Alias cpe-ntp{i}
default Device.Time.Client.{i}.Enable true
default Device.Time.Client.{i}.Status Synchronized
default Device.Time.Client.{i}.Servers pool.ntp.org
default Device.Time.CurrentLocalTime 0001-01-01T00:00:00Z gen=clock
default Device.Time.LocalTimeZone "CET-1CEST,M3.5.0,M10.5.0/3"

instances Device.Users.User.{i}. 1-2
default Device.Users.User.{i}.Alias cpe-user{i}
default Device.Users.User.{i}.Enable true
default Device.Users.User.{i}.Username user{i}
default Device.Users.User.1.Username admin
default Device.Users.User.{i}.Password "secret{i}"
default Device.Users.User.{i}.Language en

# --- Ethernet: WAN port 1, LAN ports 2-5 --------------------------------------------------
instances Device.Ethernet.Interface.{i}. 1-5
default Device.Ethernet.Interface.{i}.Alias cpe-eth{i}
default Device.Ethernet.Interface.{i}.Enable true
default Device.Ethernet.Interface.{i}.Status Up
default Device.Ethernet.Interface.{i}.Name eth{i-1}
default Device.Ethernet.Interface.{i}.Upstream false
default Device.Ethernet.Interface.1.Upstream true
default Device.Ethernet.Interface.{i}.MACAddress "02:5A:${DeviceIndexHiHex}:${DeviceIndexLoHex}:{i/256:x2}:{i%256:x2}"
default Device.Ethernet.Interface.{i}.MaxBitRate 1000
default Device.Ethernet.Interface.{i}.CurrentBitRate 1000
default Device.Ethernet.Interface.{i}.DuplexMode Full
default Device.Ethernet.Interface.{i}.Stats.BytesSent 0 gen=counter:12000
default Device.Ethernet.Interface.{i}.Stats.BytesReceived 0 gen=counter:48000
default Device.Ethernet.Interface.{i}.Stats.PacketsSent 0 gen=counter:20
default Device.Ethernet.Interface.{i}.Stats.PacketsReceived 0 gen=counter:45
default Device.Ethernet.Interface.{i}.Stats.UnicastPacketsSent 0 gen=counter:19
default Device.Ethernet.Interface.{i}.Stats.UnicastPacketsReceived 0 gen=counter:43

instances Device.Ethernet.Link.{i}. 1-2
default Device.Ethernet.Link.{i}.Alias cpe-link{i}
default Device.Ethernet.Link.{i}.Enable true
default Device.Ethernet.Link.{i}.Status Up
default Device.Ethernet.Link.1.Name wan
default Device.Ethernet.Link.2.Name br-lan
default Device.Ethernet.Link.1.LowerLayers Device.Ethernet.Interface.1
default Device.Ethernet.Link.2.LowerLayers "Device.Ethernet.Interface.2,Device.Ethernet.Interface.3,Device.Ethernet.Interface.4,Device.Ethernet.Interface.5"

# --- WiFi: two radios, four SSIDs/APs -----------------------------------------------------
instances Device.WiFi.Radio.{i}. 1-2
default Device.WiFi.Radio.{i}.Alias cpe-radio{i}
default Device.WiFi.Radio.{i}.Enable true
default Device.WiFi.Radio.{i}.Status Up
default Device.WiFi.Radio.{i}.Name wlan{i-1}
default Device.WiFi.Radio.1.OperatingFrequencyBand 2.4GHz
default Device.WiFi.Radio.2.OperatingFrequencyBand 5GHz
default Device.WiFi.Radio.1.SupportedFrequencyBands 2.4GHz
default Device.WiFi.Radio.2.SupportedFrequencyBands 5GHz
default Device.WiFi.Radio.1.Channel 6
default Device.WiFi.Radio.2.Channel 36
default Device.WiFi.Radio.{i}.AutoChannelSupported true
default Device.WiFi.Radio.{i}.AutoChannelEnable true
default Device.WiFi.Radio.{i}.OperatingStandards "n,ac"
default Device.WiFi.Radio.{i}.SupportedStandards "b,g,n,ac"
default Device.WiFi.Radio.{i}.TransmitPower 100
default Device.WiFi.Radio.{i}.RegulatoryDomain "DE "
default Device.WiFi.Radio.{i}.Stats.BytesSent 0 gen=counter:30000
default Device.WiFi.Radio.{i}.Stats.BytesReceived 0 gen=counter:9000
default Device.WiFi.Radio.{i}.Stats.Noise -90
# IEEE 802.11h measurement request/report frames: fixed sizes (11, 12, 11, 19 octets), so an
# idle radio reports zero-filled frames rather than empty strings.
default Device.WiFi.Radio.{i}.CCARequest 0000000000000000000000
default Device.WiFi.Radio.{i}.CCAReport 000000000000000000000000
default Device.WiFi.Radio.{i}.RPIHistogramRequest 0000000000000000000000
default Device.WiFi.Radio.{i}.RPIHistogramReport 00000000000000000000000000000000000000

instances Device.WiFi.SSID.{i}. 1-4
default Device.WiFi.SSID.{i}.Alias cpe-ssid{i}
default Device.WiFi.SSID.{i}.Enable true
default Device.WiFi.SSID.{i}.Status Up
default Device.WiFi.SSID.{i}.Name wl{i}
default Device.WiFi.SSID.{i}.SSID "SimNet-${SerialNumber}-{i}"
default Device.WiFi.SSID.{i}.MACAddress "02:5B:${DeviceIndexHiHex}:${DeviceIndexLoHex}:{i/256:x2}:{i%256:x2}"
default Device.WiFi.SSID.{i}.BSSID "02:5B:${DeviceIndexHiHex}:${DeviceIndexLoHex}:{i/256:x2}:{i%256:x2}"
default Device.WiFi.SSID.1.LowerLayers Device.WiFi.Radio.1
default Device.WiFi.SSID.2.LowerLayers Device.WiFi.Radio.2
default Device.WiFi.SSID.3.LowerLayers Device.WiFi.Radio.1
default Device.WiFi.SSID.4.LowerLayers Device.WiFi.Radio.2
default Device.WiFi.SSID.{i}.Stats.BytesSent 0 gen=counter:15000
default Device.WiFi.SSID.{i}.Stats.BytesReceived 0 gen=counter:4000
default Device.WiFi.SSID.{i}.Stats.PacketsSent 0 gen=counter:15
default Device.WiFi.SSID.{i}.Stats.PacketsReceived 0 gen=counter:8

instances Device.WiFi.AccessPoint.{i}. 1-4
default Device.WiFi.AccessPoint.{i}.Alias cpe-ap{i}
default Device.WiFi.AccessPoint.{i}.Enable true
default Device.WiFi.AccessPoint.{i}.Status Enabled
default Device.WiFi.AccessPoint.{i}.SSIDReference Device.WiFi.SSID.{i}
default Device.WiFi.AccessPoint.{i}.SSIDAdvertisementEnabled true
default Device.WiFi.AccessPoint.{i}.MaxAllowedAssociations 32
default Device.WiFi.AccessPoint.{i}.Security.ModesSupported "None,WPA2-Personal,WPA3-Personal,WPA3-Personal-Transition"
default Device.WiFi.AccessPoint.{i}.Security.ModeEnabled WPA2-Personal
default Device.WiFi.AccessPoint.{i}.Security.KeyPassphrase "sim-wifi-key-{i}"
instances Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}. 1-2
instances Device.WiFi.AccessPoint.3.AssociatedDevice.{i}. none
instances Device.WiFi.AccessPoint.4.AssociatedDevice.{i}. none
default Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.MACAddress "02:AA:${DeviceIndexHiHex}:${DeviceIndexLoHex}:{i1:x2}:{i2:x2}"
default Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.AuthenticationState true
default Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.Active true gen=flap:900
default Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.SignalStrength -55
default Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.LastDataDownlinkRate 433000
default Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.LastDataUplinkRate 200000
default Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.Stats.BytesSent 0 gen=counter:5000
default Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.Stats.BytesReceived 0 gen=counter:1500

# --- IP: WAN (1), LAN (2), loopback (3) -----------------------------------------------------
default Device.IP.IPv4Capable true
default Device.IP.IPv4Enable true
default Device.IP.IPv4Status Enabled
default Device.IP.IPv6Capable true
default Device.IP.IPv6Enable true
default Device.IP.IPv6Status Enabled
instances Device.IP.Interface.{i}. 1-3
default Device.IP.Interface.{i}.Alias cpe-ip{i}
default Device.IP.Interface.{i}.Enable true
default Device.IP.Interface.{i}.IPv4Enable true
default Device.IP.Interface.{i}.IPv6Enable true
default Device.IP.Interface.{i}.Status Up
default Device.IP.Interface.1.Name wan
default Device.IP.Interface.2.Name lan
default Device.IP.Interface.3.Name lo
default Device.IP.Interface.1.LowerLayers Device.Ethernet.Link.1
default Device.IP.Interface.2.LowerLayers Device.Ethernet.Link.2
default Device.IP.Interface.3.Type Loopback
default Device.IP.Interface.3.Loopback true
default Device.IP.Interface.{i}.MaxMTUSize 1500
default Device.IP.Interface.{i}.Stats.BytesSent 0 gen=counter:20000
default Device.IP.Interface.{i}.Stats.BytesReceived 0 gen=counter:60000
default Device.IP.Interface.{i}.Stats.PacketsSent 0 gen=counter:30
default Device.IP.Interface.{i}.Stats.PacketsReceived 0 gen=counter:70
instances Device.IP.Interface.{i}.IPv4Address.{i}. 1
default Device.IP.Interface.{i}.IPv4Address.{i}.Alias cpe-ipv4-{i}
default Device.IP.Interface.{i}.IPv4Address.{i}.Enable true
default Device.IP.Interface.{i}.IPv4Address.{i}.Status Enabled
default Device.IP.Interface.1.IPv4Address.1.IPAddress "100.64.${DeviceIndexHi}.${DeviceIndexLo}"
default Device.IP.Interface.1.IPv4Address.1.SubnetMask 255.192.0.0
default Device.IP.Interface.1.IPv4Address.1.AddressingType DHCP
default Device.IP.Interface.2.IPv4Address.1.IPAddress 192.168.1.1
default Device.IP.Interface.2.IPv4Address.1.SubnetMask 255.255.255.0
default Device.IP.Interface.2.IPv4Address.1.AddressingType Static
default Device.IP.Interface.3.IPv4Address.1.IPAddress 127.0.0.1
default Device.IP.Interface.3.IPv4Address.1.SubnetMask 255.0.0.0
default Device.IP.Interface.3.IPv4Address.1.AddressingType Static
instances Device.IP.Interface.{i}.IPv6Address.{i}. 1
instances Device.IP.Interface.3.IPv6Address.{i}. none
default Device.IP.Interface.{i}.IPv6Address.{i}.Alias cpe-ipv6-{i}
default Device.IP.Interface.{i}.IPv6Address.{i}.Enable true
default Device.IP.Interface.{i}.IPv6Address.{i}.Status Enabled
default Device.IP.Interface.{i}.IPv6Address.{i}.IPAddressStatus Preferred
default Device.IP.Interface.1.IPv6Address.1.IPAddress "2001:db8:${DeviceIndexHex}::1"
default Device.IP.Interface.2.IPv6Address.1.IPAddress "fe80::5a:1"
default Device.IP.Interface.{i}.IPv6Address.{i}.Origin AutoConfigured

# --- Diagnostics capabilities and input defaults (dm-tables.md) ---------------------------
default Device.IP.Diagnostics.IPv4PingSupported true
default Device.IP.Diagnostics.IPv6PingSupported true
default Device.IP.Diagnostics.IPv4TraceRouteSupported true
default Device.IP.Diagnostics.IPv6TraceRouteSupported true
default Device.IP.Diagnostics.IPv4DownloadDiagnosticsSupported true
default Device.IP.Diagnostics.IPv6DownloadDiagnosticsSupported true
default Device.IP.Diagnostics.IPv4UploadDiagnosticsSupported true
default Device.IP.Diagnostics.IPv6UploadDiagnosticsSupported true
default Device.IP.Diagnostics.IPv4UDPEchoDiagnosticsSupported true
default Device.IP.Diagnostics.IPv6UDPEchoDiagnosticsSupported true
default Device.IP.Diagnostics.IPv4ServerSelectionDiagnosticsSupported true
default Device.IP.Diagnostics.IPv6ServerSelectionDiagnosticsSupported true
default Device.IP.Diagnostics.IPPing.NumberOfRepetitions 3
default Device.IP.Diagnostics.IPPing.Timeout 1000
default Device.IP.Diagnostics.IPPing.DataBlockSize 64
default Device.IP.Diagnostics.TraceRoute.NumberOfTries 3
default Device.IP.Diagnostics.TraceRoute.Timeout 5000
default Device.IP.Diagnostics.TraceRoute.DataBlockSize 38
default Device.IP.Diagnostics.TraceRoute.MaxHopCount 30
default Device.IP.Diagnostics.DownloadDiagnostics.DownloadTransports HTTP
default Device.IP.Diagnostics.DownloadDiagnostics.NumberOfConnections 1
default Device.IP.Diagnostics.DownloadDiagnostics.DownloadDiagnosticMaxConnections 4
default Device.IP.Diagnostics.DownloadDiagnostics.DownloadDiagnosticsMaxIncrementalResult 100
default Device.IP.Diagnostics.UploadDiagnostics.UploadTransports HTTP
default Device.IP.Diagnostics.UploadDiagnostics.NumberOfConnections 1
default Device.IP.Diagnostics.UploadDiagnostics.UploadDiagnosticsMaxConnections 4
default Device.IP.Diagnostics.UploadDiagnostics.UploadDiagnosticsMaxIncrementalResult 100
default Device.IP.Diagnostics.UDPEchoDiagnostics.NumberOfRepetitions 3
default Device.IP.Diagnostics.UDPEchoDiagnostics.Timeout 1000
default Device.IP.Diagnostics.UDPEchoDiagnostics.DataBlockSize 24
default Device.IP.Diagnostics.UDPEchoDiagnostics.UDPEchoDiagnosticsMaxResults 100
default Device.IP.Diagnostics.ServerSelectionDiagnostics.NumberOfRepetitions 3
default Device.IP.Diagnostics.ServerSelectionDiagnostics.Timeout 1000
default Device.DNS.Diagnostics.NSLookupDiagnostics.Timeout 1000
default Device.DNS.Diagnostics.NSLookupDiagnostics.NumberOfRepetitions 1

# --- DHCPv4 server, hosts --------------------------------------------------------------------
default Device.DHCPv4.Server.Enable true
instances Device.DHCPv4.Server.Pool.{i}. 1
default Device.DHCPv4.Server.Pool.{i}.Alias cpe-pool{i}
default Device.DHCPv4.Server.Pool.{i}.Enable true
default Device.DHCPv4.Server.Pool.{i}.Status Enabled
default Device.DHCPv4.Server.Pool.{i}.Interface Device.IP.Interface.2
default Device.DHCPv4.Server.Pool.{i}.MinAddress 192.168.1.100
default Device.DHCPv4.Server.Pool.{i}.MaxAddress 192.168.1.249
default Device.DHCPv4.Server.Pool.{i}.SubnetMask 255.255.255.0
default Device.DHCPv4.Server.Pool.{i}.DNSServers 192.168.1.1
default Device.DHCPv4.Server.Pool.{i}.IPRouters 192.168.1.1
default Device.DHCPv4.Server.Pool.{i}.LeaseTime 86400
instances Device.DHCPv4.Server.Pool.{i}.StaticAddress.{i}. 1-2
default Device.DHCPv4.Server.Pool.{i}.StaticAddress.{i}.Alias cpe-static{i2}
default Device.DHCPv4.Server.Pool.{i}.StaticAddress.{i}.Enable true
default Device.DHCPv4.Server.Pool.{i}.StaticAddress.{i}.Chaddr "02:CC:00:00:00:{i2:x2}"
default Device.DHCPv4.Server.Pool.{i}.StaticAddress.{i}.Yiaddr "192.168.1.{i2+9}"
instances Device.DHCPv4.Server.Pool.{i}.Client.{i}. 1-16
default Device.DHCPv4.Server.Pool.{i}.Client.{i}.Alias cpe-client{i2}
default Device.DHCPv4.Server.Pool.{i}.Client.{i}.Chaddr "02:DD:${DeviceIndexHiHex}:${DeviceIndexLoHex}:{i2/256:x2}:{i2%256:x2}"
default Device.DHCPv4.Server.Pool.{i}.Client.{i}.Active true
instances Device.DHCPv4.Server.Pool.{i}.Client.{i}.IPv4Address.{i}. 1
default Device.DHCPv4.Server.Pool.{i}.Client.{i}.IPv4Address.{i}.IPAddress "192.168.1.{i2+99}"
default Device.DHCPv4.Server.Pool.{i}.Client.{i}.IPv4Address.{i}.LeaseTimeRemaining 2025-01-02T00:00:00Z

instances Device.Hosts.Host.{i}. 1-24
default Device.Hosts.Host.{i}.PhysAddress "02:DD:${DeviceIndexHiHex}:${DeviceIndexLoHex}:{i/256:x2}:{i%256:x2}"
default Device.Hosts.Host.{i}.IPAddress "192.168.1.{i+99}"
default Device.Hosts.Host.{i}.Layer3Interface Device.IP.Interface.2
default Device.Hosts.Host.{i}.Layer1Interface Device.Ethernet.Interface.2
default Device.Hosts.Host.{i}.InterfaceType Ethernet
default Device.Hosts.Host.{i}.HostName "host-{i}"
default Device.Hosts.Host.{i}.Active true gen=flap:600
default Device.Hosts.Host.{i}.ActiveLastChange 2025-01-01T00:00:00Z
instances Device.Hosts.Host.{i}.IPv4Address.{i}. 1
default Device.Hosts.Host.{i}.IPv4Address.{i}.IPAddress "192.168.1.{i1+99}"
instances Device.Hosts.Host.{i}.IPv6Address.{i}. 1
default Device.Hosts.Host.{i}.IPv6Address.{i}.IPAddress "fe80::dd:{i1:x4}"
default Device.Hosts.Host.{i}.WANStats.BytesSent 0 gen=counter:800
default Device.Hosts.Host.{i}.WANStats.BytesReceived 0 gen=counter:4000
default Device.Hosts.Host.{i}.WANStats.PacketsSent 0 gen=counter:3
default Device.Hosts.Host.{i}.WANStats.PacketsReceived 0 gen=counter:6

# --- NAT, DNS, firewall ------------------------------------------------------------------------
instances Device.NAT.InterfaceSetting.{i}. 1
default Device.NAT.InterfaceSetting.{i}.Alias cpe-natif{i}
default Device.NAT.InterfaceSetting.{i}.Enable true
default Device.NAT.InterfaceSetting.{i}.Status Enabled
default Device.NAT.InterfaceSetting.{i}.Interface Device.IP.Interface.1
instances Device.NAT.PortMapping.{i}. 1-8
default Device.NAT.PortMapping.{i}.Alias cpe-pm{i}
default Device.NAT.PortMapping.{i}.Enable true
default Device.NAT.PortMapping.{i}.Status Enabled
default Device.NAT.PortMapping.{i}.Interface Device.IP.Interface.1
default Device.NAT.PortMapping.{i}.ExternalPort {i+8000}
default Device.NAT.PortMapping.{i}.InternalPort 80
default Device.NAT.PortMapping.{i}.Protocol TCP
default Device.NAT.PortMapping.{i}.InternalClient "192.168.1.{i+99}"
default Device.NAT.PortMapping.{i}.Description "mapping {i}"

default Device.DNS.Client.Enable true
default Device.DNS.Client.Status Enabled
instances Device.DNS.Client.Server.{i}. 1-2
default Device.DNS.Client.Server.{i}.Alias cpe-dns{i}
default Device.DNS.Client.Server.{i}.Enable true
default Device.DNS.Client.Server.{i}.Status Enabled
default Device.DNS.Client.Server.1.DNSServer 9.9.9.9
default Device.DNS.Client.Server.2.DNSServer 1.1.1.1
default Device.DNS.Client.Server.{i}.Interface Device.IP.Interface.1
default Device.DNS.Client.Server.{i}.Type DHCPv4
default Device.DNS.Relay.Enable true
default Device.DNS.Relay.Status Enabled
instances Device.DNS.Relay.Forwarding.{i}. 1
default Device.DNS.Relay.Forwarding.{i}.Alias cpe-fwd{i}
default Device.DNS.Relay.Forwarding.{i}.Enable true
default Device.DNS.Relay.Forwarding.{i}.Status Enabled
default Device.DNS.Relay.Forwarding.{i}.DNSServer 9.9.9.9
default Device.DNS.Relay.Forwarding.{i}.Interface Device.IP.Interface.2

default Device.Firewall.Enable true
default Device.Firewall.Config Advanced
