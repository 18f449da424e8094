<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>CWMP Workbench</source>
        <translation>CWMP Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the window and quit CWMP Workbench</source>
        <translation>Das Fenster schließen und CWMP Workbench beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CWMP Workbench</source>
        <translation>Ü&amp;ber CWMP Workbench</translation>
    </message>
    <message>
        <source>Show the version of CWMP Workbench</source>
        <translation>Die Version von CWMP Workbench anzeigen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of the Qt libraries</source>
        <translation>Die Version der Qt-Bibliotheken anzeigen</translation>
    </message>
    <message>
        <source>No devices yet</source>
        <translation>Noch keine Geräte</translation>
    </message>
    <message>
        <source>Devices that contact the ACS will be listed here. This build does not include the ACS yet.</source>
        <translation>Geräte, die sich beim ACS melden, werden hier aufgelistet. Dieser Build enthält den ACS noch nicht.</translation>
    </message>
    <message>
        <source>ACS not running</source>
        <translation>ACS läuft nicht</translation>
    </message>
    <message>
        <source>About CWMP Workbench</source>
        <translation>Über CWMP Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CWMP Workbench %1&lt;/h3&gt;&lt;p&gt;A lab console for broadband devices managed with TR-069 (CWMP).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CWMP Workbench %1&lt;/h3&gt;&lt;p&gt;Eine Laborkonsole für Breitbandgeräte, die über TR-069 (CWMP) verwaltet werden.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
