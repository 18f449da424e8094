<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>TimeWindow</name>
    <message>
        <source>Any time in the window, as the device sees fit; it may interrupt the user.</source>
        <translation>Zu einem beliebigen Zeitpunkt im Zeitfenster, wie es das Gerät für richtig hält; der Benutzer kann dabei gestört werden.</translation>
    </message>
    <message>
        <source>Right at the start of the window; it may interrupt the user.</source>
        <translation>Gleich zu Beginn des Zeitfensters; der Benutzer kann dabei gestört werden.</translation>
    </message>
    <message>
        <source>When the device is idle (no calls, little traffic) during the window.</source>
        <translation>Wenn das Gerät während des Zeitfensters im Leerlauf ist (keine Anrufe, wenig Datenverkehr).</translation>
    </message>
    <message>
        <source>Only after the user confirms on the device (shown the message below). The simulator has no user: it gives up with fault 9020 at the window&apos;s end.</source>
        <translation>Erst nachdem der Benutzer am Gerät bestätigt hat (ihm wird die unten stehende Nachricht angezeigt). Der Simulator hat keinen Benutzer: Er gibt am Ende des Zeitfensters mit Fehler 9020 auf.</translation>
    </message>
    <message>
        <source>Give one or two time windows (you gave %1).</source>
        <translation>Geben Sie ein oder zwei Zeitfenster an (angegeben: %1).</translation>
    </message>
    <message>
        <source>A time window starts (%1 s) after it ends (%2 s).</source>
        <translation>Ein Zeitfenster beginnt (%1 s) nach seinem Ende (%2 s).</translation>
    </message>
    <message>
        <source>Unknown window mode &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannter Zeitfenstermodus „%1“: Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>The user message is limited to 256 characters.</source>
        <translation>Die Benutzernachricht ist auf 256 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>Maximum retries must be -1 (the device decides) or more.</source>
        <translation>Die maximale Anzahl der Wiederholungen muss -1 (das Gerät entscheidet) oder größer sein.</translation>
    </message>
    <message>
        <source>The two time windows overlap.</source>
        <translation>Die beiden Zeitfenster überschneiden sich.</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>acs</name>
    <message>
        <source>read-only on the device</source>
        <translation type="vanished">auf dem Gerät schreibgeschützt</translation>
    </message>
    <message>
        <source>the device does not have this parameter</source>
        <translation type="vanished">das Gerät hat diesen Parameter nicht</translation>
    </message>
    <message>
        <source>not in the target; parameters cannot be deleted</source>
        <translation type="vanished">nicht im Ziel; Parameter können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>only its writability differs</source>
        <translation type="vanished">nur die Beschreibbarkeit unterscheidet sich</translation>
    </message>
</context>
<context>
    <name>acs::ConnectionRequester</name>
    <message>
        <source>the device has not reported a usable ConnectionRequestURL</source>
        <translation>das Gerät hat keine verwendbare ConnectionRequestURL gemeldet</translation>
    </message>
    <message>
        <source>a connection request to this device is already under way</source>
        <translation>eine Verbindungsanforderung an dieses Gerät läuft bereits</translation>
    </message>
    <message>
        <source>a connection request was sent %1 s ago; try again in %2 s</source>
        <translation>vor %1 s wurde eine Verbindungsanforderung gesendet; erneut versuchen in %2 s</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <source>accepted by %1 (HTTP %2); the device should open a session now</source>
        <translation>von %1 angenommen (HTTP %2); das Gerät sollte jetzt eine Sitzung öffnen</translation>
    </message>
    <message>
        <source>device refused credentials (401)</source>
        <translation>Gerät hat die Anmeldedaten abgelehnt (401)</translation>
    </message>
    <message>
        <source>device is busy and refused the request (503)</source>
        <translation>Gerät ist ausgelastet und hat die Anforderung abgelehnt (503)</translation>
    </message>
    <message>
        <source>device answered HTTP %1</source>
        <translation>Gerät antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>acs::PlanRunner</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>the device returned no instance number</source>
        <translation>das Gerät hat keine Instanznummer zurückgegeben</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Add an instance to %1</source>
        <translation>Instanz zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add an instance to %1 (for %2)</source>
        <translation>Instanz zu %1 hinzufügen (für %2)</translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation>%1 = %2 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Set %n values</source>
        <translation>
            <numerusform>%n Wert setzen</numerusform>
            <numerusform>%n Werte setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acs::Provisioning</name>
    <message>
        <source>No device &apos;%1&apos;</source>
        <translation>Kein Gerät &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Nothing is known of the device&apos;s parameters yet: refresh them first</source>
        <translation>Über die Parameter des Geräts ist noch nichts bekannt: aktualisieren Sie sie zuerst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no tree: use &quot;current&quot;, a snapshot id or &quot;device:&lt;id&gt;&quot;</source>
        <translation>&apos;%1&apos; bezeichnet keinen Baum: verwenden Sie &quot;current&quot;, eine Snapshot-ID oder &quot;device:&lt;id&gt;&quot;</translation>
    </message>
    <message>
        <source>Snapshot %1 belongs to another device</source>
        <translation>Snapshot %1 gehört zu einem anderen Gerät</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
</context>
<context>
    <name>acs::ProvisioningPlan</name>
    <message>
        <source>read-only on the device</source>
        <translation>auf dem Gerät schreibgeschützt</translation>
    </message>
    <message>
        <source>the device does not have this parameter</source>
        <translation>das Gerät hat diesen Parameter nicht</translation>
    </message>
    <message>
        <source>not in the target; parameters cannot be deleted</source>
        <translation>nicht im Ziel; Parameter können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>only its writability differs</source>
        <translation>nur die Beschreibbarkeit unterscheidet sich</translation>
    </message>
</context>
<context>
    <name>acs::TransferTracker</name>
    <message>
        <source>The file is registered as &quot;%1&quot;, not as a firmware upgrade image.</source>
        <translation>Die Datei ist als „%1“ registriert, nicht als Firmware-Upgrade-Image.</translation>
    </message>
    <message>
        <source>The image is meant for OUI %1; this device has OUI %2.</source>
        <translation>Das Image ist für die OUI %1 bestimmt; dieses Gerät hat die OUI %2.</translation>
    </message>
    <message>
        <source>The image is meant for product class %1; this device is a %2.</source>
        <translation>Das Image ist für die Produktklasse %1 bestimmt; dieses Gerät ist ein %2.</translation>
    </message>
    <message>
        <source>The device already runs version %1: the upgrade would change nothing.</source>
        <translation>Auf dem Gerät läuft bereits Version %1: das Upgrade würde nichts ändern.</translation>
    </message>
    <message>
        <source>Download failure (9010): the device could not complete the transfer.</source>
        <translation>Download fehlgeschlagen (9010): das Gerät konnte die Übertragung nicht abschließen.</translation>
    </message>
    <message>
        <source>Upload failure (9011): the device could not send the file.</source>
        <translation>Upload fehlgeschlagen (9011): das Gerät konnte die Datei nicht senden.</translation>
    </message>
    <message>
        <source>The file server refused the device&apos;s credentials (9012).</source>
        <translation>Der Dateiserver hat die Anmeldedaten des Geräts abgelehnt (9012).</translation>
    </message>
    <message>
        <source>The device does not support the URL&apos;s protocol (9013).</source>
        <translation>Das Gerät unterstützt das Protokoll der URL nicht (9013).</translation>
    </message>
    <message>
        <source>The device could not reach the file server (9015).</source>
        <translation>Das Gerät konnte den Dateiserver nicht erreichen (9015).</translation>
    </message>
    <message>
        <source>File not found at the URL (9016): the file server did not give the device the file.</source>
        <translation>Datei unter der URL nicht gefunden (9016): der Dateiserver hat dem Gerät die Datei nicht geliefert.</translation>
    </message>
    <message>
        <source>The download broke off before the end (9017).</source>
        <translation>Der Download brach vor dem Ende ab (9017).</translation>
    </message>
    <message>
        <source>File corrupted (9018): the device received the file but cannot use it.</source>
        <translation>Datei beschädigt (9018): das Gerät hat die Datei empfangen, kann sie aber nicht verwenden.</translation>
    </message>
    <message>
        <source>The file failed the device&apos;s authentication check (9019).</source>
        <translation>Die Datei hat die Authentifizierungsprüfung des Geräts nicht bestanden (9019).</translation>
    </message>
    <message>
        <source>The transfer failed with fault %1.</source>
        <translation>Die Übertragung ist mit Fehler %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 The device says: &quot;%2&quot;</source>
        <translation>%1 Das Gerät meldet: „%2“</translation>
    </message>
    <message>
        <source>No registered file &quot;%1&quot;.</source>
        <translation>Keine registrierte Datei „%1“.</translation>
    </message>
    <message>
        <source>Only a completed configuration backup can be restored.</source>
        <translation>Nur eine abgeschlossene Konfigurationssicherung kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup file %1 is gone.</source>
        <translation>Die Sicherungsdatei %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>No file server is running to hand the backup to the device.</source>
        <translation>Es läuft kein Dateiserver, der dem Gerät die Sicherung übergeben könnte.</translation>
    </message>
    <message>
        <source>No device &quot;%1&quot;.</source>
        <translation>Kein Gerät „%1“.</translation>
    </message>
    <message>
        <source>Download of %1 (%2) queued as task %3.</source>
        <translation>Download von %1 (%2) als Aufgabe %3 eingereiht.</translation>
    </message>
    <message>
        <source>Upload of the %1 queued as task %2.</source>
        <translation>Upload der Datei %1 als Aufgabe %2 eingereiht.</translation>
    </message>
    <message>
        <source>Before %1 (task %2)</source>
        <translation>Vor %1 (Aufgabe %2)</translation>
    </message>
    <message>
        <source>firmware upgrade</source>
        <translation>Firmware-Upgrade</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 parameters taken first.</source>
        <translation>Zuerst wurde Snapshot %1 mit %2 Parametern erstellt.</translation>
    </message>
    <message>
        <source>No snapshot could be taken first: %1</source>
        <translation>Zuvor konnte kein Snapshot erstellt werden: %1</translation>
    </message>
    <message>
        <source>The device accepted the Download (Status 1): it will fetch the file and report.</source>
        <translation>Das Gerät hat den Download angenommen (Status 1): es wird die Datei abrufen und berichten.</translation>
    </message>
    <message>
        <source>The device accepted the Upload (Status 1): it will send the file and report.</source>
        <translation>Das Gerät hat den Upload angenommen (Status 1): es wird die Datei senden und berichten.</translation>
    </message>
    <message>
        <source>The device reports the transfer already complete (Status 0).</source>
        <translation>Das Gerät meldet die Übertragung als bereits abgeschlossen (Status 0).</translation>
    </message>
    <message>
        <source>Completed within the RPC.</source>
        <translation>Innerhalb des RPC abgeschlossen.</translation>
    </message>
    <message>
        <source>The configuration was handed to the device.</source>
        <translation>Die Konfiguration wurde an das Gerät übergeben.</translation>
    </message>
    <message>
        <source>The device refused the %1 request: %2 (fault %3).</source>
        <translation>Das Gerät hat die Anfrage %1 abgelehnt: %2 (Fehler %3).</translation>
    </message>
    <message>
        <source>The task expired before the device took it.</source>
        <translation>Die Aufgabe ist abgelaufen, bevor das Gerät sie übernommen hat.</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>Die Aufgabe wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The device (%1) fetches %2 from byte %3.</source>
        <translation>Das Gerät (%1) ruft %2 ab Byte %3 ab.</translation>
    </message>
    <message>
        <source>The device (%1) fetches %2.</source>
        <translation>Das Gerät (%1) ruft %2 ab.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file server sent all %1.</source>
        <translation>Der Dateiserver hat alle %1 gesendet.</translation>
    </message>
    <message>
        <source>Received %1 from the device.</source>
        <translation>%1 vom Gerät empfangen.</translation>
    </message>
    <message>
        <source>The upload broke off: %1</source>
        <translation>Der Upload brach ab: %1</translation>
    </message>
    <message>
        <source>The device reported a transfer it started by itself.</source>
        <translation>Das Gerät hat eine Übertragung gemeldet, die es selbst gestartet hat.</translation>
    </message>
    <message>
        <source>Autonomous transfer completed.</source>
        <translation>Autonome Übertragung abgeschlossen.</translation>
    </message>
    <message>
        <source>TransferComplete: success (started %1, completed %2).</source>
        <translation>TransferComplete: Erfolg (begonnen %1, abgeschlossen %2).</translation>
    </message>
    <message>
        <source>TransferComplete: fault %1 (started %2, completed %3).</source>
        <translation>TransferComplete: Fehler %1 (begonnen %2, abgeschlossen %3).</translation>
    </message>
    <message>
        <source>The device rebooted (1 BOOT, M Download).</source>
        <translation>Das Gerät wurde neu gestartet (1 BOOT, M Download).</translation>
    </message>
    <message>
        <source>The configuration was restored.</source>
        <translation>Die Konfiguration wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The device reported success, but no file arrived at the upload URL.</source>
        <translation>Das Gerät hat Erfolg gemeldet, aber unter der Upload-URL ist keine Datei angekommen.</translation>
    </message>
    <message>
        <source>Stored %1 as %2.</source>
        <translation>%1 als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Version unchanged after the reboot: the device still runs %1. The upgrade did nothing.</source>
        <translation>Version nach dem Neustart unverändert: auf dem Gerät läuft weiterhin %1. Das Upgrade hat nichts bewirkt.</translation>
    </message>
    <message>
        <source>The Inform reports SoftwareVersion %1 (was %2).</source>
        <translation>Das Inform meldet SoftwareVersion %1 (vorher %2).</translation>
    </message>
    <message>
        <source>The device now runs %1, but the image is version %2.</source>
        <translation>Auf dem Gerät läuft jetzt %1, aber das Image hat Version %2.</translation>
    </message>
    <message>
        <source>Upgraded from %1 to %2.</source>
        <translation>Von %1 auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Timeout: the device did not come back with &quot;1 BOOT&quot; within %1 s after the transfer.</source>
        <translation>Zeitüberschreitung: das Gerät hat sich innerhalb von %1 s nach der Übertragung nicht mit „1 BOOT“ zurückgemeldet.</translation>
    </message>
    <message>
        <source>Timeout: no TransferComplete within %1 s.</source>
        <translation>Zeitüberschreitung: kein TransferComplete innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The device could not complete the download within the time windows (9020): no window let it start, or the download did not finish before the windows closed.</source>
        <translation>Das Gerät konnte den Download nicht innerhalb der Zeitfenster abschließen (9020): Kein Zeitfenster ließ den Start zu, oder der Download wurde nicht vor dem Schließen der Zeitfenster fertig.</translation>
    </message>
    <message>
        <source>A scheduled download needs one or two time windows.</source>
        <translation>Ein geplanter Download benötigt ein oder zwei Zeitfenster.</translation>
    </message>
    <message>
        <source>ScheduleDownload of %1 (%2) queued as task %3.</source>
        <translation>ScheduleDownload von %1 (%2) als Aufgabe %3 eingereiht.</translation>
    </message>
    <message>
        <source>The device accepted the ScheduleDownload: it will fetch the file in the window %1 and report.</source>
        <translation>Das Gerät hat den ScheduleDownload angenommen: Es holt die Datei im Zeitfenster %1 ab und meldet sich.</translation>
    </message>
    <message>
        <source>The device refused the time windows as invalid (fault 9003): %1</source>
        <translation>Das Gerät hat die Zeitfenster als ungültig abgelehnt (Fehler 9003): %1</translation>
    </message>
    <message>
        <source>The device refused the ScheduleDownload request: %1 (fault %2).</source>
        <translation>Das Gerät hat die ScheduleDownload-Anfrage abgelehnt: %1 (Fehler %2).</translation>
    </message>
    <message>
        <source>The device rebooted (1 BOOT, M ScheduleDownload).</source>
        <translation>Das Gerät wurde neu gestartet (1 BOOT, M ScheduleDownload).</translation>
    </message>
</context>
<context>
    <name>acs::Workspace</name>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation>der Arbeitsbereichsordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>cwmp</name>
    <message>
        <source>An empty value is not an int</source>
        <translation type="vanished">Ein leerer Wert ist kein int</translation>
    </message>
    <message>
        <source>An empty value is not an unsignedInt</source>
        <translation type="vanished">Ein leerer Wert ist kein unsignedInt</translation>
    </message>
    <message>
        <source>An empty value is not a long</source>
        <translation type="vanished">Ein leerer Wert ist kein long</translation>
    </message>
    <message>
        <source>An empty value is not an unsignedLong</source>
        <translation type="vanished">Ein leerer Wert ist kein unsignedLong</translation>
    </message>
    <message>
        <source>An empty value is not a boolean</source>
        <translation type="vanished">Ein leerer Wert ist kein boolean</translation>
    </message>
    <message>
        <source>An empty value is not a dateTime</source>
        <translation type="vanished">Ein leerer Wert ist kein dateTime</translation>
    </message>
    <message>
        <source>An empty value is not a decimal</source>
        <translation type="vanished">Ein leerer Wert ist kein decimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an int</source>
        <translation type="vanished">&apos;%1&apos; ist kein int</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an unsignedInt</source>
        <translation type="vanished">&apos;%1&apos; ist kein unsignedInt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a long</source>
        <translation type="vanished">&apos;%1&apos; ist kein long</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an unsignedLong</source>
        <translation type="vanished">&apos;%1&apos; ist kein unsignedLong</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean (use true, false, 1 or 0)</source>
        <translation type="vanished">&apos;%1&apos; ist kein boolean (true, false, 1 oder 0 verwenden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dateTime</source>
        <translation type="vanished">&apos;%1&apos; ist kein dateTime</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal</source>
        <translation type="vanished">&apos;%1&apos; ist kein decimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value</source>
        <translation type="vanished">&apos;%1&apos; ist kein gültiger Wert</translation>
    </message>
    <message>
        <source>%1 is out of range for int</source>
        <translation type="vanished">%1 liegt außerhalb des Wertebereichs von int</translation>
    </message>
    <message>
        <source>%1 is out of range for unsignedInt</source>
        <translation type="vanished">%1 liegt außerhalb des Wertebereichs von unsignedInt</translation>
    </message>
    <message>
        <source>%1 is out of range for long</source>
        <translation type="vanished">%1 liegt außerhalb des Wertebereichs von long</translation>
    </message>
    <message>
        <source>%1 is out of range for unsignedLong</source>
        <translation type="vanished">%1 liegt außerhalb des Wertebereichs von unsignedLong</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="vanished">%1 liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a day that does not exist</source>
        <translation type="vanished">&apos;%1&apos; bezeichnet einen Tag, den es nicht gibt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid time of day</source>
        <translation type="vanished">&apos;%1&apos; hat eine ungültige Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid time zone offset</source>
        <translation type="vanished">&apos;%1&apos; hat einen ungültigen Zeitzonenversatz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the years 0001 to 9999</source>
        <translation type="vanished">&apos;%1&apos; liegt außerhalb der Jahre 0001 bis 9999</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not base64: it contains a character outside the base64 alphabet</source>
        <translation type="vanished">&apos;%1&apos; ist kein base64: es enthält ein Zeichen außerhalb des base64-Alphabets</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not base64: its length is not a multiple of four</source>
        <translation type="vanished">&apos;%1&apos; ist kein base64: die Länge ist kein Vielfaches von vier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not base64: the character before the &apos;=&apos; padding has bits set that encode no data</source>
        <translation type="vanished">&apos;%1&apos; ist kein base64: im Zeichen vor dem &apos;=&apos;-Padding sind Bits gesetzt, die keine Daten kodieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not base64: &apos;=&apos; may only end the value, at most twice</source>
        <translation type="vanished">&apos;%1&apos; ist kein base64: &apos;=&apos; darf nur am Ende stehen, höchstens zweimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not hexBinary: it contains a character that is not a hex digit</source>
        <translation type="vanished">&apos;%1&apos; ist kein hexBinary: es enthält ein Zeichen, das keine Hexziffer ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not hexBinary: it has an odd number of hex digits</source>
        <translation type="vanished">&apos;%1&apos; ist kein hexBinary: die Anzahl der Hexziffern ist ungerade</translation>
    </message>
</context>
<context>
    <name>cwmp::ParameterPath</name>
    <message>
        <source>The path is empty</source>
        <translation>Der Pfad ist leer</translation>
    </message>
    <message>
        <source>The path is longer than %1 characters</source>
        <translation>Der Pfad ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>The path has an empty name between two dots</source>
        <translation>Der Pfad hat einen leeren Namen zwischen zwei Punkten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an instance number (1 to 4294967295, no leading zeros)</source>
        <translation>&apos;%1&apos; ist keine Instanznummer (1 bis 4294967295, ohne führende Nullen)</translation>
    </message>
    <message>
        <source>The placeholder {i} is only allowed in data-model names</source>
        <translation>Der Platzhalter {i} ist nur in Datenmodellnamen erlaubt</translation>
    </message>
    <message>
        <source>Instance wildcards (*) are not allowed here</source>
        <translation>Instanz-Platzhalter (*) sind hier nicht erlaubt</translation>
    </message>
    <message>
        <source>Alias-based addressing ([alias]) is not allowed here</source>
        <translation>Alias-basierte Adressierung ([alias]) ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid alias (1 to 64 characters, starting with a letter)</source>
        <translation>&apos;%1&apos; ist kein gültiger Alias (1 bis 64 Zeichen, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name (letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;)</source>
        <translation>&apos;%1&apos; ist kein gültiger Name (Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder &apos;_&apos;)</translation>
    </message>
    <message>
        <source>The instance &apos;%1&apos; does not follow a table name</source>
        <translation>Die Instanz &apos;%1&apos; folgt nicht auf einen Tabellennamen</translation>
    </message>
</context>
<context>
    <name>cwmp::Value</name>
    <message>
        <source>An empty value is not an int</source>
        <translation>Ein leerer Wert ist kein int</translation>
    </message>
    <message>
        <source>An empty value is not an unsignedInt</source>
        <translation>Ein leerer Wert ist kein unsignedInt</translation>
    </message>
    <message>
        <source>An empty value is not a long</source>
        <translation>Ein leerer Wert ist kein long</translation>
    </message>
    <message>
        <source>An empty value is not an unsignedLong</source>
        <translation>Ein leerer Wert ist kein unsignedLong</translation>
    </message>
    <message>
        <source>An empty value is not a boolean</source>
        <translation>Ein leerer Wert ist kein boolean</translation>
    </message>
    <message>
        <source>An empty value is not a dateTime</source>
        <translation>Ein leerer Wert ist kein dateTime</translation>
    </message>
    <message>
        <source>An empty value is not a decimal</source>
        <translation>Ein leerer Wert ist kein decimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an int</source>
        <translation>&apos;%1&apos; ist kein int</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an unsignedInt</source>
        <translation>&apos;%1&apos; ist kein unsignedInt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a long</source>
        <translation>&apos;%1&apos; ist kein long</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an unsignedLong</source>
        <translation>&apos;%1&apos; ist kein unsignedLong</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean (use true, false, 1 or 0)</source>
        <translation>&apos;%1&apos; ist kein boolean (true, false, 1 oder 0 verwenden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dateTime</source>
        <translation>&apos;%1&apos; ist kein dateTime</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal</source>
        <translation>&apos;%1&apos; ist kein decimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert</translation>
    </message>
    <message>
        <source>%1 is out of range for int</source>
        <translation>%1 liegt außerhalb des Wertebereichs von int</translation>
    </message>
    <message>
        <source>%1 is out of range for unsignedInt</source>
        <translation>%1 liegt außerhalb des Wertebereichs von unsignedInt</translation>
    </message>
    <message>
        <source>%1 is out of range for long</source>
        <translation>%1 liegt außerhalb des Wertebereichs von long</translation>
    </message>
    <message>
        <source>%1 is out of range for unsignedLong</source>
        <translation>%1 liegt außerhalb des Wertebereichs von unsignedLong</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a day that does not exist</source>
        <translation>&apos;%1&apos; bezeichnet einen Tag, den es nicht gibt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid time of day</source>
        <translation>&apos;%1&apos; hat eine ungültige Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid time zone offset</source>
        <translation>&apos;%1&apos; hat einen ungültigen Zeitzonenversatz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the years 0001 to 9999</source>
        <translation>&apos;%1&apos; liegt außerhalb der Jahre 0001 bis 9999</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not base64: it contains a character outside the base64 alphabet</source>
        <translation>&apos;%1&apos; ist kein base64: es enthält ein Zeichen außerhalb des base64-Alphabets</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not base64: its length is not a multiple of four</source>
        <translation>&apos;%1&apos; ist kein base64: die Länge ist kein Vielfaches von vier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not base64: the character before the &apos;=&apos; padding has bits set that encode no data</source>
        <translation>&apos;%1&apos; ist kein base64: im Zeichen vor dem &apos;=&apos;-Padding sind Bits gesetzt, die keine Daten kodieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not base64: &apos;=&apos; may only end the value, at most twice</source>
        <translation>&apos;%1&apos; ist kein base64: &apos;=&apos; darf nur am Ende stehen, höchstens zweimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not hexBinary: it contains a character that is not a hex digit</source>
        <translation>&apos;%1&apos; ist kein hexBinary: es enthält ein Zeichen, das keine Hexziffer ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not hexBinary: it has an odd number of hex digits</source>
        <translation>&apos;%1&apos; ist kein hexBinary: die Anzahl der Hexziffern ist ungerade</translation>
    </message>
</context>
<context>
    <name>datamodel</name>
    <message>
        <source>an empty string</source>
        <translation type="vanished">eine leere Zeichenkette</translation>
    </message>
</context>
<context>
    <name>datamodel::ConformanceChecker</name>
    <message>
        <source>%1 items below it</source>
        <translation>%1 Elemente darunter</translation>
    </message>
    <message>
        <source>A vendor extension; no imported definition describes it.</source>
        <translation>Eine Herstellererweiterung; keine importierte Definition beschreibt sie.</translation>
    </message>
    <message>
        <source>The object is not defined in %1.</source>
        <translation>Das Objekt ist in %1 nicht definiert.</translation>
    </message>
    <message>
        <source>The parameter is not defined in %1.</source>
        <translation>Der Parameter ist in %1 nicht definiert.</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 defines this parameter for the object since version %2, and the device claims version %3.</source>
        <translation>%1 definiert diesen Parameter für das Objekt seit Version %2, und das Gerät gibt Version %3 an.</translation>
    </message>
    <message>
        <source>(unversioned)</source>
        <translation>(ohne Version)</translation>
    </message>
    <message>
        <source>The device reports %1 entries, but %2 has %3 rows.</source>
        <translation>Das Gerät meldet %1 Einträge, aber %2 hat %3 Zeilen.</translation>
    </message>
    <message>
        <source>The table has %1 rows; the definition allows at most %2.</source>
        <translation>Die Tabelle hat %1 Zeilen; die Definition erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The definition makes the parameter writable; the device reports it read-only.</source>
        <translation>Laut Definition ist der Parameter beschreibbar; das Gerät meldet ihn als schreibgeschützt.</translation>
    </message>
    <message>
        <source>The definition makes the parameter read-only; the device reports it writable.</source>
        <translation>Laut Definition ist der Parameter schreibgeschützt; das Gerät meldet ihn als beschreibbar.</translation>
    </message>
    <message>
        <source>The device sends the value as xsd:%1; the definition&apos;s type is %2 (xsd:%3).</source>
        <translation>Das Gerät sendet den Wert als xsd:%1; der Typ der Definition ist %2 (xsd:%3).</translation>
    </message>
    <message>
        <source>The value violates the definition: %1.</source>
        <translation>Der Wert verletzt die Definition: %1.</translation>
    </message>
    <message>
        <source>The definition lets the ACS add and delete rows; the device refuses.</source>
        <translation>Laut Definition darf der ACS Zeilen hinzufügen und löschen; das Gerät verweigert es.</translation>
    </message>
    <message>
        <source>The definition does not let the ACS add or delete rows; the device allows it.</source>
        <translation>Laut Definition darf der ACS keine Zeilen hinzufügen oder löschen; das Gerät erlaubt es.</translation>
    </message>
</context>
<context>
    <name>datamodel::ConformanceReport</name>
    <message>
        <source>Unknown object</source>
        <translation>Unbekanntes Objekt</translation>
    </message>
    <message>
        <source>Unknown parameter</source>
        <translation>Unbekannter Parameter</translation>
    </message>
    <message>
        <source>Vendor extension, no definition</source>
        <translation>Herstellererweiterung, keine Definition</translation>
    </message>
    <message>
        <source>Missing parameter</source>
        <translation>Fehlender Parameter</translation>
    </message>
    <message>
        <source>Writability differs</source>
        <translation>Beschreibbarkeit unterscheidet sich</translation>
    </message>
    <message>
        <source>Wrong type</source>
        <translation>Falscher Typ</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>Ungültiger Wert</translation>
    </message>
    <message>
        <source>NumberOfEntries differs</source>
        <translation>NumberOfEntries unterscheidet sich</translation>
    </message>
    <message>
        <source>Too many entries</source>
        <translation>Zu viele Einträge</translation>
    </message>
</context>
<context>
    <name>datamodel::ConformanceReportWriter</name>
    <message>
        <source>Conformance report for %1</source>
        <translation>Konformitätsbericht für %1</translation>
    </message>
    <message>
        <source>Checked against %1 (the device claims version %2) on %3: %4 objects, %5 parameters.</source>
        <translation>Geprüft gegen %1 (das Gerät gibt Version %2 an) am %3: %4 Objekte, %5 Parameter.</translation>
    </message>
    <message>
        <source>No errors found.</source>
        <translation>Keine Fehler gefunden.</translation>
    </message>
    <message>
        <source>%1 errors found.</source>
        <translation>%1 Fehler gefunden.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
</context>
<context>
    <name>datamodel::DescriptionRenderer</name>
    <message>
        <source>an empty string</source>
        <translation>eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>When read, this parameter returns an empty string, regardless of the actual value.</source>
        <translation>Beim Lesen liefert dieser Parameter eine leere Zeichenkette, unabhängig vom tatsächlichen Wert.</translation>
    </message>
    <message>
        <source>Comma-separated list, %1.</source>
        <translation>Kommagetrennte Liste, %1.</translation>
    </message>
    <message>
        <source>Comma-separated list of %1 values.</source>
        <translation>Kommagetrennte Liste von %1-Werten.</translation>
    </message>
    <message>
        <source>The value is a reference to %1.</source>
        <translation>Der Wert ist ein Verweis auf %1.</translation>
    </message>
    <message>
        <source>The value is the instance number of a row in the %1 table.</source>
        <translation>Der Wert ist die Instanznummer einer Zeile der Tabelle %1.</translation>
    </message>
    <message>
        <source>The value is the path name of a row in the %1 table.</source>
        <translation>Der Wert ist der Pfadname einer Zeile der Tabelle %1.</translation>
    </message>
    <message>
        <source>The value is the path name of an object or parameter.</source>
        <translation>Der Wert ist der Pfadname eines Objekts oder Parameters.</translation>
    </message>
    <message>
        <source>The number of entries in the table.</source>
        <translation>Die Anzahl der Einträge in der Tabelle.</translation>
    </message>
    <message>
        <source>The number of entries in the %1 table.</source>
        <translation>Die Anzahl der Einträge in der Tabelle %1.</translation>
    </message>
    <message>
        <source>At most one entry in this table can exist with a given value for %1.</source>
        <translation>In dieser Tabelle darf es höchstens einen Eintrag mit einem bestimmten Wert für %1 geben.</translation>
    </message>
    <message>
        <source>At most one entry in this table can exist with the same values for all of %1.</source>
        <translation>In dieser Tabelle darf es höchstens einen Eintrag mit denselben Werten für alle von %1 geben.</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>als veraltet markiert</translation>
    </message>
    <message>
        <source>obsoleted</source>
        <translation>für obsolet erklärt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>This item was %1 in %2 %3.</source>
        <translation>Dieses Element wurde in %2 %3 %1.</translation>
    </message>
    <message>
        <source>This item was %1 in %2.</source>
        <translation>Dieses Element wurde in %2 %1.</translation>
    </message>
</context>
<context>
    <name>datamodel::Importer</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>more than %1 files are imported</source>
        <translation>es werden mehr als %1 Dateien importiert</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not a data-model &lt;document&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, kein Datenmodell-&lt;document&gt;</translation>
    </message>
    <message>
        <source>%1:%2: the imported file %3 was not found (nothing is used from it)</source>
        <translation>%1:%2: die importierte Datei %3 wurde nicht gefunden (aus ihr wird nichts verwendet)</translation>
    </message>
    <message>
        <source>the imported file %1 was not found beside it or in the library folders</source>
        <translation>die importierte Datei %1 wurde weder daneben noch in den Bibliotheksordnern gefunden</translation>
    </message>
    <message>
        <source>%1:%2: %3 was not found; using %4 instead</source>
        <translation>%1:%2: %3 wurde nicht gefunden; stattdessen wird %4 verwendet</translation>
    </message>
    <message>
        <source>import cycle: %1</source>
        <translation>Import-Zyklus: %1</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 does not define the %2 &apos;%3&apos;</source>
        <translation>%1 definiert %2 &apos;%3&apos; nicht</translation>
    </message>
    <message>
        <source>the model &apos;%1&apos; derives from itself</source>
        <translation>das Modell &apos;%1&apos; leitet sich von sich selbst ab</translation>
    </message>
    <message>
        <source>unknown base model &apos;%1&apos;</source>
        <translation>unbekanntes Basismodell &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an object needs a name ending in &apos;.&apos;</source>
        <translation>ein Objekt braucht einen Namen, der auf &apos;.&apos; endet</translation>
    </message>
    <message>
        <source>the object &apos;%1&apos; to refine is not defined</source>
        <translation>das zu verfeinernde Objekt &apos;%1&apos; ist nicht definiert</translation>
    </message>
    <message>
        <source>a parameter lies outside any object</source>
        <translation>ein Parameter liegt außerhalb jedes Objekts</translation>
    </message>
    <message>
        <source>the object &apos;%1&apos; of this parameter is not defined</source>
        <translation>das Objekt &apos;%1&apos; dieses Parameters ist nicht definiert</translation>
    </message>
    <message>
        <source>a parameter needs a name without dots</source>
        <translation>ein Parameter braucht einen Namen ohne Punkte</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; to refine is not defined</source>
        <translation>der zu verfeinernde Parameter &apos;%1&apos; ist nicht definiert</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; has no syntax</source>
        <translation>der Parameter &apos;%1&apos; hat keine Syntax</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;</source>
        <translation>unbekannte Komponente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the component &apos;%1&apos; includes itself</source>
        <translation>die Komponente &apos;%1&apos; bindet sich selbst ein</translation>
    </message>
    <message>
        <source>the document type declaration is malformed</source>
        <translation>die Dokumenttyp-Deklaration ist fehlerhaft</translation>
    </message>
    <message>
        <source>the document type declaration has an unterminated comment</source>
        <translation>die Dokumenttyp-Deklaration enthält einen nicht abgeschlossenen Kommentar</translation>
    </message>
    <message>
        <source>the document type declaration declares more than plain text entities</source>
        <translation>die Dokumenttyp-Deklaration deklariert mehr als reine Text-Entitäten</translation>
    </message>
    <message>
        <source>parameter entities are not accepted</source>
        <translation>Parameter-Entitäten werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>an entity declaration has no name</source>
        <translation>eine Entitätsdeklaration hat keinen Namen</translation>
    </message>
    <message>
        <source>external entities are not accepted</source>
        <translation>externe Entitäten werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>an entity value is unterminated</source>
        <translation>ein Entitätswert ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>entities that refer to other entities or markup are not accepted</source>
        <translation>Entitäten, die auf andere Entitäten oder Markup verweisen, werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>an entity value is too long</source>
        <translation>ein Entitätswert ist zu lang</translation>
    </message>
    <message>
        <source>the document declares too many entities</source>
        <translation>das Dokument deklariert zu viele Entitäten</translation>
    </message>
    <message>
        <source>an entity declaration is malformed</source>
        <translation>eine Entitätsdeklaration ist fehlerhaft</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>an external document type definition is not accepted</source>
        <translation>eine externe Dokumenttypdefinition wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>the entity &apos;%1&apos; is not declared</source>
        <translation>die Entität &apos;%1&apos; ist nicht deklariert</translation>
    </message>
    <message>
        <source>the document has more than %1 elements</source>
        <translation>das Dokument hat mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>elements are nested deeper than %1 levels</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the document has more than one root element</source>
        <translation>das Dokument hat mehr als ein Wurzelelement</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>die Datei enthält kein XML-Element</translation>
    </message>
    <message>
        <source>unknown data type &apos;%1&apos;</source>
        <translation>unbekannter Datentyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the data type &apos;%1&apos; derives from itself</source>
        <translation>der Datentyp &apos;%1&apos; leitet sich von sich selbst ab</translation>
    </message>
    <message>
        <source>the data type &apos;%1&apos; names no type</source>
        <translation>der Datentyp &apos;%1&apos; nennt keinen Typ</translation>
    </message>
    <message>
        <source>the syntax names no type</source>
        <translation>die Syntax nennt keinen Typ</translation>
    </message>
</context>
<context>
    <name>datamodel::Internal</name>
    <message>
        <source>the document type declaration is malformed</source>
        <translation type="vanished">die Dokumenttyp-Deklaration ist fehlerhaft</translation>
    </message>
    <message>
        <source>the document type declaration has an unterminated comment</source>
        <translation type="vanished">die Dokumenttyp-Deklaration enthält einen nicht abgeschlossenen Kommentar</translation>
    </message>
    <message>
        <source>the document type declaration declares more than plain text entities</source>
        <translation type="vanished">die Dokumenttyp-Deklaration deklariert mehr als reine Text-Entitäten</translation>
    </message>
    <message>
        <source>parameter entities are not accepted</source>
        <translation type="vanished">Parameter-Entitäten werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>an entity declaration has no name</source>
        <translation type="vanished">eine Entitätsdeklaration hat keinen Namen</translation>
    </message>
    <message>
        <source>external entities are not accepted</source>
        <translation type="vanished">externe Entitäten werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>an entity value is unterminated</source>
        <translation type="vanished">ein Entitätswert ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>entities that refer to other entities or markup are not accepted</source>
        <translation type="vanished">Entitäten, die auf andere Entitäten oder Markup verweisen, werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>an entity value is too long</source>
        <translation type="vanished">ein Entitätswert ist zu lang</translation>
    </message>
    <message>
        <source>the document declares too many entities</source>
        <translation type="vanished">das Dokument deklariert zu viele Entitäten</translation>
    </message>
    <message>
        <source>an entity declaration is malformed</source>
        <translation type="vanished">eine Entitätsdeklaration ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>datamodel::Internal::DocumentSet</name>
    <message>
        <source>the file does not exist</source>
        <translation type="vanished">die Datei existiert nicht</translation>
    </message>
    <message>
        <source>more than %1 files are imported</source>
        <translation type="vanished">es werden mehr als %1 Dateien importiert</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not a data-model &lt;document&gt;</source>
        <translation type="vanished">das Wurzelelement ist &lt;%1&gt;, kein Datenmodell-&lt;document&gt;</translation>
    </message>
    <message>
        <source>%1:%2: the imported file %3 was not found (nothing is used from it)</source>
        <translation type="vanished">%1:%2: die importierte Datei %3 wurde nicht gefunden (aus ihr wird nichts verwendet)</translation>
    </message>
    <message>
        <source>the imported file %1 was not found beside it or in the library folders</source>
        <translation type="vanished">die importierte Datei %1 wurde weder daneben noch in den Bibliotheksordnern gefunden</translation>
    </message>
    <message>
        <source>%1:%2: %3 was not found; using %4 instead</source>
        <translation type="vanished">%1:%2: %3 wurde nicht gefunden; stattdessen wird %4 verwendet</translation>
    </message>
    <message>
        <source>import cycle: %1</source>
        <translation type="vanished">Import-Zyklus: %1</translation>
    </message>
    <message>
        <source>data type</source>
        <translation type="vanished">Datentyp</translation>
    </message>
    <message>
        <source>component</source>
        <translation type="vanished">Komponente</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="vanished">Modell</translation>
    </message>
    <message>
        <source>%1 does not define the %2 &apos;%3&apos;</source>
        <translation type="vanished">%1 definiert %2 &apos;%3&apos; nicht</translation>
    </message>
</context>
<context>
    <name>datamodel::Internal::ModelBuilder</name>
    <message>
        <source>the model &apos;%1&apos; derives from itself</source>
        <translation type="vanished">das Modell &apos;%1&apos; leitet sich von sich selbst ab</translation>
    </message>
    <message>
        <source>unknown base model &apos;%1&apos;</source>
        <translation type="vanished">unbekanntes Basismodell &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an object needs a name ending in &apos;.&apos;</source>
        <translation type="vanished">ein Objekt braucht einen Namen, der auf &apos;.&apos; endet</translation>
    </message>
    <message>
        <source>the object &apos;%1&apos; to refine is not defined</source>
        <translation type="vanished">das zu verfeinernde Objekt &apos;%1&apos; ist nicht definiert</translation>
    </message>
    <message>
        <source>a parameter lies outside any object</source>
        <translation type="vanished">ein Parameter liegt außerhalb jedes Objekts</translation>
    </message>
    <message>
        <source>the object &apos;%1&apos; of this parameter is not defined</source>
        <translation type="vanished">das Objekt &apos;%1&apos; dieses Parameters ist nicht definiert</translation>
    </message>
    <message>
        <source>a parameter needs a name without dots</source>
        <translation type="vanished">ein Parameter braucht einen Namen ohne Punkte</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; to refine is not defined</source>
        <translation type="vanished">der zu verfeinernde Parameter &apos;%1&apos; ist nicht definiert</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; has no syntax</source>
        <translation type="vanished">der Parameter &apos;%1&apos; hat keine Syntax</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;</source>
        <translation type="vanished">unbekannte Komponente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the component &apos;%1&apos; includes itself</source>
        <translation type="vanished">die Komponente &apos;%1&apos; bindet sich selbst ein</translation>
    </message>
</context>
<context>
    <name>datamodel::Internal::SafeXmlReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="vanished">die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="vanished">die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>an external document type definition is not accepted</source>
        <translation type="vanished">eine externe Dokumenttypdefinition wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>external entities are not accepted</source>
        <translation type="vanished">externe Entitäten werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>the entity &apos;%1&apos; is not declared</source>
        <translation type="vanished">die Entität &apos;%1&apos; ist nicht deklariert</translation>
    </message>
    <message>
        <source>the document has more than %1 elements</source>
        <translation type="vanished">das Dokument hat mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>elements are nested deeper than %1 levels</source>
        <translation type="vanished">Elemente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the document has more than one root element</source>
        <translation type="vanished">das Dokument hat mehr als ein Wurzelelement</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation type="vanished">die Datei enthält kein XML-Element</translation>
    </message>
</context>
<context>
    <name>datamodel::Internal::TypeResolver</name>
    <message>
        <source>unknown data type &apos;%1&apos;</source>
        <translation type="vanished">unbekannter Datentyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the data type &apos;%1&apos; derives from itself</source>
        <translation type="vanished">der Datentyp &apos;%1&apos; leitet sich von sich selbst ab</translation>
    </message>
    <message>
        <source>the data type &apos;%1&apos; names no type</source>
        <translation type="vanished">der Datentyp &apos;%1&apos; nennt keinen Typ</translation>
    </message>
    <message>
        <source>the syntax names no type</source>
        <translation type="vanished">die Syntax nennt keinen Typ</translation>
    </message>
</context>
<context>
    <name>datamodel::ModelCache</name>
    <message>
        <source>no cache file</source>
        <translation>keine Cache-Datei</translation>
    </message>
    <message>
        <source>the cache has another format</source>
        <translation>der Cache hat ein anderes Format</translation>
    </message>
    <message>
        <source>the cache is damaged</source>
        <translation>der Cache ist beschädigt</translation>
    </message>
    <message>
        <source>the cache was built from another file</source>
        <translation>der Cache wurde aus einer anderen Datei erstellt</translation>
    </message>
    <message>
        <source>%1 changed since the cache was written</source>
        <translation>%1 hat sich geändert, seit der Cache geschrieben wurde</translation>
    </message>
    <message>
        <source>the library folders changed</source>
        <translation>die Bibliotheksordner haben sich geändert</translation>
    </message>
</context>
<context>
    <name>datamodel::ModelMatcher</name>
    <message>
        <source>the device does not announce its data model</source>
        <translation>das Gerät gibt sein Datenmodell nicht an</translation>
    </message>
    <message>
        <source>no imported model has the root %1</source>
        <translation>kein importiertes Modell hat die Wurzel %1</translation>
    </message>
    <message>
        <source>%1 is the newest imported model with the root %2</source>
        <translation>%1 ist das neueste importierte Modell mit der Wurzel %2</translation>
    </message>
    <message>
        <source>%1 is the model the device announces</source>
        <translation>%1 ist das Modell, das das Gerät angibt</translation>
    </message>
    <message>
        <source>%1 is the closest imported model newer than the announced %2</source>
        <translation>%1 ist das nächstliegende importierte Modell, das neuer als das angegebene %2 ist</translation>
    </message>
    <message>
        <source>%1 is older than the announced %2; newer items have no definition</source>
        <translation>%1 ist älter als das angegebene %2; neuere Elemente haben keine Definition</translation>
    </message>
</context>
<context>
    <name>datamodel::Validator</name>
    <message>
        <source>%1 is an object and has no value</source>
        <translation>%1 ist ein Objekt und hat keinen Wert</translation>
    </message>
    <message>
        <source>the parameter is read-only</source>
        <translation>der Parameter ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the list is longer than %1 characters</source>
        <translation>die Liste ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the list is shorter than %1 characters</source>
        <translation>die Liste ist kürzer als %1 Zeichen</translation>
    </message>
    <message>
        <source>the list has %1 items; at least %2 are needed</source>
        <translation>die Liste hat %1 Einträge; mindestens %2 sind nötig</translation>
    </message>
    <message>
        <source>the list has %1 items; at most %2 are allowed</source>
        <translation>die Liste hat %1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>item %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>länger als %1 Bytes</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>shorter than %1 bytes</source>
        <translation>kürzer als %1 Bytes</translation>
    </message>
    <message>
        <source>shorter than %1 characters</source>
        <translation>kürzer als %1 Zeichen</translation>
    </message>
    <message>
        <source>its length %1 is not one of: %2</source>
        <translation>die Länge %1 ist keine von: %2</translation>
    </message>
    <message>
        <source> in steps of %1</source>
        <translation> in Schritten von %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2%3</source>
        <translation>muss zwischen %1 und %2%3 liegen</translation>
    </message>
    <message>
        <source>must be at least %1%2</source>
        <translation>muss mindestens %1%2 sein</translation>
    </message>
    <message>
        <source>must be at most %1%2</source>
        <translation>darf höchstens %1%2 sein</translation>
    </message>
    <message>
        <source>must be a multiple of %1</source>
        <translation>muss ein Vielfaches von %1 sein</translation>
    </message>
    <message>
        <source>must be in one of the ranges: %1</source>
        <translation>muss in einem dieser Bereiche liegen: %1</translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation>keiner von: %1</translation>
    </message>
    <message>
        <source>%1 can be reported by the device but not set</source>
        <translation>%1 kann vom Gerät gemeldet, aber nicht gesetzt werden</translation>
    </message>
    <message>
        <source>not a valid IPv4 address</source>
        <translation>keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>not a valid IPv4 prefix (address/length)</source>
        <translation>kein gültiges IPv4-Präfix (Adresse/Länge)</translation>
    </message>
    <message>
        <source>not a valid MAC address</source>
        <translation>keine gültige MAC-Adresse</translation>
    </message>
    <message>
        <source>not a valid EUI-64 identifier</source>
        <translation>keine gültige EUI-64-Kennung</translation>
    </message>
    <message>
        <source>not a valid %1</source>
        <translation>kein gültiger Wert vom Typ %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>does not match pattern %1</source>
        <translation>entspricht nicht dem Muster %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>diagnostics::DiagnosticOutcome</name>
    <message>
        <source>The test completed.</source>
        <translation>Der Test wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>The device dropped the test before it ended (an input changed, or it rebooted).</source>
        <translation>Das Gerät hat den Test vor seinem Ende verworfen (ein Eingabewert hat sich geändert, oder es wurde neu gestartet).</translation>
    </message>
    <message>
        <source>The device still reports the test as requested.</source>
        <translation>Das Gerät meldet den Test noch als angefordert.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The device could not resolve the host name.</source>
        <translation>Das Gerät konnte den Hostnamen nicht auflösen.</translation>
    </message>
    <message>
        <source>The device has no route to the host.</source>
        <translation>Das Gerät hat keine Route zum Host.</translation>
    </message>
    <message>
        <source>The device could not open a connection to the test server.</source>
        <translation>Das Gerät konnte keine Verbindung zum Testserver herstellen.</translation>
    </message>
    <message>
        <source>The test server did not answer the device.</source>
        <translation>Der Testserver hat dem Gerät nicht geantwortet.</translation>
    </message>
    <message>
        <source>The transfer broke off or the server refused it.</source>
        <translation>Die Übertragung brach ab, oder der Server hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>The FTP server did not accept the user name.</source>
        <translation>Der FTP-Server hat den Benutzernamen nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>The FTP server refused binary transfer mode.</source>
        <translation>Der FTP-Server hat den binären Übertragungsmodus abgelehnt.</translation>
    </message>
    <message>
        <source>The FTP server refused passive mode.</source>
        <translation>Der FTP-Server hat den passiven Modus abgelehnt.</translation>
    </message>
    <message>
        <source>The FTP server refused to change to the directory.</source>
        <translation>Der FTP-Server hat den Wechsel in das Verzeichnis abgelehnt.</translation>
    </message>
    <message>
        <source>The FTP server refused to store the file.</source>
        <translation>Der FTP-Server hat das Speichern der Datei abgelehnt.</translation>
    </message>
    <message>
        <source>The upload did not complete.</source>
        <translation>Der Upload wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The device received a different number of bytes than the server announced.</source>
        <translation>Das Gerät hat eine andere Anzahl Bytes empfangen, als der Server angekündigt hat.</translation>
    </message>
    <message>
        <source>The test timed out on the device.</source>
        <translation>Der Test hat auf dem Gerät eine Zeitüberschreitung erreicht.</translation>
    </message>
    <message>
        <source>The host was not reached within the maximum hop count.</source>
        <translation>Der Host wurde nicht innerhalb der maximalen Hop-Anzahl erreicht.</translation>
    </message>
    <message>
        <source>The device could not resolve the DNS server&apos;s name.</source>
        <translation>Das Gerät konnte den Namen des DNS-Servers nicht auflösen.</translation>
    </message>
    <message>
        <source>The DNS server did not answer.</source>
        <translation>Der DNS-Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The device reported an internal error.</source>
        <translation>Das Gerät hat einen internen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The device reported an unspecified error.</source>
        <translation>Das Gerät hat einen nicht näher bezeichneten Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The device ended the test with &quot;%1&quot;.</source>
        <translation>Das Gerät hat den Test mit „%1“ beendet.</translation>
    </message>
    <message>
        <source>The device did not report the result within %1 s.</source>
        <translation>Das Gerät hat das Ergebnis nicht innerhalb von %1 s gemeldet.</translation>
    </message>
    <message>
        <source>No reply to %1 requests.</source>
        <translation>Keine Antwort auf %1 Anfragen.</translation>
    </message>
    <message>
        <source>%1 of %2 replies, %3 ms on average (%4 to %5 ms).</source>
        <translation>%1 von %2 Antworten, durchschnittlich %3 ms (%4 bis %5 ms).</translation>
    </message>
    <message>
        <source>1 hop, %1 ms to the host.</source>
        <translation>1 Hop, %1 ms bis zum Host.</translation>
    </message>
    <message>
        <source>%1 hops, %2 ms to the host.</source>
        <translation>%1 Hops, %2 ms bis zum Host.</translation>
    </message>
    <message>
        <source>%1 bytes in %2 s: %3 Mbit/s.</source>
        <translation>%1 Bytes in %2 s: %3 Mbit/s.</translation>
    </message>
    <message>
        <source>No host answered.</source>
        <translation>Kein Host hat geantwortet.</translation>
    </message>
    <message>
        <source>Fastest host: %1, %2 ms on average.</source>
        <translation>Schnellster Host: %1, durchschnittlich %2 ms.</translation>
    </message>
    <message>
        <source>%1 of %2 lookups answered.</source>
        <translation>%1 von %2 Abfragen beantwortet.</translation>
    </message>
</context>
<context>
    <name>diagnostics::DiagnosticWorkflow</name>
    <message>
        <source>The test could not be queued: %1</source>
        <translation>Der Test konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Sending the test settings to the device.</source>
        <translation>Die Testeinstellungen werden an das Gerät gesendet.</translation>
    </message>
    <message>
        <source>The device is taking the test settings.</source>
        <translation>Das Gerät übernimmt die Testeinstellungen.</translation>
    </message>
    <message>
        <source>The device is running the test.</source>
        <translation>Das Gerät führt den Test aus.</translation>
    </message>
    <message>
        <source>The device refused the test settings: %1</source>
        <translation>Das Gerät hat die Testeinstellungen abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reading the results failed: %1 %2</source>
        <translation>Lesen der Ergebnisse fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>The results could not be read: %1</source>
        <translation>Die Ergebnisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the results.</source>
        <translation>Die Ergebnisse werden gelesen.</translation>
    </message>
    <message>
        <source>The device did not take the test settings within %1 s.</source>
        <translation>Das Gerät hat die Testeinstellungen nicht innerhalb von %1 s übernommen.</translation>
    </message>
    <message>
        <source>Cancelled by the engineer.</source>
        <translation>Vom Bearbeiter abgebrochen.</translation>
    </message>
</context>
<context>
    <name>diagnostics::DiagnosticsManager</name>
    <message>
        <source>There is no device %1.</source>
        <translation>Es gibt kein Gerät %1.</translation>
    </message>
    <message>
        <source>The %1 data model has no %2 diagnostic.</source>
        <translation>Das Datenmodell %1 hat keine Diagnose %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an input of %2.</source>
        <translation>„%1“ ist kein Eingabewert von %2.</translation>
    </message>
    <message>
        <source>A repeat needs at least one run and an interval of 0 s or more.</source>
        <translation>Eine Wiederholung benötigt mindestens einen Durchlauf und ein Intervall von 0 s oder mehr.</translation>
    </message>
    <message>
        <source>No workspace database is open.</source>
        <translation>Es ist keine Arbeitsbereich-Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>ACS not started</source>
        <translation>ACS nicht gestartet</translation>
    </message>
    <message>
        <source>%1. Choose another port in File → Settings.</source>
        <translation>%1. Wählen Sie unter Datei → Einstellungen einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>models::DeviceListModel</name>
    <message>
        <source>in session</source>
        <translation>in Sitzung</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last Inform</source>
        <translation>Letztes Inform</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Last events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
</context>
<context>
    <name>models::DeviceSummary</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 T %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>off (interval %n s)</source>
        <translation>
            <numerusform>aus (Intervall %n s)</numerusform>
            <numerusform>aus (Intervall %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>alle %n s</numerusform>
            <numerusform>alle %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::DiagnosticChartBuilder</name>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Traceroute</source>
        <translation>Traceroute</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>UDP echo</source>
        <translation>UDP-Echo</translation>
    </message>
    <message>
        <source>Server selection</source>
        <translation>Serverauswahl</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ping round-trip time and loss per run</source>
        <translation>Ping-Umlaufzeit und Verlust pro Lauf</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Start des Laufs</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Minimum RTT</source>
        <translation>Minimale RTT</translation>
    </message>
    <message>
        <source>Average RTT</source>
        <translation>Mittlere RTT</translation>
    </message>
    <message>
        <source>Maximum RTT</source>
        <translation>Maximale RTT</translation>
    </message>
    <message>
        <source>Round-trip time per hop</source>
        <translation>Umlaufzeit pro Hop</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Throughput over time</source>
        <translation>Durchsatz über die Zeit</translation>
    </message>
    <message>
        <source>Time since start of transfer</source>
        <translation>Zeit seit Beginn der Übertragung</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>Whole transfer</source>
        <translation>Gesamte Übertragung</translation>
    </message>
    <message>
        <source>Throughput per connection (BOM to EOM)</source>
        <translation>Durchsatz pro Verbindung (BOM bis EOM)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>TCP open time</source>
        <translation>TCP-Aufbauzeit</translation>
    </message>
    <message>
        <source>TCP connection open time</source>
        <translation>TCP-Verbindungsaufbauzeit</translation>
    </message>
    <message>
        <source>UDP echo round-trip time per packet</source>
        <translation>UDP-Echo-Umlaufzeit pro Paket</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>RTT, %1</source>
        <translation>RTT, %1</translation>
    </message>
    <message>
        <source>Lost packets</source>
        <translation>Verlorene Pakete</translation>
    </message>
    <message>
        <source>Lost, %1</source>
        <translation>Verloren, %1</translation>
    </message>
    <message>
        <source>DNS lookup results</source>
        <translation>Ergebnisse der DNS-Abfrage</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation>Antwortzeit (ms)</translation>
    </message>
    <message>
        <source>Server selection results</source>
        <translation>Ergebnisse der Serverauswahl</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Fastest host</source>
        <translation>Schnellster Host</translation>
    </message>
    <message>
        <source>Minimum (ms)</source>
        <translation>Min. (ms)</translation>
    </message>
    <message>
        <source>Average (ms)</source>
        <translation>Mittel (ms)</translation>
    </message>
    <message>
        <source>Maximum (ms)</source>
        <translation>Max. (ms)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>models::DiagnosticRunListModel</name>
    <message>
        <source>Sending inputs</source>
        <translation>Eingaben werden gesendet</translation>
    </message>
    <message>
        <source>Running on device</source>
        <translation>Läuft auf dem Gerät</translation>
    </message>
    <message>
        <source>Reading results</source>
        <translation>Ergebnisse werden gelesen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Kein Bericht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 % loss</source>
        <translation>%1 % Verlust</translation>
    </message>
    <message>
        <source>%1 ms avg, %2 % loss</source>
        <translation>Ø %1 ms, %2 % Verlust</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 Hop</translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation>%1 Hops</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testart</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kennwert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>models::DiffModel</name>
    <message>
        <source>writable</source>
        <translation>beschreibbar</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>Object added</source>
        <translation>Objekt hinzugefügt</translation>
    </message>
    <message>
        <source>Object removed</source>
        <translation>Objekt entfernt</translation>
    </message>
    <message>
        <source>Parameter added</source>
        <translation>Parameter hinzugefügt</translation>
    </message>
    <message>
        <source>Parameter removed</source>
        <translation>Parameter entfernt</translation>
    </message>
    <message>
        <source>Value changed</source>
        <translation>Wert geändert</translation>
    </message>
    <message>
        <source>Writability changed</source>
        <translation>Beschreibbarkeit geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s)</source>
        <translation>
            <numerusform>%n Parameter</numerusform>
            <numerusform>%n Parameter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Beschreibbar</translation>
    </message>
</context>
<context>
    <name>models::FileListModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>OUI</source>
        <translation>OUI</translation>
    </message>
    <message>
        <source>Product class</source>
        <translation>Produktklasse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>models::FilePreview</name>
    <message>
        <source>Binary file, %1 bytes: not shown as text. Use &quot;Save as…&quot; to open it elsewhere.</source>
        <translation>Binärdatei, %1 Bytes: wird nicht als Text angezeigt. Mit „Speichern unter…“ können Sie sie anderswo öffnen.</translation>
    </message>
    <message>
        <source>The file has %1; the first %2 are shown. Use &quot;Save as…&quot; for all of it.</source>
        <translation>Die Datei ist %1 groß; die ersten %2 werden angezeigt. Mit „Speichern unter…“ erhalten Sie die ganze Datei.</translation>
    </message>
    <message>
        <source>%1, %2 bytes.</source>
        <translation>%1, %2 Bytes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>models::MonitorPresets</name>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>Throughput %1</source>
        <translation>Durchsatz %1</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>Ethernet %1</source>
        <translation>Ethernet %1</translation>
    </message>
    <message>
        <source>%1 (WAN)</source>
        <translation>%1 (WAN)</translation>
    </message>
    <message>
        <source>IP interface %1</source>
        <translation>IP-Schnittstelle %1</translation>
    </message>
    <message>
        <source>SSID %1</source>
        <translation>SSID %1</translation>
    </message>
    <message>
        <source>WiFi associated devices</source>
        <translation>Verbundene WLAN-Geräte</translation>
    </message>
    <message>
        <source>Access point %1</source>
        <translation>Zugangspunkt %1</translation>
    </message>
    <message>
        <source>WAN %1</source>
        <translation>WAN %1</translation>
    </message>
    <message>
        <source>LAN port %1</source>
        <translation>LAN-Port %1</translation>
    </message>
    <message>
        <source>WLAN %1</source>
        <translation>WLAN %1</translation>
    </message>
</context>
<context>
    <name>models::MonitorUnits</name>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>Pakete/s</translation>
    </message>
    <message>
        <source>1/s</source>
        <translation>1/s</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Packet rate</source>
        <translation>Paketrate</translation>
    </message>
    <message>
        <source>Event rate</source>
        <translation>Ereignisrate</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>models::ParameterDefinitions</name>
    <message>
        <source>Vendor extension, no definition</source>
        <translation>Herstellererweiterung, keine Definition</translation>
    </message>
    <message>
        <source>No data-model definition loaded</source>
        <translation>Keine Datenmodell-Definition geladen</translation>
    </message>
    <message>
        <source>Not in the data model %1</source>
        <translation>Nicht im Datenmodell %1</translation>
    </message>
</context>
<context>
    <name>models::ParameterEdits</name>
    <message>
        <source>%1 is not a writable parameter.</source>
        <translation>%1 ist kein beschreibbarer Parameter.</translation>
    </message>
    <message>
        <source>The previous changes are still being applied.</source>
        <translation>Die vorherigen Änderungen werden noch übernommen.</translation>
    </message>
    <message>
        <source>There are no changes to apply.</source>
        <translation>Es gibt keine Änderungen zum Übernehmen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>models::ParameterFaults</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>models::ParameterMonitor</name>
    <message>
        <source>No device is selected.</source>
        <translation>Kein Gerät ist ausgewählt.</translation>
    </message>
    <message>
        <source>Pick at least one parameter to monitor.</source>
        <translation>Wählen Sie mindestens einen Parameter zur Überwachung aus.</translation>
    </message>
    <message numerus="yes">
        <source>Asking the device to report changes of %n parameter(s) actively…</source>
        <translation>
            <numerusform>Das Gerät wird aufgefordert, Änderungen von %n Parameter aktiv zu melden…</numerusform>
            <numerusform>Das Gerät wird aufgefordert, Änderungen von %n Parametern aktiv zu melden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The device does not report %1 actively (%2); it is polled instead.</source>
        <translation>Das Gerät meldet %1 nicht aktiv (%2); der Wert wird stattdessen abgefragt.</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>models::ParameterTreeModel</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passiv</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>Modus %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1
The device rejected this value: %2</source>
        <translation>%1
Das Gerät hat diesen Wert abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1
Pending: %2 (was %3)</source>
        <translation>%1
Ausstehend: %2 (vorher %3)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Beschreibbar</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>%1
defined in %2, not present on the device</source>
        <translation>%1
definiert in %2, auf dem Gerät nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>models::ParameterValueSpec</name>
    <message>
        <source>The value is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Wert ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>models::PlanStepModel</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>models::ProfileListModel</name>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>on BOOTSTRAP</source>
        <translation>bei BOOTSTRAP</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>models::QueuedTransferModel</name>
    <message>
        <source>Not yet started</source>
        <translation>Noch nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>A transfer the device started by itself carries no CommandKey.</source>
        <translation>Eine Übertragung, die das Gerät selbst gestartet hat, hat keinen CommandKey.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>nicht angekündigt</translation>
    </message>
    <message>
        <source>CommandKey</source>
        <translation>CommandKey</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Target file name</source>
        <translation>Zieldateiname</translation>
    </message>
</context>
<context>
    <name>models::RelativeTime</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::SessionLogModel</name>
    <message>
        <source>CPE → ACS</source>
        <translation>CPE → ACS</translation>
    </message>
    <message>
        <source>ACS → CPE</source>
        <translation>ACS → CPE</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(no RPC)</source>
        <translation>(kein RPC)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>RPC</source>
        <translation>RPC</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>models::SessionLogWriter</name>
    <message>
        <source>Cannot write the session log to %1: %2</source>
        <translation>Das Sitzungsprotokoll kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>models::SimulatorLauncher</name>
    <message>
        <source>The simulator was not found at %1. It is built and installed together with the workbench as cwmp-cpe-sim.</source>
        <translation>Der Simulator wurde unter %1 nicht gefunden. Er wird zusammen mit der Workbench als cwmp-cpe-sim gebaut und installiert.</translation>
    </message>
    <message>
        <source>The simulator at %1 cannot be run (it is not executable).</source>
        <translation>Der Simulator unter %1 kann nicht gestartet werden (er ist nicht ausführbar).</translation>
    </message>
    <message>
        <source>The ACS is not listening, so a simulated device would have nowhere to connect. Check the port in the settings.</source>
        <translation>Der ACS lauscht nicht, daher könnte sich ein simuliertes Gerät nirgends verbinden. Prüfen Sie den Port in den Einstellungen.</translation>
    </message>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>Der Simulator konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>models::SnapshotListModel</name>
    <message>
        <source>taken by hand</source>
        <translation>manuell erstellt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>models::TaskDispatcher</name>
    <message>
        <source>Read values</source>
        <translation>Werte lesen</translation>
    </message>
    <message>
        <source>Set values</source>
        <translation>Werte setzen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read names</source>
        <translation>Namen lesen</translation>
    </message>
    <message>
        <source>Read notification</source>
        <translation>Benachrichtigung lesen</translation>
    </message>
    <message>
        <source>Set notification</source>
        <translation>Benachrichtigung setzen</translation>
    </message>
    <message>
        <source>Add instance</source>
        <translation>Instanz hinzufügen</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Instanz löschen</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>Zurücksetzen auf Werkseinstellungen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Schedule inform</source>
        <translation>Inform planen</translation>
    </message>
    <message>
        <source>Read supported RPCs</source>
        <translation>Unterstützte RPCs lesen</translation>
    </message>
    <message>
        <source>Read queued transfers</source>
        <translation>Wartende Übertragungen lesen</translation>
    </message>
    <message>
        <source>Read all queued transfers</source>
        <translation>Alle wartenden Übertragungen lesen</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <source>Scheduled download</source>
        <translation>Geplanter Download</translation>
    </message>
    <message>
        <source>%1: queued again after an interrupted session.</source>
        <translation>%1: nach einer unterbrochenen Sitzung erneut eingereiht.</translation>
    </message>
    <message>
        <source>%1: queued, waiting for the device.</source>
        <translation>%1: eingereiht, wartet auf das Gerät.</translation>
    </message>
    <message>
        <source>%1: accepted, waiting for the device to report &quot;%2&quot;.</source>
        <translation>%1: angenommen, wartet darauf, dass das Gerät „%2“ meldet.</translation>
    </message>
    <message>
        <source>%1: sent to the device.</source>
        <translation>%1: an das Gerät gesendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2 %3: %4</source>
        <translation>%1 fehlgeschlagen: %2 %3: %4</translation>
    </message>
    <message>
        <source>%1: expired before the device took it.</source>
        <translation>%1: abgelaufen, bevor das Gerät die Aufgabe übernommen hat.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>models::TaskListModel</name>
    <message numerus="yes">
        <source>%1 +%n more</source>
        <translation>
            <numerusform>%1 +%n weiterer</numerusform>
            <numerusform>%1 +%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>whole tree</source>
        <translation>gesamter Baum</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>waiting for &quot;%1&quot;</source>
        <translation>wartet auf „%1“</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Fault name</source>
        <translation>Fehlername</translation>
    </message>
    <message>
        <source>Fault text</source>
        <translation>Fehlertext</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>models::TransferListModel</name>
    <message>
        <source>Configuration backup</source>
        <translation>Konfigurationssicherung</translation>
    </message>
    <message>
        <source>Configuration restore</source>
        <translation>Konfigurationswiederherstellung</translation>
    </message>
    <message>
        <source>Log fetch</source>
        <translation>Protokollabruf</translation>
    </message>
    <message>
        <source>Firmware upgrade</source>
        <translation>Firmware-Upgrade</translation>
    </message>
    <message>
        <source>Transfer by the device</source>
        <translation>Übertragung durch das Gerät</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Now runs %1</source>
        <translation>Läuft jetzt mit %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File / size</source>
        <translation>Datei / Größe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>models::TransferTimelineModel</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot erstellt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Device fetches</source>
        <translation>Gerät ruft ab</translation>
    </message>
    <message>
        <source>File sent</source>
        <translation>Datei gesendet</translation>
    </message>
    <message>
        <source>File received</source>
        <translation>Datei empfangen</translation>
    </message>
    <message>
        <source>TransferComplete</source>
        <translation>TransferComplete</translation>
    </message>
    <message>
        <source>Device rebooted</source>
        <translation>Gerät neu gestartet</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>models::XmlPrettyPrinter</name>
    <message>
        <source>Shown as received: the message has a document type declaration, which SOAP does not allow.</source>
        <translation>Wie empfangen angezeigt: Die Nachricht enthält eine Dokumenttyp-Deklaration, die SOAP nicht erlaubt.</translation>
    </message>
    <message>
        <source>Shown as received: not well-formed XML (line %1, column %2: %3).</source>
        <translation>Wie empfangen angezeigt: kein wohlgeformtes XML (Zeile %1, Spalte %2: %3).</translation>
    </message>
</context>
<context>
    <name>service::AcsService</name>
    <message>
        <source>the workspace is not open</source>
        <translation>der Arbeitsbereich ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot create a TLS certificate: %1</source>
        <translation>es kann kein TLS-Zertifikat erstellt werden: %1</translation>
    </message>
    <message>
        <source>TLS needs both a certificate file and its key file</source>
        <translation>TLS braucht sowohl eine Zertifikatsdatei als auch die zugehörige Schlüsseldatei</translation>
    </message>
    <message>
        <source>the API cannot listen: %1</source>
        <translation>die API kann nicht lauschen: %1</translation>
    </message>
    <message>
        <source>TR-143 test server: %1</source>
        <translation>TR-143-Testserver: %1</translation>
    </message>
    <message>
        <source>UDP echo server: %1</source>
        <translation>UDP-Echo-Server: %1</translation>
    </message>
</context>
<context>
    <name>service::DefinitionLibrary</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Ein Import läuft bereits.</translation>
    </message>
    <message>
        <source>%1 is not an absolute path.</source>
        <translation>%1 ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 holds no .xml files.</source>
        <translation>%1 enthält keine .xml-Dateien.</translation>
    </message>
    <message>
        <source>The import was cancelled; models imported: %1.</source>
        <translation>Der Import wurde abgebrochen; importierte Modelle: %1.</translation>
    </message>
    <message>
        <source>Models imported: %1.</source>
        <translation>Importierte Modelle: %1.</translation>
    </message>
    <message>
        <source>Models imported: %1. Files that could not be read: %2. %3</source>
        <translation>Importierte Modelle: %1. Nicht lesbare Dateien: %2. %3</translation>
    </message>
    <message>
        <source>%1 was chosen for this device</source>
        <translation>%1 wurde für dieses Gerät gewählt</translation>
    </message>
    <message>
        <source>the device is unknown</source>
        <translation>das Gerät ist unbekannt</translation>
    </message>
    <message>
        <source>The device %1 is unknown.</source>
        <translation>Das Gerät %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>No imported data model fits the device: %1.</source>
        <translation>Kein importiertes Datenmodell passt zum Gerät: %1.</translation>
    </message>
</context>
<context>
    <name>service::FileLibrary</name>
    <message>
        <source>The file needs a name.</source>
        <translation>Die Datei braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name must not contain / or \.</source>
        <translation>Der Name darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>The name must not contain &quot;..&quot;.</source>
        <translation>Der Name darf nicht „..“ enthalten.</translation>
    </message>
    <message>
        <source>The name must not start with a dot.</source>
        <translation>Der Name darf nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <source>The name must not start or end with a space.</source>
        <translation>Der Name darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The name must not contain control characters.</source>
        <translation>Der Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The library already has a file named %1.</source>
        <translation>Die Bibliothek enthält bereits eine Datei namens %1.</translation>
    </message>
    <message>
        <source>%1 is still being copied into the library.</source>
        <translation>%1 wird noch in die Bibliothek kopiert.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>Der Bibliotheksordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write into the library folder: %1</source>
        <translation>In den Bibliotheksordner kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the copy (is the disk full?): %1</source>
        <translation>Die Kopie konnte nicht geschrieben werden (ist der Datenträger voll?): %1</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not move the copy into place as %1.</source>
        <translation>Die Kopie konnte nicht als %1 an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>The database did not keep %1: %2</source>
        <translation>Die Datenbank hat %1 nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The library has no file named %1.</source>
        <translation>Die Bibliothek enthält keine Datei namens %1.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>No diagnostics run %1</source>
        <translation type="vanished">Kein Diagnoselauf %1</translation>
    </message>
    <message>
        <source>No snapshot %1</source>
        <translation type="vanished">Kein Snapshot %1</translation>
    </message>
    <message>
        <source>No task %1</source>
        <translation type="vanished">Keine Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>store::Database</name>
    <message>
        <source>Cannot create the workspace folder %1</source>
        <translation>Der Arbeitsbereichsordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>store::DatabaseWorker</name>
    <message>
        <source>The workspace database was closed</source>
        <translation>Die Arbeitsbereichsdatenbank wurde geschlossen</translation>
    </message>
    <message>
        <source>A batch of changes was rolled back</source>
        <translation>Ein Stapel von Änderungen wurde zurückgerollt</translation>
    </message>
</context>
<context>
    <name>store::DeviceRepository</name>
    <message>
        <source>No device %1</source>
        <translation>Kein Gerät %1</translation>
    </message>
    <message>
        <source>An Inform without OUI or serial number cannot be stored</source>
        <translation>Ein Inform ohne OUI oder Seriennummer kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>store::DiagnosticsRepository</name>
    <message>
        <source>A diagnostics run needs a device and a kind</source>
        <translation>Ein Diagnoselauf braucht ein Gerät und eine Art</translation>
    </message>
    <message>
        <source>No diagnostics run %1</source>
        <translation>Kein Diagnoselauf %1</translation>
    </message>
</context>
<context>
    <name>store::FileRepository</name>
    <message>
        <source>A served file needs a name</source>
        <translation>Eine bereitgestellte Datei braucht einen Namen</translation>
    </message>
    <message>
        <source>A file named %1 is already registered</source>
        <translation>Eine Datei namens %1 ist bereits registriert</translation>
    </message>
    <message>
        <source>No file named %1</source>
        <translation>Keine Datei namens %1</translation>
    </message>
</context>
<context>
    <name>store::ProfileFormat</name>
    <message>
        <source>an object to create ends with &apos;.&apos;</source>
        <translation>ein anzulegendes Objekt endet mit &apos;.&apos;</translation>
    </message>
    <message>
        <source>a parameter name does not end with &apos;.&apos;</source>
        <translation>ein Parametername endet nicht mit &apos;.&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable path: %2</source>
        <translation>&apos;%1&apos; ist kein verwendbarer Pfad: %2</translation>
    </message>
    <message>
        <source>This is not a profile: its &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>Dies ist kein Profil: sein &quot;format&quot; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The profile has no valid &quot;version&quot; (a whole number, %1 for this program)</source>
        <translation>Das Profil hat keine gültige &quot;version&quot; (eine ganze Zahl, %1 für dieses Programm)</translation>
    </message>
    <message>
        <source>The profile has format version %1; this program reads up to %2</source>
        <translation>Das Profil hat die Formatversion %1; dieses Programm liest bis Version %2</translation>
    </message>
    <message>
        <source>The profile needs a &quot;name&quot; of 1 to %1 characters</source>
        <translation>Das Profil braucht einen &quot;name&quot; mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;description&quot; must be text</source>
        <translation>&quot;description&quot; muss Text sein</translation>
    </message>
    <message>
        <source>&quot;applyOnBootstrap&quot; must be true or false</source>
        <translation>&quot;applyOnBootstrap&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;objects&quot; must be a list of object paths</source>
        <translation>&quot;objects&quot; muss eine Liste von Objektpfaden sein</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list of {&quot;path&quot;, &quot;value&quot;, &quot;type&quot;} objects</source>
        <translation>&quot;values&quot; muss eine Liste von {&quot;path&quot;, &quot;value&quot;, &quot;type&quot;}-Objekten sein</translation>
    </message>
    <message>
        <source>The profile has %1 values, more than the limit of %2</source>
        <translation>Das Profil hat %1 Werte, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>Value %1 must be an object with a text &quot;path&quot;, a &quot;value&quot; and an optional text &quot;type&quot;</source>
        <translation>Wert %1 muss ein Objekt mit einem Text &quot;path&quot;, einem &quot;value&quot; und einem optionalen Text &quot;type&quot; sein</translation>
    </message>
    <message>
        <source>The profile file is larger than %1 MB</source>
        <translation>Die Profildatei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at byte %2</source>
        <translation>Das Profil ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>The profile must be a JSON object</source>
        <translation>Das Profil muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>store::ProfileRepository</name>
    <message>
        <source>A stored profile cannot be read: %1</source>
        <translation>Ein gespeichertes Profil kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No profile named &apos;%1&apos;</source>
        <translation>Kein Profil namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>store::Schema</name>
    <message>
        <source>Cannot read the database schema version</source>
        <translation>Die Schemaversion der Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database has schema %1, this build knows %2; it is left untouched</source>
        <translation>Die Datenbank hat Schema %1, dieser Build kennt %2; sie bleibt unverändert</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>store::SnapshotRepository</name>
    <message>
        <source>A snapshot needs a device</source>
        <translation>Ein Snapshot braucht ein Gerät</translation>
    </message>
    <message>
        <source>A snapshot of %1 parameters is over the limit of %2</source>
        <translation>Ein Snapshot mit %1 Parametern überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>Snapshot %1 cannot be read: its data is damaged</source>
        <translation>Snapshot %1 kann nicht gelesen werden: seine Daten sind beschädigt</translation>
    </message>
    <message>
        <source>No snapshot %1</source>
        <translation>Kein Snapshot %1</translation>
    </message>
</context>
<context>
    <name>store::SoapLogRepository</name>
    <message>
        <source>Cannot write the SOAP log to %1: %2</source>
        <translation>Das SOAP-Protokoll kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>store::SqliteConnection</name>
    <message>
        <source>Cannot read the workspace database %1: %2</source>
        <translation>Die Arbeitsbereichsdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a CWMP Workbench database (or it is damaged); it is left untouched</source>
        <translation>%1 ist keine CWMP-Workbench-Datenbank (oder sie ist beschädigt); sie bleibt unverändert</translation>
    </message>
    <message>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Die Arbeitsbereichsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer CWMP Workbench (schema %2, this build knows %3); it is left untouched</source>
        <translation>%1 wurde von einer neueren CWMP Workbench geschrieben (Schema %2, dieser Build kennt %3); sie bleibt unverändert</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it is left untouched</source>
        <translation>%1 ist beschädigt (%2); sie bleibt unverändert</translation>
    </message>
    <message>
        <source>The workspace database %1 cannot use write-ahead logging (journal mode is %2)</source>
        <translation>Die Arbeitsbereichsdatenbank %1 kann kein Write-Ahead-Logging verwenden (Journalmodus ist %2)</translation>
    </message>
    <message>
        <source>No workspace database is open</source>
        <translation>Keine Arbeitsbereichsdatenbank ist geöffnet</translation>
    </message>
    <message>
        <source>The disk holding the workspace database is full; the change was not saved (%1)</source>
        <translation>Der Datenträger mit der Arbeitsbereichsdatenbank ist voll; die Änderung wurde nicht gespeichert (%1)</translation>
    </message>
    <message>
        <source>The workspace database is damaged (%1)</source>
        <translation>Die Arbeitsbereichsdatenbank ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>store::TaskRepository</name>
    <message>
        <source>Task %1 has invalid arguments: %2</source>
        <translation>Aufgabe %1 hat ungültige Argumente: %2</translation>
    </message>
    <message>
        <source>A task to store needs an id and a kind</source>
        <translation>Eine zu speichernde Aufgabe braucht eine ID und eine Art</translation>
    </message>
    <message>
        <source>Task %1 cannot go from %2 to %3</source>
        <translation>Aufgabe %1 kann nicht von %2 nach %3 wechseln</translation>
    </message>
    <message>
        <source>Task %1 is %2 and cannot be retried</source>
        <translation>Aufgabe %1 ist %2 und kann nicht wiederholt werden</translation>
    </message>
    <message>
        <source>Task %1 is not pending; its progress is final</source>
        <translation>Aufgabe %1 ist nicht ausstehend; ihr Fortschritt steht fest</translation>
    </message>
    <message>
        <source>No task %1</source>
        <translation>Keine Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>store::TransferRepository</name>
    <message>
        <source>No transfer %1</source>
        <translation>Keine Übertragung %1</translation>
    </message>
    <message>
        <source>A transfer needs a device and a kind</source>
        <translation>Eine Übertragung braucht ein Gerät und eine Art</translation>
    </message>
</context>
<context>
    <name>ui::AddFileDialog</name>
    <message>
        <source>Add File to the Library</source>
        <translation>Datei zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The FileType sent in the Download request (TR-069 A.3.2.8).</source>
        <translation>Der FileType, der in der Download-Anfrage gesendet wird (TR-069 A.3.2.8).</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>jedes Gerät</translation>
    </message>
    <message>
        <source>the SoftwareVersion the image installs</source>
        <translation>die SoftwareVersion, die das Image installiert</translation>
    </message>
    <message>
        <source>Devices fetch the file under this name: /files/&lt;name&gt;.</source>
        <translation>Geräte rufen die Datei unter diesem Namen ab: /files/&lt;name&gt;.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>Datei&amp;typ:</translation>
    </message>
    <message>
        <source>For &amp;OUI:</source>
        <translation>Für &amp;OUI:</translation>
    </message>
    <message>
        <source>For &amp;product class:</source>
        <translation>Für &amp;Produktklasse:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Choose the file type devices are told.</source>
        <translation>Wählen Sie den Dateityp, der den Geräten mitgeteilt wird.</translation>
    </message>
</context>
<context>
    <name>ui::BackupsPage</name>
    <message>
        <source>&amp;Back up configuration</source>
        <translation>&amp;Konfiguration sichern</translation>
    </message>
    <message>
        <source>Fetch &amp;log</source>
        <translation>Protokoll &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Wi&amp;ederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Show &amp;file</source>
        <translation>Datei an&amp;zeigen</translation>
    </message>
    <message>
        <source>Queued on device</source>
        <translation>Auf dem Gerät eingereiht</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel transfer</source>
        <translation>Übertragung abb&amp;rechen</translation>
    </message>
    <message>
        <source>Ask the device to upload its configuration file (Upload, &quot;1 Vendor Configuration File&quot;)</source>
        <translation>Das Gerät auffordern, seine Konfigurationsdatei hochzuladen (Upload, „1 Vendor Configuration File“)</translation>
    </message>
    <message>
        <source>Ask the device to upload its log file (Upload, &quot;2 Vendor Log File&quot;)</source>
        <translation>Das Gerät auffordern, seine Protokolldatei hochzuladen (Upload, „2 Vendor Log File“)</translation>
    </message>
    <message>
        <source>Send the selected backup back to the device (Download, &quot;3 Vendor Configuration File&quot;)</source>
        <translation>Die ausgewählte Sicherung an das Gerät zurücksenden (Download, „3 Vendor Configuration File“)</translation>
    </message>
    <message>
        <source>Copy the selected stored file to a folder of your choice</source>
        <translation>Die ausgewählte gespeicherte Datei in einen Ordner Ihrer Wahl kopieren</translation>
    </message>
    <message>
        <source>Show the selected stored file in the viewer</source>
        <translation>Die ausgewählte gespeicherte Datei im Betrachter anzeigen</translation>
    </message>
    <message>
        <source>File viewer</source>
        <translation>Dateibetrachter</translation>
    </message>
    <message>
        <source>Select a backup or a log and press &quot;Show file&quot;.</source>
        <translation>Wählen Sie eine Sicherung oder ein Protokoll aus und klicken Sie auf „Datei anzeigen“.</translation>
    </message>
    <message>
        <source>Ask the device which transfers it has queued (GetAllQueuedTransfers)</source>
        <translation>Das Gerät fragen, welche Übertragungen es eingereiht hat (GetAllQueuedTransfers)</translation>
    </message>
    <message>
        <source>Ask the device to drop the selected transfer (CancelTransfer)</source>
        <translation>Das Gerät auffordern, die ausgewählte Übertragung zu verwerfen (CancelTransfer)</translation>
    </message>
    <message>
        <source>Press &quot;Refresh&quot; to ask the device which transfers it has queued.</source>
        <translation>Klicken Sie auf „Aktualisieren“, um das Gerät nach seinen eingereihten Übertragungen zu fragen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backup started: %1</source>
        <translation>Keine Sicherung gestartet: %1</translation>
    </message>
    <message>
        <source>Backup of %1 started: waiting for the device to upload its configuration.</source>
        <translation>Sicherung von %1 gestartet: warte darauf, dass das Gerät seine Konfiguration hochlädt.</translation>
    </message>
    <message>
        <source>No log fetch started: %1</source>
        <translation>Kein Protokollabruf gestartet: %1</translation>
    </message>
    <message>
        <source>Log fetch from %1 started: the log opens here when it has arrived.</source>
        <translation>Protokollabruf von %1 gestartet: das Protokoll wird hier geöffnet, sobald es angekommen ist.</translation>
    </message>
    <message>
        <source>Restore the configuration backup of %1 taken %2?

The device downloads it as &quot;3 Vendor Configuration File&quot;, replaces its configuration and usually reboots. A snapshot of the current values is taken first.</source>
        <translation>Die Konfigurationssicherung von %1 vom %2 wiederherstellen?

Das Gerät lädt sie als „3 Vendor Configuration File“ herunter, ersetzt seine Konfiguration und startet in der Regel neu. Zuvor wird ein Snapshot der aktuellen Werte erstellt.</translation>
    </message>
    <message>
        <source>Restore configuration</source>
        <translation>Konfiguration wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>No restore started: %1</source>
        <translation>Keine Wiederherstellung gestartet: %1</translation>
    </message>
    <message>
        <source>Restore of the backup from %1 started.</source>
        <translation>Wiederherstellung der Sicherung von %1 gestartet.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not ask the device: %1</source>
        <translation>Das Gerät konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <source>Asking the device for its queued transfers…</source>
        <translation>Das Gerät wird nach seinen eingereihten Übertragungen gefragt…</translation>
    </message>
    <message>
        <source>This transfer has no CommandKey: the device started it itself and it cannot be cancelled.</source>
        <translation>Diese Übertragung hat keinen CommandKey: das Gerät hat sie selbst gestartet, sie kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>%1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Asking the device to cancel %1…</source>
        <translation>Das Gerät wird aufgefordert, %1 abzubrechen…</translation>
    </message>
    <message>
        <source>Nothing queued on the device (as of %1).</source>
        <translation>Nichts auf dem Gerät eingereiht (Stand %1).</translation>
    </message>
    <message>
        <source>One transfer queued on the device (as of %1).</source>
        <translation>Eine Übertragung auf dem Gerät eingereiht (Stand %1).</translation>
    </message>
    <message>
        <source>%1 transfers queued on the device (as of %2).</source>
        <translation>%1 Übertragungen auf dem Gerät eingereiht (Stand %2).</translation>
    </message>
    <message>
        <source>%1 The device only supports the older GetQueuedTransfers: direction, type, size and target are not reported.</source>
        <translation>%1 Das Gerät unterstützt nur das ältere GetQueuedTransfers: Richtung, Typ, Größe und Ziel werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>The device supports neither GetAllQueuedTransfers nor GetQueuedTransfers (9000).</source>
        <translation>Das Gerät unterstützt weder GetAllQueuedTransfers noch GetQueuedTransfers (9000).</translation>
    </message>
    <message>
        <source>The device cancelled %1.</source>
        <translation>Das Gerät hat %1 abgebrochen.</translation>
    </message>
    <message>
        <source>The device will not cancel %1 (9021): the transfer has already started or finished.</source>
        <translation>Das Gerät bricht %1 nicht ab (9021): die Übertragung hat bereits begonnen oder ist beendet.</translation>
    </message>
    <message>
        <source>The device knows no transfer %1 any more (9003): it may have finished meanwhile.</source>
        <translation>Das Gerät kennt keine Übertragung %1 mehr (9003): sie ist möglicherweise inzwischen beendet.</translation>
    </message>
    <message>
        <source>%1 succeeded: stored as %2.</source>
        <translation>%1 erfolgreich: gespeichert als %2.</translation>
    </message>
    <message>
        <source>%1 succeeded: %2</source>
        <translation>%1 erfolgreich: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ui::ChartView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3 %4</source>
        <translation>%1 — %2: %3 %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
x: %2
y: %3</source>
        <translation>%1
x: %2
y: %3</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>ui::ConformanceDialog</name>
    <message>
        <source>Conformance of %1</source>
        <translation>Konformität von %1</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Filter by path, value or explanation</source>
        <translation>Nach Pfad, Wert oder Erläuterung filtern</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Als HTML exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>The device %1 is no longer known.</source>
        <translation>Das Gerät %1 ist nicht mehr bekannt.</translation>
    </message>
    <message>
        <source>No imported data model fits this device: %1. Import one with File → Import data model….</source>
        <translation>Kein importiertes Datenmodell passt zu diesem Gerät: %1. Importieren Sie eines mit Datei → Datenmodell importieren….</translation>
    </message>
    <message>
        <source>Checking %1 against %2 (%3)…</source>
        <translation>%1 wird gegen %2 (%3) geprüft…</translation>
    </message>
    <message>
        <source>%1 checked against %2: %3.</source>
        <translation>%1 gegen %2 geprüft: %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 objects and %2 parameters checked; the device claims version %3.</source>
        <translation>%1 Objekte und %2 Parameter geprüft; das Gerät gibt Version %3 an.</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <source>Errors: %1.</source>
        <translation>Fehler: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Es gibt keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
</context>
<context>
    <name>ui::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>ui::DeviceListView</name>
    <message>
        <source>Filter devices (any column)</source>
        <translation>Geräte filtern (beliebige Spalte)</translation>
    </message>
    <message>
        <source>&amp;Connection request</source>
        <translation>&amp;Verbindungsanforderung</translation>
    </message>
    <message>
        <source>Ask the device to open a session now</source>
        <translation>Das Gerät auffordern, jetzt eine Sitzung zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh all parameters</source>
        <translation>Alle Parameter &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Read the device&apos;s whole parameter tree again</source>
        <translation>Den gesamten Parameterbaum des Geräts erneut lesen</translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation>&amp;Neustart…</translation>
    </message>
    <message>
        <source>Restart the device</source>
        <translation>Das Gerät neu starten</translation>
    </message>
    <message>
        <source>&amp;Forget device…</source>
        <translation>Gerät &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the device, its cached parameters and its queued tasks</source>
        <translation>Das Gerät, seine zwischengespeicherten Parameter und seine wartenden Aufgaben entfernen</translation>
    </message>
    <message>
        <source>%1 is in a session now; it needs no connection request.</source>
        <translation>%1 ist gerade in einer Sitzung; eine Verbindungsanforderung ist nicht nötig.</translation>
    </message>
    <message>
        <source>Sending a connection request to %1…</source>
        <translation>Verbindungsanforderung an %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Reboot device</source>
        <translation>Gerät neu starten</translation>
    </message>
    <message>
        <source>Reboot %1? The device restarts and cannot be reached until it is back.</source>
        <translation>%1 neu starten? Das Gerät startet neu und ist erst danach wieder erreichbar.</translation>
    </message>
    <message>
        <source>Forget device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>Forget %1? Its cached parameters and queued tasks are removed. The device is added again at its next Inform.</source>
        <translation>%1 entfernen? Seine zwischengespeicherten Parameter und wartenden Aufgaben werden gelöscht. Beim nächsten Inform wird das Gerät wieder hinzugefügt.</translation>
    </message>
    <message>
        <source>Forgot %1.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 was already gone.</source>
        <translation>%1 war bereits entfernt.</translation>
    </message>
    <message>
        <source>%1: %2 was not queued: %3</source>
        <translation>%1: %2 wurde nicht eingereiht: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not wake %1: %2. The task waits for the device&apos;s next session.</source>
        <translation>%1 konnte nicht geweckt werden: %2. Die Aufgabe wartet auf die nächste Sitzung des Geräts.</translation>
    </message>
    <message>
        <source>Connection request to %1: %2</source>
        <translation>Verbindungsanforderung an %1: %2</translation>
    </message>
    <message>
        <source>Connection request to %1 failed: %2</source>
        <translation>Verbindungsanforderung an %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ui::DevicePage</name>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Au&amp;fgaben</translation>
    </message>
    <message>
        <source>Session &amp;log</source>
        <translation>&amp;Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>%1 holds no writable values that have been read; nothing to save as a profile.</source>
        <translation>%1 enthält keine gelesenen beschreibbaren Werte; es gibt nichts, was als Profil gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>Dia&amp;gnostics</source>
        <translation>D&amp;iagnose</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>Über&amp;wachung</translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation>Snapsh&amp;ots</translation>
    </message>
    <message>
        <source>Files &amp;&amp; &amp;backups</source>
        <translation>Dateien &amp;&amp; Si&amp;cherungen</translation>
    </message>
</context>
<context>
    <name>ui::DiagnosticsPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>Sekunden vom Start eines Laufs bis zum Start des nächsten</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Läufe</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Diagnosetest</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Select two runs of one test to overlay them</source>
        <translation>Wählen Sie zwei Läufe desselben Tests aus, um sie zu überlagern</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 run %2 of %3: %4 — %5</source>
        <translation>%1, Lauf %2 von %3: %4 — %5</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>No data: the run has no result for this chart.</source>
        <translation>Keine Daten: Der Lauf hat kein Ergebnis für dieses Diagramm.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
</context>
<context>
    <name>ui::DiffView</name>
    <message>
        <source>Hide &amp;volatile parameters</source>
        <translation>Flüchtige Parameter &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Make pl&amp;an…</source>
        <translation>P&amp;lan erstellen…</translation>
    </message>
    <message>
        <source>Only below, e.g. Device.WiFi.</source>
        <translation>Nur unterhalb, z. B. Device.WiFi.</translation>
    </message>
    <message>
        <source>Counters, uptimes and clocks change by themselves and would drown the diff.</source>
        <translation>Zähler, Betriebszeiten und Uhren ändern sich von selbst und würden den Vergleich überfluten.</translation>
    </message>
    <message>
        <source>The calls that would make this device match the other side, as a dry run</source>
        <translation>Die Aufrufe, mit denen dieses Gerät der anderen Seite angeglichen würde, als Probelauf</translation>
    </message>
    <message>
        <source>Export diff</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>S&amp;ubtree:</source>
        <translation>&amp;Teilbaum:</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Pick two trees to compare.</source>
        <translation>Wählen Sie zwei Bäume zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) shown</source>
        <translation>
            <numerusform>%n Unterschied angezeigt</numerusform>
            <numerusform>%n Unterschiede angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by the filters</source>
        <translation>
            <numerusform>%n durch die Filter ausgeblendet</numerusform>
            <numerusform>%n durch die Filter ausgeblendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2: %3</source>
        <translation>Von %1 bis %2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Plan: make %1 match %2</source>
        <translation>Plan: %1 an %2 angleichen</translation>
    </message>
    <message>
        <source>plan to match %1</source>
        <translation>Plan zum Angleichen an %1</translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation>Plan erstellen</translation>
    </message>
</context>
<context>
    <name>ui::FileImportBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop copying; nothing of the file is kept.</source>
        <translation>Kopieren anhalten; von der Datei wird nichts behalten.</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>%1 wird kopiert…</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 was added to the file library.</source>
        <translation>%1 wurde zur Dateibibliothek hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ui::FilesPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>File Library</source>
        <translation>Dateibibliothek</translation>
    </message>
    <message>
        <source>Filter by name, type, version, OUI…</source>
        <translation>Nach Name, Typ, Version, OUI filtern…</translation>
    </message>
    <message>
        <source>Drop files here to add them to the library.</source>
        <translation>Dateien hier ablegen, um sie der Bibliothek hinzuzufügen.</translation>
    </message>
    <message>
        <source>Copy files into the workspace for devices to download</source>
        <translation>Dateien in den Arbeitsbereich kopieren, damit Geräte sie herunterladen können</translation>
    </message>
    <message>
        <source>Copy the URL devices download the file from</source>
        <translation>Die URL kopieren, von der Geräte die Datei herunterladen</translation>
    </message>
    <message>
        <source>Drop files on the table to add them.</source>
        <translation>Legen Sie Dateien auf der Tabelle ab, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add Files to the Library</source>
        <translation>Dateien zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the library and delete its copy in the workspace? Devices can no longer download it.</source>
        <translation>%1 aus der Bibliothek entfernen und die Kopie im Arbeitsbereich löschen? Geräte können die Datei dann nicht mehr herunterladen.</translation>
    </message>
    <message>
        <source>%1 was removed from the file library.</source>
        <translation>%1 wurde aus der Dateibibliothek entfernt.</translation>
    </message>
    <message>
        <source>The ACS is not listening: there is no URL yet.</source>
        <translation>Der ACS lauscht nicht: Es gibt noch keine URL.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>ui::FirmwareUpgradeDialog</name>
    <message>
        <source>Add Image…</source>
        <translation>Image hinzufügen…</translation>
    </message>
    <message>
        <source>Upgrade &amp;anyway</source>
        <translation>Upgrade &amp;trotzdem durchführen</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Firmware Upgrade — %1</source>
        <translation>Firmware-Upgrade — %1</translation>
    </message>
    <message>
        <source>Copy a firmware image into the file library</source>
        <translation>Ein Firmware-Image in die Dateibibliothek kopieren</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the device waits before it fetches the image (DelaySeconds).</source>
        <translation>Wie lange das Gerät wartet, bevor es das Image abruft (DelaySeconds).</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>Firmware-&amp;Image:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Image version:</source>
        <translation>Image-Version:</translation>
    </message>
    <message>
        <source>Meant for:</source>
        <translation>Bestimmt für:</translation>
    </message>
    <message>
        <source>Device runs:</source>
        <translation>Gerät läuft mit:</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>No firmware image in the library</source>
        <translation>Kein Firmware-Image in der Bibliothek</translation>
    </message>
    <message>
        <source>Device %1 (%2, OUI %3)</source>
        <translation>Gerät %1 (%2, OUI %3)</translation>
    </message>
    <message>
        <source>Device %1 is not known to this workspace.</source>
        <translation>Gerät %1 ist in diesem Arbeitsbereich nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>not given — the outcome is judged by the version change</source>
        <translation>nicht angegeben — das Ergebnis wird an der Versionsänderung gemessen</translation>
    </message>
    <message>
        <source>OUI %1, product class %2</source>
        <translation>OUI %1, Produktklasse %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Check before upgrading:</source>
        <translation>Vor dem Upgrade prüfen:</translation>
    </message>
    <message>
        <source>Confirm the warnings with &quot;Upgrade anyway&quot; first.</source>
        <translation>Bestätigen Sie zuerst die Warnungen mit „Upgrade trotzdem durchführen“.</translation>
    </message>
    <message>
        <source>The upgrade was not started: %1</source>
        <translation>Das Upgrade wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The upgrade goes on when the dialog is closed.</source>
        <translation>Das Upgrade läuft weiter, wenn der Dialog geschlossen wird.</translation>
    </message>
    <message>
        <source>Firmware upgrade of %1 with %2 started.</source>
        <translation>Firmware-Upgrade von %1 mit %2 gestartet.</translation>
    </message>
    <message>
        <source>Add Firmware Image</source>
        <translation>Firmware-Image hinzufügen</translation>
    </message>
    <message>
        <source>Firmware images (*.bin *.img *.trx *.itb *.fw *.chk *.ubi);;All files (*)</source>
        <translation>Firmware-Images (*.bin *.img *.trx *.itb *.fw *.chk *.ubi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Firmware upgrade of %1 succeeded: now version %2.</source>
        <translation>Firmware-Upgrade von %1 erfolgreich: jetzt Version %2.</translation>
    </message>
    <message>
        <source>Firmware upgrade of %1 failed: %2</source>
        <translation>Firmware-Upgrade von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Now (Download)</source>
        <translation>Jetzt (Download)</translation>
    </message>
    <message>
        <source>In a time window (ScheduleDownload)</source>
        <translation>In einem Zeitfenster (ScheduleDownload)</translation>
    </message>
    <message>
        <source>A time window lets the device fetch the image later, e.g. at night.</source>
        <translation>Mit einem Zeitfenster holt das Gerät das Image später ab, z. B. nachts.</translation>
    </message>
    <message>
        <source>When the window opens, counted from the moment the device gets the request.</source>
        <translation>Wann das Zeitfenster öffnet, gezählt ab dem Zeitpunkt, zu dem das Gerät die Anfrage erhält.</translation>
    </message>
    <message>
        <source>When the window closes; the download must be done by then.</source>
        <translation>Wann das Zeitfenster schließt; der Download muss bis dahin abgeschlossen sein.</translation>
    </message>
    <message>
        <source>seconds from now</source>
        <translation>Sekunden ab jetzt</translation>
    </message>
    <message>
        <source>minutes from now</source>
        <translation>Minuten ab jetzt</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Optional: what the device may show its user</source>
        <translation>Optional: was das Gerät seinem Benutzer anzeigen darf</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>User &amp;message:</source>
        <translation>Benutzer&amp;nachricht:</translation>
    </message>
</context>
<context>
    <name>ui::ImportDataModelDialog</name>
    <message>
        <source>Import data model</source>
        <translation>Datenmodell importieren</translation>
    </message>
    <message>
        <source>Choose a Broadband Forum data-model XML file (for example tr-181-2-19-1-cwmp-full.xml) or a folder of them. Vendor files in the same format describe their X_ extensions. Imported models are remembered in the workspace.</source>
        <translation>Wählen Sie eine Datenmodell-XML-Datei des Broadband Forum (zum Beispiel tr-181-2-19-1-cwmp-full.xml) oder einen Ordner mit solchen Dateien. Herstellerdateien im selben Format beschreiben ihre X_-Erweiterungen. Importierte Modelle werden im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>/path/to/file.xml or folder</source>
        <translation>/pfad/zu/datei.xml oder Ordner</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>%1 wird gelesen (%2 von %3)…</translation>
    </message>
    <message>
        <source>Models available: %1</source>
        <translation>Verfügbare Modelle: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Data-model XML (*.xml)</source>
        <translation>Datenmodell-XML (*.xml)</translation>
    </message>
    <message>
        <source>Import every data model in a folder</source>
        <translation>Alle Datenmodelle eines Ordners importieren</translation>
    </message>
</context>
<context>
    <name>ui::ListenerPanel</name>
    <message>
        <source>ACS not listening</source>
        <translation>ACS lauscht nicht</translation>
    </message>
    <message>
        <source>No device can reach the workbench: check the port and address in Settings.</source>
        <translation>Kein Gerät kann die Workbench erreichen: Prüfen Sie Port und Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>ACS: %1</source>
        <translation>ACS: %1</translation>
    </message>
    <message>
        <source>Click to copy this URL; the arrow lists every URL a device could use.</source>
        <translation>Klicken, um diese URL zu kopieren; der Pfeil listet alle URLs auf, die ein Gerät verwenden könnte.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>TLS on</source>
        <translation>TLS an</translation>
    </message>
    <message>
        <source>TLS off</source>
        <translation>TLS aus</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Digest authentication</source>
        <translation>Digest-Authentifizierung</translation>
    </message>
    <message>
        <source>1 device online</source>
        <translation>1 Gerät online</translation>
    </message>
    <message>
        <source>%1 devices online</source>
        <translation>%1 Geräte online</translation>
    </message>
</context>
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
        <source>About CWMP Workbench</source>
        <translation>Über CWMP Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CWMP Workbench %1&lt;/h3&gt;&lt;p&gt;A lab console for broadband devices managed with TR-069 (CWMP).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CWMP Workbench %1&lt;/h3&gt;&lt;p&gt;Eine Laborkonsole für Breitbandgeräte, die über TR-069 (CWMP) verwaltet werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 did not answer the connection request: %2. The task stays queued until its next session.</source>
        <translation>%1 hat nicht auf die Verbindungsanforderung geantwortet: %2. Die Aufgabe bleibt bis zur nächsten Sitzung eingereiht.</translation>
    </message>
    <message>
        <source>The simulated device could not start: %1</source>
        <translation>Das simulierte Gerät konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Simulated device %1 is running; it appears in the list with its first Inform.</source>
        <translation>Simuliertes Gerät %1 läuft; es erscheint mit seinem ersten Inform in der Liste.</translation>
    </message>
    <message>
        <source>Simulated device %1 stopped: %2</source>
        <translation>Simuliertes Gerät %1 wurde beendet: %2</translation>
    </message>
    <message>
        <source>Asking %1 to open a session…</source>
        <translation>%1 wird aufgefordert, eine Sitzung zu öffnen…</translation>
    </message>
    <message>
        <source>Reboot device</source>
        <translation>Gerät neu starten</translation>
    </message>
    <message>
        <source>Reboot %1 now?</source>
        <translation>%1 jetzt neu starten?</translation>
    </message>
    <message>
        <source>Cannot reboot %1: %2</source>
        <translation>%1 kann nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>Reboot of %1 queued.</source>
        <translation>Neustart von %1 eingereiht.</translation>
    </message>
    <message>
        <source>Starting simulated device %1…</source>
        <translation>Simuliertes Gerät %1 wird gestartet…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Change where the ACS listens, authentication, TLS and the API</source>
        <translation>Adresse und Port des ACS, Authentifizierung, TLS und API ändern</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the parameters, the session log or the device list</source>
        <translation>Parameter, Sitzungsprotokoll oder Geräteliste filtern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the selected subtree, or the whole tree, from the device again</source>
        <translation>Den ausgewählten Teilbaum oder den gesamten Baum erneut vom Gerät lesen</translation>
    </message>
    <message>
        <source>&amp;Connection request</source>
        <translation>&amp;Verbindungsanforderung</translation>
    </message>
    <message>
        <source>Ask the device to open a session now</source>
        <translation>Das Gerät auffordern, jetzt eine Sitzung zu öffnen</translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation>&amp;Neustart…</translation>
    </message>
    <message>
        <source>Reboot the selected device</source>
        <translation>Das ausgewählte Gerät neu starten</translation>
    </message>
    <message>
        <source>Start &amp;simulated device</source>
        <translation>Simuliertes &amp;Gerät starten</translation>
    </message>
    <message>
        <source>Start cwmp-cpe-sim against this workbench, for a demo without hardware</source>
        <translation>cwmp-cpe-sim mit dieser Workbench starten, für eine Vorführung ohne Hardware</translation>
    </message>
    <message>
        <source>Simulated device %1 is running.</source>
        <translation>Simuliertes Gerät %1 läuft.</translation>
    </message>
    <message>
        <source>Cannot read the parameters of %1: %2</source>
        <translation>Die Parameter von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>New device %1: reading its parameters…</source>
        <translation>Neues Gerät %1: Parameter werden gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Provisioning profiles</source>
        <translation>Provisionierungsprofile</translation>
    </message>
    <message>
        <source>&amp;Import data model…</source>
        <translation>Datenmodell &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Broadband Forum or vendor data-model XML: descriptions, types and validation</source>
        <translation>Datenmodell-XML des Broadband Forum oder eines Herstellers importieren: Beschreibungen, Typen und Validierung</translation>
    </message>
    <message>
        <source>Take s&amp;napshot…</source>
        <translation>Snapshot &amp;erstellen…</translation>
    </message>
    <message>
        <source>Store every cached value of the device under a name, to compare later</source>
        <translation>Alle zwischengespeicherten Werte des Geräts unter einem Namen speichern, um sie später zu vergleichen</translation>
    </message>
    <message>
        <source>Run &amp;diagnostic…</source>
        <translation>&amp;Diagnose ausführen…</translation>
    </message>
    <message>
        <source>Ping, traceroute, speed tests, UDP echo and DNS lookup from the device</source>
        <translation>Ping, Traceroute, Geschwindigkeitstests, UDP-Echo und DNS-Abfrage vom Gerät aus</translation>
    </message>
    <message>
        <source>Check &amp;conformance…</source>
        <translation type="vanished">&amp;Konformität prüfen…</translation>
    </message>
    <message>
        <source>Compare the device&apos;s tree with its data-model definition</source>
        <translation>Den Baum des Geräts mit seiner Datenmodell-Definition vergleichen</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Provisioning profiles: named sets of values to apply to a device</source>
        <translation>Provisionierungsprofile: benannte Wertesätze, die auf ein Gerät angewendet werden</translation>
    </message>
    <message>
        <source>File library</source>
        <translation>Dateibibliothek</translation>
    </message>
    <message>
        <source>&amp;Upgrade firmware…</source>
        <translation>Firmware-&amp;Upgrade…</translation>
    </message>
    <message>
        <source>Send a firmware image from the file library and follow the upgrade to the new version</source>
        <translation>Ein Firmware-Image aus der Dateibibliothek senden und das Upgrade bis zur neuen Version verfolgen</translation>
    </message>
    <message>
        <source>B&amp;ack up configuration</source>
        <translation>Konfiguration si&amp;chern</translation>
    </message>
    <message>
        <source>Have the device upload its configuration file into the workspace</source>
        <translation>Das Gerät seine Konfigurationsdatei in den Arbeitsbereich hochladen lassen</translation>
    </message>
    <message>
        <source>Fetch lo&amp;g</source>
        <translation>Protoko&amp;ll abrufen</translation>
    </message>
    <message>
        <source>Have the device upload its log file, and show it</source>
        <translation>Das Gerät seine Protokolldatei hochladen lassen und sie anzeigen</translation>
    </message>
    <message>
        <source>Check conf&amp;ormance…</source>
        <translation>&amp;Konformität prüfen…</translation>
    </message>
    <message>
        <source>File &amp;library…</source>
        <translation>Datei&amp;bibliothek…</translation>
    </message>
    <message>
        <source>Firmware images and other files the devices can download</source>
        <translation>Firmware-Images und andere Dateien, die die Geräte herunterladen können</translation>
    </message>
</context>
<context>
    <name>ui::MonitorPage</name>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation>kbit/s</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Gbit/s</source>
        <translation>Gbit/s</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Pick parameters on the left and press Start: each unit gets its own chart.</source>
        <translation>Wählen Sie links Parameter aus und klicken Sie auf „Starten“: Jede Einheit erhält ein eigenes Diagramm.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>The checked lines are charted.</source>
        <translation>Die angehakten Zeilen werden als Diagramm dargestellt.</translation>
    </message>
    <message>
        <source>No presets yet: the console has not read this device&apos;s parameters.</source>
        <translation>Noch keine Vorlagen: Die Konsole hat die Parameter dieses Geräts noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Read the device&apos;s parameters</source>
        <translation>Parameter des Geräts lesen</translation>
    </message>
    <message>
        <source>Reads the whole parameter tree once, to find interfaces, access points and counters.</source>
        <translation>Liest den gesamten Parameterbaum einmal, um Schnittstellen, Access Points und Zähler zu finden.</translation>
    </message>
    <message>
        <source>Add parameter by path…</source>
        <translation>Parameter über Pfad hinzufügen…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Abtastung</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Zyklische Abfrage</translation>
    </message>
    <message>
        <source>Active notification</source>
        <translation>Aktive Benachrichtigung</translation>
    </message>
    <message>
        <source>Polling reads every parameter at the interval over a session kept open.
Active notification asks the device to report changes itself; parameters it refuses to report (most counters) are polled at the interval.</source>
        <translation>Die zyklische Abfrage liest jeden Parameter im eingestellten Intervall über eine offen gehaltene Sitzung.
Die aktive Benachrichtigung fordert das Gerät auf, Änderungen selbst zu melden; Parameter, deren Meldung es verweigert (die meisten Zähler), werden im Intervall abgefragt.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Reading the device&apos;s parameters…</source>
        <translation>Parameter des Geräts werden gelesen…</translation>
    </message>
    <message>
        <source>%1 is an object; name one of its parameters.</source>
        <translation>%1 ist ein Objekt; geben Sie einen seiner Parameter an.</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n parameter(s) every %1 s.</source>
        <translation>
            <numerusform>%n Parameter wird alle %1 s abgefragt.</numerusform>
            <numerusform>%n Parameter werden alle %1 s abgefragt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n parameter(s) by active notification.</source>
        <translation>
            <numerusform>%n Parameter wird per aktiver Benachrichtigung beobachtet.</numerusform>
            <numerusform>%n Parameter werden per aktiver Benachrichtigung beobachtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>ui::ParameterActions</name>
    <message>
        <source>Add instance</source>
        <translation>Instanz hinzufügen</translation>
    </message>
    <message>
        <source>Delete instance…</source>
        <translation>Instanz löschen…</translation>
    </message>
    <message>
        <source>Set notification</source>
        <translation>Benachrichtigung setzen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Read notification</source>
        <translation>Benachrichtigung lesen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Export subtree as CSV…</source>
        <translation>Teilbaum als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export subtree as JSON…</source>
        <translation>Teilbaum als JSON exportieren…</translation>
    </message>
    <message>
        <source>%1 could not be queued: %2</source>
        <translation>%1 konnte nicht eingereiht werden: %2</translation>
    </message>
    <message>
        <source>%1: queued, waiting for the device.</source>
        <translation>%1: eingereiht, wartet auf das Gerät.</translation>
    </message>
    <message>
        <source>Select an object instance to delete.</source>
        <translation>Wählen Sie eine Objektinstanz zum Löschen aus.</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Instanz löschen</translation>
    </message>
    <message>
        <source>Delete %1 and everything below it on the device?</source>
        <translation>%1 und alles darunter auf dem Gerät löschen?</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 parameters to %2.</source>
        <translation>%1 Parameter nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>ui::ParameterDetailsPane</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>%1, in steps of %2</source>
        <translation>%1, in Schritten von %2</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>als veraltet markiert</translation>
    </message>
    <message>
        <source>obsoleted</source>
        <translation>für obsolet erklärt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>table: the ACS may add and delete instances</source>
        <translation>Tabelle: Der ACS darf Instanzen hinzufügen und löschen</translation>
    </message>
    <message>
        <source>table: instances are created by the device</source>
        <translation>Tabelle: Instanzen werden vom Gerät angelegt</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesbar und beschreibbar</translation>
    </message>
    <message>
        <source>write once, then read-only</source>
        <translation>einmal beschreibbar, dann schreibgeschützt</translation>
    </message>
    <message>
        <source>list of %1</source>
        <translation>Liste von %1</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Länge: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enumeration: %1</source>
        <translation>Aufzählung: %1</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>Pattern (%1): %2</source>
        <translation>Muster (%1): %2</translation>
    </message>
    <message>
        <source>comma-separated list</source>
        <translation>kommagetrennte Liste</translation>
    </message>
    <message>
        <source>%1, %2 to %3 items</source>
        <translation>%1, %2 bis %3 Einträge</translation>
    </message>
    <message>
        <source>any number of</source>
        <translation>beliebig viele</translation>
    </message>
    <message>
        <source>%1, length of the whole list %2</source>
        <translation>%1, Länge der gesamten Liste %2</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Liste: %1</translation>
    </message>
    <message>
        <source>Reference to: %1</source>
        <translation>Verweis auf: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a parameter or object to see its definition and value.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Parameter oder ein Objekt aus, um Definition und Wert zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Defined in %1, not present on the device</source>
        <translation>Definiert in %1, auf dem Gerät nicht vorhanden</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definitionspfad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>(empty, %1)</source>
        <translation>(leer, %1)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>the value always reads back empty</source>
        <translation>der Wert wird beim Lesen immer leer zurückgegeben</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Gezählt von</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On the device</source>
        <translation>Auf dem Gerät</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Beschreibbar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>ui::ParameterNumberEdit</name>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>ui::ParameterPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Filter: text, or a path such as Device.WiFi.SSID.*.SSID</source>
        <translation>Filter: Text oder ein Pfad wie Device.WiFi.SSID.*.SSID</translation>
    </message>
    <message>
        <source>Read the selected branch, or the whole tree, from the device (F5)</source>
        <translation>Den ausgewählten Zweig oder den gesamten Baum vom Gerät lesen (F5)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Instanz löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A refresh is already running.</source>
        <translation>Eine Aktualisierung läuft bereits.</translation>
    </message>
    <message>
        <source>Refresh could not be queued: %1</source>
        <translation>Aktualisierung konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Waiting for the device…</source>
        <translation>Warte auf das Gerät…</translation>
    </message>
    <message>
        <source>Refreshing the whole tree…</source>
        <translation>Gesamter Baum wird aktualisiert…</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 wird aktualisiert…</translation>
    </message>
    <message>
        <source>Select an object instance to delete.</source>
        <translation>Wählen Sie eine Objektinstanz zum Löschen aus.</translation>
    </message>
    <message>
        <source>Sending %1 changes to the device…</source>
        <translation>%1 Änderungen werden an das Gerät gesendet…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen…</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Apply 1 change</source>
        <translation>1 Änderung übernehmen</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>%1 Änderungen übernehmen</translation>
    </message>
    <message>
        <source>… and %1 more, marked in the tree.</source>
        <translation>… und %1 weitere, im Baum markiert.</translation>
    </message>
    <message>
        <source>Refresh the whole tree</source>
        <translation>Gesamten Baum aktualisieren</translation>
    </message>
    <message>
        <source>Refresh this branch</source>
        <translation>Diesen Zweig aktualisieren</translation>
    </message>
    <message>
        <source>Show defined objects not present</source>
        <translation>Definierte, nicht vorhandene Objekte anzeigen</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Names and descriptions</source>
        <translation>Namen und Beschreibungen</translation>
    </message>
    <message>
        <source>Match the filter text against parameter names only, or also against the data model&apos;s descriptions</source>
        <translation>Den Filtertext nur mit Parameternamen abgleichen oder auch mit den Beschreibungen des Datenmodells</translation>
    </message>
    <message>
        <source>Also list, greyed, the objects and parameters the data model defines but the device did not report</source>
        <translation>Auch die Objekte und Parameter ausgegraut auflisten, die das Datenmodell definiert, das Gerät aber nicht gemeldet hat</translation>
    </message>
    <message>
        <source>Import a data-model definition (File → Import data model…) to use this</source>
        <translation>Importieren Sie eine Datenmodell-Definition (Datei → Datenmodell importieren…), um dies zu nutzen</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>Übernehmen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Als Profil speichern…</translation>
    </message>
</context>
<context>
    <name>ui::ParameterValueDelegate</name>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>Read-only: the device reports this value, it cannot be set</source>
        <translation>Schreibgeschützt: das Gerät meldet diesen Wert, er kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>The current value, not in the definition&apos;s enumeration</source>
        <translation>Der aktuelle Wert, nicht in der Aufzählung der Definition</translation>
    </message>
</context>
<context>
    <name>ui::PlanView</name>
    <message>
        <source>&amp;Apply to device</source>
        <translation>Auf Gerät &amp;anwenden</translation>
    </message>
    <message>
        <source>Nothing to do: the device already matches.</source>
        <translation>Nichts zu tun: Das Gerät stimmt bereits überein.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing the device can be asked to do; %n change(s) cannot be made.</source>
        <translation>
            <numerusform>Es gibt nichts, was das Gerät ausführen könnte; %n Änderung kann nicht vorgenommen werden.</numerusform>
            <numerusform>Es gibt nichts, was das Gerät ausführen könnte; %n Änderungen können nicht vorgenommen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n step(s). Nothing has been sent yet.</source>
        <translation>
            <numerusform>Probelauf: %n Schritt. Es wurde noch nichts gesendet.</numerusform>
            <numerusform>Probelauf: %n Schritte. Es wurde noch nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1. %2</source>
        <translation>Probelauf: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), nothing sent yet</source>
        <translation>
            <numerusform>%n Schritt, noch nichts gesendet</numerusform>
            <numerusform>%n Schritte, noch nichts gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cannot be made (read-only or absent on the device).</source>
        <translation>
            <numerusform>%n Änderung kann nicht vorgenommen werden (schreibgeschützt oder auf dem Gerät nicht vorhanden).</numerusform>
            <numerusform>%n Änderungen können nicht vorgenommen werden (schreibgeschützt oder auf dem Gerät nicht vorhanden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 failed: %2 %3</source>
        <translation>Schritt %1 fehlgeschlagen: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Done: all %n step(s) applied.</source>
        <translation>
            <numerusform>Fertig: %n Schritt ausgeführt.</numerusform>
            <numerusform>Fertig: alle %n Schritte ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying: %1 of %2 steps done…</source>
        <translation>Wird angewendet: %1 von %2 Schritten erledigt…</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Als &amp;Profil speichern…</translation>
    </message>
    <message>
        <source>Keep the values and new objects of this plan as a profile for other devices</source>
        <translation>Die Werte und neuen Objekte dieses Plans als Profil für andere Geräte speichern</translation>
    </message>
    <message>
        <source>This plan only deletes objects: there is nothing to keep as a profile.</source>
        <translation>Dieser Plan löscht nur Objekte: Es gibt nichts, was als Profil gespeichert werden könnte.</translation>
    </message>
</context>
<context>
    <name>ui::ProfileEditor</name>
    <message>
        <source>Apply automatically when a device informs with 0 &amp;BOOTSTRAP</source>
        <translation>Au&amp;tomatisch anwenden, wenn ein Gerät ein Inform mit 0 BOOTSTRAP sendet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>A&amp;pply to device</source>
        <translation>Auf Gerät an&amp;wenden</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>One instance per line, e.g. Device.NAT.PortMapping.3. — created with AddObject; values below it follow the number the device gives</source>
        <translation>Eine Instanz pro Zeile, z. B. Device.NAT.PortMapping.3. — wird mit AddObject angelegt; Werte darunter folgen der Nummer, die das Gerät vergibt</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Objects to create:</source>
        <translation>Anzulegende Objekte:</translation>
    </message>
    <message>
        <source>Open a device first</source>
        <translation>Öffnen Sie zuerst ein Gerät</translation>
    </message>
    <message>
        <source>Apply these values to %1</source>
        <translation>Diese Werte auf %1 anwenden</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable profile: %2</source>
        <translation>%1 ist kein verwendbares Profil: %2</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;; save it to keep it.</source>
        <translation>„%1“ importiert; speichern Sie es, um es zu behalten.</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>Anwenden nicht möglich: %1</translation>
    </message>
    <message>
        <source>Applying &quot;%1&quot; to %2…</source>
        <translation>„%1“ wird auf %2 angewendet…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; applied to %2.</source>
        <translation>„%1“ auf %2 angewendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not fully applied to %2: see the failed step below.</source>
        <translation>„%1“ wurde nicht vollständig auf %2 angewendet: siehe den fehlgeschlagenen Schritt unten.</translation>
    </message>
</context>
<context>
    <name>ui::ProfilesPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
</context>
<context>
    <name>ui::SessionLogPage</name>
    <message>
        <source>Show the messages of one RPC only</source>
        <translation>Nur die Nachrichten eines RPC anzeigen</translation>
    </message>
    <message>
        <source>Filter by RPC, header or body text</source>
        <translation>Nach RPC, Header oder Inhalt filtern</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Save the session log to a file</source>
        <translation>Das Sitzungsprotokoll in einer Datei speichern</translation>
    </message>
    <message>
        <source>Select a message to see its headers and XML.</source>
        <translation>Wählen Sie eine Nachricht aus, um ihre Header und ihr XML zu sehen.</translation>
    </message>
    <message>
        <source>The session log could not be read: %1</source>
        <translation>Das Sitzungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Shown messages as JSON Lines…</source>
        <translation>Angezeigte Nachrichten als JSON Lines…</translation>
    </message>
    <message>
        <source>Shown messages as text…</source>
        <translation>Angezeigte Nachrichten als Text…</translation>
    </message>
    <message>
        <source>The device&apos;s whole log as JSON Lines…</source>
        <translation>Gesamtes Protokoll des Geräts als JSON Lines…</translation>
    </message>
    <message>
        <source>The device&apos;s whole log as text…</source>
        <translation>Gesamtes Protokoll des Geräts als Text…</translation>
    </message>
    <message>
        <source>All RPCs</source>
        <translation>Alle RPCs</translation>
    </message>
    <message>
        <source>(empty or no RPC)</source>
        <translation>(leer oder kein RPC)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 von %n Nachricht</numerusform>
            <numerusform>%1 von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, loading…</source>
        <translation>%1, wird geladen…</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Nachricht wird geladen…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The body is %1; the first %2 are shown as received. Export the log to read all of it.</source>
        <translation>Der Inhalt ist %1 groß; die ersten %2 werden wie empfangen angezeigt. Exportieren Sie das Protokoll, um alles zu lesen.</translation>
    </message>
    <message>
        <source>The message is shown without colours because of its size.</source>
        <translation>Die Nachricht wird wegen ihrer Größe ohne Farben angezeigt.</translation>
    </message>
    <message>
        <source>Export the shown messages</source>
        <translation>Die angezeigten Nachrichten exportieren</translation>
    </message>
    <message>
        <source>Export the device&apos;s session log</source>
        <translation>Das Sitzungsprotokoll des Geräts exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird exportiert…</numerusform>
            <numerusform>%n Nachrichten werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session log was not exported: %1</source>
        <translation>Das Sitzungsprotokoll wurde nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Every network of this computer</source>
        <translation>Alle Netzwerke dieses Computers</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>CWMP port:</source>
        <translation>CWMP-Port:</translation>
    </message>
    <message>
        <source>7547 is the usual TR-069 port. Ports below 1024 need administrator rights. A new port applies at once.</source>
        <translation>7547 ist der übliche TR-069-Port. Ports unter 1024 erfordern Administratorrechte. Ein neuer Port gilt sofort.</translation>
    </message>
    <message>
        <source>Digest (recommended)</source>
        <translation>Digest (empfohlen)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>None: accept any device</source>
        <translation>Keine: jedes Gerät akzeptieren</translation>
    </message>
    <message>
        <source>Device authentication:</source>
        <translation>Geräte-Authentifizierung:</translation>
    </message>
    <message>
        <source>Username devices use:</source>
        <translation>Benutzername der Geräte:</translation>
    </message>
    <message>
        <source>Password devices use:</source>
        <translation>Passwort der Geräte:</translation>
    </message>
    <message>
        <source>Basic sends the password readable by anyone on the network unless TLS is on.</source>
        <translation>Basic überträgt das Passwort für jeden im Netzwerk lesbar, sofern TLS nicht aktiv ist.</translation>
    </message>
    <message>
        <source>Connection request username:</source>
        <translation>Benutzername für Verbindungsanforderungen:</translation>
    </message>
    <message>
        <source>Connection request password:</source>
        <translation>Passwort für Verbindungsanforderungen:</translation>
    </message>
    <message>
        <source>Used to wake devices that have no credentials of their own in the workbench. Set the same on the device.</source>
        <translation>Wird verwendet, um Geräte zu wecken, für die in der Workbench keine eigenen Anmeldedaten hinterlegt sind. Auf dem Gerät dieselben Daten einstellen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Live session hold time:</source>
        <translation>Haltezeit für Live-Sitzungen:</translation>
    </message>
    <message>
        <source>How long a device&apos;s session is held open while you work on it. Keep it below the device&apos;s session timeout (30 s on most devices).</source>
        <translation>Wie lange die Sitzung eines Geräts offen gehalten wird, während Sie daran arbeiten. Unter dem Sitzungs-Timeout des Geräts halten (bei den meisten Geräten 30 s).</translation>
    </message>
    <message>
        <source>Off (http)</source>
        <translation>Aus (http)</translation>
    </message>
    <message>
        <source>Generate a certificate</source>
        <translation>Zertifikat erzeugen</translation>
    </message>
    <message>
        <source>Use my certificate and key</source>
        <translation>Eigenes Zertifikat und eigenen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>TLS (https):</source>
        <translation>TLS (https):</translation>
    </message>
    <message>
        <source>Export CA certificate…</source>
        <translation>CA-Zertifikat exportieren…</translation>
    </message>
    <message>
        <source>A generated certificate is issued by this workbench&apos;s own CA. Install its certificate on devices so they trust the ACS.</source>
        <translation>Ein erzeugtes Zertifikat wird von der eigenen CA dieser Workbench ausgestellt. Installieren Sie deren Zertifikat auf den Geräten, damit sie dem ACS vertrauen.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Certificate (PEM):</source>
        <translation>Zertifikat (PEM):</translation>
    </message>
    <message>
        <source>Private key (PEM):</source>
        <translation>Privater Schlüssel (PEM):</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Serve the API (GenieACS-compatible JSON over HTTP)</source>
        <translation>API bereitstellen (GenieACS-kompatibles JSON über HTTP)</translation>
    </message>
    <message>
        <source>API port:</source>
        <translation>API-Port:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Scripts send it as &quot;Authorization: Bearer &lt;token&gt;&quot;. Beyond this computer a token is required; one is generated if you leave it empty.</source>
        <translation>Skripte senden es als „Authorization: Bearer &lt;token&gt;“. Außerhalb dieses Computers ist ein Token erforderlich; bleibt das Feld leer, wird eines erzeugt.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation>Arbeitsbereichsordner:</translation>
    </message>
    <message>
        <source>Holds the database of devices, tasks and the session log, the served files and uploads. Another folder is opened at the next start.</source>
        <translation>Enthält die Datenbank mit Geräten, Aufgaben und Sitzungsprotokoll, die bereitgestellten Dateien und Uploads. Ein anderer Ordner wird beim nächsten Start geöffnet.</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Arbeitsbereichsordner auswählen</translation>
    </message>
    <message>
        <source>Devices need a username and a password to authenticate (or choose None).</source>
        <translation>Geräte brauchen zur Authentifizierung einen Benutzernamen und ein Passwort (oder wählen Sie „Keine“).</translation>
    </message>
    <message>
        <source>Could not apply the settings: %1</source>
        <translation>Die Einstellungen konnten nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the CA certificate</source>
        <translation>CA-Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
    <message>
        <source>CA certificate exported</source>
        <translation>CA-Zertifikat exportiert</translation>
    </message>
    <message>
        <source>Install %1 on the devices so that they trust this workbench.</source>
        <translation>Installieren Sie %1 auf den Geräten, damit sie dieser Workbench vertrauen.</translation>
    </message>
    <message>
        <source>CA certificate not exported</source>
        <translation>CA-Zertifikat nicht exportiert</translation>
    </message>
    <message>
        <source>Data-model folder:</source>
        <translation>Datenmodellordner:</translation>
    </message>
    <message>
        <source>Broadband Forum data-model XML files (tr-181-*.xml, tr-098-*.xml, vendor files) in this folder are imported at every start.</source>
        <translation>Datenmodell-XML-Dateien des Broadband Forum (tr-181-*.xml, tr-098-*.xml, Herstellerdateien) in diesem Ordner werden bei jedem Start importiert.</translation>
    </message>
    <message>
        <source>Choose the data-model folder</source>
        <translation>Datenmodellordner auswählen</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Speed-test server port:</source>
        <translation>Port des Geschwindigkeitstest-Servers:</translation>
    </message>
    <message>
        <source>UDP echo server port:</source>
        <translation>Port des UDP-Echo-Servers:</translation>
    </message>
    <message>
        <source>Fixed ports help when a firewall lets only known ports through.</source>
        <translation>Feste Ports helfen, wenn eine Firewall nur bekannte Ports durchlässt.</translation>
    </message>
</context>
<context>
    <name>ui::SnapshotsPage</name>
    <message>
        <source>Ta&amp;ke snapshot…</source>
        <translation>Snapshot &amp;erstellen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Store every cached value of the device now, under a name (Ctrl+Shift+N)</source>
        <translation>Alle zwischengespeicherten Werte des Geräts jetzt unter einem Namen speichern (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Current tree</source>
        <translation>Aktueller Baum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Device %1 (current tree)</source>
        <translation>Gerät %1 (aktueller Baum)</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation>Name des Snapshots:</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot vom %1</translation>
    </message>
    <message>
        <source>Taking a snapshot…</source>
        <translation>Snapshot wird erstellt…</translation>
    </message>
    <message>
        <source>No snapshot taken: %1</source>
        <translation>Kein Snapshot erstellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot &quot;%1&quot; taken: %n parameter(s).</source>
        <translation>
            <numerusform>Snapshot „%1“ erstellt: %n Parameter.</numerusform>
            <numerusform>Snapshot „%1“ erstellt: %n Parameter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <source>Delete the snapshot &quot;%1&quot;?</source>
        <translation>Den Snapshot „%1“ löschen?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>ui::SummaryPage</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Device info</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <source>Management server</source>
        <translation>Management-Server</translation>
    </message>
    <message>
        <source>WAN addresses</source>
        <translation>WAN-Adressen</translation>
    </message>
    <message>
        <source>Last sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>OUI:</source>
        <translation>OUI:</translation>
    </message>
    <message>
        <source>Product class:</source>
        <translation>Produktklasse:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Data model:</source>
        <translation>Datenmodell:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <source>CWMP version:</source>
        <translation>CWMP-Version:</translation>
    </message>
    <message>
        <source>Last Inform:</source>
        <translation>Letztes Inform:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Betriebszeit:</translation>
    </message>
    <message>
        <source>Hardware version:</source>
        <translation>Hardwareversion:</translation>
    </message>
    <message>
        <source>Software version:</source>
        <translation>Softwareversion:</translation>
    </message>
    <message>
        <source>ACS URL:</source>
        <translation>ACS-URL:</translation>
    </message>
    <message>
        <source>Periodic Inform:</source>
        <translation>Periodisches Inform:</translation>
    </message>
    <message>
        <source>Connection request URL:</source>
        <translation>URL für Verbindungsanforderungen:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Connection request</source>
        <translation>&amp;Verbindungsanforderung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation>&amp;Neustart…</translation>
    </message>
    <message>
        <source>&amp;Factory reset…</source>
        <translation type="vanished">Auf &amp;Werkseinstellungen zurücksetzen…</translation>
    </message>
    <message>
        <source>No device selected.</source>
        <translation>Kein Gerät ausgewählt.</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (read %2)</source>
        <translation>%1 (gelesen %2)</translation>
    </message>
    <message>
        <source>earlier run: %1</source>
        <translation>früherer Lauf: %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Sending a connection request…</source>
        <translation>Verbindungsanforderung wird gesendet…</translation>
    </message>
    <message>
        <source>Reboot device</source>
        <translation>Gerät neu starten</translation>
    </message>
    <message>
        <source>Reboot %1? The device restarts and cannot be reached until it is back.</source>
        <translation>%1 neu starten? Das Gerät startet neu und ist erst danach wieder erreichbar.</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>Auf Werkseinstellungen zurücksetzen</translation>
    </message>
    <message>
        <source>Reset %1 to its factory settings? Its whole configuration is lost, and it registers again as a new device (0 BOOTSTRAP).</source>
        <translation>%1 auf Werkseinstellungen zurücksetzen? Die gesamte Konfiguration geht verloren, und das Gerät meldet sich erneut als neues Gerät an (0 BOOTSTRAP).</translation>
    </message>
    <message>
        <source>%1 was not queued: %2</source>
        <translation>%1 wurde nicht eingereiht: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not wake the device: %1. The task waits for its next session.</source>
        <translation>Das Gerät konnte nicht geweckt werden: %1. Die Aufgabe wartet auf seine nächste Sitzung.</translation>
    </message>
    <message>
        <source>Connection request: %1</source>
        <translation>Verbindungsanforderung: %1</translation>
    </message>
    <message>
        <source>Connection request failed: %1</source>
        <translation>Verbindungsanforderung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>F&amp;actory reset…</source>
        <translation>Auf Werkseinstellungen &amp;zurücksetzen…</translation>
    </message>
</context>
<context>
    <name>ui::TasksPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>Aufgabe a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Queue the selected failed, expired or cancelled task again</source>
        <translation>Die ausgewählte fehlgeschlagene, abgelaufene oder abgebrochene Aufgabe erneut einreihen</translation>
    </message>
    <message>
        <source>Cancel the selected task before the device answers it</source>
        <translation>Die ausgewählte Aufgabe abbrechen, bevor das Gerät sie beantwortet</translation>
    </message>
    <message>
        <source>Select a task to see its arguments and result.</source>
        <translation>Wählen Sie eine Aufgabe aus, um ihre Argumente und ihr Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>%1 (task %2) is queued again.</source>
        <translation>%1 (Aufgabe %2) ist erneut eingereiht.</translation>
    </message>
    <message>
        <source>Cannot retry task %1: %2</source>
        <translation>Aufgabe %1 kann nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Cannot cancel task %1: %2</source>
        <translation>Aufgabe %1 kann nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>%1 (task %2) is cancelled; the device may still carry out what was already sent.</source>
        <translation>%1 (Aufgabe %2) ist abgebrochen; das Gerät führt bereits Gesendetes möglicherweise noch aus.</translation>
    </message>
    <message>
        <source>%1 (task %2) is cancelled.</source>
        <translation>%1 (Aufgabe %2) ist abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ui::TransferTimelineView</name>
    <message>
        <source>No transfer selected</source>
        <translation>Keine Übertragung ausgewählt</translation>
    </message>
    <message>
        <source>Firmware upgrade with %1: %2 → %3</source>
        <translation>Firmware-Upgrade mit %1: %2 → %3</translation>
    </message>
    <message>
        <source>Firmware upgrade with %1 (running %2)</source>
        <translation>Firmware-Upgrade mit %1 (aktuell %2)</translation>
    </message>
    <message>
        <source>Configuration restore from backup %1</source>
        <translation>Konfigurationswiederherstellung aus Sicherung %1</translation>
    </message>
    <message>
        <source>Configuration backup</source>
        <translation>Konfigurationssicherung</translation>
    </message>
    <message>
        <source>Log fetch</source>
        <translation>Protokollabruf</translation>
    </message>
    <message>
        <source>Transfer reported by the device</source>
        <translation>Vom Gerät gemeldete Übertragung</translation>
    </message>
    <message>
        <source>%1 of %2 sent (%3%)</source>
        <translation>%1 von %2 gesendet (%3 %)</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Succeeded.</source>
        <translation>Erfolgreich.</translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation>Erfolgreich: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
</context>
<context>
    <name>ui::WelcomePage</name>
    <message>
        <source>No device yet</source>
        <translation>Noch kein Gerät</translation>
    </message>
    <message>
        <source>Any device is accepted: authentication is switched off in Settings.</source>
        <translation>Jedes Gerät wird akzeptiert: Die Authentifizierung ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>The ACS uses HTTPS with a certificate of this workbench&apos;s own. Install the CA certificate below on the device (or turn off its certificate check).</source>
        <translation>Der ACS verwendet HTTPS mit einem eigenen Zertifikat dieser Workbench. Installieren Sie das unten stehende CA-Zertifikat auf dem Gerät (oder schalten Sie dessen Zertifikatsprüfung aus).</translation>
    </message>
    <message>
        <source>Start simulated device</source>
        <translation>Simuliertes Gerät starten</translation>
    </message>
    <message>
        <source>Runs cwmp-cpe-sim on this computer: a simulated TR-181 home gateway that connects to this workbench with the credentials shown above.</source>
        <translation>Startet cwmp-cpe-sim auf diesem Computer: ein simuliertes TR-181-Heimgateway, das sich mit den oben gezeigten Anmeldedaten mit dieser Workbench verbindet.</translation>
    </message>
    <message>
        <source>No device at hand? A simulated one shows what the workbench can do.</source>
        <translation>Kein Gerät zur Hand? Ein simuliertes zeigt, was die Workbench kann.</translation>
    </message>
    <message>
        <source>The ACS is not listening, so no device can reach it yet. Check the port and address in Settings.</source>
        <translation>Der ACS lauscht nicht, daher kann ihn noch kein Gerät erreichen. Prüfen Sie Port und Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The ACS listens on this computer only, so only programs here (such as the simulated device) can reach it. To manage a device on the network, choose another address under &quot;Listen on&quot; in Settings.</source>
        <translation>Der ACS lauscht nur auf diesem Computer, daher können ihn nur Programme hier (etwa das simulierte Gerät) erreichen. Um ein Gerät im Netzwerk zu verwalten, wählen Sie in den Einstellungen unter „Lauschen auf“ eine andere Adresse.</translation>
    </message>
    <message>
        <source>To manage a device, open its own web page, find the TR-069 (CWMP) or &quot;ACS&quot; settings, and enter this URL as the ACS URL.</source>
        <translation>Um ein Gerät zu verwalten, öffnen Sie seine Weboberfläche, suchen Sie die Einstellungen für TR-069 (CWMP) bzw. „ACS“ und tragen Sie diese URL als ACS-URL ein.</translation>
    </message>
    <message>
        <source>To manage a device, open its own web page, find the TR-069 (CWMP) or &quot;ACS&quot; settings, and enter one of these URLs as the ACS URL: the one on the network the device is on. The last one works only for programs on this computer.</source>
        <translation>Um ein Gerät zu verwalten, öffnen Sie seine Weboberfläche, suchen Sie die Einstellungen für TR-069 (CWMP) bzw. „ACS“ und tragen Sie eine dieser URLs als ACS-URL ein: die aus dem Netzwerk, in dem sich das Gerät befindet. Die letzte funktioniert nur für Programme auf diesem Computer.</translation>
    </message>
    <message>
        <source>ACS URL:</source>
        <translation>ACS-URL:</translation>
    </message>
    <message>
        <source>ACS username:</source>
        <translation>ACS-Benutzername:</translation>
    </message>
    <message>
        <source>ACS password:</source>
        <translation>ACS-Passwort:</translation>
    </message>
    <message>
        <source>Connection request username:</source>
        <translation>Benutzername für Verbindungsanforderungen:</translation>
    </message>
    <message>
        <source>Connection request password:</source>
        <translation>Passwort für Verbindungsanforderungen:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
</context>
</TS>
