# tr181-large: the tr181-gateway device with a busy LAN: 500 hosts, 250 DHCP leases,
# 300 port mappings and 16 Wi-Fi stations per access point, for load and paging tests
# (more than 20,000 parameters).

include tr181-gateway.profile

instances Device.Hosts.Host.{i}. 1-500
instances Device.DHCPv4.Server.Pool.{i}.Client.{i}. 1-250
instances Device.NAT.PortMapping.{i}. 1-300
instances Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}. 1-16
instances Device.WiFi.AccessPoint.3.AssociatedDevice.{i}. 1-16
instances Device.WiFi.AccessPoint.4.AssociatedDevice.{i}. 1-16
instances Device.DeviceInfo.ProcessStatus.Process.{i}. 1-64
default Device.Hosts.Host.{i}.IPAddress "10.0.{i1/250}.{i1%250+1}"
default Device.Hosts.Host.{i}.IPv4Address.{i}.IPAddress "10.0.{i1/250}.{i1%250+1}"
default Device.DHCPv4.Server.Pool.{i}.MinAddress 10.0.0.1
default Device.DHCPv4.Server.Pool.{i}.MaxAddress 10.255.255.254
default Device.DHCPv4.Server.Pool.{i}.SubnetMask 255.0.0.0
default Device.DHCPv4.Server.Pool.{i}.Client.{i}.IPv4Address.{i}.IPAddress "10.1.{i2/250}.{i2%250+1}"
default Device.NAT.PortMapping.{i}.InternalClient "10.0.{i/250}.{i%250+1}"
default Device.DeviceInfo.ProductClass SimGatewayXL
