# tr098-igd: a legacy TR-098 (InternetGatewayDevice:1.14) DSL-era gateway with one LAN,
# one WLAN and one routed WAN IP connection. Format: README.md.

include tr098-schema.inc

var SerialNumber SIM0000000001
var AcsUrl http://127.0.0.1:7547/
var ConnectionRequestURL http://127.0.0.1:30005/
var DeviceIndex 0
var DeviceIndexHi 0
var DeviceIndexLo 0
var DeviceIndexHex 0000
var DeviceIndexHiHex 00
var DeviceIndexLoHex 00

default InternetGatewayDevice.DeviceSummary "InternetGatewayDevice:1.4[](Baseline:2, EthernetLAN:1, WiFiLAN:1, IPPing:1, Time:1)"
default InternetGatewayDevice.DeviceInfo.Manufacturer "CWMP Workbench"
default InternetGatewayDevice.DeviceInfo.ManufacturerOUI 00D09E
default InternetGatewayDevice.DeviceInfo.ModelName "SimRouter 1"
default InternetGatewayDevice.DeviceInfo.Description "Simulated legacy TR-098 gateway"
default InternetGatewayDevice.DeviceInfo.ProductClass SimRouter
default InternetGatewayDevice.DeviceInfo.SerialNumber ${SerialNumber}
default InternetGatewayDevice.DeviceInfo.HardwareVersion HW-1.0
default InternetGatewayDevice.DeviceInfo.SoftwareVersion 2.8.14
default InternetGatewayDevice.DeviceInfo.SpecVersion 1.0
default InternetGatewayDevice.DeviceInfo.UpTime 0 gen=uptime
default InternetGatewayDevice.DeviceInfo.FirstUseDate 2025-01-01T00:00:00Z
default InternetGatewayDevice.DeviceInfo.MemoryStatus.Total 131072
default InternetGatewayDevice.DeviceInfo.MemoryStatus.Free 65536 gen=gauge:90000
default InternetGatewayDevice.DeviceInfo.ProcessStatus.CPUUsage 12 gen=gauge:70
instances InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}. 1
default InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Name config.bin
default InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Version 1

default InternetGatewayDevice.ManagementServer.URL ${AcsUrl}
default InternetGatewayDevice.ManagementServer.Username "cpe-${SerialNumber}"
default InternetGatewayDevice.ManagementServer.PeriodicInformEnable true
default InternetGatewayDevice.ManagementServer.PeriodicInformInterval 3600
default InternetGatewayDevice.ManagementServer.ConnectionRequestURL ${ConnectionRequestURL}
default InternetGatewayDevice.ManagementServer.ConnectionRequestUsername "cr-${SerialNumber}"
default InternetGatewayDevice.ManagementServer.ConnectionRequestPassword cr-secret
default InternetGatewayDevice.ManagementServer.CWMPRetryMinimumWaitInterval 5
default InternetGatewayDevice.ManagementServer.CWMPRetryIntervalMultiplier 2000
default InternetGatewayDevice.ManagementServer.STUNServerPort 3478
default InternetGatewayDevice.ManagementServer.STUNMaximumKeepAlivePeriod -1

default InternetGatewayDevice.Time.NTPServer1 pool.ntp.org
default InternetGatewayDevice.Time.CurrentLocalTime 0001-01-01T00:00:00Z gen=clock
default InternetGatewayDevice.Capabilities.PerformanceDiagnostic.DownloadTransports HTTP
default InternetGatewayDevice.Capabilities.PerformanceDiagnostic.UploadTransports HTTP

default InternetGatewayDevice.IPPingDiagnostics.NumberOfRepetitions 3
default InternetGatewayDevice.IPPingDiagnostics.Timeout 1000
default InternetGatewayDevice.IPPingDiagnostics.DataBlockSize 64
default InternetGatewayDevice.TraceRouteDiagnostics.NumberOfTries 3
default InternetGatewayDevice.TraceRouteDiagnostics.Timeout 5000
default InternetGatewayDevice.TraceRouteDiagnostics.DataBlockSize 38
default InternetGatewayDevice.TraceRouteDiagnostics.MaxHopCount 30

instances InternetGatewayDevice.LANDevice.{i}. 1
instances InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}. 1
default InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPServerEnable true
default InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MinAddress 192.168.1.100
default InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MaxAddress 192.168.1.249
default InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.SubnetMask 255.255.255.0
default InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.Enable true
default InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceIPAddress 192.168.1.1
default InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceSubnetMask 255.255.255.0
instances InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}. 1-4
default InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Enable true
default InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Status Up
default InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MACAddress "02:5A:${DeviceIndexHiHex}:${DeviceIndexLoHex}:00:{i2:x2}"
default InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BytesSent 0 gen=counter:8000
default InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BytesReceived 0 gen=counter:3000
instances InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}. 1
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Enable true
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Channel 6
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.SSID "SimRouter-${SerialNumber}"
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BeaconType 11i
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BSSID "02:5B:${DeviceIndexHiHex}:${DeviceIndexLoHex}:00:01"
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Standard g
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalBytesSent 0 gen=counter:6000
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalBytesReceived 0 gen=counter:2000
instances InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}. 1-2
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.AssociatedDeviceMACAddress "02:AA:${DeviceIndexHiHex}:${DeviceIndexLoHex}:00:{i3:x2}"
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.AssociatedDeviceIPAddress "192.168.1.{i3+109}"
default InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.AssociatedDeviceAuthenticationState true
instances InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}. 1-8
default InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.IPAddress "192.168.1.{i2+99}"
default InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.AddressSource DHCP
default InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.MACAddress "02:DD:${DeviceIndexHiHex}:${DeviceIndexLoHex}:00:{i2:x2}"
default InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.HostName "host-{i2}"
default InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.InterfaceType Ethernet
default InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.Active true gen=flap:600

instances InternetGatewayDevice.WANDevice.{i}. 1
default InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.WANAccessType Ethernet
default InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.PhysicalLinkStatus Up
default InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalBytesSent 0 gen=counter:20000
default InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalBytesReceived 0 gen=counter:70000
instances InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}. 1
instances InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}. 1
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Enable true
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionStatus Connected
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionType IP_Routed
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Name wan
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Uptime 0 gen=uptime
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.NATEnabled true
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.AddressingType DHCP
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ExternalIPAddress "100.64.${DeviceIndexHi}.${DeviceIndexLo}"
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.SubnetMask 255.192.0.0
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DefaultGateway 100.64.0.1
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSServers "9.9.9.9,1.1.1.1"
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MACAddress "02:5A:${DeviceIndexHiHex}:${DeviceIndexLoHex}:00:00"
instances InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}. 1-2
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingEnabled true
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.ExternalPort "{i4+8000}"
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.InternalPort 80
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingProtocol TCP
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.InternalClient "192.168.1.{i4+99}"
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingDescription "mapping {i4}"
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBytesSent 0 gen=counter:20000
default InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBytesReceived 0 gen=counter:70000
