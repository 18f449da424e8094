<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>acs</name>
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
    <name>datamodel</name>
    <message>
        <source>an empty string</source>
        <translation>eine leere Zeichenkette</translation>
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
    <name>datamodel::Internal</name>
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
</context>
<context>
    <name>datamodel::Internal::DocumentSet</name>
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
</context>
<context>
    <name>datamodel::Internal::ModelBuilder</name>
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
</context>
<context>
    <name>datamodel::Internal::SafeXmlReader</name>
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
        <source>external entities are not accepted</source>
        <translation>externe Entitäten werden nicht akzeptiert</translation>
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
</context>
<context>
    <name>datamodel::Internal::TypeResolver</name>
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
</context>
<context>
    <name>models::ParameterValueSpec</name>
    <message>
        <source>The value is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Wert ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
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
</context>
<context>
    <name>store</name>
    <message>
        <source>No diagnostics run %1</source>
        <translation>Kein Diagnoselauf %1</translation>
    </message>
    <message>
        <source>No snapshot %1</source>
        <translation>Kein Snapshot %1</translation>
    </message>
    <message>
        <source>No task %1</source>
        <translation>Keine Aufgabe %1</translation>
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
        <translation>Auf &amp;Werkseinstellungen zurücksetzen…</translation>
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
