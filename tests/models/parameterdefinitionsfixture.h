#pragma once

// A small data model in the Broadband Forum XML format, written to a temporary folder and
// imported with the real importer: fast, deterministic cases for the parameter browser's
// use of definitions (tests/models and tests/ui share it). Also finds the Forum's TR-181
// beside the checkout for the cases that need the real thing.

#include <datamodel/importer.h>
#include <support/testpaths.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace testsupport {

inline QByteArray craftedDataModelXml()
{
    return QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<dm:document xmlns:dm="urn:broadband-forum-org:cwmp:datamodel-1-14" spec="urn:example-com:crafted-1-0" file="crafted-1-0.xml">
  <dataType name="IPAddress">
    <description>An IPv4 or IPv6 address.</description>
    <string><size maxLength="45"/></string>
  </dataType>
  <model name="Device:2.3">
    <object name="Device." access="readOnly" minEntries="1" maxEntries="1">
      <description>The top-level object.</description>
    </object>
    <object name="Device.DeviceInfo." access="readOnly" minEntries="1" maxEntries="1">
      <description>Information about the device.</description>
      <parameter name="Manufacturer" access="readOnly">
        <description>The manufacturer of the CPE.</description>
        <syntax><string><size maxLength="64"/></string></syntax>
      </parameter>
      <parameter name="ProvisioningCode" access="readWrite" activeNotify="forceEnabled" forcedInform="true">
        <description>Identifier of the primary service provider and other provisioning information.</description>
        <syntax><string><size maxLength="64"/><pattern value=""/><pattern value="[A-Z0-9]+(\.[A-Z0-9]+)*"/></string></syntax>
      </parameter>
      <parameter name="UpTime" access="readOnly">
        <description>Time since the CPE was last restarted.</description>
        <syntax><unsignedInt><units value="seconds"/></unsignedInt></syntax>
      </parameter>
      <parameter name="SoftwareVersion" access="readOnly" version="2.1">
        <description>The software version.</description>
        <syntax><string><size maxLength="64"/></string></syntax>
      </parameter>
      <parameter name="ManagementAddress" access="readWrite" status="deprecated">
        <description>Where the device is managed from.</description>
        <syntax><dataType ref="IPAddress"/><default type="object" value=""/></syntax>
      </parameter>
    </object>
    <object name="Device.ManagementServer." access="readOnly" minEntries="1" maxEntries="1">
      <parameter name="PeriodicInformEnable" access="readWrite">
        <syntax><boolean/></syntax>
      </parameter>
      <parameter name="PeriodicInformInterval" access="readWrite">
        <description>The interval between periodic Informs.</description>
        <syntax><unsignedInt><range minInclusive="30" maxInclusive="86400"/><units value="seconds"/></unsignedInt></syntax>
      </parameter>
    </object>
    <object name="Device.Time." access="readOnly" minEntries="1" maxEntries="1">
      <parameter name="LocalTimeZoneOffset" access="readWrite">
        <syntax><int><range minInclusive="-720" maxInclusive="840"/><units value="minutes"/></int></syntax>
      </parameter>
    </object>
    <object name="Device.WiFi." access="readOnly" minEntries="1" maxEntries="1">
      <parameter name="SSIDNumberOfEntries" access="readOnly">
        <syntax><unsignedInt/></syntax>
      </parameter>
    </object>
    <object name="Device.WiFi.SSID.{i}." access="readWrite" minEntries="0" maxEntries="unbounded" numEntriesParameter="SSIDNumberOfEntries">
      <description>A WiFi SSID.</description>
      <parameter name="SSID" access="readWrite">
        <description>The current service set identifier in use by the connection.</description>
        <syntax><string><size maxLength="32"/></string></syntax>
      </parameter>
    </object>
    <object name="Device.WiFi.AccessPoint.{i}." access="readWrite" minEntries="0" maxEntries="unbounded">
      <description>An access point.</description>
      <parameter name="PushButtonPin" access="readWrite">
        <description>The PIN a client enters for WPS PIN configuration.</description>
        <syntax><string><size maxLength="8"/></string></syntax>
      </parameter>
    </object>
    <object name="Device.WiFi.AccessPoint.{i}.Security." access="readOnly" minEntries="1" maxEntries="1">
      <parameter name="ModeEnabled" access="readWrite">
        <description>The security mode enabled on the access point.</description>
        <syntax><string>
          <enumeration value="None"/>
          <enumeration value="WEP-64"/>
          <enumeration value="WPA2-Personal"/>
          <enumeration value="WPA3-Personal"/>
          <enumeration value="Vendor" access="readOnly"/>
        </string></syntax>
      </parameter>
    </object>
    <object name="Device.WiFi.AccessPoint.{i}.WPS." access="readOnly" minEntries="1" maxEntries="1">
      <parameter name="Enable" access="readWrite">
        <description>Enables or disables this function.</description>
        <syntax><boolean/></syntax>
      </parameter>
    </object>
  </model>
</dm:document>
)");
}

// Imports the crafted model; an empty pointer (and a failed QVERIFY in the caller) on error.
inline std::shared_ptr<const datamodel::DataModel> importCraftedModel(const QTemporaryDir &dir, QString *error)
{
    const QString file = dir.filePath(QStringLiteral("crafted-1-0.xml"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(craftedDataModelXml()) < 0) {
        *error = out.errorString();
        return {};
    }
    out.close();
    const datamodel::ImportResult result = datamodel::Importer().importFile(file);
    if (!result.ok() || result.models.isEmpty()) {
        *error = result.error.toString();
        return {};
    }
    return std::make_shared<const datamodel::DataModel>(result.models.constFirst());
}

// The Forum's TR-181 full file beside the checkout, or "" when absent.
inline QString tr181File()
{
    const QString file = sharedFile(QStringLiteral("datamodels/tr-181-2-19-1-cwmp-full.xml"));
    return QFileInfo::exists(file) ? file : QString();
}

} // namespace testsupport
