<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>EditorCorrectiveAction</name>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Co&amp;mpleted on:</source>
        <translation>&amp;Erledigt am:</translation>
    </message>
    <message>
        <source>Effectiveness check</source>
        <translation>Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <source>Chec&amp;k due:</source>
        <translation>Prüfung fä&amp;llig:</translation>
    </message>
    <message>
        <source>Checked &amp;by:</source>
        <translation>Geprüft vo&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>Evidence that the action worked (or did not)</source>
        <translation>Nachweis, dass die Maßnahme gewirkt hat (oder nicht)</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Review &amp;interval:</source>
        <translation>Prüf&amp;intervall:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Nächste Prüfung:</translation>
    </message>
    <message>
        <source>Set when a revision is released: release date plus the review interval</source>
        <translation>Wird bei der Freigabe einer Revision gesetzt: Freigabedatum plus Prüfintervall</translation>
    </message>
    <message>
        <source>Current revision</source>
        <translation>Aktuelle Revision</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Was geändert wurde:</translation>
    </message>
    <message>
        <source>Needed before the revision is submitted for review</source>
        <translation>Erforderlich, bevor die Revision zur Prüfung eingereicht wird</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Keine Datei angehängt</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Datei an&amp;hängen…</translation>
    </message>
    <message>
        <source>Attach or replace the file of the draft revision (you can also drop a file on this window)</source>
        <translation>Datei der Entwurfsrevision anhängen oder ersetzen (Sie können eine Datei auch auf dieses Fenster ziehen)</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open a temporary copy with the system viewer</source>
        <translation>Eine temporäre Kopie mit dem Systemprogramm öffnen</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Eine Kopie der Datei speichern</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Revisionsverlauf</translation>
    </message>
</context>
<context>
    <name>EditorNonconformity</name>
    <message>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Short statement of the nonconformity</source>
        <translation>Kurze Beschreibung der Nichtkonformität</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What was found, where, against which requirement</source>
        <translation>Was wurde wo festgestellt, gegen welche Anforderung</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sc&amp;hweregrad:</translation>
    </message>
    <message>
        <source>Detected o&amp;n:</source>
        <translation>Festgestellt a&amp;m:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>Gemeldet vo&amp;n:</translation>
    </message>
    <message>
        <source>Pick a user or type the name of an external reporter</source>
        <translation>Einen Benutzer wählen oder den Namen einer externen meldenden Person eingeben</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Pr&amp;ocess:</source>
        <translation>P&amp;rozess:</translation>
    </message>
    <message>
        <source>Product / re&amp;ference:</source>
        <translation>Produkt / Re&amp;ferenz:</translation>
    </message>
    <message>
        <source>Product, order, lot or other reference</source>
        <translation>Produkt, Auftrag, Los oder andere Referenz</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Containment &amp;action:</source>
        <translation>Sof&amp;ortmaßnahme:</translation>
    </message>
    <message>
        <source>What was done at once to stop the effect (quarantine, sort, stop shipment)</source>
        <translation>Was sofort getan wurde, um die Auswirkung zu stoppen (Sperrung, Sortierung, Lieferstopp)</translation>
    </message>
    <message>
        <source>Root cause &amp;method:</source>
        <translation>Ana&amp;lysemethode:</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>Warum es passiert ist</translation>
    </message>
    <message>
        <source>D&amp;isposition:</source>
        <translation>&amp;Verwendungsentscheid:</translation>
    </message>
    <message>
        <source>&amp;Effectiveness review:</source>
        <translation>&amp;Wirksamkeitsprüfung:</translation>
    </message>
    <message>
        <source>Result of checking that the actions worked (needed to close)</source>
        <translation>Ergebnis der Prüfung, ob die Maßnahmen gewirkt haben (für den Abschluss erforderlich)</translation>
    </message>
</context>
<context>
    <name>EditorProcess</name>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Acti&amp;ve (processes are retired, never deleted)</source>
        <translation>Ak&amp;tiv (Prozesse werden stillgelegt, nie gelöscht)</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>&amp;Eingaben:</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>Er&amp;gebnisse:</translation>
    </message>
    <message>
        <source>Resources and risks</source>
        <translation>Ressourcen und Risiken</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>&amp;Ressourcen:</translation>
    </message>
    <message>
        <source>Ris&amp;ks and opportunities:</source>
        <translation>R&amp;isiken und Chancen:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>A&amp;dd KPI</source>
        <translation>Kennzahl &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move KPI</source>
        <translation>Kennzahl ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Choose the register and the CSV file. Nothing is written until you have seen the preview and pressed Import; if any row has a problem, nothing is imported at all.</source>
        <translation>Wählen Sie das Register und die CSV-Datei. Es wird nichts geschrieben, bevor Sie die Vorschau gesehen und auf Importieren geklickt haben; hat auch nur eine Zeile ein Problem, wird gar nichts importiert.</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Starting from a spreadsheet?</source>
        <translation>Daten in einer Tabellenkalkulation?</translation>
    </message>
    <message>
        <source>Save the CSV template of this register, fill it in with Excel or LibreOffice, save it as CSV and import it here. Leave the ID column empty to number new records. Files with their own column names can be imported too: you will be asked which column holds which field.</source>
        <translation>Speichern Sie die CSV-Vorlage dieses Registers, füllen Sie sie mit Excel oder LibreOffice aus, speichern Sie sie als CSV und importieren Sie sie hier. Lassen Sie die Spalte ID leer, um neue Datensätze automatisch zu nummerieren. Auch Dateien mit eigenen Spaltennamen können importiert werden: Sie werden dann gefragt, welche Spalte welches Feld enthält.</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>The columns of this file are named differently from the fields of the register. Check which field each column feeds; suggestions are filled in. Columns set to &quot;Ignore this column&quot; are not imported.</source>
        <translation>Die Spalten dieser Datei heißen anders als die Felder des Registers. Prüfen Sie, welches Feld jede Spalte befüllt; Vorschläge sind bereits eingetragen. Spalten mit der Einstellung „Diese Spalte ignorieren“ werden nicht importiert.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Read the file again, e.g. after correcting it in the spreadsheet</source>
        <translation>Die Datei erneut einlesen, z. B. nachdem Sie sie in der Tabellenkalkulation korrigiert haben</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New QMS database</source>
        <translation>Neue QMS-Datenbank</translation>
    </message>
    <message>
        <source>A QMS database is one file holding your documents, processes, nonconformities, corrective actions and their audit trail.</source>
        <translation>Eine QMS-Datenbank ist eine Datei mit Ihren Dokumenten, Prozessen, Nichtkonformitäten, Korrekturmaßnahmen und deren Prüfpfad.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>/path/to/quality.qms</source>
        <translation>/pfad/zu/qualitaet.qms</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>e.g. Acme Precision Ltd</source>
        <translation>z. B. Muster Präzisionstechnik GmbH</translation>
    </message>
    <message>
        <source>&lt;b&gt;First quality manager&lt;/b&gt; (can add other users later)</source>
        <translation>&lt;b&gt;Erste(r) Qualitätsmanager(in)&lt;/b&gt; (kann später weitere Benutzer anlegen)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>e.g. jsmith</source>
        <translation>z. B. mmuster</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>e.g. Jane Smith (printed on signatures)</source>
        <translation>z. B. Maria Muster (erscheint bei Unterschriften)</translation>
    </message>
</context>
<context>
    <name>OpenAsUserDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <source>&amp;Open as:</source>
        <translation>Ö&amp;ffnen als:</translation>
    </message>
    <message>
        <source>Open &amp;read-only (review, nothing can be changed)</source>
        <translation>Nur &amp;lesend öffnen (Prüfung, nichts kann geändert werden)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Export audit pack</source>
        <translation>Auditpaket exportieren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation>&amp;Alle Datensätze</translation>
    </message>
    <message>
        <source>Records linked to &amp;selected clauses:</source>
        <translation>Mit aus&amp;gewählten Abschnitten verknüpfte Datensätze:</translation>
    </message>
    <message>
        <source>Clauses of the scope</source>
        <translation>Abschnitte des Umfangs</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A ticked clause includes its subclauses.</source>
        <translation>Ein angehakter Abschnitt schließt seine Unterabschnitte ein.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Include &amp;closed, cancelled and obsolete records</source>
        <translation>Abges&amp;chlossene, stornierte und ungültige Datensätze einschließen</translation>
    </message>
    <message>
        <source>Nonconformity &amp;detail sections, at most:</source>
        <translation>Detailabschnitte zu &amp;Nichtkonformitäten, höchstens:</translation>
    </message>
    <message>
        <source>Above this number, detail sections cover the open nonconformities first, then the most recent; the pack says so on its cover. 0: no limit.</source>
        <translation>Über dieser Zahl erhalten zuerst die offenen, dann die jüngsten Nichtkonformitäten einen Detailabschnitt; das Auditpaket nennt dies auf dem Deckblatt. 0: unbegrenzt.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Ausgabe&amp;datei:</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Wählen Sie, wo das PDF gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set my password</source>
        <translation>Mein Passwort festlegen</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation>Adresse der Organisation</translation>
    </message>
    <message>
        <source>Street, postcode and town, country (one per line)</source>
        <translation>Straße, Postleitzahl und Ort, Land (je eine Zeile)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>&amp;Bild auswählen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>Default &amp;review interval:</source>
        <translation>Standard-Prüf&amp;intervall:</translation>
    </message>
    <message>
        <source>Default review interval in months</source>
        <translation>Standard-Prüfintervall in Monaten</translation>
    </message>
    <message>
        <source>&amp;Due soon means within:</source>
        <translation>Als &amp;bald fällig gilt innerhalb von:</translation>
    </message>
    <message>
        <source>Reminder horizon in days</source>
        <translation>Vorlaufzeit für Erinnerungen in Tagen</translation>
    </message>
    <message>
        <source>&amp;Show reminders when a database is opened</source>
        <translation>Erinnerungen beim Öffnen einer Datenbank an&amp;zeigen</translation>
    </message>
    <message>
        <source>The review interval is the starting value for new documents; each document keeps its own. Reminders list overdue corrective actions, documents due for review and effectiveness checks due within the horizon.</source>
        <translation>Das Prüfintervall ist der Startwert für neue Dokumente; jedes Dokument behält sein eigenes. Erinnerungen listen überfällige Korrekturmaßnahmen, zur Prüfung fällige Dokumente und Wirksamkeitsprüfungen auf, die innerhalb der Vorlaufzeit fällig sind.</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up the database each time it is opened</source>
        <translation>Die Datenbank bei jedem Öffnen sic&amp;hern</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Anzahl aufbewahrter Sicherungen:</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Anzahl der aufzubewahrenden Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ord&amp;ner:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect the next time QMS Desk starts. Dates and numbers follow the language chosen.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von QMS Desk wirksam. Datums- und Zahlenformate richten sich nach der gewählten Sprache.</translation>
    </message>
    <message>
        <source>Audit &amp;cycle:</source>
        <translation>Audit&amp;zyklus:</translation>
    </message>
    <message>
        <source>Audit cycle in months</source>
        <translation>Auditzyklus in Monaten</translation>
    </message>
    <message>
        <source>Every applicable clause is to be audited within this many months (ISO 9001 9.2.2 a); the clause page and the audit pack show where the programme falls short</source>
        <translation>Jeder zutreffende Abschnitt ist innerhalb so vieler Monate zu auditieren (ISO 9001 9.2.2 a); die Abschnittsseite und das Auditpaket zeigen, wo das Programm Lücken hat</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>&amp;Management review every:</source>
        <translation>&amp;Managementbewertung alle:</translation>
    </message>
    <message>
        <source>Management review interval in months</source>
        <translation>Intervall der Managementbewertung in Monaten</translation>
    </message>
    <message>
        <source>Reminders ask for the next management review this long after the last one held (ISO 9001 9.3.1)</source>
        <translation>Die Erinnerungen fordern die nächste Managementbewertung so lange nach der letzten durchgeführten an (ISO 9001 9.3.1)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Start new revision</source>
        <translation>Neue Revision beginnen</translation>
    </message>
    <message>
        <source>The released revision stays in force until the new one is released.</source>
        <translation>Die freigegebene Revision bleibt gültig, bis die neue freigegeben ist.</translation>
    </message>
    <message>
        <source>Revision &amp;label:</source>
        <translation>Revisions&amp;kennung:</translation>
    </message>
    <message>
        <source>&amp;What changes:</source>
        <translation>&amp;Was sich ändert:</translation>
    </message>
    <message>
        <source>e.g. Added the supplier re-evaluation step</source>
        <translation>z. B. Schritt zur Lieferantenneubewertung ergänzt</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronische Unterschrift</translation>
    </message>
    <message>
        <source>Re-enter your password to sign. The signature records your printed name, your user name, the time (UTC) and its meaning in the audit trail.</source>
        <translation>Geben Sie zum Unterschreiben Ihr Passwort erneut ein. Die Unterschrift hält Ihren Namen in Klarschrift, Ihren Benutzernamen, die Uhrzeit (UTC) und ihre Bedeutung im Prüfpfad fest.</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Unterschrieben von:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>QMS Desk: ISO 9001 quality management</source>
        <translation>QMS Desk: Qualitätsmanagement nach ISO 9001</translation>
    </message>
    <message>
        <source>A QMS Desk database (*.qms) to open.</source>
        <translation>Eine zu öffnende QMS-Desk-Datenbank (*.qms).</translation>
    </message>
    <message>
        <source>Open as the user NAME.</source>
        <translation>Als Benutzer NAME öffnen.</translation>
    </message>
    <message>
        <source>Open the file for review: nothing can be changed.</source>
        <translation>Die Datei zur Prüfung öffnen: nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>Open the demo database (created on first use).</source>
        <translation>Die Demo-Datenbank öffnen (wird bei der ersten Nutzung angelegt).</translation>
    </message>
    <message>
        <source>Show the user interface in LANG (en, de).</source>
        <translation>Die Benutzeroberfläche in LANG anzeigen (en, de).</translation>
    </message>
    <message>
        <source>Use the Fusion style with a dark palette.</source>
        <translation>Den Fusion-Stil mit dunkler Farbpalette verwenden.</translation>
    </message>
</context>
<context>
    <name>qms::AttachmentStore</name>
    <message>
        <source>Cannot attach %1: no such file.</source>
        <translation>%1 kann nicht angehängt werden: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>Cannot attach %1: it is not a file.</source>
        <translation>%1 kann nicht angehängt werden: keine Datei.</translation>
    </message>
    <message>
        <source>Cannot attach %1: it is %2, more than the limit of %3 per file.</source>
        <translation>%1 kann nicht angehängt werden: %2 groß, mehr als die Grenze von %3 pro Datei.</translation>
    </message>
    <message>
        <source>Cannot attach %1: %2</source>
        <translation>%1 kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>Cannot attach %1: the file is empty.</source>
        <translation>%1 kann nicht angehängt werden: die Datei ist leer.</translation>
    </message>
    <message>
        <source>Storing %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Reading attachment %1</source>
        <translation>Anhang %1 lesen</translation>
    </message>
    <message>
        <source>Attachment %1 is missing from the database</source>
        <translation>Anhang %1 fehlt in der Datenbank</translation>
    </message>
    <message>
        <source>Attachment %1 (%2) no longer matches its SHA-256: it was altered.</source>
        <translation>Anhang %1 (%2) passt nicht mehr zu seinem SHA-256: er wurde verändert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 revision %2 is %3; files are attached to a draft revision. Start a new revision first.</source>
        <translation>%1 Revision %2 hat den Status „%3“; Dateien werden an eine Entwurfsrevision angehängt. Beginnen Sie zuerst eine neue Revision.</translation>
    </message>
    <message>
        <source>%1 has no revision %2</source>
        <translation>%1 hat keine Revision %2</translation>
    </message>
    <message>
        <source>Reading attachments</source>
        <translation>Anhänge lesen</translation>
    </message>
</context>
<context>
    <name>qms::AuditChecklist</name>
    <message>
        <source>How is %1 %2 met? Show the records.</source>
        <translation>Wie wird %1 %2 erfüllt? Zeigen Sie die Aufzeichnungen.</translation>
    </message>
    <message>
        <source>Is %1 run as described: its inputs, outputs, resources, responsibilities and the criteria it is controlled by? Show how its owner knows it works.</source>
        <translation>Wird %1 wie beschrieben betrieben: Eingaben, Ergebnisse, Ressourcen, Verantwortlichkeiten und die Kriterien, nach denen er gesteuert wird? Zeigen Sie, woran der Prozesseigner erkennt, dass er funktioniert.</translation>
    </message>
    <message>
        <source>What do the latest results of &quot;%1&quot; show against the target %2? Who reviews them, and what was done when the target was missed?</source>
        <translation>Was zeigen die letzten Ergebnisse von „%1“ gegenüber dem Ziel %2? Wer bewertet sie, und was wurde getan, wenn das Ziel verfehlt wurde?</translation>
    </message>
    <message>
        <source>Is %1 %2 (revision %3) the version in use where the work is done, and is it followed? Sample the records it asks for.</source>
        <translation>Ist %1 %2 (Revision %3) die Fassung, die am Arbeitsplatz verwendet wird, und wird sie befolgt? Prüfen Sie Stichproben der geforderten Aufzeichnungen.</translation>
    </message>
    <message>
        <source>Are the actions on the risks and opportunities of %1 in place and effective?</source>
        <translation>Sind die Maßnahmen zu den Risiken und Chancen von %1 umgesetzt und wirksam?</translation>
    </message>
    <message>
        <source>No earlier audit has the same scope (clauses: %1; processes: %2).</source>
        <translation>Kein früheres Audit hat denselben Umfang (Abschnitte: %1; Prozesse: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Name the clauses or processes in scope first.</source>
        <translation>Nennen Sie zuerst die Abschnitte oder Prozesse im Umfang.</translation>
    </message>
    <message>
        <source>Audits cannot fill &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>Audits können „%1“ nicht mit „%2“ füllen</translation>
    </message>
</context>
<context>
    <name>qms::AuditQuestions</name>
    <message>
        <source>Which internal and external issues relevant to its purpose and strategic direction has the organisation determined? Show the context analysis (e.g. SWOT or PESTLE) and when it was last reviewed.</source>
        <translation>Welche internen und externen Themen, die für ihren Zweck und ihre strategische Ausrichtung relevant sind, hat die Organisation bestimmt? Zeigen Sie die Kontextanalyse (z. B. SWOT oder PESTLE) und wann sie zuletzt überprüft wurde.</translation>
    </message>
    <message>
        <source>Has the organisation determined whether climate change is a relevant issue for it? Which record shows the decision and the reasoning behind it?</source>
        <translation>Hat die Organisation bestimmt, ob der Klimawandel für sie ein relevantes Thema ist? Welche Aufzeichnung belegt die Entscheidung und ihre Begründung?</translation>
    </message>
    <message>
        <source>How is information about these issues monitored and kept up to date? Show planning or management review inputs that reflect a change in context.</source>
        <translation>Wie werden Informationen über diese Themen überwacht und aktuell gehalten? Zeigen Sie Eingaben in die Planung oder Managementbewertung, die eine Änderung im Kontext widerspiegeln.</translation>
    </message>
    <message>
        <source>Which interested parties relevant to the QMS has the organisation identified, and which of their requirements are relevant? Show the register or list of interested parties and their requirements.</source>
        <translation>Welche für das QMS relevanten interessierten Parteien hat die Organisation ermittelt, und welche ihrer Anforderungen sind relevant? Zeigen Sie das Verzeichnis bzw. die Liste der interessierten Parteien und ihrer Anforderungen.</translation>
    </message>
    <message>
        <source>Have climate-related requirements of interested parties been considered? Which records show this?</source>
        <translation>Wurden klimabezogene Anforderungen interessierter Parteien berücksichtigt? Welche Aufzeichnungen belegen dies?</translation>
    </message>
    <message>
        <source>How and how often is this information monitored and reviewed? Show evidence of the last review and of any changes it led to.</source>
        <translation>Wie und wie oft werden diese Informationen überwacht und überprüft? Zeigen Sie Nachweise der letzten Überprüfung und der daraus folgenden Änderungen.</translation>
    </message>
    <message>
        <source>Is the scope of the QMS available as documented information, naming the products and services covered and the sites included? Show the scope statement.</source>
        <translation>Ist der Anwendungsbereich des QMS als dokumentierte Information verfügbar, mit Angabe der erfassten Produkte und Dienstleistungen und der einbezogenen Standorte? Zeigen Sie die Festlegung des Anwendungsbereichs.</translation>
    </message>
    <message>
        <source>Where a requirement is treated as not applicable, is the justification documented, and is it clear that conformity of products and services and customer satisfaction are not affected? Show the justification.</source>
        <translation>Ist dort, wo eine Anforderung als nicht zutreffend behandelt wird, die Begründung dokumentiert, und ist nachvollziehbar, dass die Konformität der Produkte und Dienstleistungen und die Kundenzufriedenheit nicht beeinträchtigt werden? Zeigen Sie die Begründung.</translation>
    </message>
    <message>
        <source>How were the context issues, the requirements of interested parties and the organisation&apos;s products and services taken into account when setting the scope? Which records show this?</source>
        <translation>Wie wurden bei der Festlegung des Anwendungsbereichs die Kontextthemen, die Anforderungen interessierter Parteien und die Produkte und Dienstleistungen der Organisation berücksichtigt? Welche Aufzeichnungen belegen dies?</translation>
    </message>
    <message>
        <source>Has the organisation determined the processes the QMS needs and how they interact? Show the process map or process landscape.</source>
        <translation>Hat die Organisation die für das QMS benötigten Prozesse und deren Wechselwirkungen bestimmt? Zeigen Sie die Prozesslandkarte.</translation>
    </message>
    <message>
        <source>For a sampled process, are inputs, outputs, owner, resources, criteria and methods, risks and performance indicators defined? Show the process description.</source>
        <translation>Sind für einen ausgewählten Prozess Eingaben, Ergebnisse, Prozessverantwortliche, Ressourcen, Kriterien und Methoden, Risiken und Leistungskennzahlen festgelegt? Zeigen Sie die Prozessbeschreibung.</translation>
    </message>
    <message>
        <source>How are processes evaluated and changed when they do not achieve their intended results? Show examples of process changes and how they were followed up.</source>
        <translation>Wie werden Prozesse bewertet und geändert, wenn sie ihre beabsichtigten Ergebnisse nicht erreichen? Zeigen Sie Beispiele für Prozessänderungen und deren Nachverfolgung.</translation>
    </message>
    <message>
        <source>Which documented information supports the operation of the processes, and is it maintained and current? Show procedures, work instructions or process descriptions for a sample.</source>
        <translation>Welche dokumentierte Information unterstützt die Durchführung der Prozesse, und wird sie aufrechterhalten und ist sie aktuell? Zeigen Sie Verfahren, Arbeitsanweisungen oder Prozessbeschreibungen als Stichprobe.</translation>
    </message>
    <message>
        <source>Are records retained that give confidence the processes are carried out as planned? Sample the records of one process.</source>
        <translation>Werden Aufzeichnungen aufbewahrt, die Vertrauen geben, dass die Prozesse wie geplant durchgeführt werden? Prüfen Sie die Aufzeichnungen eines Prozesses stichprobenartig.</translation>
    </message>
    <message>
        <source>How does top management show that it is accountable for the effectiveness of the QMS? Show minutes, reviews or decisions in which top management acted on QMS results.</source>
        <translation>Wie zeigt die oberste Leitung, dass sie für die Wirksamkeit des QMS rechenschaftspflichtig ist? Zeigen Sie Protokolle, Bewertungen oder Entscheidungen, in denen die oberste Leitung auf Ergebnisse des QMS reagiert hat.</translation>
    </message>
    <message>
        <source>Are the quality policy and objectives consistent with the strategic direction, and are QMS requirements built into the business processes? Compare strategy or business plans with the objectives.</source>
        <translation>Stehen Qualitätspolitik und Qualitätsziele im Einklang mit der strategischen Ausrichtung, und sind die Anforderungen des QMS in die Geschäftsprozesse integriert? Vergleichen Sie Strategie- oder Geschäftspläne mit den Zielen.</translation>
    </message>
    <message>
        <source>How does top management provide resources, promote the process approach and risk-based thinking, and support other managers and staff? Which evidence (budgets, communications, interviews) shows this?</source>
        <translation>Wie stellt die oberste Leitung Ressourcen bereit, fördert den prozessorientierten Ansatz und risikobasiertes Denken und unterstützt andere Führungskräfte und Mitarbeitende? Welche Nachweise (Budgets, Mitteilungen, Interviews) belegen dies?</translation>
    </message>
    <message>
        <source>How does top management make sure that customer and legal requirements are determined and consistently met? Show delivery and conformity performance data that management has reviewed.</source>
        <translation>Wie stellt die oberste Leitung sicher, dass Kundenanforderungen und gesetzliche Anforderungen bestimmt und beständig erfüllt werden? Zeigen Sie Leistungsdaten zu Lieferung und Konformität, die die Leitung bewertet hat.</translation>
    </message>
    <message>
        <source>Are risks and opportunities that can affect conformity and customer satisfaction addressed, and is enhancing customer satisfaction a visible aim? Show the related actions and satisfaction trends.</source>
        <translation>Werden Risiken und Chancen, die die Konformität und die Kundenzufriedenheit beeinflussen können, behandelt, und ist die Steigerung der Kundenzufriedenheit ein erkennbares Ziel? Zeigen Sie die zugehörigen Maßnahmen und Zufriedenheitstrends.</translation>
    </message>
    <message>
        <source>Is there a quality policy that suits the organisation&apos;s purpose, context and strategic direction? Show the current, approved policy.</source>
        <translation>Gibt es eine Qualitätspolitik, die zum Zweck, zum Kontext und zur strategischen Ausrichtung der Organisation passt? Zeigen Sie die aktuelle, freigegebene Qualitätspolitik.</translation>
    </message>
    <message>
        <source>Does the policy give a framework for setting quality objectives and commit to meeting applicable requirements and to continual improvement? Show how the objectives are derived from it.</source>
        <translation>Bietet die Politik einen Rahmen für das Festlegen von Qualitätszielen, und enthält sie die Verpflichtung zur Erfüllung zutreffender Anforderungen und zur fortlaufenden Verbesserung? Zeigen Sie, wie die Ziele daraus abgeleitet werden.</translation>
    </message>
    <message>
        <source>Is the quality policy available and maintained as documented information? Show the controlled version and its revision history.</source>
        <translation>Ist die Qualitätspolitik als dokumentierte Information verfügbar, und wird sie aufrechterhalten? Zeigen Sie die gelenkte Fassung und ihre Änderungshistorie.</translation>
    </message>
    <message>
        <source>How is the policy communicated, understood and applied within the organisation? Ask staff in the sampled areas what it means for their work and show the communication records.</source>
        <translation>Wie wird die Politik innerhalb der Organisation vermittelt, verstanden und angewendet? Befragen Sie Mitarbeitende in den ausgewählten Bereichen, was sie für ihre Arbeit bedeutet, und lassen Sie sich die Kommunikationsnachweise zeigen.</translation>
    </message>
    <message>
        <source>Is the policy made available to relevant interested parties where appropriate? Show where it is published (website, offers, notice boards).</source>
        <translation>Wird die Politik relevanten interessierten Parteien zur Verfügung gestellt, soweit angemessen? Zeigen Sie, wo sie veröffentlicht ist (Website, Angebote, Aushänge).</translation>
    </message>
    <message>
        <source>Are responsibilities and authorities for the QMS and its processes assigned, communicated and understood? Show the organisation chart, role descriptions or a RACI matrix.</source>
        <translation>Sind Verantwortlichkeiten und Befugnisse für das QMS und seine Prozesse zugewiesen, bekannt gemacht und verstanden? Zeigen Sie das Organigramm, Stellenbeschreibungen oder eine RACI-Matrix.</translation>
    </message>
    <message>
        <source>Who makes sure that the QMS conforms, processes deliver their intended outputs, performance is reported to top management, customer focus is promoted and the QMS stays intact during changes? Show the appointments and the reports made.</source>
        <translation>Wer stellt sicher, dass das QMS die Anforderungen erfüllt, die Prozesse ihre beabsichtigten Ergebnisse liefern, der obersten Leitung über die Leistung berichtet wird, die Kundenorientierung gefördert wird und das QMS bei Änderungen intakt bleibt? Zeigen Sie die Benennungen und die erstellten Berichte.</translation>
    </message>
    <message>
        <source>How has the organisation determined the risks and opportunities it needs to address, taking its context and interested parties into account? Show the risk and opportunity register.</source>
        <translation>Wie hat die Organisation die zu behandelnden Risiken und Chancen unter Berücksichtigung ihres Kontexts und der interessierten Parteien bestimmt? Zeigen Sie das Risiko- und Chancenregister.</translation>
    </message>
    <message>
        <source>Does the assessment consider achieving intended results, strengthening desirable effects, preventing or reducing undesired effects and improvement? Show how risks are rated and when the register was last updated.</source>
        <translation>Berücksichtigt die Bewertung das Erreichen der beabsichtigten Ergebnisse, das Verstärken erwünschter Auswirkungen, das Verhindern oder Verringern unerwünschter Auswirkungen sowie Verbesserung? Zeigen Sie, wie Risiken bewertet werden und wann das Register zuletzt aktualisiert wurde.</translation>
    </message>
    <message>
        <source>Are actions planned for the significant risks and opportunities, in proportion to their potential impact on the conformity of products and services? Show the action plans with owners and due dates.</source>
        <translation>Sind für die wesentlichen Risiken und Chancen Maßnahmen geplant, die in einem angemessenen Verhältnis zu ihrer möglichen Auswirkung auf die Konformität der Produkte und Dienstleistungen stehen? Zeigen Sie die Maßnahmenpläne mit Verantwortlichen und Terminen.</translation>
    </message>
    <message>
        <source>How are these actions built into the QMS processes, and how is their effectiveness evaluated? Show evaluation records, e.g. from management review or process reviews.</source>
        <translation>Wie sind diese Maßnahmen in die Prozesse des QMS integriert, und wie wird ihre Wirksamkeit bewertet? Zeigen Sie Bewertungsnachweise, z. B. aus der Managementbewertung oder aus Prozessbewertungen.</translation>
    </message>
    <message>
        <source>Have measurable quality objectives, consistent with the quality policy, been set for the relevant functions, levels and processes? Show the current objectives with their targets.</source>
        <translation>Wurden messbare Qualitätsziele, die mit der Qualitätspolitik im Einklang stehen, für die relevanten Funktionen, Ebenen und Prozesse festgelegt? Zeigen Sie die aktuellen Ziele mit ihren Zielwerten.</translation>
    </message>
    <message>
        <source>Are the objectives monitored, communicated, updated as needed and kept as documented information? Show the latest status report and how staff are informed.</source>
        <translation>Werden die Ziele überwacht, kommuniziert, bei Bedarf aktualisiert und als dokumentierte Information aufrechterhalten? Zeigen Sie den neuesten Statusbericht und wie die Mitarbeitenden informiert werden.</translation>
    </message>
    <message>
        <source>For a sample of objectives, is it defined what will be done, which resources are needed, who is responsible, when it will be completed and how results will be evaluated? Show the action plans.</source>
        <translation>Ist für eine Stichprobe von Zielen festgelegt, was getan wird, welche Ressourcen benötigt werden, wer verantwortlich ist, bis wann es abgeschlossen wird und wie die Ergebnisse bewertet werden? Zeigen Sie die Maßnahmenpläne.</translation>
    </message>
    <message>
        <source>What progress has been made against these plans, and what was done where an objective is off track? Show the progress records.</source>
        <translation>Welche Fortschritte wurden bei diesen Plänen erzielt, und was wurde unternommen, wo ein Ziel nicht auf Kurs ist? Zeigen Sie die Fortschrittsnachweise.</translation>
    </message>
    <message>
        <source>How are changes to the QMS identified and planned? Show a recent change (e.g. a reorganisation, a new process or system) and its change plan.</source>
        <translation>Wie werden Änderungen am QMS erkannt und geplant? Zeigen Sie eine kürzlich erfolgte Änderung (z. B. eine Umorganisation, einen neuen Prozess oder ein neues System) und den zugehörigen Änderungsplan.</translation>
    </message>
    <message>
        <source>Did the planning consider the purpose and possible consequences of the change, the integrity of the QMS, the resources available and who is responsible? Which records show this?</source>
        <translation>Wurden bei der Planung der Zweck und die möglichen Folgen der Änderung, die Integrität des QMS, die verfügbaren Ressourcen und die Zuständigkeiten berücksichtigt? Welche Aufzeichnungen belegen dies?</translation>
    </message>
    <message>
        <source>How does the organisation determine the resources needed to establish, run, maintain and improve the QMS? Show the resource or budget planning and how it was approved.</source>
        <translation>Wie bestimmt die Organisation die Ressourcen, die für Aufbau, Betrieb, Aufrechterhaltung und Verbesserung des QMS benötigt werden? Zeigen Sie die Ressourcen- oder Budgetplanung und wie sie genehmigt wurde.</translation>
    </message>
    <message>
        <source>Were the capabilities and limits of existing internal resources considered, and what has to be obtained from external providers? Show the related decisions.</source>
        <translation>Wurden die Fähigkeiten und Grenzen der vorhandenen internen Ressourcen berücksichtigt, und was muss von externen Anbietern bezogen werden? Zeigen Sie die zugehörigen Entscheidungen.</translation>
    </message>
    <message>
        <source>Are enough people available to run the QMS and its processes effectively? Show staffing or capacity plans and compare them with workload, backlogs and overtime.</source>
        <translation>Stehen genügend Personen zur Verfügung, um das QMS und seine Prozesse wirksam zu betreiben? Zeigen Sie Personal- oder Kapazitätspläne und vergleichen Sie diese mit Arbeitslast, Rückständen und Überstunden.</translation>
    </message>
    <message>
        <source>How are staffing gaps, absences and dependence on key people identified and handled? Which records show this?</source>
        <translation>Wie werden Personalengpässe, Abwesenheiten und Abhängigkeiten von Schlüsselpersonen erkannt und behandelt? Welche Aufzeichnungen belegen dies?</translation>
    </message>
    <message>
        <source>Which infrastructure (buildings, equipment, hardware and software, transport, IT and communication) has been determined as needed for the processes? Show the equipment or asset list.</source>
        <translation>Welche Infrastruktur (Gebäude, Ausrüstung, Hard- und Software, Transportmittel, IT und Kommunikation) wurde als für die Prozesse erforderlich bestimmt? Zeigen Sie das Anlagen- oder Inventarverzeichnis.</translation>
    </message>
    <message>
        <source>How is the infrastructure maintained so that it stays fit for conforming output? Show maintenance plans and records for sampled equipment, including breakdowns and IT backups.</source>
        <translation>Wie wird die Infrastruktur instand gehalten, damit sie für konforme Ergebnisse geeignet bleibt? Zeigen Sie Wartungspläne und -nachweise für ausgewählte Ausrüstung, einschließlich Störungen und IT-Datensicherungen.</translation>
    </message>
    <message>
        <source>Which physical, social and psychological conditions has the organisation determined as needed for its processes (e.g. temperature, cleanliness, lighting, workload, stress)? Show where they are defined.</source>
        <translation>Welche physischen, sozialen und psychologischen Bedingungen hat die Organisation als für ihre Prozesse erforderlich bestimmt (z. B. Temperatur, Sauberkeit, Beleuchtung, Arbeitsbelastung, Stress)? Zeigen Sie, wo diese festgelegt sind.</translation>
    </message>
    <message>
        <source>How are these conditions provided and maintained? Show monitoring records (e.g. environmental readings, cleaning logs, staff surveys) and the actions taken on deviations.</source>
        <translation>Wie werden diese Bedingungen bereitgestellt und aufrechterhalten? Zeigen Sie Überwachungsnachweise (z. B. Umgebungsmesswerte, Reinigungsprotokolle, Mitarbeiterbefragungen) und die bei Abweichungen ergriffenen Maßnahmen.</translation>
    </message>
    <message>
        <source>Which monitoring and measuring resources are used to verify conformity, and are they suitable for the checks made? Show the equipment register and how suitability (range, resolution, accuracy) was established.</source>
        <translation>Welche Ressourcen zur Überwachung und Messung werden zur Verifizierung der Konformität eingesetzt, und sind sie für die jeweiligen Prüfungen geeignet? Zeigen Sie das Prüfmittelverzeichnis und wie die Eignung (Messbereich, Auflösung, Genauigkeit) festgestellt wurde.</translation>
    </message>
    <message>
        <source>How is their continued fitness for purpose maintained, including for methods that are not instruments, such as surveys or visual inspections? Show the records kept as evidence.</source>
        <translation>Wie wird ihre fortdauernde Eignung für den Zweck sichergestellt, auch bei Methoden, die keine Messgeräte sind, etwa Befragungen oder Sichtprüfungen? Zeigen Sie die als Nachweis aufbewahrten Aufzeichnungen.</translation>
    </message>
    <message>
        <source>Where measurement traceability is required, is equipment calibrated or verified at set intervals against standards traceable to national or international standards? Show calibration certificates for sampled items.</source>
        <translation>Werden Messmittel dort, wo messtechnische Rückführbarkeit gefordert ist, in festgelegten Abständen gegen Normale kalibriert oder verifiziert, die auf nationale oder internationale Normale rückführbar sind? Zeigen Sie Kalibrierscheine für ausgewählte Messmittel.</translation>
    </message>
    <message>
        <source>Is the calibration status of each item identifiable, and is the equipment protected from adjustment, damage or deterioration? Check labels and storage at the point of use.</source>
        <translation>Ist der Kalibrierstatus jedes Messmittels erkennbar, und ist es gegen Verstellen, Beschädigung oder Verschlechterung geschützt? Prüfen Sie Kennzeichnung und Aufbewahrung am Einsatzort.</translation>
    </message>
    <message>
        <source>When equipment is found out of tolerance, how is the validity of earlier results assessed and what action is taken? Show the impact assessment for a recent case.</source>
        <translation>Wie wird bei Messmitteln, die außerhalb der Toleranz vorgefunden werden, die Gültigkeit früherer Messergebnisse beurteilt, und welche Maßnahmen werden ergriffen? Zeigen Sie die Auswirkungsbewertung für einen aktuellen Fall.</translation>
    </message>
    <message>
        <source>Which knowledge has the organisation determined as necessary for its processes and for conforming products and services, and how is it kept and shared? Show knowledge bases, lessons-learned records or handover documents.</source>
        <translation>Welches Wissen hat die Organisation als für ihre Prozesse und für konforme Produkte und Dienstleistungen erforderlich bestimmt, und wie wird es bewahrt und weitergegeben? Zeigen Sie Wissensdatenbanken, Lessons-learned-Aufzeichnungen oder Übergabedokumente.</translation>
    </message>
    <message>
        <source>How does the organisation gain or access additional knowledge when needs and trends change, and how does it prevent loss of knowledge (e.g. when staff leave)? Which evidence shows this?</source>
        <translation>Wie erlangt die Organisation zusätzliches Wissen oder Zugang dazu, wenn sich Erfordernisse und Trends ändern, und wie verhindert sie Wissensverlust (z. B. wenn Mitarbeitende ausscheiden)? Welche Nachweise belegen dies?</translation>
    </message>
    <message>
        <source>Has the necessary competence been defined for roles whose work affects the performance of the QMS? Show job descriptions or competence requirements for sampled roles.</source>
        <translation>Wurde die erforderliche Kompetenz für Funktionen festgelegt, deren Tätigkeit die Leistung des QMS beeinflusst? Zeigen Sie Stellenbeschreibungen oder Kompetenzanforderungen für ausgewählte Funktionen.</translation>
    </message>
    <message>
        <source>Are the sampled people competent on the basis of education, training or experience? Show their training records, qualifications or a competence matrix.</source>
        <translation>Sind die ausgewählten Personen aufgrund von Ausbildung, Schulung oder Erfahrung kompetent? Zeigen Sie ihre Schulungsnachweise, Qualifikationen oder eine Qualifikationsmatrix.</translation>
    </message>
    <message>
        <source>Where gaps were found, what actions were taken (training, mentoring, reassignment, hiring), and how was their effectiveness evaluated? Show the records.</source>
        <translation>Welche Maßnahmen wurden bei festgestellten Lücken ergriffen (Schulung, Mentoring, Versetzung, Einstellung), und wie wurde ihre Wirksamkeit bewertet? Zeigen Sie die Aufzeichnungen.</translation>
    </message>
    <message>
        <source>Are people aware of the quality policy and of the quality objectives relevant to their work? Interview a sample of staff and show how awareness is built (induction, briefings, notice boards).</source>
        <translation>Kennen die Mitarbeitenden die Qualitätspolitik und die für ihre Arbeit relevanten Qualitätsziele? Befragen Sie eine Stichprobe von Mitarbeitenden und lassen Sie sich zeigen, wie das Bewusstsein geschaffen wird (Einarbeitung, Unterweisungen, Aushänge).</translation>
    </message>
    <message>
        <source>Do people understand how they contribute to the effectiveness of the QMS and what follows if its requirements are not met? Which interview answers or induction records show this?</source>
        <translation>Verstehen die Mitarbeitenden, wie sie zur Wirksamkeit des QMS beitragen und welche Folgen die Nichterfüllung seiner Anforderungen hat? Welche Interviewantworten oder Einarbeitungsnachweise belegen dies?</translation>
    </message>
    <message>
        <source>Has the organisation determined what it communicates internally and externally about the QMS, when, to whom, how and by whom? Show the communication plan or matrix.</source>
        <translation>Hat die Organisation bestimmt, was sie intern und extern zum QMS kommuniziert, wann, an wen, wie und durch wen? Zeigen Sie den Kommunikationsplan oder die Kommunikationsmatrix.</translation>
    </message>
    <message>
        <source>Is the planned communication actually taking place? Show examples such as meeting minutes, newsletters, team briefings or notices to customers and suppliers.</source>
        <translation>Findet die geplante Kommunikation tatsächlich statt? Zeigen Sie Beispiele wie Besprechungsprotokolle, Newsletter, Teambesprechungen oder Mitteilungen an Kunden und Lieferanten.</translation>
    </message>
    <message>
        <source>Does the QMS include the documented information the standard requires and the documented information the organisation has found necessary for its effectiveness? Show the document master list.</source>
        <translation>Enthält das QMS die von der Norm geforderte dokumentierte Information sowie die dokumentierte Information, die die Organisation für seine Wirksamkeit als notwendig bestimmt hat? Zeigen Sie die Dokumentenstammliste.</translation>
    </message>
    <message>
        <source>Is the extent of documentation appropriate to the size of the organisation, the complexity of its processes and the competence of its people? Check a sampled process for missing or unused documents.</source>
        <translation>Ist der Umfang der Dokumentation der Größe der Organisation, der Komplexität ihrer Prozesse und der Kompetenz ihrer Mitarbeitenden angemessen? Prüfen Sie einen ausgewählten Prozess auf fehlende oder ungenutzte Dokumente.</translation>
    </message>
    <message>
        <source>Are documents and records properly identified (title, date, author, reference number, revision) and in a suitable format and medium? Check a sample.</source>
        <translation>Sind Dokumente und Aufzeichnungen angemessen gekennzeichnet (Titel, Datum, Verfasser, Referenznummer, Revision) und liegen sie in geeignetem Format und auf geeignetem Medium vor? Prüfen Sie eine Stichprobe.</translation>
    </message>
    <message>
        <source>Are documents reviewed and approved for suitability and adequacy before issue and after each change? Show the review and approval records for recent revisions.</source>
        <translation>Werden Dokumente vor der Herausgabe und nach jeder Änderung auf Eignung und Angemessenheit geprüft und freigegeben? Zeigen Sie die Prüf- und Freigabenachweise für die letzten Revisionen.</translation>
    </message>
    <message>
        <source>Is the required documented information available and suitable for use where and when it is needed? Check at the point of use in sampled areas that current versions are there.</source>
        <translation>Ist die erforderliche dokumentierte Information verfügbar und für die Verwendung geeignet, wo und wann sie benötigt wird? Prüfen Sie am Einsatzort in ausgewählten Bereichen, ob die aktuellen Fassungen vorliegen.</translation>
    </message>
    <message>
        <source>How is documented information protected against loss of confidentiality, improper use and loss of integrity? Show access rights, backups and restore tests.</source>
        <translation>Wie wird dokumentierte Information gegen Verlust der Vertraulichkeit, unsachgemäßen Gebrauch und Verlust der Integrität geschützt? Zeigen Sie Zugriffsrechte, Datensicherungen und Wiederherstellungstests.</translation>
    </message>
    <message>
        <source>How are distribution, access, retrieval, storage, preservation and legibility of documents controlled? Show the document control procedure and how obsolete versions are withdrawn or marked.</source>
        <translation>Wie werden Verteilung, Zugriff, Auffinden, Ablage, Erhaltung und Lesbarkeit von Dokumenten gelenkt? Zeigen Sie das Verfahren zur Lenkung von Dokumenten und wie veraltete Fassungen eingezogen oder gekennzeichnet werden.</translation>
    </message>
    <message>
        <source>Are changes under version control, and are retention periods and disposal defined and followed? Show the revision history and the retention schedule.</source>
        <translation>Unterliegen Änderungen einer Versionskontrolle, und sind Aufbewahrungsfristen und Vernichtung festgelegt und werden sie eingehalten? Zeigen Sie die Änderungshistorie und den Aufbewahrungsplan.</translation>
    </message>
    <message>
        <source>Are documents of external origin needed for the QMS identified and controlled, and are records protected from unintended alteration? Show the list of external documents and how records are protected.</source>
        <translation>Sind für das QMS benötigte Dokumente externer Herkunft gekennzeichnet und gelenkt, und sind Aufzeichnungen gegen unbeabsichtigte Änderungen geschützt? Zeigen Sie die Liste der externen Dokumente und wie Aufzeichnungen geschützt werden.</translation>
    </message>
    <message>
        <source>How are the processes for providing products and services planned, including requirements, acceptance criteria, resources and the controls to apply? Show operational plans such as production, service or control plans.</source>
        <translation>Wie werden die Prozesse zur Bereitstellung von Produkten und Dienstleistungen geplant, einschließlich Anforderungen, Annahmekriterien, Ressourcen und anzuwendender Steuerungsmaßnahmen? Zeigen Sie die Betriebsplanung, z. B. Fertigungs-, Service- oder Lenkungspläne.</translation>
    </message>
    <message>
        <source>Are records kept showing that processes ran as planned and outputs conform, and how are planned and unintended changes controlled? Show the records for a recent change.</source>
        <translation>Werden Aufzeichnungen geführt, die belegen, dass die Prozesse wie geplant abliefen und die Ergebnisse konform sind, und wie werden geplante und unbeabsichtigte Änderungen gelenkt? Zeigen Sie die Aufzeichnungen zu einer kürzlich erfolgten Änderung.</translation>
    </message>
    <message>
        <source>Are outsourced processes identified and controlled? Show where they are listed and which controls apply to them.</source>
        <translation>Sind ausgegliederte Prozesse ermittelt und gelenkt? Zeigen Sie, wo sie aufgeführt sind und welche Steuerungsmaßnahmen für sie gelten.</translation>
    </message>
    <message>
        <source>How does the organisation communicate with customers about products and services, enquiries, contracts, orders and changes to them? Show examples of enquiry and order correspondence.</source>
        <translation>Wie kommuniziert die Organisation mit Kunden über Produkte und Dienstleistungen, Anfragen, Verträge, Aufträge und deren Änderungen? Zeigen Sie Beispiele für Anfrage- und Auftragskorrespondenz.</translation>
    </message>
    <message>
        <source>How is customer feedback, including complaints, obtained and handled, and how are the handling of customer property and any contingency actions communicated? Show the complaint log and related correspondence.</source>
        <translation>Wie werden Kundenrückmeldungen einschließlich Reklamationen eingeholt und bearbeitet, und wie werden der Umgang mit Kundeneigentum und etwaige Notfallmaßnahmen kommuniziert? Zeigen Sie das Reklamationsregister und die zugehörige Korrespondenz.</translation>
    </message>
    <message>
        <source>How are the requirements for products and services defined, including applicable legal requirements and those the organisation itself considers necessary? Show specifications, catalogues or a legal register.</source>
        <translation>Wie werden die Anforderungen an Produkte und Dienstleistungen festgelegt, einschließlich zutreffender gesetzlicher Anforderungen und der von der Organisation selbst als notwendig erachteten? Zeigen Sie Spezifikationen, Kataloge oder ein Rechtskataster.</translation>
    </message>
    <message>
        <source>How does the organisation make sure it can meet the claims it makes for its products and services? Show the evidence behind claims in brochures, on the website or in offers.</source>
        <translation>Wie stellt die Organisation sicher, dass sie die Aussagen erfüllen kann, die sie über ihre Produkte und Dienstleistungen macht? Zeigen Sie die Nachweise hinter den Aussagen in Broschüren, auf der Website oder in Angeboten.</translation>
    </message>
    <message>
        <source>Are requirements reviewed before the organisation commits to supply, covering the customer&apos;s stated requirements (incl. delivery and after-delivery), unstated but necessary ones, its own and legal ones? Show order or contract reviews for a sample.</source>
        <translation>Werden die Anforderungen geprüft, bevor sich die Organisation zur Lieferung verpflichtet, und zwar die vom Kunden genannten (einschließlich Lieferung und Tätigkeiten danach), die nicht genannten, aber notwendigen, die eigenen und die gesetzlichen? Zeigen Sie Auftrags- oder Vertragsprüfungen als Stichprobe.</translation>
    </message>
    <message>
        <source>How are differences between an order and an earlier quotation resolved, and how are customer requirements confirmed when the customer gives none in writing (e.g. telephone orders)? Show examples.</source>
        <translation>Wie werden Abweichungen zwischen einem Auftrag und einem früheren Angebot geklärt, und wie werden Kundenanforderungen bestätigt, wenn der Kunde sie nicht schriftlich angibt (z. B. bei telefonischen Aufträgen)? Zeigen Sie Beispiele.</translation>
    </message>
    <message>
        <source>Are the results of requirement reviews retained as records? Show the review record for sampled orders or contracts.</source>
        <translation>Werden die Ergebnisse der Anforderungsprüfungen als Aufzeichnungen aufbewahrt? Zeigen Sie die Prüfaufzeichnung für ausgewählte Aufträge oder Verträge.</translation>
    </message>
    <message>
        <source>Are new requirements for the products and services recorded? Show where added or changed requirements were captured.</source>
        <translation>Werden neue Anforderungen an die Produkte und Dienstleistungen aufgezeichnet? Zeigen Sie, wo hinzugekommene oder geänderte Anforderungen erfasst wurden.</translation>
    </message>
    <message>
        <source>When requirements for products and services change, how are the relevant documents amended? Show a changed order or contract and the updated documents.</source>
        <translation>Wie werden bei Änderungen der Anforderungen an Produkte und Dienstleistungen die betreffenden Dokumente angepasst? Zeigen Sie einen geänderten Auftrag oder Vertrag und die aktualisierten Dokumente.</translation>
    </message>
    <message>
        <source>How are the people concerned made aware of the changed requirements? Which records show they were informed in time?</source>
        <translation>Wie werden die betroffenen Personen über die geänderten Anforderungen informiert? Welche Aufzeichnungen zeigen, dass sie rechtzeitig informiert wurden?</translation>
    </message>
    <message>
        <source>Does the organisation design or develop products or services, and if so, is a design and development process established and maintained? Show the procedure, or the justification if design is excluded.</source>
        <translation>Entwickelt die Organisation Produkte oder Dienstleistungen, und falls ja, ist ein Entwicklungsprozess eingeführt und wird er aufrechterhalten? Zeigen Sie das Verfahren oder, falls Entwicklung ausgeschlossen ist, die Begründung.</translation>
    </message>
    <message>
        <source>Is the design process suited to the nature of what is designed, and is it followed in practice? Pick a recent project and trace it through clauses 8.3.2 to 8.3.6.</source>
        <translation>Ist der Entwicklungsprozess der Art des Entwicklungsgegenstands angemessen, und wird er in der Praxis angewendet? Wählen Sie ein aktuelles Projekt und verfolgen Sie es durch die Abschnitte 8.3.2 bis 8.3.6.</translation>
    </message>
    <message>
        <source>For a sampled design project, are the stages, reviews, verification and validation activities, responsibilities and authorities planned? Show the project or design plan.</source>
        <translation>Sind für ein ausgewähltes Entwicklungsprojekt die Phasen, Bewertungen, Verifizierungs- und Validierungstätigkeiten, Verantwortlichkeiten und Befugnisse geplant? Zeigen Sie den Projekt- oder Entwicklungsplan.</translation>
    </message>
    <message>
        <source>Did planning consider the nature and complexity of the work, resources, interfaces between groups, customer and user involvement, later production or service needs and the records required? Show where this is addressed.</source>
        <translation>Wurden bei der Planung Art und Komplexität der Arbeit, Ressourcen, Schnittstellen zwischen den beteiligten Gruppen, die Einbindung von Kunden und Nutzern, Erfordernisse der späteren Produktion oder Dienstleistungserbringung und die benötigten Aufzeichnungen berücksichtigt? Zeigen Sie, wo dies behandelt wird.</translation>
    </message>
    <message>
        <source>Are design inputs determined and recorded, including functional and performance requirements, legal requirements, standards or codes of practice and lessons from earlier similar designs? Show the input specification.</source>
        <translation>Sind die Entwicklungseingaben bestimmt und aufgezeichnet, einschließlich Funktions- und Leistungsanforderungen, gesetzlicher Anforderungen, Normen oder Verhaltenskodizes und Erkenntnissen aus früheren ähnlichen Entwicklungen? Zeigen Sie die Eingabespezifikation (z. B. das Lastenheft).</translation>
    </message>
    <message>
        <source>Were the potential consequences of failure considered, and were inputs checked to be adequate, complete and unambiguous, with conflicts resolved? Show the input review record.</source>
        <translation>Wurden die möglichen Folgen eines Versagens berücksichtigt, und wurden die Eingaben auf Angemessenheit, Vollständigkeit und Eindeutigkeit geprüft und Widersprüche geklärt? Zeigen Sie die Aufzeichnung der Eingabeprüfung.</translation>
    </message>
    <message>
        <source>Are the results to be achieved defined, and are design reviews held to judge whether the results can meet requirements? Show design review minutes with participants and actions.</source>
        <translation>Sind die zu erreichenden Ergebnisse festgelegt, und werden Entwicklungsbewertungen durchgeführt, um zu beurteilen, ob die Ergebnisse die Anforderungen erfüllen können? Zeigen Sie Protokolle der Entwicklungsbewertungen mit Teilnehmenden und Maßnahmen.</translation>
    </message>
    <message>
        <source>Are verification (outputs meet inputs) and validation (the result fits its intended use) carried out, and are problems found acted on? Show verification and validation reports and the follow-up of open issues.</source>
        <translation>Werden Verifizierung (Ergebnisse erfüllen die Eingaben) und Validierung (das Ergebnis eignet sich für den beabsichtigten Gebrauch) durchgeführt, und werden festgestellte Probleme bearbeitet? Zeigen Sie Verifizierungs- und Validierungsberichte und die Nachverfolgung offener Punkte.</translation>
    </message>
    <message>
        <source>Do design outputs meet the input requirements and suffice for later production, service provision and checking? Show drawings, specifications or service descriptions and their link to the inputs.</source>
        <translation>Erfüllen die Entwicklungsergebnisse die Eingabeanforderungen, und reichen sie für die spätere Produktion, Dienstleistungserbringung und Prüfung aus? Zeigen Sie Zeichnungen, Spezifikationen oder Leistungsbeschreibungen und deren Bezug zu den Eingaben.</translation>
    </message>
    <message>
        <source>Do the outputs include or refer to acceptance criteria and the characteristics essential for safe and proper use? Show the retained output records.</source>
        <translation>Enthalten die Ergebnisse Annahmekriterien und die für den sicheren und bestimmungsgemäßen Gebrauch wesentlichen Merkmale, oder verweisen sie darauf? Zeigen Sie die aufbewahrten Aufzeichnungen der Entwicklungsergebnisse.</translation>
    </message>
    <message>
        <source>Are changes made during or after design and development identified, reviewed and controlled so that they do not harm conformity? Show the change log for a sampled project.</source>
        <translation>Werden Änderungen während oder nach der Entwicklung erkannt, geprüft und gelenkt, sodass sie die Konformität nicht beeinträchtigen? Zeigen Sie das Änderungsprotokoll eines ausgewählten Projekts.</translation>
    </message>
    <message>
        <source>For a sampled change, are the review results, the authorisation and the actions taken to prevent adverse effects recorded? Show the change record.</source>
        <translation>Sind für eine ausgewählte Änderung die Prüfergebnisse, die Genehmigung und die Maßnahmen zur Vermeidung nachteiliger Auswirkungen aufgezeichnet? Zeigen Sie die Änderungsaufzeichnung.</translation>
    </message>
    <message>
        <source>Does the organisation know which products, services and processes are externally provided, including outsourced processes and direct deliveries to customers? Show the approved supplier list.</source>
        <translation>Weiß die Organisation, welche Produkte, Dienstleistungen und Prozesse extern bereitgestellt werden, einschließlich ausgegliederter Prozesse und Direktlieferungen an Kunden? Zeigen Sie die Liste der zugelassenen Lieferanten.</translation>
    </message>
    <message>
        <source>Are criteria for selecting, evaluating, monitoring and re-evaluating external providers defined and applied? Show evaluation records for sampled suppliers and the actions arising from them.</source>
        <translation>Sind Kriterien für Auswahl, Beurteilung, Leistungsüberwachung und Neubeurteilung externer Anbieter festgelegt, und werden sie angewendet? Zeigen Sie Beurteilungsaufzeichnungen für ausgewählte Lieferanten und die daraus abgeleiteten Maßnahmen.</translation>
    </message>
    <message>
        <source>How has the organisation decided the type and extent of control over each external provider and outsourced process, based on its impact on meeting requirements? Show where the controls are defined.</source>
        <translation>Wie hat die Organisation Art und Umfang der Steuerung für jeden externen Anbieter und jeden ausgegliederten Prozess festgelegt, ausgehend von deren Einfluss auf die Erfüllung der Anforderungen? Zeigen Sie, wo die Steuerungsmaßnahmen festgelegt sind.</translation>
    </message>
    <message>
        <source>Do outsourced processes stay under the control of the QMS, and is what is received verified against requirements? Show incoming inspection records, certificates of conformity or supplier audit reports.</source>
        <translation>Bleiben ausgegliederte Prozesse unter der Steuerung des QMS, und wird das Erhaltene gegen die Anforderungen verifiziert? Zeigen Sie Wareneingangsprüfungen, Konformitätsbescheinigungen oder Lieferantenauditberichte.</translation>
    </message>
    <message>
        <source>Are requirements checked for clarity and adequacy before they are passed to external providers? Show sampled purchase orders or contracts and how they were reviewed before issue.</source>
        <translation>Werden die Anforderungen auf Klarheit und Angemessenheit geprüft, bevor sie externen Anbietern mitgeteilt werden? Zeigen Sie ausgewählte Bestellungen oder Verträge und wie sie vor der Versendung geprüft wurden.</translation>
    </message>
    <message>
        <source>Do purchasing documents state what is to be supplied, the approvals and competence required, interactions, the controls and monitoring to be applied and any verification at the supplier&apos;s site? Check a sample.</source>
        <translation>Geben die Beschaffungsdokumente an, was zu liefern ist, welche Freigaben und Kompetenz gefordert sind, welche Wechselwirkungen bestehen, welche Steuerung und Überwachung angewendet werden und welche Verifizierungen beim Lieferanten geplant sind? Prüfen Sie eine Stichprobe.</translation>
    </message>
    <message>
        <source>Is the work carried out under controlled conditions: defined characteristics and results to achieve, suitable infrastructure and measuring equipment, competent people? Observe the work and show work instructions and job records.</source>
        <translation>Wird die Arbeit unter beherrschten Bedingungen durchgeführt: festgelegte Merkmale und zu erzielende Ergebnisse, geeignete Infrastruktur und Messmittel, kompetente Personen? Beobachten Sie die Arbeit und lassen Sie sich Arbeitsanweisungen und Auftragsaufzeichnungen zeigen.</translation>
    </message>
    <message>
        <source>Are checks made at the appropriate stages, and are processes whose output cannot be verified afterwards validated and periodically revalidated? Show inspection records and process validation reports.</source>
        <translation>Werden Prüfungen in den geeigneten Phasen durchgeführt, und werden Prozesse, deren Ergebnis nachträglich nicht verifiziert werden kann, validiert und regelmäßig erneut validiert? Zeigen Sie Prüfaufzeichnungen und Berichte zur Prozessvalidierung.</translation>
    </message>
    <message>
        <source>Which measures are in place to prevent human error, and how are release, delivery and after-delivery activities carried out? Show examples such as checklists, poka-yoke or second-person checks.</source>
        <translation>Welche Maßnahmen zur Vermeidung menschlicher Fehler sind umgesetzt, und wie werden Freigabe, Lieferung und Tätigkeiten nach der Lieferung durchgeführt? Zeigen Sie Beispiele wie Checklisten, Poka-Yoke oder Vier-Augen-Prüfungen.</translation>
    </message>
    <message>
        <source>How are outputs identified, and how is their inspection status shown throughout production and service provision? Check labels, tags, routing cards or the system status in the work area.</source>
        <translation>Wie werden Ergebnisse gekennzeichnet, und wie wird ihr Prüfstatus während der gesamten Produktion und Dienstleistungserbringung erkennbar gemacht? Prüfen Sie Etiketten, Anhänger, Laufkarten oder den Systemstatus im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Where traceability is required, is unique identification controlled and recorded? Trace a sampled item or job back to its materials, equipment and people, and forward to the customer.</source>
        <translation>Wird dort, wo Rückverfolgbarkeit gefordert ist, die eindeutige Kennzeichnung gelenkt und aufgezeichnet? Verfolgen Sie ein ausgewähltes Teil oder einen Auftrag rückwärts bis zu Material, Ausrüstung und Personen und vorwärts bis zum Kunden.</translation>
    </message>
    <message>
        <source>Which property of customers or external providers does the organisation hold or use (materials, tools, premises, data, intellectual property), and how is it identified, verified and protected? Show the register and the storage conditions.</source>
        <translation>Welches Eigentum von Kunden oder externen Anbietern verwahrt oder nutzt die Organisation (Material, Werkzeuge, Räumlichkeiten, Daten, geistiges Eigentum), und wie wird es gekennzeichnet, verifiziert und geschützt? Zeigen Sie das Verzeichnis und die Lagerbedingungen.</translation>
    </message>
    <message>
        <source>When such property was lost, damaged or found unsuitable, was the owner told and was this recorded? Show the records or the notification procedure.</source>
        <translation>Wurde der Eigentümer informiert und wurde dies aufgezeichnet, wenn solches Eigentum verloren ging, beschädigt wurde oder sich als ungeeignet erwies? Zeigen Sie die Aufzeichnungen oder das Meldeverfahren.</translation>
    </message>
    <message>
        <source>How are outputs kept conforming during production and delivery, e.g. by handling, packaging, storage, transport and protection from contamination or damage? Visit storage areas and show the instructions.</source>
        <translation>Wie wird die Konformität der Ergebnisse während Produktion und Lieferung erhalten, z. B. durch Handhabung, Verpackung, Lagerung, Transport und Schutz vor Verunreinigung oder Beschädigung? Besichtigen Sie Lagerbereiche und lassen Sie sich die Anweisungen zeigen.</translation>
    </message>
    <message>
        <source>Where relevant, are shelf life, storage conditions and stock rotation controlled? Show storage condition records, first-in-first-out evidence or damage reports.</source>
        <translation>Werden, soweit relevant, Haltbarkeit, Lagerbedingungen und Lagerumschlag gesteuert? Zeigen Sie Aufzeichnungen zu Lagerbedingungen, Nachweise zum FIFO-Prinzip oder Schadensberichte.</translation>
    </message>
    <message>
        <source>Which after-delivery obligations apply (warranty, maintenance, servicing, recycling, disposal), and how has their extent been determined? Show contracts, warranty terms and service records.</source>
        <translation>Welche Verpflichtungen nach der Lieferung bestehen (Gewährleistung, Wartung, Kundendienst, Recycling, Entsorgung), und wie wurde ihr Umfang bestimmt? Zeigen Sie Verträge, Gewährleistungsbedingungen und Serviceaufzeichnungen.</translation>
    </message>
    <message>
        <source>Were legal requirements, possible undesired consequences, product life, customer requirements and customer feedback considered? Show how warranty or field data feed back into the QMS.</source>
        <translation>Wurden gesetzliche Anforderungen, mögliche unerwünschte Folgen, die Lebensdauer des Produkts, Kundenanforderungen und Kundenrückmeldungen berücksichtigt? Zeigen Sie, wie Gewährleistungs- oder Felddaten in das QMS zurückfließen.</translation>
    </message>
    <message>
        <source>How are unplanned changes in production or service provision (e.g. a substitute material, machine or operator) reviewed and controlled to keep conformity? Show the records of a recent change.</source>
        <translation>Wie werden ungeplante Änderungen in der Produktion oder Dienstleistungserbringung (z. B. Ersatzmaterial, andere Maschine, anderes Personal) geprüft und gelenkt, damit die Konformität erhalten bleibt? Zeigen Sie die Aufzeichnungen zu einer kürzlich erfolgten Änderung.</translation>
    </message>
    <message>
        <source>Do the change records show the results of the review, who authorised the change and any actions needed? Check a sample.</source>
        <translation>Gehen aus den Änderungsaufzeichnungen die Ergebnisse der Prüfung, die Person, die die Änderung genehmigt hat, und etwaige erforderliche Maßnahmen hervor? Prüfen Sie eine Stichprobe.</translation>
    </message>
    <message>
        <source>Are planned checks in place at suitable stages to verify that requirements have been met before release? Show inspection and test plans and the results for sampled deliveries.</source>
        <translation>Sind in geeigneten Phasen geplante Prüfungen vorgesehen, um vor der Freigabe zu verifizieren, dass die Anforderungen erfüllt sind? Zeigen Sie Prüfpläne und die Ergebnisse für ausgewählte Lieferungen.</translation>
    </message>
    <message>
        <source>Do release records show evidence of conformity with the acceptance criteria and who authorised the release? Check sampled release records.</source>
        <translation>Enthalten die Freigabeaufzeichnungen Nachweise der Konformität mit den Annahmekriterien und die Angabe, wer die Freigabe genehmigt hat? Prüfen Sie ausgewählte Freigabeaufzeichnungen.</translation>
    </message>
    <message>
        <source>Was anything released before the planned checks were complete, and if so, was it approved by a relevant authority and, where applicable, by the customer? Show the approvals.</source>
        <translation>Wurde etwas vor Abschluss der geplanten Prüfungen freigegeben, und falls ja, wurde dies von einer zuständigen Stelle und gegebenenfalls vom Kunden genehmigt? Zeigen Sie die Genehmigungen.</translation>
    </message>
    <message>
        <source>How are nonconforming outputs identified and controlled to prevent their unintended use or delivery? Check quarantine areas, blocked stock or the hold status in the system.</source>
        <translation>Wie werden nichtkonforme Ergebnisse gekennzeichnet und gelenkt, um ihre unbeabsichtigte Verwendung oder Auslieferung zu verhindern? Prüfen Sie Sperrbereiche, gesperrte Bestände oder den Sperrstatus im System.</translation>
    </message>
    <message>
        <source>Is action taken according to the nature and effect of the nonconformity (correction, segregation, return, suspension, informing the customer, concession), also when found after delivery? Show sampled records.</source>
        <translation>Werden Maßnahmen entsprechend Art und Auswirkung der Nichtkonformität ergriffen (Korrektur, Aussonderung, Rücksendung, Aussetzen, Information des Kunden, Sonderfreigabe), auch wenn sie erst nach der Lieferung festgestellt wird? Zeigen Sie ausgewählte Aufzeichnungen.</translation>
    </message>
    <message>
        <source>After a nonconforming output has been corrected, is its conformity verified again? Show the re-inspection records.</source>
        <translation>Wird nach der Korrektur eines nichtkonformen Ergebnisses dessen Konformität erneut verifiziert? Zeigen Sie die Aufzeichnungen der erneuten Prüfung.</translation>
    </message>
    <message>
        <source>Do nonconformity records describe the nonconformity, the actions taken and any concessions obtained? Check a sample of recent records.</source>
        <translation>Beschreiben die Aufzeichnungen zu Nichtkonformitäten die Nichtkonformität, die ergriffenen Maßnahmen und etwaige erteilte Sonderfreigaben? Prüfen Sie eine Stichprobe aktueller Aufzeichnungen.</translation>
    </message>
    <message>
        <source>Do the records identify who decided on the action taken for each nonconformity? Show the decision and the authority behind it.</source>
        <translation>Geht aus den Aufzeichnungen hervor, wer über die Maßnahme zu jeder Nichtkonformität entschieden hat? Zeigen Sie die Entscheidung und die Befugnis, auf der sie beruht.</translation>
    </message>
    <message>
        <source>Has the organisation determined what to monitor and measure, the methods to use, and when results are analysed and evaluated? Show the monitoring plan or list of indicators.</source>
        <translation>Hat die Organisation bestimmt, was überwacht und gemessen wird, welche Methoden angewendet werden und wann die Ergebnisse analysiert und bewertet werden? Zeigen Sie den Überwachungsplan oder die Kennzahlenliste.</translation>
    </message>
    <message>
        <source>Do the methods give valid results, is the performance and effectiveness of the QMS evaluated, and are the results retained? Show recent monitoring results and evaluation records.</source>
        <translation>Liefern die Methoden gültige Ergebnisse, werden Leistung und Wirksamkeit des QMS bewertet, und werden die Ergebnisse aufbewahrt? Zeigen Sie aktuelle Überwachungsergebnisse und Bewertungsaufzeichnungen.</translation>
    </message>
    <message>
        <source>How does the organisation monitor how customers perceive the degree to which their needs and expectations are met? Show surveys, feedback, complaint trends, repeat orders or market share data.</source>
        <translation>Wie überwacht die Organisation, wie Kunden den Grad der Erfüllung ihrer Erfordernisse und Erwartungen wahrnehmen? Zeigen Sie Umfragen, Rückmeldungen, Reklamationstrends, Folgeaufträge oder Marktanteilsdaten.</translation>
    </message>
    <message>
        <source>Are methods for obtaining, monitoring and reviewing this information defined, and are the results acted on? Show the latest analysis and the actions it led to.</source>
        <translation>Sind Methoden zum Einholen, Überwachen und Überprüfen dieser Informationen festgelegt, und werden aus den Ergebnissen Maßnahmen abgeleitet? Zeigen Sie die neueste Auswertung und die daraus folgenden Maßnahmen.</translation>
    </message>
    <message>
        <source>Are monitoring and measurement data analysed to evaluate conformity, customer satisfaction, QMS performance and effectiveness, and whether planning was implemented effectively? Show the analysis reports.</source>
        <translation>Werden Daten aus Überwachung und Messung analysiert, um Konformität, Kundenzufriedenheit, Leistung und Wirksamkeit des QMS sowie die wirksame Umsetzung der Planung zu bewerten? Zeigen Sie die Analyseberichte.</translation>
    </message>
    <message>
        <source>Does the analysis also cover the effectiveness of actions on risks and opportunities, the performance of external providers and the need for improvement? Show how conclusions are drawn and used.</source>
        <translation>Umfasst die Analyse auch die Wirksamkeit der Maßnahmen zu Risiken und Chancen, die Leistung externer Anbieter und den Verbesserungsbedarf? Zeigen Sie, wie Schlussfolgerungen gezogen und genutzt werden.</translation>
    </message>
    <message>
        <source>Are internal audits carried out at planned intervals, covering all QMS processes and clauses within the audit cycle? Show the audit schedule and the audits completed against it.</source>
        <translation>Werden interne Audits in geplanten Abständen durchgeführt, und decken sie innerhalb des Auditzyklus alle Prozesse und Abschnitte des QMS ab? Zeigen Sie den Auditplan und die danach durchgeführten Audits.</translation>
    </message>
    <message>
        <source>Do the audits establish whether the QMS meets the organisation&apos;s own requirements and those of ISO 9001, and whether it is effectively implemented and maintained? Show audit reports with their conclusions.</source>
        <translation>Stellen die Audits fest, ob das QMS die eigenen Anforderungen der Organisation und die der ISO 9001 erfüllt und ob es wirksam verwirklicht und aufrechterhalten wird? Zeigen Sie Auditberichte mit ihren Schlussfolgerungen.</translation>
    </message>
    <message>
        <source>Does the audit programme set frequency, methods, responsibilities, planning and reporting, taking account of process importance, changes and previous audit results? Show the programme and how it was adjusted.</source>
        <translation>Legt das Auditprogramm Häufigkeit, Methoden, Verantwortlichkeiten, Planung und Berichterstattung fest, unter Berücksichtigung der Bedeutung der Prozesse, von Änderungen und der Ergebnisse früherer Audits? Zeigen Sie das Programm und wie es angepasst wurde.</translation>
    </message>
    <message>
        <source>Are criteria and scope defined for each audit, and are auditors chosen so that audits are objective and impartial (no auditing of their own work)? Show audit plans and auditor qualifications.</source>
        <translation>Sind für jedes Audit Kriterien und Umfang festgelegt, und werden die Auditoren so ausgewählt, dass die Audits objektiv und unparteiisch sind (keine Auditierung der eigenen Arbeit)? Zeigen Sie Auditpläne und Auditorenqualifikationen.</translation>
    </message>
    <message>
        <source>Are results reported to the relevant managers, and are corrections and corrective actions taken without undue delay? Show audit reports, their distribution and the follow-up of findings.</source>
        <translation>Werden die Ergebnisse an die zuständigen Führungskräfte berichtet, und werden Korrekturen und Korrekturmaßnahmen ohne ungerechtfertigte Verzögerung ergriffen? Zeigen Sie Auditberichte, ihre Verteilung und die Nachverfolgung der Feststellungen.</translation>
    </message>
    <message>
        <source>Does top management review the QMS at planned intervals to confirm it is still suitable, adequate, effective and aligned with the strategic direction? Show the review schedule and the last minutes.</source>
        <translation>Bewertet die oberste Leitung das QMS in geplanten Abständen, um sicherzustellen, dass es weiterhin geeignet, angemessen und wirksam ist und mit der strategischen Ausrichtung im Einklang steht? Zeigen Sie den Terminplan und das letzte Protokoll.</translation>
    </message>
    <message>
        <source>Who took part in the reviews, and is top management actually involved? Show the attendance records.</source>
        <translation>Wer hat an den Bewertungen teilgenommen, und ist die oberste Leitung tatsächlich beteiligt? Zeigen Sie die Teilnehmerlisten.</translation>
    </message>
    <message>
        <source>Did the last management review consider the status of actions from earlier reviews and changes in internal and external issues relevant to the QMS? Show the review inputs.</source>
        <translation>Wurden in der letzten Managementbewertung der Stand der Maßnahmen aus früheren Bewertungen und Änderungen bei internen und externen, für das QMS relevanten Themen berücksichtigt? Zeigen Sie die Eingaben der Bewertung.</translation>
    </message>
    <message>
        <source>Did it cover performance data: customer satisfaction and feedback, objectives, process performance, nonconformities and corrective actions, monitoring results, audit results and external providers? Show the data presented.</source>
        <translation>Umfasste sie Leistungsdaten: Kundenzufriedenheit und Rückmeldungen, Ziele, Prozessleistung, Nichtkonformitäten und Korrekturmaßnahmen, Überwachungsergebnisse, Auditergebnisse und externe Anbieter? Zeigen Sie die vorgelegten Daten.</translation>
    </message>
    <message>
        <source>Were the adequacy of resources, the effectiveness of actions on risks and opportunities, and opportunities for improvement reviewed? Which records show this?</source>
        <translation>Wurden die Angemessenheit der Ressourcen, die Wirksamkeit der Maßnahmen zu Risiken und Chancen sowie Verbesserungsmöglichkeiten bewertet? Welche Aufzeichnungen belegen dies?</translation>
    </message>
    <message>
        <source>Do the review outputs include decisions and actions on improvement opportunities, needed changes to the QMS and resource needs? Show the minutes or action list of the last review.</source>
        <translation>Enthalten die Ergebnisse der Bewertung Entscheidungen und Maßnahmen zu Verbesserungsmöglichkeiten, zu notwendigen Änderungen am QMS und zum Ressourcenbedarf? Zeigen Sie das Protokoll oder die Maßnahmenliste der letzten Bewertung.</translation>
    </message>
    <message>
        <source>Is the management review retained as documented information, and are its actions followed up to completion? Show the status of the actions.</source>
        <translation>Wird die Managementbewertung als dokumentierte Information aufbewahrt, und werden ihre Maßnahmen bis zum Abschluss nachverfolgt? Zeigen Sie den Stand der Maßnahmen.</translation>
    </message>
    <message>
        <source>How does the organisation identify and select opportunities to improve products, services, processes and QMS results? Show the improvement register, suggestion scheme or project list.</source>
        <translation>Wie ermittelt und wählt die Organisation Möglichkeiten zur Verbesserung von Produkten, Dienstleistungen, Prozessen und Ergebnissen des QMS aus? Zeigen Sie das Verbesserungsregister, das Vorschlagswesen oder die Projektliste.</translation>
    </message>
    <message>
        <source>Which improvements were made to meet customer requirements, raise customer satisfaction, or correct, prevent or reduce undesired effects? Show evidence of the results achieved.</source>
        <translation>Welche Verbesserungen wurden umgesetzt, um Kundenanforderungen zu erfüllen, die Kundenzufriedenheit zu erhöhen oder unerwünschte Auswirkungen zu korrigieren, zu verhindern oder zu verringern? Zeigen Sie Nachweise der erzielten Ergebnisse.</translation>
    </message>
    <message>
        <source>When a nonconformity occurs, including one raised by a complaint, how does the organisation react to control and correct it and deal with the consequences? Show sampled nonconformity and complaint records.</source>
        <translation>Wie reagiert die Organisation, wenn eine Nichtkonformität auftritt, auch aus einer Reklamation, um sie unter Kontrolle zu bringen, sie zu korrigieren und mit den Folgen umzugehen? Zeigen Sie ausgewählte Aufzeichnungen zu Nichtkonformitäten und Reklamationen.</translation>
    </message>
    <message>
        <source>Is the need to remove causes evaluated by reviewing the nonconformity, finding its root cause and checking whether similar cases exist or could occur? Show root cause analyses (e.g. 5 Whys, Ishikawa, 8D).</source>
        <translation>Wird die Notwendigkeit, Ursachen zu beseitigen, bewertet, indem die Nichtkonformität überprüft, ihre Grundursache ermittelt und geprüft wird, ob ähnliche Fälle bestehen oder auftreten könnten? Zeigen Sie Ursachenanalysen (z. B. 5 Why, Ishikawa, 8D).</translation>
    </message>
    <message>
        <source>Are corrective actions proportionate to the effects, implemented and checked for effectiveness, with risks, opportunities and the QMS updated where needed? Show effectiveness checks for closed actions.</source>
        <translation>Sind die Korrekturmaßnahmen den Auswirkungen angemessen, umgesetzt und auf Wirksamkeit geprüft, und wurden Risiken, Chancen und das QMS bei Bedarf aktualisiert? Zeigen Sie Wirksamkeitsprüfungen für abgeschlossene Maßnahmen.</translation>
    </message>
    <message>
        <source>Are records kept of the nature of each nonconformity and the actions taken afterwards? Check a sample from the nonconformity and corrective action log.</source>
        <translation>Werden Aufzeichnungen über die Art jeder Nichtkonformität und die anschließend ergriffenen Maßnahmen aufbewahrt? Prüfen Sie eine Stichprobe aus dem Register der Nichtkonformitäten und Korrekturmaßnahmen.</translation>
    </message>
    <message>
        <source>Do the records show the result of each corrective action, including whether it was effective? Show closed actions with their verification.</source>
        <translation>Zeigen die Aufzeichnungen das Ergebnis jeder Korrekturmaßnahme, einschließlich der Angabe, ob sie wirksam war? Zeigen Sie abgeschlossene Maßnahmen mit ihrer Verifizierung.</translation>
    </message>
    <message>
        <source>How does the organisation continually improve the suitability, adequacy and effectiveness of the QMS? Show trends in key indicators over several periods.</source>
        <translation>Wie verbessert die Organisation fortlaufend die Eignung, Angemessenheit und Wirksamkeit des QMS? Zeigen Sie die Entwicklung wesentlicher Kennzahlen über mehrere Perioden.</translation>
    </message>
    <message>
        <source>Are the results of analysis and evaluation and the outputs of management review used to find needs or opportunities for improvement? Show how they led to improvement actions.</source>
        <translation>Werden die Ergebnisse der Analyse und Bewertung sowie die Ergebnisse der Managementbewertung genutzt, um Erfordernisse oder Chancen für Verbesserung zu ermitteln? Zeigen Sie, wie daraus Verbesserungsmaßnahmen entstanden sind.</translation>
    </message>
</context>
<context>
    <name>qms::AuditTrail</name>
    <message>
        <source>Writing the audit trail</source>
        <translation>Prüfpfad schreiben</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Prüfpfad lesen</translation>
    </message>
    <message>
        <source>Counting audit entries</source>
        <translation>Prüfpfadeinträge zählen</translation>
    </message>
    <message>
        <source>Reading the audit trail head</source>
        <translation>Kopf des Prüfpfads lesen</translation>
    </message>
    <message>
        <source>Reading the audit trail users</source>
        <translation>Benutzer des Prüfpfads lesen</translation>
    </message>
    <message>
        <source>No SQLite handle for verification</source>
        <translation>Kein SQLite-Handle für die Prüfung</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>Der Prüfpfad kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>audit entries %1 to %2 are missing (deleted)</source>
        <translation>Prüfpfadeinträge %1 bis %2 fehlen (gelöscht)</translation>
    </message>
    <message>
        <source>audit entry %1 is out of order</source>
        <translation>Prüfpfadeintrag %1 steht außer der Reihe</translation>
    </message>
    <message>
        <source>audit entry %1 (%2) does not follow the entry before it: rows were removed, inserted or reordered</source>
        <translation>Prüfpfadeintrag %1 (%2) schließt nicht an den vorherigen Eintrag an: Zeilen wurden entfernt, eingefügt oder umsortiert</translation>
    </message>
    <message>
        <source>audit entry %1 (%2, field %3) was altered after it was written</source>
        <translation>Prüfpfadeintrag %1 (%2, Feld %3) wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>Verification cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>the audit trail could not be read to the end: %1</source>
        <translation>der Prüfpfad konnte nicht bis zum Ende gelesen werden: %1</translation>
    </message>
    <message>
        <source>the audit trail ends at entry %1, but entry %2 was recorded as the last one: entries were cut off the end</source>
        <translation>der Prüfpfad endet bei Eintrag %1, als letzter wurde aber Eintrag %2 vermerkt: Einträge wurden am Ende abgeschnitten</translation>
    </message>
    <message>
        <source>%1 is not in the audit trail: it was added behind the application&apos;s back</source>
        <translation>%1 fehlt im Prüfpfad: der Datensatz wurde an der Anwendung vorbei hinzugefügt</translation>
    </message>
    <message>
        <source>%1 field %2 holds &quot;%3&quot; but the audit trail last recorded &quot;%4&quot;: it was changed behind the application&apos;s back</source>
        <translation>%1 Feld %2 enthält „%3“, der Prüfpfad hat zuletzt aber „%4“ vermerkt: es wurde an der Anwendung vorbei geändert</translation>
    </message>
    <message>
        <source>%1 is in the audit trail but missing from the database: it was deleted</source>
        <translation>%1 steht im Prüfpfad, fehlt aber in der Datenbank: der Datensatz wurde gelöscht</translation>
    </message>
    <message>
        <source>verified %1 audit entries and %2 records; chain head %3</source>
        <translation>%1 Prüfpfadeinträge und %2 Datensätze geprüft; Kettenkopf %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 problem(s) found in %2 audit entries</source>
        <translation>%1 Problem(e) in %2 Prüfpfadeinträgen gefunden</translation>
    </message>
    <message>
        <source>The audit trail cannot be replayed: %1</source>
        <translation>Der Prüfpfad kann nicht abgeglichen werden: %1</translation>
    </message>
    <message>
        <source>Audit entry %1 cannot be read: %2</source>
        <translation>Prüfpfadeintrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The audit trail could not be replayed to the end: %1</source>
        <translation>Der Prüfpfad konnte nicht bis zum Ende abgeglichen werden: %1</translation>
    </message>
    <message>
        <source>Records reached the verification out of order (%1 after %2)</source>
        <translation>Datensätze kamen in falscher Reihenfolge zur Prüfung (%1 nach %2)</translation>
    </message>
    <message>
        <source>the audit trail&apos;s index holds %1 entries but the trail %2: the file was edited below SQLite</source>
        <translation>der Index des Prüfpfads enthält %1 Einträge, der Prüfpfad selbst aber %2: die Datei wurde an SQLite vorbei bearbeitet</translation>
    </message>
    <message>
        <source>SQLite could not check the file: %1</source>
        <translation>SQLite konnte die Datei nicht prüfen: %1</translation>
    </message>
</context>
<context>
    <name>qms::AutoBackup</name>
    <message>
        <source>The backup %1 was written but cannot be opened: %2</source>
        <translation>Die Sicherung %1 wurde geschrieben, kann aber nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 fails SQLite&apos;s integrity check: %2</source>
        <translation>Die Sicherung %1 besteht die Integritätsprüfung von SQLite nicht: %2</translation>
    </message>
    <message>
        <source>Comparing the backup with %1</source>
        <translation>Sicherung mit %1 vergleichen</translation>
    </message>
    <message>
        <source>The backup %1 does not match the database: its audit trail entry %2 differs</source>
        <translation>Die Sicherung %1 stimmt nicht mit der Datenbank überein: ihr Prüfpfadeintrag %2 weicht ab</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: something else has that name.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: unter diesem Namen existiert bereits etwas anderes.</translation>
    </message>
    <message>
        <source>The backup %1 was written, but the old backup %2 could not be deleted.</source>
        <translation>Die Sicherung %1 wurde geschrieben, die alte Sicherung %2 konnte aber nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>qms::BackupRestore</name>
    <message>
        <source>... and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Only a quality manager can restore a backup over %1.</source>
        <translation>Nur ein Qualitätsmanager kann %1 aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Preparing %1 for the restore</source>
        <translation>%1 für die Wiederherstellung vorbereiten</translation>
    </message>
    <message>
        <source>%1 is open in another window or program; close it there and restore again.</source>
        <translation>%1 ist in einem anderen Fenster oder Programm geöffnet; schließen Sie die Datei dort und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>No such backup file: %1</source>
        <translation>Sicherungsdatei nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>No such database: %1</source>
        <translation>Datenbank nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Eine Datenbank kann nicht aus sich selbst wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1 exists already; try again in a second.</source>
        <translation>%1 existiert bereits; versuchen Sie es in einer Sekunde erneut.</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2 (is the disk full?)</source>
        <translation>%1 kann nicht neben %2 kopiert werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Die Sicherung %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not verify, so nothing was restored:
%2</source>
        <translation>Die Sicherung %1 besteht die Prüfung nicht, daher wurde nichts wiederhergestellt:
%2</translation>
    </message>
    <message>
        <source>The checked copy of %1 could not be closed cleanly.</source>
        <translation>Die geprüfte Kopie von %1 konnte nicht sauber geschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2; nothing was restored.</source>
        <translation>%1 kann nicht in %2 umbenannt werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot move the restored copy into place; %1 is unchanged.</source>
        <translation>Die wiederhergestellte Kopie kann nicht an ihren Platz verschoben werden; %1 ist unverändert.</translation>
    </message>
    <message>
        <source>The restore could not be recorded in the audit trail: %1</source>
        <translation>Die Wiederherstellung konnte nicht im Prüfpfad vermerkt werden: %1</translation>
    </message>
    <message>
        <source>restored from backup; the replaced file is kept as %1</source>
        <translation>aus Sicherung wiederhergestellt; die ersetzte Datei wird als %1 aufbewahrt</translation>
    </message>
</context>
<context>
    <name>qms::ClauseRepository</name>
    <message>
        <source>Reading clause applicability</source>
        <translation>Anwendbarkeit der Abschnitte lesen</translation>
    </message>
    <message>
        <source>%1 does not apply: %2</source>
        <translation>%1 ist nicht anwendbar: %2</translation>
    </message>
    <message>
        <source>%1 is not a clause of %2</source>
        <translation>%1 ist kein Abschnitt der %2</translation>
    </message>
    <message>
        <source>Say why clause %1 does not apply (ISO 9001 4.3 asks for a justification)</source>
        <translation>Begründen Sie, warum Abschnitt %1 nicht anwendbar ist (ISO 9001 4.3 verlangt eine Begründung)</translation>
    </message>
    <message>
        <source>Saving clause applicability</source>
        <translation>Anwendbarkeit der Abschnitte speichern</translation>
    </message>
    <message>
        <source>Counting clause evidence</source>
        <translation>Nachweise je Abschnitt zählen</translation>
    </message>
    <message>
        <source>Reading clause evidence</source>
        <translation>Nachweise je Abschnitt lesen</translation>
    </message>
    <message>
        <source>Reading records of clause %1</source>
        <translation>Datensätze zu Abschnitt %1 lesen</translation>
    </message>
</context>
<context>
    <name>qms::Codec</name>
    <message>
        <source>KPI %1 must read &quot;name | target | unit&quot;, got &quot;%2&quot;</source>
        <translation>Kennzahl %1 muss „Name | Ziel | Einheit“ lauten, erhalten: „%2“</translation>
    </message>
    <message>
        <source>a value is required (one of: %1)</source>
        <translation>ein Wert ist erforderlich (einer von: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner von: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>„%1“ ist kein Zeitpunkt (JJJJ-MM-TTThh:mm:ssZ verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id like %3</source>
        <translation>„%1“ ist keine Kennung der Art %2 wie %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause number like 8.7</source>
        <translation>„%1“ ist keine Abschnittsnummer wie 8.7</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of months between 1 and 120</source>
        <translation>„%1“ ist keine Monatszahl zwischen 1 und 120</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is not a record id such as DOC-0004</source>
        <translation>Eintrag %1: „%2“ ist keine Datensatz-ID wie DOC-0004</translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is not one of %3</source>
        <translation>Eintrag %1: „%2“ ist keiner von %3</translation>
    </message>
    <message>
        <source>only one %1 can be named</source>
        <translation>nur ein Datensatz (%1) kann genannt werden</translation>
    </message>
    <message>
        <source>row %1 has %2 cells; this table has %3</source>
        <translation>Zeile %1 hat %2 Zellen; diese Tabelle hat %3</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause number such as 8.5.1</source>
        <translation>„%1“ ist keine Abschnittsnummer wie 8.5.1</translation>
    </message>
</context>
<context>
    <name>qms::ColumnMapping</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not COLUMN=FIELD</source>
        <translation>„%1“ hat nicht die Form COLUMN=FIELD</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;; its columns are: %2</source>
        <translation>die Datei hat keine Spalte „%1“; ihre Spalten sind: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2; the fields are: %3</source>
        <translation>„%1“ ist kein Feld von %2; die Felder sind: %3</translation>
    </message>
    <message>
        <source>The column mapping has problems:</source>
        <translation>Die Spaltenzuordnung hat Probleme:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; (%2) is fed by columns %3 and %4; choose one</source>
        <translation>das Feld „%1“ (%2) wird von den Spalten %3 und %4 befüllt; wählen Sie eine aus</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; (%2) is not mapped to any column</source>
        <translation>das Pflichtfeld „%1“ (%2) ist keiner Spalte zugeordnet</translation>
    </message>
    <message>
        <source>The column mapping is for %1 columns, the file has %2.</source>
        <translation>Die Spaltenzuordnung gilt für %1 Spalten, die Datei hat %2.</translation>
    </message>
    <message>
        <source>The columns of the file do not fit %1:</source>
        <translation>Die Spalten der Datei passen nicht zu %1:</translation>
    </message>
</context>
<context>
    <name>qms::Coverage</name>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Stale evidence</source>
        <translation>Veraltete Nachweise</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Feststellungen</translation>
    </message>
    <message>
        <source>Other linked records</source>
        <translation>Weitere verknüpfte Datensätze</translation>
    </message>
    <message>
        <source>Withdrawn records</source>
        <translation>Zurückgezogene Datensätze</translation>
    </message>
    <message>
        <source>Covered, open findings</source>
        <translation>Abgedeckt, offene Feststellungen</translation>
    </message>
    <message>
        <source>Evidence stale</source>
        <translation>Nachweis veraltet</translation>
    </message>
    <message>
        <source>A clause is covered when a record linked to it or to a subclause gives evidence: %1. Evidence past its review date is stale. Open %2 are findings: they are shown beside the status and never count as evidence. The percentage counts the lowest-level clauses: the covered ones out of all applicable ones.</source>
        <translation>Ein Abschnitt ist abgedeckt, wenn ein mit ihm oder einem Unterabschnitt verknüpfter Datensatz ihn belegt: %1. Ein Nachweis nach seinem Prüftermin ist veraltet. Offene %2 sind Feststellungen: Sie stehen neben dem Status und zählen nie als Nachweis. Der Prozentsatz zählt die Abschnitte der untersten Ebene: die abgedeckten von allen anwendbaren.</translation>
    </message>
    <message>
        <source>1 open finding</source>
        <translation>1 offene Feststellung</translation>
    </message>
    <message>
        <source>%1 open findings</source>
        <translation>%1 offene Feststellungen</translation>
    </message>
    <message>
        <source>%1, worst: %2</source>
        <translation>%1, schwerste: %2</translation>
    </message>
    <message>
        <source>%1 of %2 applicable clauses covered</source>
        <translation>%1 von %2 anwendbaren Abschnitten abgedeckt</translation>
    </message>
    <message>
        <source>(%1 with open findings)</source>
        <translation>(%1 mit offenen Feststellungen)</translation>
    </message>
    <message>
        <source>%1 with stale evidence</source>
        <translation>%1 mit veralteten Nachweisen</translation>
    </message>
    <message>
        <source>1 gap</source>
        <translation>1 Lücke</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 Lücken</translation>
    </message>
    <message>
        <source>%1 not applicable</source>
        <translation>%1 nicht anwendbar</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Not audited, none planned</source>
        <translation>Nicht auditiert, keines geplant</translation>
    </message>
    <message>
        <source>%1 of %2 applicable clauses audited within the cycle</source>
        <translation>%1 von %2 zutreffenden Abschnitten innerhalb des Zyklus auditiert</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 never audited and not planned</source>
        <translation>%1 nie auditiert und nicht geplant</translation>
    </message>
    <message>
        <source>Audit programme (%1-month cycle): %2</source>
        <translation>Auditprogramm (Zyklus %1 Monate): %2</translation>
    </message>
    <message>
        <source>Within the cycle</source>
        <translation>Innerhalb des Zyklus</translation>
    </message>
    <message>
        <source>Overdue: the cycle has passed, none planned</source>
        <translation>Überfällig: der Zyklus ist abgelaufen, keines geplant</translation>
    </message>
</context>
<context>
    <name>qms::DashboardQuery</name>
    <message>
        <source>Counting open nonconformities</source>
        <translation>Offene Nichtkonformitäten zählen</translation>
    </message>
    <message>
        <source>Counting nonconformities per month</source>
        <translation>Nichtkonformitäten pro Monat zählen</translation>
    </message>
    <message>
        <source>Counting closed nonconformities per month</source>
        <translation>Abgeschlossene Nichtkonformitäten pro Monat zählen</translation>
    </message>
    <message>
        <source>Counting nonconformities per source</source>
        <translation>Nichtkonformitäten pro Quelle zählen</translation>
    </message>
    <message>
        <source>Computing the corrective action on-time rate</source>
        <translation>Termintreue der Korrekturmaßnahmen berechnen</translation>
    </message>
    <message>
        <source>The dashboard computation was cancelled.</source>
        <translation>Die Berechnung der Übersicht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Counting due and overdue records (%1, %2)</source>
        <translation>Fällige und überfällige Datensätze werden gezählt (%1, %2)</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>%1 zählen</translation>
    </message>
</context>
<context>
    <name>qms::Database</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1 exists already; a new QMS database needs a new file name.</source>
        <translation>%1 existiert bereits; eine neue QMS-Datenbank braucht einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is left over from an earlier database of that name; move it away or choose another file name.</source>
        <translation>%1 ist von einer früheren Datenbank dieses Namens übrig; verschieben Sie die Datei oder wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Datei nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is on read-only media or lacks write permission. Open it for review (read-only) instead.</source>
        <translation>%1 liegt auf einem schreibgeschützten Medium oder hat keine Schreibberechtigung. Öffnen Sie die Datei stattdessen zur Prüfung (nur lesend).</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a QMS Desk database.</source>
        <translation>%1 ist eine leere Datei, keine QMS-Desk-Datenbank.</translation>
    </message>
    <message>
        <source>%1 uses schema %2 of an older QMS Desk. Open it once read-write to upgrade it, then review it.</source>
        <translation>%1 verwendet Schema %2 einer älteren QMS-Desk-Version. Öffnen Sie die Datei einmal mit Schreibzugriff, um sie zu aktualisieren, und prüfen Sie sie dann.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a QMS Desk database: it is not an SQLite file at all. The file was not changed.</source>
        <translation>%1 ist keine QMS-Desk-Datenbank: es ist überhaupt keine SQLite-Datei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds only %2 bytes, less than an SQLite header. Restore it from a backup. The file was not changed.</source>
        <translation>%1 ist abgeschnitten: die Datei enthält nur %2 Bytes, weniger als ein SQLite-Kopf. Stellen Sie sie aus einer Sicherung wieder her. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a QMS Desk database. The file was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine QMS-Desk-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program (application id 0x%2), not a QMS Desk database. The file was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms (Anwendungskennung 0x%2), keine QMS-Desk-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer QMS Desk (schema %2; this version reads up to schema %3). Update QMS Desk to open it. The file was not changed.</source>
        <translation>%1 wurde von einer neueren QMS-Desk-Version geschrieben (Schema %2; diese Version liest bis Schema %3). Aktualisieren Sie QMS Desk, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 bytes but its header describes %3. Restore it from a backup. The file was not changed.</source>
        <translation>%1 ist abgeschnitten: die Datei enthält %2 Bytes, ihr Kopf beschreibt aber %3. Stellen Sie sie aus einer Sicherung wieder her. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>%1 is not a QMS Desk database: it is not an SQLite file at all (%2). The file was not changed.</source>
        <translation>%1 ist keine QMS-Desk-Datenbank: es ist überhaupt keine SQLite-Datei (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup. The file was not changed.</source>
        <translation>%1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung wieder her. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Reading the schema version of %1</source>
        <translation>Schemaversion von %1 lesen</translation>
    </message>
    <message>
        <source>Preparing %1 (%2)</source>
        <translation>%1 vorbereiten (%2)</translation>
    </message>
    <message>
        <source>%1 is open for review (read-only); nothing can be changed.</source>
        <translation>%1 ist zur Prüfung geöffnet (nur lesend); nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation>Änderung beginnen</translation>
    </message>
    <message>
        <source>Unexpected failure: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Änderung speichern</translation>
    </message>
    <message>
        <source>Checking the integrity of %1</source>
        <translation>Integrität von %1 prüfen</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Namen für die Sicherung.</translation>
    </message>
    <message>
        <source>Cannot write the backup: the folder %1 does not exist.</source>
        <translation>Die Sicherung kann nicht geschrieben werden: der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation>Sicherung %1 schreiben</translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation>Einstellung %1 speichern</translation>
    </message>
    <message>
        <source>%1 was deleted, moved or replaced while it was open. Nothing was saved; keep your edit and save it to another file, or reopen the database.</source>
        <translation>%1 wurde gelöscht, verschoben oder ersetzt, während die Datei geöffnet war. Nichts wurde gespeichert; behalten Sie Ihre Bearbeitung und speichern Sie sie in einer anderen Datei, oder öffnen Sie die Datenbank erneut.</translation>
    </message>
    <message>
        <source>%1: the database is busy; another program kept it locked for too long (%2). Try again.</source>
        <translation>%1: die Datenbank ist belegt; ein anderes Programm hat sie zu lange gesperrt (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the database file is read-only (%2).</source>
        <translation>%1: die Datenbankdatei ist schreibgeschützt (%2).</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2). Nothing was saved; free some space and try again.</source>
        <translation>%1: der Datenträger ist voll (%2). Nichts wurde gespeichert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the file could not be read or written (%2).</source>
        <translation>%1: die Datei konnte nicht gelesen oder geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: die Datenbankdatei ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>%1: this is not a database file (%2).</source>
        <translation>%1: dies ist keine Datenbankdatei (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Opening %1 for review</source>
        <translation>%1 zur Prüfung öffnen</translation>
    </message>
</context>
<context>
    <name>qms::DemoData</name>
    <message>
        <source>Demo data, %1: %2</source>
        <translation>Demodaten, %1: %2</translation>
    </message>
    <message>
        <source>Demo data is generated by a quality manager; %1 is not one.</source>
        <translation>Demodaten erzeugt ein Qualitätsmanager; %1 ist keiner.</translation>
    </message>
    <message>
        <source>Demo data goes into a fresh database; %1 already holds records.</source>
        <translation>Demodaten gehören in eine neue Datenbank; %1 enthält bereits Datensätze.</translation>
    </message>
    <message>
        <source>The number of demo nonconformities cannot be negative.</source>
        <translation>Die Anzahl der Demo-Nichtkonformitäten kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Demo data generation cancelled</source>
        <translation>Erzeugung der Demodaten abgebrochen</translation>
    </message>
    <message>
        <source>nonconformity %1</source>
        <translation>Nichtkonformität %1</translation>
    </message>
    <message>
        <source>action for %1</source>
        <translation>Maßnahme zu %1</translation>
    </message>
</context>
<context>
    <name>qms::Enum</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Quality manager</source>
        <translation>Qualitätsmanager</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Prozesseigner</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politik</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahrensanweisung</translation>
    </message>
    <message>
        <source>Work instruction</source>
        <translation>Arbeitsanweisung</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formblatt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Internes Audit</translation>
    </message>
    <message>
        <source>External audit</source>
        <translation>Externes Audit</translation>
    </message>
    <message>
        <source>Customer complaint</source>
        <translation>Kundenreklamation</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Process monitoring</source>
        <translation>Prozessüberwachung</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Managementbewertung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Root cause identified</source>
        <translation>Ursache ermittelt</translation>
    </message>
    <message>
        <source>Action planned</source>
        <translation>Maßnahme geplant</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>In Verifizierung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>5 whys</source>
        <translation>5 Why</translation>
    </message>
    <message>
        <source>Fishbone (Ishikawa)</source>
        <translation>Fischgräte (Ishikawa)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Verschrottung</translation>
    </message>
    <message>
        <source>Use as is</source>
        <translation>Sonderfreigabe (Verwendung wie vorliegend)</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>Rücksendung an Lieferant</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Corrective</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Preventive / risk</source>
        <translation>Vorbeugend / Risiko</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>Wirksam (verifiziert)</translation>
    </message>
    <message>
        <source>Verified ineffective</source>
        <translation>Unwirksam (verifiziert)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>How labels read inside a sentence: &apos;lower&apos; to lower-case them, &apos;keep&apos; to keep them</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>QMS or process</source>
        <translation>QMS oder Prozess</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Produkt oder Dienstleistung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Maßnahme nötig</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Keine Maßnahme nötig</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Änderungsantrag</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>Process audit</source>
        <translation>Prozessaudit</translation>
    </message>
    <message>
        <source>System audit</source>
        <translation>Systemaudit</translation>
    </message>
    <message>
        <source>Product audit</source>
        <translation>Produktaudit</translation>
    </message>
    <message>
        <source>Supplier audit</source>
        <translation>Lieferantenaudit</translation>
    </message>
    <message>
        <source>Follow-up audit</source>
        <translation>Nachaudit</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Berichtet</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Major NC</source>
        <translation>Schwerwiegende Abweichung</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <translation>Geringfügige Abweichung</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>Verbesserungspotenzial</translation>
    </message>
    <message>
        <source>Not audited</source>
        <translation>Nicht auditiert</translation>
    </message>
    <message>
        <source>Inputs collected</source>
        <translation>Eingaben gesammelt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Status of actions from previous reviews</source>
        <translation>Status der Maßnahmen aus vorherigen Managementbewertungen</translation>
    </message>
    <message>
        <source>Changes in external and internal issues</source>
        <translation>Veränderungen bei externen und internen Themen</translation>
    </message>
    <message>
        <source>Customer satisfaction and feedback</source>
        <translation>Kundenzufriedenheit und Rückmeldungen</translation>
    </message>
    <message>
        <source>Quality objectives met</source>
        <translation>Erfüllung der Qualitätsziele</translation>
    </message>
    <message>
        <source>Process performance and conformity of products and services</source>
        <translation>Prozessleistung und Konformität von Produkten und Dienstleistungen</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Nichtkonformitäten und Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Monitoring and measurement results</source>
        <translation>Ergebnisse von Überwachung und Messung</translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation>Auditergebnisse</translation>
    </message>
    <message>
        <source>Performance of external providers</source>
        <translation>Leistung externer Anbieter</translation>
    </message>
    <message>
        <source>Adequacy of resources</source>
        <translation>Angemessenheit der Ressourcen</translation>
    </message>
    <message>
        <source>Effectiveness of actions on risks and opportunities</source>
        <translation>Wirksamkeit der Maßnahmen zu Risiken und Chancen</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <translation>Möglichkeiten zur Verbesserung</translation>
    </message>
    <message>
        <source>Change to the QMS</source>
        <translation>Änderung am QMS</translation>
    </message>
    <message>
        <source>Resource need</source>
        <translation>Ressourcenbedarf</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Interne Audits</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Managementbewertungen</translation>
    </message>
</context>
<context>
    <name>qms::Field</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Effective revision</source>
        <translation>Gültige Revision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Released at</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Review interval (months)</source>
        <translation>Prüfintervall (Monate)</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Obsolete reason</source>
        <translation>Grund der Ungültigkeit</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Normabschnitte</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Risks and opportunities</source>
        <translation>Risiken und Chancen</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Liefert an</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Festgestellt am</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Product or reference</source>
        <translation>Produkt oder Referenz</translation>
    </message>
    <message>
        <source>Containment action</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Root cause method</source>
        <translation>Analysemethode</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Verwendungsentscheid</translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation>Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Grund der Statusänderung</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Effectiveness check due</source>
        <translation>Wirksamkeitsprüfung fällig</translation>
    </message>
    <message>
        <source>Effectiveness checked by</source>
        <translation>Wirksamkeit geprüft von</translation>
    </message>
    <message>
        <source>Effectiveness result</source>
        <translation>Ergebnis der Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Type of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Intended result</source>
        <translation>Beabsichtigtes Ergebnis</translation>
    </message>
    <message>
        <source>Purpose and potential consequences</source>
        <translation>Zweck und mögliche Folgen</translation>
    </message>
    <message>
        <source>Integrity of the QMS</source>
        <translation>Integrität des QMS</translation>
    </message>
    <message>
        <source>Availability of resources</source>
        <translation>Verfügbarkeit von Ressourcen</translation>
    </message>
    <message>
        <source>Responsibilities and authorities</source>
        <translation>Verantwortlichkeiten und Befugnisse</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Geplantes Datum</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Umgesetzt am</translation>
    </message>
    <message>
        <source>Review of the change</source>
        <translation>Überprüfung der Änderung</translation>
    </message>
    <message>
        <source>Affected items</source>
        <translation>Betroffene Elemente</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>Gesehene Nachweise</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Type of audit</source>
        <translation>Auditart</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Leitender Auditor</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <source>Auditees</source>
        <translation>Auditierte</translation>
    </message>
    <message>
        <source>Independence exception</source>
        <translation>Ausnahme von der Unabhängigkeit</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
    <message>
        <source>Report signed by</source>
        <translation>Bericht unterzeichnet von</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Berichtet am</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Clauses in scope</source>
        <translation>Abschnitte im Umfang</translation>
    </message>
    <message>
        <source>Processes in scope</source>
        <translation>Prozesse im Umfang</translation>
    </message>
    <message>
        <source>Nonconformities raised</source>
        <translation>Erfasste Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Managementbewertungen</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Data as collected</source>
        <translation>Gesammelte Daten</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Found in audits</source>
        <translation>Festgestellt in Audits</translation>
    </message>
</context>
<context>
    <name>qms::ImportTemplate</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qms::Kind</name>
    <message>
        <source>Overdue corrective actions</source>
        <translation>Überfällige Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Effectiveness checks due by %1</source>
        <translation>Bis %1 fällige Wirksamkeitsprüfungen</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Documents due for review by %1</source>
        <translation>Bis %1 zur Prüfung fällige Dokumente</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Changes to implement by %1</source>
        <translation>Bis %1 umzusetzende Änderungen</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>geplant %1</translation>
    </message>
    <message>
        <source>Chg.</source>
        <translation>Änd.</translation>
    </message>
    <message>
        <source>Change requests linked to the clause or a subclause</source>
        <translation>Mit dem Abschnitt oder einem Unterabschnitt verknüpfte Änderungsanträge</translation>
    </message>
    <message>
        <source>CAs</source>
        <translation>KM</translation>
    </message>
    <message>
        <source>Corrective actions linked to the clause or a subclause</source>
        <translation>Mit dem Abschnitt oder einem Unterabschnitt verknüpfte Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>Documents linked to the clause or a subclause</source>
        <translation>Mit dem Abschnitt oder einem Unterabschnitt verknüpfte Dokumente</translation>
    </message>
    <message>
        <source>NCs</source>
        <translation>NK</translation>
    </message>
    <message>
        <source>Nonconformities linked to the clause or a subclause</source>
        <translation>Mit dem Abschnitt oder einem Unterabschnitt verknüpfte Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Procs</source>
        <translation>Proz.</translation>
    </message>
    <message>
        <source>Processes linked to the clause or a subclause</source>
        <translation>Mit dem Abschnitt oder einem Unterabschnitt verknüpfte Prozesse</translation>
    </message>
    <message>
        <source>closed changes</source>
        <translation>abgeschlossene Änderungen</translation>
    </message>
    <message>
        <source>documents with a revision in force</source>
        <translation>Dokumente mit einer gültigen Revision</translation>
    </message>
    <message>
        <source>active processes</source>
        <translation>aktive Prozesse</translation>
    </message>
    <message>
        <source>1 waiting for approval</source>
        <translation>1 wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>%1 waiting for approval</source>
        <translation>%1 warten auf Genehmigung</translation>
    </message>
    <message>
        <source>1 to assess</source>
        <translation>1 zu bewerten</translation>
    </message>
    <message>
        <source>%1 to assess</source>
        <translation>%1 zu bewerten</translation>
    </message>
    <message>
        <source>1 to review</source>
        <translation>1 zu überprüfen</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 zu überprüfen</translation>
    </message>
    <message>
        <source>Open changes</source>
        <translation>Offene Änderungen</translation>
    </message>
    <message>
        <source>Changes not yet closed or rejected (ISO 9001 6.3). Click to list them.</source>
        <translation>Noch nicht abgeschlossene oder abgelehnte Änderungen (ISO 9001 6.3). Zum Auflisten klicken.</translation>
    </message>
    <message>
        <source>New improvement action for this change</source>
        <translation>Neue Verbesserungsmaßnahme für diese Änderung</translation>
    </message>
    <message>
        <source>Carry out %1: %2</source>
        <translation>%1 umsetzen: %2</translation>
    </message>
    <message>
        <source>1 prepared</source>
        <translation>1 vorbereitet</translation>
    </message>
    <message>
        <source>%1 prepared</source>
        <translation>%1 vorbereitet</translation>
    </message>
    <message>
        <source>1 in progress</source>
        <translation>1 in Bearbeitung</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 in Bearbeitung</translation>
    </message>
    <message>
        <source>1 reported, to close</source>
        <translation>1 berichtet, abzuschließen</translation>
    </message>
    <message>
        <source>%1 reported, to close</source>
        <translation>%1 berichtet, abzuschließen</translation>
    </message>
    <message>
        <source>Audits to hold by %1</source>
        <translation>Bis %1 durchzuführende Audits</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Leitender Auditor</translation>
    </message>
    <message>
        <source>reported internal audits</source>
        <translation>berichtete interne Audits</translation>
    </message>
    <message>
        <source>Last audited</source>
        <translation>Zuletzt auditiert</translation>
    </message>
    <message>
        <source>Aud.</source>
        <translation>Aud.</translation>
    </message>
    <message>
        <source>Internal audits whose scope includes the clause or a subclause</source>
        <translation>Interne Audits, deren Umfang den Abschnitt oder einen Unterabschnitt einschließt</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Interne Audits</translation>
    </message>
    <message>
        <source>Audits of the programme not yet closed (ISO 9001 9.2); overdue: past the planned date and not started. Click to list them.</source>
        <translation>Noch nicht abgeschlossene Audits des Programms (ISO 9001 9.2); überfällig: nach dem geplanten Datum und nicht begonnen. Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>next on %1</source>
        <translation>nächstes am %1</translation>
    </message>
    <message>
        <source>1 open finding</source>
        <translation>1 offene Feststellung</translation>
    </message>
    <message>
        <source>%1 open findings</source>
        <translation>%1 offene Feststellungen</translation>
    </message>
    <message>
        <source>Generate from scope</source>
        <translation>Aus dem Umfang erzeugen</translation>
    </message>
    <message>
        <source>Adds a question for each clause in scope and for each process&apos;s documents and KPIs; questions already listed are kept</source>
        <translation>Fügt eine Frage je Abschnitt im Umfang sowie zu den Dokumenten und Kennzahlen jedes Prozesses hinzu; vorhandene Fragen bleiben erhalten</translation>
    </message>
    <message>
        <source>Copy previous audit</source>
        <translation>Vorheriges Audit übernehmen</translation>
    </message>
    <message>
        <source>Adds the questions of the last audit with the same scope, without its answers</source>
        <translation>Fügt die Fragen des letzten Audits mit demselben Umfang hinzu, ohne dessen Antworten</translation>
    </message>
    <message>
        <source>Raise nonconformity</source>
        <translation>Nichtkonformität erfassen</translation>
    </message>
    <message>
        <source>ISO 9001:2015 and the QMS documents in scope</source>
        <translation>ISO 9001:2015 und die QMS-Dokumente im Umfang</translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 Punkt %2: %3</translation>
    </message>
    <message>
        <source>1 planned</source>
        <translation>1 geplant</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <source>1 held, to sign</source>
        <translation>1 durchgeführt, zu unterzeichnen</translation>
    </message>
    <message>
        <source>%1 held, to sign</source>
        <translation>%1 durchgeführt, zu unterzeichnen</translation>
    </message>
    <message>
        <source>Management reviews to hold by %1</source>
        <translation>Bis %1 durchzuführende Managementbewertungen</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>closed management reviews</source>
        <translation>abgeschlossene Managementbewertungen</translation>
    </message>
    <message>
        <source>MRs</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Management reviews linked to the clause or a subclause</source>
        <translation>Mit dem Abschnitt oder einem Unterabschnitt verknüpfte Managementbewertungen</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Managementbewertung</translation>
    </message>
    <message>
        <source>Reviews not yet closed (ISO 9001 9.3); overdue: past the planned date and not held. Click to list them.</source>
        <translation>Noch nicht abgeschlossene Bewertungen (ISO 9001 9.3); überfällig: nach dem geplanten Datum und nicht durchgeführt. Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>1 month since the last one</source>
        <translation>1 Monat seit der letzten</translation>
    </message>
    <message>
        <source>%1 months since the last one</source>
        <translation>%1 Monate seit der letzten</translation>
    </message>
    <message>
        <source>none held yet</source>
        <translation>noch keine durchgeführt</translation>
    </message>
    <message>
        <source>New action for this decision</source>
        <translation>Neue Maßnahme zu dieser Entscheidung</translation>
    </message>
    <message>
        <source>Management review %1</source>
        <translation>Managementbewertung %1</translation>
    </message>
    <message>
        <source>%1 decision %2: %3</source>
        <translation>%1 Entscheidung %2: %3</translation>
    </message>
    <message>
        <source>Management review due by %1 (review interval)</source>
        <translation>Managementbewertung fällig bis %1 (Bewertungsintervall)</translation>
    </message>
    <message>
        <source>The report of %1 is signed: reopen it to change the checklist or the conclusions.</source>
        <translation>Der Bericht zu %1 ist unterzeichnet: Öffnen Sie ihn wieder, um Checkliste oder Schlussfolgerungen zu ändern.</translation>
    </message>
</context>
<context>
    <name>qms::Migrations</name>
    <message>
        <source>Upgrading the database to schema %1</source>
        <translation>Datenbank auf Schema %1 aktualisieren</translation>
    </message>
</context>
<context>
    <name>qms::OrganisationProfile</name>
    <message>
        <source>Give the organisation&apos;s name</source>
        <translation>Geben Sie den Namen der Organisation an</translation>
    </message>
    <message>
        <source>The address is longer than 1,000 characters</source>
        <translation>Die Adresse ist länger als 1.000 Zeichen</translation>
    </message>
    <message>
        <source>The logo is %1; the limit is %2</source>
        <translation>Das Logo ist %1 groß; zulässig sind höchstens %2</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image</source>
        <translation>Das Logo muss ein PNG-, JPEG- oder SVG-Bild sein</translation>
    </message>
    <message>
        <source>The organisation details cannot be saved:</source>
        <translation>Die Angaben zur Organisation können nicht gespeichert werden:</translation>
    </message>
</context>
<context>
    <name>qms::PasswordHash</name>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A password cannot hold a line break.</source>
        <translation>Ein Passwort darf keinen Zeilenumbruch enthalten.</translation>
    </message>
</context>
<context>
    <name>qms::Permissions</name>
    <message>
        <source>User %1 is deactivated and cannot change records.</source>
        <translation>Benutzer %1 ist deaktiviert und kann keine Datensätze ändern.</translation>
    </message>
    <message>
        <source>%1 is an auditor: auditors can read everything and change nothing.</source>
        <translation>%1 ist Auditor: Auditoren können alles lesen und nichts ändern.</translation>
    </message>
    <message>
        <source>Only a quality manager can approve and release %1.</source>
        <translation>Nur ein Qualitätsmanager kann %1 genehmigen und freigeben.</translation>
    </message>
    <message>
        <source>Only a quality manager can close a nonconformity.</source>
        <translation>Nur ein Qualitätsmanager kann eine Nichtkonformität abschließen.</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>change which clauses apply</source>
        <translation>die Anwendbarkeit von Normabschnitten ändern</translation>
    </message>
    <message>
        <source>import records</source>
        <translation>Datensätze importieren</translation>
    </message>
    <message>
        <source>%1 (process owner) may only change records they own or are responsible for; %2 is not theirs.</source>
        <translation>%1 (Prozesseigner) darf nur eigene oder zugewiesene Datensätze ändern; %2 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>dieser Datensatz</translation>
    </message>
    <message>
        <source>Only a quality manager can %1.</source>
        <translation>Nur ein Qualitätsmanager kann %1.</translation>
    </message>
    <message>
        <source>change the organisation details</source>
        <translation>die Angaben zur Organisation ändern</translation>
    </message>
    <message>
        <source>approve a change</source>
        <translation>eine Änderung genehmigen</translation>
    </message>
    <message>
        <source>approve an exception to auditor independence</source>
        <translation>eine Ausnahme von der Unabhängigkeit der Auditoren genehmigen</translation>
    </message>
</context>
<context>
    <name>qms::ProcessMapQuery</name>
    <message>
        <source>Counting open nonconformities per process</source>
        <translation>Offene Nichtkonformitäten pro Prozess zählen</translation>
    </message>
</context>
<context>
    <name>qms::ProgrammePolicy</name>
    <message>
        <source>The audit cycle</source>
        <translation>Der Auditzyklus</translation>
    </message>
    <message>
        <source>The management review interval</source>
        <translation>Das Intervall der Managementbewertung</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 months, not %3.</source>
        <translation>%1 muss 1 bis %2 Monate betragen, nicht %3.</translation>
    </message>
</context>
<context>
    <name>qms::RecordExporter</name>
    <message>
        <source>Writing the JSON export failed: %1</source>
        <translation>Schreiben des JSON-Exports fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>qms::RecordHooks</name>
    <message>
        <source>%1 has a problem:</source>
        <translation>%1 hat ein Problem:</translation>
    </message>
    <message>
        <source>%1 has %2 problems:</source>
        <translation>%1 hat %2 Probleme:</translation>
    </message>
    <message>
        <source>%1 is %2 and kept as it was. %3</source>
        <translation>%1 hat den Status „%2“ und bleibt unverändert. %3</translation>
    </message>
    <message>
        <source>%1 revision %2 was released and is kept as it was; start a new revision to change the document.</source>
        <translation>%1 Revision %2 wurde freigegeben und bleibt unverändert; beginnen Sie eine neue Revision, um das Dokument zu ändern.</translation>
    </message>
    <message>
        <source>A new document starts as a draft; submit it for review and release it afterwards.</source>
        <translation>Ein neues Dokument beginnt als Entwurf; reichen Sie es zur Prüfung ein und geben Sie es danach frei.</translation>
    </message>
    <message>
        <source>Create a new document instead.</source>
        <translation>Legen Sie stattdessen ein neues Dokument an.</translation>
    </message>
    <message>
        <source>Give a reason for sending %1 back to draft.</source>
        <translation>Begründen Sie, warum %1 in den Entwurf zurückgeht.</translation>
    </message>
    <message>
        <source>Give a reason for this change</source>
        <translation>Begründen Sie diese Änderung</translation>
    </message>
    <message>
        <source>%1 is released: start a new revision to change its content.</source>
        <translation>%1 ist freigegeben: beginnen Sie eine neue Revision, um den Inhalt zu ändern.</translation>
    </message>
    <message>
        <source>A new nonconformity starts as open.</source>
        <translation>Eine neue Nichtkonformität beginnt als offen.</translation>
    </message>
    <message>
        <source>Reopen it to change it.</source>
        <translation>Öffnen Sie sie erneut, um sie zu ändern.</translation>
    </message>
    <message>
        <source>%1 is %2, which needs:</source>
        <translation>%1 hat den Status „%2“; dafür ist nötig:</translation>
    </message>
    <message>
        <source>%1 is %2 and kept as it was; reopen it before linking or unlinking actions</source>
        <translation>%1 hat den Status „%2“ und bleibt unverändert; öffnen Sie sie erneut, bevor Sie Maßnahmen verknüpfen oder lösen</translation>
    </message>
    <message>
        <source>%1 is %2 and needs at least one corrective action; link another one first or step it back</source>
        <translation>%1 hat den Status „%2“ und braucht mindestens eine Korrekturmaßnahme; verknüpfen Sie zuerst eine andere oder setzen Sie den Status zurück</translation>
    </message>
    <message>
        <source>The action cannot change these links:</source>
        <translation>Die Maßnahme kann diese Verknüpfungen nicht ändern:</translation>
    </message>
    <message>
        <source>%1 cannot change these links:</source>
        <translation>%1 kann diese Verknüpfungen nicht ändern:</translation>
    </message>
    <message>
        <source>A new corrective action starts as planned.</source>
        <translation>Eine neue Korrekturmaßnahme beginnt als geplant.</translation>
    </message>
    <message>
        <source>Reopen or rework it to change it.</source>
        <translation>Öffnen Sie sie erneut oder überarbeiten Sie sie, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Saving revisions of %1</source>
        <translation>Revisionen von %1 speichern</translation>
    </message>
    <message>
        <source>Reading document revisions</source>
        <translation>Dokumentrevisionen lesen</translation>
    </message>
    <message>
        <source>No record %1 to list as affected</source>
        <translation>Kein Datensatz %1, der als betroffen aufgeführt werden könnte</translation>
    </message>
    <message>
        <source>A new change starts as requested.</source>
        <translation>Eine neue Änderung beginnt als beantragt.</translation>
    </message>
    <message>
        <source>A closed change is kept as it was.</source>
        <translation>Eine abgeschlossene Änderung bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>Checklist item %1 names %2, which does not exist</source>
        <translation>Checklistenpunkt %1 nennt %2, das es nicht gibt</translation>
    </message>
    <message>
        <source>%1 owns %2 %3</source>
        <translation>%1 ist Eigner von %2 %3</translation>
    </message>
    <message>
        <source>%1 wrote %2 %3</source>
        <translation>%1 hat %2 %3 verfasst</translation>
    </message>
    <message>
        <source>Auditors do not audit their own work (ISO 9001 9.2.2 c): %1. Choose other auditors, or a quality manager writes why it is acceptable under &quot;Independence exception&quot; and signs it.</source>
        <translation>Auditoren auditieren nicht ihre eigene Arbeit (ISO 9001 9.2.2 c): %1. Wählen Sie andere Auditoren, oder ein Qualitätsmanager begründet unter „Ausnahme von der Unabhängigkeit“, warum es hier vertretbar ist, und unterzeichnet dies.</translation>
    </message>
    <message>
        <source>Not independent of the scope</source>
        <translation>Nicht unabhängig vom Umfang</translation>
    </message>
    <message>
        <source>The independence exception was approved for other auditors or another scope. Review it for %1 and sign it again.</source>
        <translation>Die Ausnahme von der Unabhängigkeit wurde für andere Auditoren oder einen anderen Umfang genehmigt. Prüfen Sie sie für %1 und unterzeichnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Review the exception</source>
        <translation>Ausnahme prüfen</translation>
    </message>
    <message>
        <source>A new audit starts as planned.</source>
        <translation>Ein neues Audit beginnt als geplant.</translation>
    </message>
    <message>
        <source>A closed audit is kept as it was.</source>
        <translation>Ein abgeschlossenes Audit bleibt, wie es war.</translation>
    </message>
    <message>
        <source>Save the independence exception first: it is signed on its own.</source>
        <translation>Speichern Sie zuerst die Ausnahme von der Unabhängigkeit: Sie wird für sich unterzeichnet.</translation>
    </message>
    <message>
        <source>Only the lead auditor, %1, signs the report of %2.</source>
        <translation>Nur der leitende Auditor, %1, unterzeichnet den Bericht zu %2.</translation>
    </message>
    <message>
        <source>A new management review starts as planned.</source>
        <translation>Eine neue Managementbewertung beginnt als geplant.</translation>
    </message>
    <message>
        <source>The inputs of a review are collected from the records by its step &quot;Collect inputs&quot;, not typed in.</source>
        <translation>Die Eingaben einer Bewertung werden mit dem Schritt „Eingaben sammeln“ aus den Datensätzen gesammelt, nicht eingetippt.</translation>
    </message>
    <message>
        <source>A closed management review is kept as it was.</source>
        <translation>Eine abgeschlossene Managementbewertung bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>The inputs of %1 were collected on its way to &quot;Inputs collected&quot; and are frozen: only the commentary is written. To collect them again, go back to planned.</source>
        <translation>Die Eingaben von %1 wurden beim Schritt zu „Eingaben gesammelt“ gesammelt und sind eingefroren: Nur der Kommentar wird geschrieben. Um sie neu zu sammeln, gehen Sie zurück zu geplant.</translation>
    </message>
    <message>
        <source>Frozen when collected</source>
        <translation>Beim Sammeln eingefroren</translation>
    </message>
    <message>
        <source>Only the chair, %1, signs and closes %2.</source>
        <translation>Nur der Vorsitz, %1, unterzeichnet und schließt %2.</translation>
    </message>
</context>
<context>
    <name>qms::RecordImporter</name>
    <message>
        <source>%1 line %2, column %3 (%4): %5</source>
        <translation>%1 Zeile %2, Spalte %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 line %2 (%3): %4</source>
        <translation>%1 Zeile %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>the first column must be the record id, headed &quot;id&quot;</source>
        <translation>die erste Spalte muss die Datensatzkennung mit der Überschrift „id“ sein</translation>
    </message>
    <message>
        <source>the column has no name</source>
        <translation>die Spalte hat keinen Namen</translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: id, %2</source>
        <translation>unbekannte Spalte; die Spalten von %1 sind: id, %2</translation>
    </message>
    <message>
        <source>filled in by the workflow, it cannot be imported</source>
        <translation>wird vom Workflow gesetzt und kann nicht importiert werden</translation>
    </message>
    <message>
        <source>the column appears twice (also column %1)</source>
        <translation>die Spalte kommt doppelt vor (auch Spalte %1)</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>die Pflichtspalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>Reading the ids of %1</source>
        <translation>Kennungen von %1 lesen</translation>
    </message>
    <message>
        <source>Numbering the imported records</source>
        <translation>Importierte Datensätze nummerieren</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 columns</source>
        <translation>%1 Felder, die Kopfzeile hat aber %2 Spalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id like %3</source>
        <translation>„%1“ ist keine Kennung der Art %2 wie %3</translation>
    </message>
    <message>
        <source>%1 exists already in the database (duplicate id)</source>
        <translation>%1 existiert bereits in der Datenbank (doppelte Kennung)</translation>
    </message>
    <message>
        <source>%1 appears twice (also on line %2)</source>
        <translation>%1 kommt doppelt vor (auch in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 line %2, column %3 (%4): %5 does not exist yet; the link is made when %5 is imported naming %6</source>
        <translation>%1 Zeile %2, Spalte %3 (%4): %5 existiert noch nicht; die Verknüpfung entsteht, wenn %5 mit Verweis auf %6 importiert wird</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 has a problem; nothing was imported:</source>
        <translation>%1 hat ein Problem; nichts wurde importiert:</translation>
    </message>
    <message>
        <source>%1 has %2 problems; nothing was imported:</source>
        <translation>%1 hat %2 Probleme; nichts wurde importiert:</translation>
    </message>
    <message>
        <source>%1 has at least %2 problems; nothing was imported:</source>
        <translation>%1 hat mindestens %2 Probleme; nichts wurde importiert:</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be imported.</source>
        <translation>%1 ist nur lesend geöffnet; nichts kann importiert werden.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing can be imported.</source>
        <translation>%1: %2 Es kann nichts importiert werden.</translation>
    </message>
</context>
<context>
    <name>qms::RecordRepository</name>
    <message>
        <source>Saving %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while saving; reload it.</source>
        <translation>%1 wurde beim Speichern von jemand anderem geändert; laden Sie den Datensatz neu.</translation>
    </message>
    <message>
        <source>Saving links of %1</source>
        <translation>Verknüpfungen von %1 speichern</translation>
    </message>
    <message>
        <source>Reading links of %1</source>
        <translation>Verknüpfungen von %1 lesen</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Suchindex aktualisieren</translation>
    </message>
    <message>
        <source>%1 is not a %2</source>
        <translation>%1 ist nicht vom Typ %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 refers to records that do not exist:</source>
        <translation>%1 verweist auf Datensätze, die nicht existieren:</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Der Datensatz</translation>
    </message>
    <message>
        <source>Numbering the new record</source>
        <translation>Neuen Datensatz nummerieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id like %3</source>
        <translation>„%1“ ist keine Kennung der Art %2 wie %3</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reload it to see their change, then apply yours again.</source>
        <translation>%1 wurde von %2 um %3 geändert, nachdem Sie den Datensatz geöffnet haben. Laden Sie ihn neu, um die Änderung zu sehen, und wenden Sie Ihre dann erneut an.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>Reading links</source>
        <translation>Verknüpfungen lesen</translation>
    </message>
    <message>
        <source>No %1 %2 in this database</source>
        <translation>Kein Datensatz %2 (%1) in dieser Datenbank</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Datensätze zählen</translation>
    </message>
    <message>
        <source>Reading links: %1</source>
        <translation>Verknüpfungen lesen: %1</translation>
    </message>
    <message>
        <source>No SQLite handle for verification</source>
        <translation>Kein SQLite-Handle für die Prüfung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>%1: %2 is set by the workflow and not changed by hand.</source>
        <translation>%1: %2 wird vom Arbeitsablauf gesetzt und nicht von Hand geändert.</translation>
    </message>
</context>
<context>
    <name>qms::RegisterQuery</name>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>%1 zählen</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>Listing owners of %1</source>
        <translation>Verantwortliche für %1 auflisten</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Festgestellt am</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Tage offen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Effectiveness due</source>
        <translation>Wirksamkeit fällig</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Effective revision</source>
        <translation>Gültige Revision</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Prüfung überfällig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Normabschnitte</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Affected items</source>
        <translation>Betroffene Elemente</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Leitender Auditor</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Last audited</source>
        <translation>Zuletzt auditiert</translation>
    </message>
    <message>
        <source>Next audit</source>
        <translation>Nächstes Audit</translation>
    </message>
</context>
<context>
    <name>qms::RegisterWorkbook</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Clause coverage</source>
        <translation>Abdeckung der Normabschnitte</translation>
    </message>
    <message>
        <source>QMS registers</source>
        <translation>QMS-Register</translation>
    </message>
    <message>
        <source>QMS registers of %1</source>
        <translation>QMS-Register von %1</translation>
    </message>
    <message>
        <source>ISO 9001 quality management system</source>
        <translation>Qualitätsmanagementsystem nach ISO 9001</translation>
    </message>
    <message>
        <source>Exported by QMS Desk from %1</source>
        <translation>Von QMS Desk aus %1 exportiert</translation>
    </message>
</context>
<context>
    <name>qms::ReminderQuery</name>
    <message>
        <source>Listing reminders (%1, %2)</source>
        <translation>Erinnerungen werden aufgelistet (%1, %2)</translation>
    </message>
    <message>
        <source>Last review held %1 (%2); plan the next: one every %3 months</source>
        <translation>Letzte Bewertung am %1 (%2); die nächste planen: eine alle %3 Monate</translation>
    </message>
    <message>
        <source>No management review held yet: plan the first (one every %1 months)</source>
        <translation>Noch keine Managementbewertung durchgeführt: die erste planen (eine alle %1 Monate)</translation>
    </message>
</context>
<context>
    <name>qms::ReviewInputs</name>
    <message>
        <source>Collecting the review inputs</source>
        <translation>Sammeln der Bewertungseingaben</translation>
    </message>
    <message>
        <source>No customer complaint was recorded as a nonconformity in the period.</source>
        <translation>Im Zeitraum wurde keine Kundenreklamation als Nichtkonformität erfasst.</translation>
    </message>
    <message>
        <source>Process monitoring raised no nonconformity in the period.</source>
        <translation>Die Prozessüberwachung hat im Zeitraum keine Nichtkonformität ergeben.</translation>
    </message>
    <message>
        <source>No nonconformity was attributed to a supplier in the period.</source>
        <translation>Im Zeitraum wurde keine Nichtkonformität einem Lieferanten zugeordnet.</translation>
    </message>
    <message>
        <source>No earlier management review is recorded in this file.</source>
        <translation>In dieser Datei ist keine frühere Managementbewertung erfasst.</translation>
    </message>
    <message>
        <source>Decisions of %1 (held %2):</source>
        <translation>Entscheidungen von %1 (durchgeführt am %2):</translation>
    </message>
    <message>
        <source>It recorded no decisions.</source>
        <translation>Sie hat keine Entscheidungen festgehalten.</translation>
    </message>
    <message>
        <source>no action raised</source>
        <translation>keine Maßnahme erfasst</translation>
    </message>
    <message>
        <source>, overdue since %1</source>
        <translation>, überfällig seit %1</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>Actions still open: %1.</source>
        <translation>Noch offene Maßnahmen: %1.</translation>
    </message>
    <message>
        <source>Internal and external issues are not kept as records in this file yet; the changes to the QMS show what moved.</source>
        <translation>Interne und externe Themen werden in dieser Datei noch nicht als Datensätze geführt; die Änderungen am QMS zeigen, was sich bewegt hat.</translation>
    </message>
    <message>
        <source>Changes closed in the period: %1</source>
        <translation>Im Zeitraum abgeschlossene Änderungen: %1</translation>
    </message>
    <message>
        <source>Changes still open: %1</source>
        <translation>Noch offene Änderungen: %1</translation>
    </message>
    <message>
        <source>Nonconformities in the period: %1 (%2 major, %3 still open):</source>
        <translation>Nichtkonformitäten im Zeitraum: %1 (%2 schwerwiegend, %3 noch offen):</translation>
    </message>
    <message>
        <source>Quality objectives are not kept as records in this file yet. KPI targets set on the processes:</source>
        <translation>Qualitätsziele werden in dieser Datei noch nicht als Datensätze geführt. Kennzahlziele der Prozesse:</translation>
    </message>
    <message>
        <source>No process has a KPI target.</source>
        <translation>Kein Prozess hat ein Kennzahlziel.</translation>
    </message>
    <message>
        <source>Nonconformities in the period by process:</source>
        <translation>Nichtkonformitäten im Zeitraum nach Prozess:</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4 major)</source>
        <translation>%1 %2: %3 (%4 schwerwiegend)</translation>
    </message>
    <message>
        <source>Raised in the period: %1 (%2 major, %3 minor, %4 observations); closed in the period: %5.</source>
        <translation>Im Zeitraum erfasst: %1 (%2 schwerwiegend, %3 geringfügig, %4 Beobachtungen); im Zeitraum abgeschlossen: %5.</translation>
    </message>
    <message>
        <source>Open today: %1; the oldest open for %2 days.</source>
        <translation>Heute offen: %1; die älteste seit %2 Tagen.</translation>
    </message>
    <message>
        <source>Top sources: %1.</source>
        <translation>Häufigste Quellen: %1.</translation>
    </message>
    <message>
        <source>Corrective actions completed in the period: %1, on time: %2.</source>
        <translation>Im Zeitraum erledigte Korrekturmaßnahmen: %1, davon termingerecht: %2.</translation>
    </message>
    <message>
        <source>%1, planned %2</source>
        <translation>%1, geplant %2</translation>
    </message>
    <message>
        <source>Audits held in the period: %1</source>
        <translation>Im Zeitraum durchgeführte Audits: %1</translation>
    </message>
    <message>
        <source>Checklist results: %1.</source>
        <translation>Checklistenergebnisse: %1.</translation>
    </message>
    <message>
        <source>Nonconformities raised from them: %1.</source>
        <translation>Daraus erfasste Nichtkonformitäten: %1.</translation>
    </message>
    <message>
        <source>Audits past their planned date and not started: %1</source>
        <translation>Audits nach dem geplanten Datum und nicht begonnen: %1</translation>
    </message>
    <message>
        <source>Resources the active processes name:</source>
        <translation>Von den aktiven Prozessen genannte Ressourcen:</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <source>Preventive actions completed in the period: %1 (%2 verified effective, %3 not effective).</source>
        <translation>Im Zeitraum erledigte Vorbeugungsmaßnahmen: %1 (%2 als wirksam bestätigt, %3 nicht wirksam).</translation>
    </message>
    <message>
        <source>Risks and opportunities the active processes name:</source>
        <translation>Von den aktiven Prozessen genannte Risiken und Chancen:</translation>
    </message>
    <message>
        <source>Improvement actions completed in the period: %1</source>
        <translation>Im Zeitraum erledigte Verbesserungsmaßnahmen: %1</translation>
    </message>
    <message>
        <source>Improvement actions open: %1</source>
        <translation>Offene Verbesserungsmaßnahmen: %1</translation>
    </message>
    <message>
        <source>Opportunities for improvement found in audits: %1</source>
        <translation>In Audits gefundenes Verbesserungspotenzial: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>qms::SearchIndex</name>
    <message>
        <source>Searching for &quot;%1&quot;</source>
        <translation>Suche nach „%1“</translation>
    </message>
</context>
<context>
    <name>qms::Signature</name>
    <message>
        <source>Approved for release</source>
        <translation>Zur Freigabe genehmigt</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Abschluss genehmigt</translation>
    </message>
    <message>
        <source>Effectiveness verified</source>
        <translation>Wirksamkeit bestätigt</translation>
    </message>
    <message>
        <source>Verified not effective</source>
        <translation>Als unwirksam bewertet</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4 UTC</source>
        <translation>%1: %2 (%3), %4 UTC</translation>
    </message>
    <message>
        <source>Change approved</source>
        <translation>Änderung genehmigt</translation>
    </message>
    <message>
        <source>Audit report signed</source>
        <translation>Auditbericht unterzeichnet</translation>
    </message>
    <message>
        <source>Independence exception approved</source>
        <translation>Ausnahme von der Unabhängigkeit genehmigt</translation>
    </message>
    <message>
        <source>Management review approved</source>
        <translation>Managementbewertung genehmigt</translation>
    </message>
</context>
<context>
    <name>qms::SignatureRepository</name>
    <message>
        <source>Reading the signatures</source>
        <translation>Unterschriften lesen</translation>
    </message>
    <message>
        <source>%1 needs an electronic signature, and signing needs a password: set yours first (Tools &gt; Set My Password, or qmsdesk-cli users set-password).</source>
        <translation>%1 erfordert eine elektronische Unterschrift, und zum Unterschreiben ist ein Passwort nötig: legen Sie zuerst Ihres fest (Extras &gt; Mein Passwort festlegen, oder qmsdesk-cli users set-password).</translation>
    </message>
    <message>
        <source>You have no password to sign %1 with: set one first.</source>
        <translation>Sie haben kein Passwort, um %1 zu unterschreiben: legen Sie zuerst eines fest.</translation>
    </message>
    <message>
        <source>%1 needs your electronic signature: re-enter your password to sign it.</source>
        <translation>%1 erfordert Ihre elektronische Unterschrift: geben Sie zum Unterschreiben Ihr Passwort erneut ein.</translation>
    </message>
    <message>
        <source>The password is wrong: %1 was not signed and nothing was saved.</source>
        <translation>Das Passwort ist falsch: %1 wurde nicht unterschrieben und nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>qms::TableActions</name>
    <message>
        <source>%1 has no table &quot;%2&quot;</source>
        <translation>%1 haben keine Tabelle „%2“</translation>
    </message>
    <message>
        <source>%1 cannot fill &quot;%2&quot; with &quot;%3&quot;</source>
        <translation>%1 können „%2“ nicht mit „%3“ füllen</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no fill &quot;%2&quot;</source>
        <translation>Die Tabelle „%1“ kann nicht mit „%2“ gefüllt werden</translation>
    </message>
    <message>
        <source>This table makes no records from its rows.</source>
        <translation>Diese Tabelle erzeugt keine Datensätze aus ihren Zeilen.</translation>
    </message>
    <message>
        <source>There is no row %1.</source>
        <translation>Es gibt keine Zeile %1.</translation>
    </message>
    <message>
        <source>Row %1 has its record already: %2.</source>
        <translation>Zeile %1 hat ihren Datensatz bereits: %2.</translation>
    </message>
    <message>
        <source>Row %1: only a row whose %2 is %3 makes one.</source>
        <translation>Zeile %1: Nur eine Zeile mit %2 %3 erzeugt einen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id</source>
        <translation>„%1“ ist keine Datensatz-ID</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; makes no records</source>
        <translation>Die Tabelle „%1“ erzeugt keine Datensätze</translation>
    </message>
</context>
<context>
    <name>qms::UserRepository</name>
    <message>
        <source>Reading users</source>
        <translation>Benutzer lesen</translation>
    </message>
    <message>
        <source>Reading user %1</source>
        <translation>Benutzer %1 lesen</translation>
    </message>
    <message>
        <source>No user named &quot;%1&quot; in this database</source>
        <translation>Kein Benutzer „%1“ in dieser Datenbank</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; exists already</source>
        <translation>Ein Benutzer „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>Adding user %1</source>
        <translation>Benutzer %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 is the last active quality manager; name another one first.</source>
        <translation>%1 ist der letzte aktive Qualitätsmanager; benennen Sie zuerst einen weiteren.</translation>
    </message>
    <message>
        <source>Updating user %1</source>
        <translation>Benutzer %1 aktualisieren</translation>
    </message>
    <message>
        <source>Saving the password of %1</source>
        <translation>Passwort von %1 speichern</translation>
    </message>
    <message>
        <source>Only a quality manager can set another user&apos;s password.</source>
        <translation>Nur ein Qualitätsmanager kann das Passwort eines anderen Benutzers festlegen.</translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>Das aktuelle Passwort ist falsch; das Passwort wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The new password was not accepted:</source>
        <translation>Das neue Passwort wurde nicht akzeptiert:</translation>
    </message>
    <message>
        <source>password set by a quality manager</source>
        <translation>Passwort von einem Qualitätsmanager festgelegt</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>Passwort festgelegt</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Only a quality manager can clear a password.</source>
        <translation>Nur ein Qualitätsmanager kann ein Passwort entfernen.</translation>
    </message>
    <message>
        <source>%1 has no password to clear.</source>
        <translation>%1 hat kein Passwort, das entfernt werden könnte.</translation>
    </message>
    <message>
        <source>password cleared</source>
        <translation>Passwort entfernt</translation>
    </message>
</context>
<context>
    <name>qms::Validation</name>
    <message>
        <source>is %1 characters long; at most %2 fit</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind möglich</translation>
    </message>
    <message>
        <source>%1 is not a clause of %2</source>
        <translation>%1 ist kein Abschnitt der %2</translation>
    </message>
    <message>
        <source>A document needs a title</source>
        <translation>Ein Dokument braucht einen Titel</translation>
    </message>
    <message>
        <source>Name the document owner</source>
        <translation>Nennen Sie die verantwortliche Person für das Dokument</translation>
    </message>
    <message>
        <source>Give a revision label, e.g. A</source>
        <translation>Geben Sie eine Revisionskennung an, z. B. A</translation>
    </message>
    <message>
        <source>Review interval must be 1 to 120 months</source>
        <translation>Das Prüfintervall muss 1 bis 120 Monate betragen</translation>
    </message>
    <message>
        <source>A process needs a name</source>
        <translation>Ein Prozess braucht einen Namen</translation>
    </message>
    <message>
        <source>Name the process owner</source>
        <translation>Nennen Sie den Prozesseigner</translation>
    </message>
    <message>
        <source>A process cannot feed itself</source>
        <translation>Ein Prozess kann nicht an sich selbst liefern</translation>
    </message>
    <message>
        <source>KPI %1 has no name</source>
        <translation>Kennzahl %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>A nonconformity needs a title</source>
        <translation>Eine Nichtkonformität braucht einen Titel</translation>
    </message>
    <message>
        <source>Describe what was found</source>
        <translation>Beschreiben Sie die Feststellung</translation>
    </message>
    <message>
        <source>Give the date it was detected</source>
        <translation>Geben Sie das Feststellungsdatum an</translation>
    </message>
    <message>
        <source>The detection date %1 lies in the future</source>
        <translation>Das Feststellungsdatum %1 liegt in der Zukunft</translation>
    </message>
    <message>
        <source>Name who reported it</source>
        <translation>Nennen Sie, wer sie gemeldet hat</translation>
    </message>
    <message>
        <source>An action needs a title</source>
        <translation>Eine Maßnahme braucht einen Titel</translation>
    </message>
    <message>
        <source>Name the action owner</source>
        <translation>Nennen Sie die verantwortliche Person für die Maßnahme</translation>
    </message>
    <message>
        <source>Give a due date</source>
        <translation>Geben Sie ein Fälligkeitsdatum an</translation>
    </message>
    <message>
        <source>The effectiveness check cannot be due before the action itself</source>
        <translation>Die Wirksamkeitsprüfung kann nicht vor der Maßnahme selbst fällig sein</translation>
    </message>
    <message>
        <source>Only a finished action has a completion date</source>
        <translation>Nur eine erledigte Maßnahme hat ein Erledigungsdatum</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores, without spaces; got &quot;%1&quot;</source>
        <translation>Ein Benutzername besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen, ohne Leerzeichen; erhalten: „%1“</translation>
    </message>
    <message>
        <source>A change needs a title</source>
        <translation>Eine Änderung braucht einen Titel</translation>
    </message>
    <message>
        <source>Say why the change is needed</source>
        <translation>Geben Sie an, warum die Änderung nötig ist</translation>
    </message>
    <message>
        <source>Name who requested it</source>
        <translation>Nennen Sie, wer sie beantragt hat</translation>
    </message>
    <message>
        <source>%1 is listed twice among the affected items</source>
        <translation>%1 steht zweimal unter den betroffenen Elementen</translation>
    </message>
    <message>
        <source>%1 %2 lies in the future</source>
        <translation>%1 %2 liegt in der Zukunft</translation>
    </message>
    <message>
        <source>An audit needs a title</source>
        <translation>Ein Audit braucht einen Titel</translation>
    </message>
    <message>
        <source>The audit ends before it starts</source>
        <translation>Das Audit endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>Checklist item %1 has no question</source>
        <translation>Checklistenpunkt %1 hat keine Frage</translation>
    </message>
    <message>
        <source>Checklist item %1: %2 is not a clause of %3</source>
        <translation>Checklistenpunkt %1: %2 ist kein Abschnitt von %3</translation>
    </message>
    <message>
        <source>A management review needs a title</source>
        <translation>Eine Managementbewertung braucht einen Titel</translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; is listed twice</source>
        <translation>Die Eingabe „%1“ steht doppelt in der Liste</translation>
    </message>
</context>
<context>
    <name>qms::Workflow</name>
    <message>
        <source>Cannot move from %1 to %2 yet:</source>
        <translation>Von „%1“ nach „%2“ ist noch nicht möglich:</translation>
    </message>
    <message>
        <source>%1 cannot go to %2 directly.</source>
        <translation>Von „%1“ geht es nicht direkt nach „%2“.</translation>
    </message>
    <message>
        <source>Mark contained</source>
        <translation>Als eingedämmt markieren</translation>
    </message>
    <message>
        <source>Root cause identified</source>
        <translation>Ursache ermittelt</translation>
    </message>
    <message>
        <source>Back to open</source>
        <translation>Zurück zu offen</translation>
    </message>
    <message>
        <source>Actions planned</source>
        <translation>Maßnahmen geplant</translation>
    </message>
    <message>
        <source>Back to contained</source>
        <translation>Zurück zu eingedämmt</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Verifizierung beginnen</translation>
    </message>
    <message>
        <source>Back to root cause</source>
        <translation>Zurück zur Ursache</translation>
    </message>
    <message>
        <source>Back to actions</source>
        <translation>Zurück zu den Maßnahmen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Say why the nonconformity is cancelled</source>
        <translation>Begründen Sie, warum die Nichtkonformität storniert wird</translation>
    </message>
    <message>
        <source>Describe the immediate containment action first</source>
        <translation>Beschreiben Sie zuerst die Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Add a root cause first</source>
        <translation>Tragen Sie zuerst eine Ursache ein</translation>
    </message>
    <message>
        <source>Link at least one corrective action first</source>
        <translation>Verknüpfen Sie zuerst mindestens eine Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>All linked corrective actions must be done first; still open: %1</source>
        <translation>Alle verknüpften Korrekturmaßnahmen müssen zuerst erledigt sein; noch offen: %1</translation>
    </message>
    <message>
        <source>Record the effectiveness review result first</source>
        <translation>Tragen Sie zuerst das Ergebnis der Wirksamkeitsprüfung ein</translation>
    </message>
    <message>
        <source>Give a reason for this change</source>
        <translation>Begründen Sie diese Änderung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation>Zurück zu geplant</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>Als wirksam bestätigen</translation>
    </message>
    <message>
        <source>Verified ineffective</source>
        <translation>Als unwirksam bewerten</translation>
    </message>
    <message>
        <source>Back to in progress</source>
        <translation>Zurück zu in Bearbeitung</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Say why the action is cancelled</source>
        <translation>Begründen Sie, warum die Maßnahme storniert wird</translation>
    </message>
    <message>
        <source>Record the effectiveness check result first</source>
        <translation>Tragen Sie zuerst das Ergebnis der Wirksamkeitsprüfung ein</translation>
    </message>
    <message>
        <source>Give the completion date</source>
        <translation>Geben Sie das Erledigungsdatum an</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Make obsolete</source>
        <translation>Für ungültig erklären</translation>
    </message>
    <message>
        <source>Give the revision label first</source>
        <translation>Geben Sie zuerst die Revisionskennung an</translation>
    </message>
    <message>
        <source>Describe what changed in revision %1 first</source>
        <translation>Beschreiben Sie zuerst, was sich in Revision %1 geändert hat</translation>
    </message>
    <message>
        <source>Say why the document is obsolete</source>
        <translation>Begründen Sie, warum das Dokument ungültig wird</translation>
    </message>
    <message>
        <source>A new revision starts from a released document; %1 is %2. Edit the current draft instead.</source>
        <translation>Eine neue Revision geht von einem freigegebenen Dokument aus; %1 hat den Status „%2“. Bearbeiten Sie stattdessen den aktuellen Entwurf.</translation>
    </message>
    <message>
        <source>Revision %1 exists already</source>
        <translation>Revision %1 existiert bereits</translation>
    </message>
    <message>
        <source>Describe what the new revision changes</source>
        <translation>Beschreiben Sie, was die neue Revision ändert</translation>
    </message>
    <message>
        <source>Mark assessed</source>
        <translation>Als bewertet markieren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Back to requested</source>
        <translation>Zurück zu beantragt</translation>
    </message>
    <message>
        <source>Mark implemented</source>
        <translation>Als umgesetzt markieren</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Genehmigung zurückziehen</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>Überprüfung erfassen</translation>
    </message>
    <message>
        <source>Back to implemented</source>
        <translation>Zurück zu umgesetzt</translation>
    </message>
    <message>
        <source>Say why the change is rejected</source>
        <translation>Geben Sie an, warum die Änderung abgelehnt wird</translation>
    </message>
    <message>
        <source>Write down its purpose and potential consequences (6.3 a)</source>
        <translation>Halten Sie Zweck und mögliche Folgen fest (6.3 a)</translation>
    </message>
    <message>
        <source>Say how the integrity of the QMS is kept (6.3 b)</source>
        <translation>Geben Sie an, wie die Integrität des QMS gewahrt bleibt (6.3 b)</translation>
    </message>
    <message>
        <source>Say which resources it needs and whether they are available (6.3 c)</source>
        <translation>Geben Sie an, welche Ressourcen sie braucht und ob sie verfügbar sind (6.3 c)</translation>
    </message>
    <message>
        <source>Say which responsibilities and authorities it allocates or moves (6.3 d)</source>
        <translation>Geben Sie an, welche Verantwortlichkeiten und Befugnisse sie zuweist oder verschiebt (6.3 d)</translation>
    </message>
    <message>
        <source>Name the owner of the change</source>
        <translation>Nennen Sie den Verantwortlichen der Änderung</translation>
    </message>
    <message>
        <source>Give the date it is planned for</source>
        <translation>Geben Sie das geplante Datum an</translation>
    </message>
    <message>
        <source>Record the results of the review of the change (8.5.6)</source>
        <translation>Erfassen Sie die Ergebnisse der Überprüfung der Änderung (8.5.6)</translation>
    </message>
    <message>
        <source>Resolve every affected item first; still needing action: %1</source>
        <translation>Erledigen Sie zuerst alle betroffenen Elemente; noch offen: %1</translation>
    </message>
    <message>
        <source>Close change</source>
        <translation>Änderung abschließen</translation>
    </message>
    <message>
        <source>Close nonconformity</source>
        <translation>Nichtkonformität abschließen</translation>
    </message>
    <message>
        <source>Mark prepared</source>
        <translation>Als vorbereitet markieren</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Audit absagen</translation>
    </message>
    <message>
        <source>Start audit</source>
        <translation>Audit beginnen</translation>
    </message>
    <message>
        <source>Sign report</source>
        <translation>Bericht unterzeichnen</translation>
    </message>
    <message>
        <source>Back to prepared</source>
        <translation>Zurück zu vorbereitet</translation>
    </message>
    <message>
        <source>Close audit</source>
        <translation>Audit abschließen</translation>
    </message>
    <message>
        <source>Reopen report</source>
        <translation>Bericht wieder öffnen</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>Punkt %1 (%2)</translation>
    </message>
    <message>
        <source>Say why the audit is cancelled</source>
        <translation>Geben Sie an, warum das Audit abgesagt wird</translation>
    </message>
    <message>
        <source>Name the lead auditor</source>
        <translation>Nennen Sie den leitenden Auditor</translation>
    </message>
    <message>
        <source>Give the date the audit is planned for</source>
        <translation>Geben Sie das geplante Datum des Audits an</translation>
    </message>
    <message>
        <source>Name the clauses or processes in scope (9.2.2 b)</source>
        <translation>Nennen Sie die Abschnitte oder Prozesse im Umfang (9.2.2 b)</translation>
    </message>
    <message>
        <source>State the audit criteria (9.2.2 b)</source>
        <translation>Geben Sie die Auditkriterien an (9.2.2 b)</translation>
    </message>
    <message>
        <source>Prepare the checklist: generate it from the scope or add questions</source>
        <translation>Bereiten Sie die Checkliste vor: aus dem Umfang erzeugen oder Fragen hinzufügen</translation>
    </message>
    <message>
        <source>Answer every checklist question; still open: %1</source>
        <translation>Beantworten Sie jede Checklistenfrage; noch offen: %1</translation>
    </message>
    <message>
        <source>Write the evidence seen for every answer; missing for: %1</source>
        <translation>Notieren Sie zu jeder Antwort die gesehenen Nachweise; fehlen bei: %1</translation>
    </message>
    <message>
        <source>Write the audit&apos;s conclusions for the report</source>
        <translation>Schreiben Sie die Schlussfolgerungen des Audits für den Bericht</translation>
    </message>
    <message>
        <source>Raise a nonconformity for every NC found; not yet raised: %1</source>
        <translation>Erfassen Sie zu jeder gefundenen Abweichung eine Nichtkonformität; noch nicht erfasst: %1</translation>
    </message>
    <message>
        <source>Collect inputs</source>
        <translation>Eingaben sammeln</translation>
    </message>
    <message>
        <source>Cancel review</source>
        <translation>Bewertung absagen</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>Sitzung erfassen</translation>
    </message>
    <message>
        <source>Discard inputs</source>
        <translation>Eingaben verwerfen</translation>
    </message>
    <message>
        <source>Sign and close</source>
        <translation>Unterzeichnen und abschließen</translation>
    </message>
    <message>
        <source>Back to inputs collected</source>
        <translation>Zurück zu Eingaben gesammelt</translation>
    </message>
    <message>
        <source>Say why the review is cancelled</source>
        <translation>Geben Sie an, warum die Bewertung abgesagt wird</translation>
    </message>
    <message>
        <source>Name the chair of the review</source>
        <translation>Nennen Sie den Vorsitz der Bewertung</translation>
    </message>
    <message>
        <source>Give the period the review covers</source>
        <translation>Geben Sie den bewerteten Zeitraum an</translation>
    </message>
    <message>
        <source>The period ends before it starts</source>
        <translation>Der Zeitraum endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>Collect the inputs (9.3.2)</source>
        <translation>Sammeln Sie die Eingaben (9.3.2)</translation>
    </message>
    <message>
        <source>Give the date the review was held</source>
        <translation>Geben Sie das Datum der Bewertung an</translation>
    </message>
    <message>
        <source>Name who attended</source>
        <translation>Nennen Sie die Teilnehmenden</translation>
    </message>
    <message>
        <source>Write the minutes of the meeting</source>
        <translation>Schreiben Sie das Protokoll der Sitzung</translation>
    </message>
    <message>
        <source>Write the review&apos;s commentary on every input; missing for: %1</source>
        <translation>Schreiben Sie zu jeder Eingabe den Kommentar der Bewertung; fehlt bei: %1</translation>
    </message>
    <message>
        <source>Record the review&apos;s decisions: improvements, changes to the QMS, resource needs (9.3.3)</source>
        <translation>Erfassen Sie die Entscheidungen der Bewertung: Verbesserungen, Änderungen am QMS, Ressourcenbedarf (9.3.3)</translation>
    </message>
    <message>
        <source>Decision %1 says nothing</source>
        <translation>Entscheidung %1 ist leer</translation>
    </message>
</context>
<context>
    <name>qms::Workspace</name>
    <message>
        <source>The first quality manager needs a valid user name:</source>
        <translation>Der erste Qualitätsmanager braucht einen gültigen Benutzernamen:</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>Adding the first user</source>
        <translation>Ersten Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>database created</source>
        <translation>Datenbank angelegt</translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Benutzer lesen</translation>
    </message>
    <message>
        <source>%1 has no active quality manager; name a user to open it as.</source>
        <translation>%1 hat keinen aktiven Qualitätsmanager; nennen Sie einen Benutzer, als der geöffnet werden soll.</translation>
    </message>
    <message>
        <source>%1 has no user named &quot;%2&quot;. Ask a quality manager to add you.</source>
        <translation>%1 hat keinen Benutzer „%2“. Bitten Sie einen Qualitätsmanager, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is deactivated.</source>
        <translation>Benutzer „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong for %1.</source>
        <translation>Benutzername oder Passwort für %1 ist falsch.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has a password: give it to open %2.</source>
        <translation>Benutzer „%1“ hat ein Passwort: geben Sie es ein, um %2 zu öffnen.</translation>
    </message>
</context>
<context>
    <name>qms::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2 (%3)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the spreadsheet could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: die Arbeitsmappe konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the document properties were refused</source>
        <translation>die Dokumenteigenschaften wurden abgelehnt</translation>
    </message>
    <message>
        <source>The spreadsheet is not open.</source>
        <translation>Die Arbeitsmappe ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot; to %2</source>
        <translation>Das Tabellenblatt „%1“ kann nicht zu %2 hinzugefügt werden</translation>
    </message>
    <message>
        <source>the header of sheet &quot;%1&quot;</source>
        <translation>die Kopfzeile des Tabellenblatts „%1“</translation>
    </message>
    <message>
        <source>No sheet was started.</source>
        <translation>Es wurde kein Tabellenblatt angelegt.</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>writing the workbook failed</source>
        <translation>das Schreiben der Arbeitsmappe ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>qms::gui::AuditTrailModel</name>
    <message>
        <source>(all fields)</source>
        <translation>(alle Felder)</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Entry %1, hash %2</source>
        <translation>Eintrag %1, Hash %2</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>Datei angehängt</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>applicability</source>
        <translation>Anwendbarkeit</translation>
    </message>
</context>
<context>
    <name>qms::gui::AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>Integrität &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the database file and recompute the hash chain of every audit entry</source>
        <translation>Datenbankdatei prüfen und die Hash-Kette jedes Prüfpfadeintrags neu berechnen</translation>
    </message>
    <message>
        <source>Double-click a problem to open its record</source>
        <translation>Doppelklicken Sie auf ein Problem, um den Datensatz zu öffnen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Only entries by this user</source>
        <translation>Nur Einträge dieses Benutzers</translation>
    </message>
    <message>
        <source>Record id, e.g. NC-0042</source>
        <translation>Datensatzkennung, z. B. NC-0042</translation>
    </message>
    <message>
        <source>Text in record, field, values or reason</source>
        <translation>Text in Datensatz, Feld, Werten oder Begründung</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Der Prüfpfad konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 matching entries, newest first</source>
        <translation>%1 passende Einträge, neueste zuerst</translation>
    </message>
    <message>
        <source>%1 entries, newest first</source>
        <translation>%1 Einträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Prüfpfad wird geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Verification did not complete.</source>
        <translation>Die Prüfung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>&amp;#10004; Verified %1 entries, chain head %2…</source>
        <translation>&amp;#10004; %1 Einträge geprüft, Kettenkopf %2…</translation>
    </message>
    <message>
        <source>The hash chain is unbroken, %1 records match their trail and SQLite&apos;s integrity check passed.</source>
        <translation>Die Hash-Kette ist lückenlos, %1 Datensätze stimmen mit ihrem Prüfpfad überein und die SQLite-Integritätsprüfung war erfolgreich.</translation>
    </message>
    <message>
        <source>&amp;#10008; Integrity problems found: %1</source>
        <translation>&amp;#10008; Integritätsprobleme gefunden: %1</translation>
    </message>
    <message>
        <source>Checked %1 entries. Keep this file unchanged and restore the last good backup; the entries listed below were altered, removed or do not match their record.</source>
        <translation>%1 Einträge geprüft. Lassen Sie diese Datei unverändert und stellen Sie die letzte gute Sicherung wieder her; die unten aufgeführten Einträge wurden verändert, entfernt oder passen nicht zu ihrem Datensatz.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Integrity problems</source>
        <translation>Integritätsprobleme</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Prüfpfadeinträge</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Datensatzkennung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>display format of date fields</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
</context>
<context>
    <name>qms::gui::AutoBackupFlow</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Backed up to %1; removed the oldest backup</source>
        <translation>Gesichert nach %1; die älteste Sicherung wurde entfernt</translation>
    </message>
    <message>
        <source>Backed up to %1; removed the %2 oldest backups</source>
        <translation>Gesichert nach %1; die %2 ältesten Sicherungen wurden entfernt</translation>
    </message>
</context>
<context>
    <name>qms::gui::CaEditor</name>
    <message>
        <source>Nonconformities this action addresses</source>
        <translation>Nichtkonformitäten, die diese Maßnahme behandelt</translation>
    </message>
    <message>
        <source>ISO 9001 clauses</source>
        <translation>ISO-9001-Abschnitte</translation>
    </message>
    <message>
        <source>Overdue: was due on %1.</source>
        <translation>Überfällig: war fällig am %1.</translation>
    </message>
    <message>
        <source>Last status change: %1</source>
        <translation>Letzte Statusänderung: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1 is %2: the record is final and kept as it was.</source>
        <translation>%1 hat den Status „%2“: der Datensatz ist abgeschlossen und bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 is %2 and kept as it was. Reopen or rework it to change it.</source>
        <translation>%1 hat den Status „%2“ und bleibt unverändert. Öffnen Sie die Maßnahme erneut oder überarbeiten Sie sie, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Change requests this action carries out</source>
        <translation>Änderungsanträge, die diese Maßnahme umsetzt</translation>
    </message>
</context>
<context>
    <name>qms::gui::ClauseApplicabilityDialog</name>
    <message>
        <source>Applicability of clause %1</source>
        <translation>Anwendbarkeit von Abschnitt %1</translation>
    </message>
    <message>
        <source>This clause &amp;applies to our organisation</source>
        <translation>Dieser Abschnitt ist für unsere Organisation &amp;anwendbar</translation>
    </message>
    <message>
        <source>&amp;Justification (required when the clause does not apply):</source>
        <translation>&amp;Begründung (erforderlich, wenn der Abschnitt nicht anwendbar ist):</translation>
    </message>
    <message>
        <source>e.g. We build to customer drawings and do no design work.</source>
        <translation>z. B. Wir fertigen nach Kundenzeichnung und entwickeln nicht selbst.</translation>
    </message>
    <message>
        <source>Clause %1 does not apply, so neither does %2. Change %1 to make it apply again.</source>
        <translation>Abschnitt %1 ist nicht anwendbar, also auch %2 nicht. Ändern Sie %1, um ihn wieder anwendbar zu machen.</translation>
    </message>
    <message>
        <source>Say why clause %1 does not apply: ISO 9001 4.3 asks for a justification.</source>
        <translation>Begründen Sie, warum Abschnitt %1 nicht anwendbar ist: ISO 9001 4.3 verlangt eine Begründung.</translation>
    </message>
    <message>
        <source>The applicability could not be saved: %1</source>
        <translation>Die Anwendbarkeit konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>qms::gui::ClauseDetailsPanel</name>
    <message>
        <source>Edit applicability…</source>
        <translation>Anwendbarkeit bearbeiten…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click a record to open it</source>
        <translation>Doppelklicken Sie auf einen Datensatz, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>No clause selected</source>
        <translation>Kein Abschnitt ausgewählt</translation>
    </message>
    <message>
        <source>Select a clause in the tree to see its applicability and the records giving evidence for it.</source>
        <translation>Wählen Sie einen Abschnitt im Baum, um seine Anwendbarkeit und die Nachweise dafür zu sehen.</translation>
    </message>
    <message>
        <source>Applies to the organisation.</source>
        <translation>Für die Organisation anwendbar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not applicable.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht anwendbar.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Decide whether this clause applies (ISO 9001 4.3)</source>
        <translation>Entscheiden, ob dieser Abschnitt anwendbar ist (ISO 9001 4.3)</translation>
    </message>
    <message>
        <source>Only a quality manager working read-write can change applicability</source>
        <translation>Nur ein Qualitätsmanager mit Schreibzugriff kann die Anwendbarkeit ändern</translation>
    </message>
    <message>
        <source>Linked records could not be read: %1</source>
        <translation>Verknüpfte Datensätze konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No linked records</source>
        <translation>Keine verknüpften Datensätze</translation>
    </message>
    <message>
        <source>Linked records (first %1 of %2)</source>
        <translation>Verknüpfte Datensätze (erste %1 von %2)</translation>
    </message>
    <message>
        <source>Linked records (%1)</source>
        <translation>Verknüpfte Datensätze (%1)</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Verknüpfte Datensätze</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Audit programme: %1</source>
        <translation>Auditprogramm: %1</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>geplant für %1</translation>
    </message>
</context>
<context>
    <name>qms::gui::ClausePage</name>
    <message>
        <source>Filter by number, title or summary</source>
        <translation>Nach Nummer, Titel oder Zusammenfassung filtern</translation>
    </message>
    <message>
        <source>Clause coverage could not be read: %1</source>
        <translation>Die Abdeckung der Abschnitte konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Coverage %1 %</source>
        <translation>Abdeckung %1 %</translation>
    </message>
    <message>
        <source>Filter clauses</source>
        <translation>Abschnitte filtern</translation>
    </message>
    <message>
        <source>ISO 9001 clauses</source>
        <translation>ISO-9001-Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Needs evidence</source>
        <translation>&amp;Ohne Nachweis</translation>
    </message>
    <message>
        <source>Show only applicable clauses without current evidence: gaps and clauses whose evidence is stale</source>
        <translation>Nur anwendbare Abschnitte ohne aktuellen Nachweis zeigen: Lücken und Abschnitte mit veralteten Nachweisen</translation>
    </message>
    <message>
        <source>— %1 (%2)</source>
        <translation>— %1 (%2)</translation>
    </message>
</context>
<context>
    <name>qms::gui::ClausePicker</name>
    <message>
        <source>Filter clauses by number or title, e.g. 8.7 or calibration</source>
        <translation>Abschnitte nach Nummer oder Titel filtern, z. B. 8.7 oder Kalibrierung</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>No clause linked yet.</source>
        <translation>Noch kein Abschnitt verknüpft.</translation>
    </message>
    <message>
        <source>Linked clauses: %1</source>
        <translation>Verknüpfte Abschnitte: %1</translation>
    </message>
    <message>
        <source>Filter clauses</source>
        <translation>Abschnitte filtern</translation>
    </message>
    <message>
        <source>ISO 9001 clauses</source>
        <translation>ISO-9001-Abschnitte</translation>
    </message>
</context>
<context>
    <name>qms::gui::ClauseTreeModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(The standard gives this clause no title; the label is ours.)</source>
        <translation>(Die Norm gibt diesem Abschnitt keinen Titel; die Bezeichnung stammt von uns.)</translation>
    </message>
    <message>
        <source>Applies to the organisation</source>
        <translation>Für die Organisation anwendbar</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>1 record gives evidence for this clause</source>
        <translation>1 Datensatz belegt diesen Abschnitt</translation>
    </message>
    <message>
        <source>%1 records give evidence for this clause</source>
        <translation>%1 Datensätze belegen diesen Abschnitt</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Whether the clause applies to the organisation (ISO 9001 4.3)</source>
        <translation>Ob der Abschnitt für die Organisation anwendbar ist (ISO 9001 4.3)</translation>
    </message>
    <message>
        <source>No record is linked to this clause yet</source>
        <translation>Mit diesem Abschnitt ist noch kein Datensatz verknüpft</translation>
    </message>
    <message>
        <source>1 record of evidence is overdue for review</source>
        <translation>1 Nachweis ist zur Prüfung überfällig</translation>
    </message>
    <message>
        <source>%1 records of evidence are overdue for review</source>
        <translation>%1 Nachweise sind zur Prüfung überfällig</translation>
    </message>
    <message>
        <source>No linked record counts as evidence</source>
        <translation>Kein verknüpfter Datensatz zählt als Nachweis</translation>
    </message>
</context>
<context>
    <name>qms::gui::DashboardCharts</name>
    <message>
        <source>Nonconformities opened vs closed per month</source>
        <translation>Eröffnete und abgeschlossene Nichtkonformitäten pro Monat</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n opened. Click to list them.</source>
        <translation>
            <numerusform>%1: %n eröffnet. Zum Auflisten klicken.</numerusform>
            <numerusform>%1: %n eröffnet. Zum Auflisten klicken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n closed. Click to list them.</source>
        <translation>
            <numerusform>%1: %n abgeschlossen. Zum Auflisten klicken.</numerusform>
            <numerusform>%1: %n abgeschlossen. Zum Auflisten klicken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nonconformities by source (Pareto)</source>
        <translation>Nichtkonformitäten nach Quelle (Pareto)</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Kumuliert %</translation>
    </message>
    <message>
        <source>No nonconformities yet</source>
        <translation>Noch keine Nichtkonformitäten</translation>
    </message>
    <message>
        <source>NCs</source>
        <translation>NK</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n nonconformities (cumulative %2 %). Click to list them.</source>
        <translation>
            <numerusform>%1: %n Nichtkonformität (kumuliert %2 %). Zum Auflisten klicken.</numerusform>
            <numerusform>%1: %n Nichtkonformitäten (kumuliert %2 %). Zum Auflisten klicken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrective actions completed on time</source>
        <translation>Termintreue der Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>No completed actions yet</source>
        <translation>Noch keine erledigten Maßnahmen</translation>
    </message>
    <message>
        <source>On time (%1)</source>
        <translation>Termingerecht (%1)</translation>
    </message>
    <message>
        <source>Late (%1)</source>
        <translation>Verspätet (%1)</translation>
    </message>
    <message>
        <source>%1. Click to list completed actions.</source>
        <translation>%1. Zum Auflisten der erledigten Maßnahmen klicken.</translation>
    </message>
</context>
<context>
    <name>qms::gui::DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Recompute the figures</source>
        <translation>Kennzahlen neu berechnen</translation>
    </message>
    <message>
        <source>Open nonconformities</source>
        <translation>Offene Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Nonconformities not yet closed or cancelled. Click to list them.</source>
        <translation>Noch nicht abgeschlossene oder stornierte Nichtkonformitäten. Zum Auflisten klicken.</translation>
    </message>
    <message>
        <source>Overdue corrective actions</source>
        <translation>Überfällige Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Planned or in-progress actions past their due date. Click to list them.</source>
        <translation>Geplante oder laufende Maßnahmen nach ihrem Fälligkeitsdatum. Zum Auflisten klicken.</translation>
    </message>
    <message>
        <source>Documents due for review</source>
        <translation>Zur Prüfung fällige Dokumente</translation>
    </message>
    <message>
        <source>Documents whose next review falls within %1 days, overdue ones included. Click to list them.</source>
        <translation>Dokumente, deren nächste Prüfung innerhalb von %1 Tagen fällig ist, überfällige eingeschlossen. Zum Auflisten klicken.</translation>
    </message>
    <message>
        <source>Clause coverage</source>
        <translation>Abdeckung der Normabschnitte</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Das Dashboard konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 — figures as of %2</source>
        <translation>%1 — Stand %2</translation>
    </message>
    <message>
        <source>1 major</source>
        <translation>1 schwerwiegend</translation>
    </message>
    <message>
        <source>%1 major</source>
        <translation>%1 schwerwiegend</translation>
    </message>
    <message>
        <source>1 minor</source>
        <translation>1 geringfügig</translation>
    </message>
    <message>
        <source>%1 minor</source>
        <translation>%1 geringfügig</translation>
    </message>
    <message>
        <source>1 observation</source>
        <translation>1 Beobachtung</translation>
    </message>
    <message>
        <source>%1 observations</source>
        <translation>%1 Beobachtungen</translation>
    </message>
    <message>
        <source>No effectiveness check overdue</source>
        <translation>Keine Wirksamkeitsprüfung überfällig</translation>
    </message>
    <message>
        <source>1 effectiveness check overdue</source>
        <translation>1 Wirksamkeitsprüfung überfällig</translation>
    </message>
    <message>
        <source>%1 effectiveness checks overdue</source>
        <translation>%1 Wirksamkeitsprüfungen überfällig</translation>
    </message>
    <message>
        <source>within 1 day</source>
        <translation>innerhalb von 1 Tag</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 überfällig</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>keine überfällig</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>keine Lücken</translation>
    </message>
    <message>
        <source>1 gap</source>
        <translation>1 Lücke</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 Lücken</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Click to see the clauses.</source>
        <translation>Zum Anzeigen der Abschnitte klicken.</translation>
    </message>
    <message>
        <source>%1 of %2 applicable clauses</source>
        <translation>%1 von %2 anwendbaren Abschnitten</translation>
    </message>
    <message>
        <source>1 stale</source>
        <translation>1 veraltet</translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
</context>
<context>
    <name>qms::gui::DatabaseOpener</name>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No file at %1.</source>
        <translation>Keine Datei unter %1.</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 could not be created.

%2</source>
        <translation>%1 konnte nicht angelegt werden.

%2</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>Die Demo-Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The demo database could not be created.

%1</source>
        <translation>Die Demo-Datenbank konnte nicht angelegt werden.

%1</translation>
    </message>
</context>
<context>
    <name>qms::gui::DocumentEditor</name>
    <message>
        <source>quality manager</source>
        <translation>Qualitätsmanager</translation>
    </message>
    <message>
        <source>process owner</source>
        <translation>Prozesseigner</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>Änderungsbeschreibung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Released at</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Processes using this document</source>
        <translation>Prozesse, die dieses Dokument verwenden</translation>
    </message>
    <message>
        <source>ISO 9001 clauses</source>
        <translation>ISO-9001-Abschnitte</translation>
    </message>
    <message>
        <source>Attach a file to %1 revision %2</source>
        <translation>Datei an %1 Revision %2 anhängen</translation>
    </message>
    <message>
        <source>the new document</source>
        <translation>das neue Dokument</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>Erstausgabe</translation>
    </message>
    <message>
        <source>set when a revision is released (release date + review interval)</source>
        <translation>wird bei der Freigabe einer Revision gesetzt (Freigabedatum + Prüfintervall)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file attached yet. Drop a file here or use Attach file…</source>
        <translation>Noch keine Datei angehängt. Ziehen Sie eine Datei hierher oder verwenden Sie „Datei anhängen…“</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Datei an&amp;hängen…</translation>
    </message>
    <message>
        <source>Replace &amp;file…</source>
        <translation>Datei &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Revision %1 is in force, released %2 by %3.</source>
        <translation>Revision %1 ist gültig, freigegeben am %2 von %3.</translation>
    </message>
    <message>
        <source>Revision %1 is being drafted.</source>
        <translation>Revision %1 ist in Bearbeitung.</translation>
    </message>
    <message>
        <source>The periodic review was due on %1.</source>
        <translation>Die regelmäßige Prüfung war am %1 fällig.</translation>
    </message>
    <message>
        <source>Obsolete: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Start new revision</source>
        <translation>Neue Revision beginnen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1 is obsolete and kept as it was. Create a new document instead.</source>
        <translation>%1 ist ungültig und bleibt unverändert. Legen Sie stattdessen ein neues Dokument an.</translation>
    </message>
    <message>
        <source>Release %1 revision %2 as %3, %4, on %5? This records your approval.</source>
        <translation>%1 Revision %2 als %3, %4, am %5 freigeben? Damit wird Ihre Genehmigung aufgezeichnet.</translation>
    </message>
    <message>
        <source>Approve and release</source>
        <translation>Genehmigen und freigeben</translation>
    </message>
    <message>
        <source>Attach or replace the file of the draft revision (you can also drop a file on this window)</source>
        <translation>Datei der Entwurfsrevision anhängen oder ersetzen (Sie können eine Datei auch auf dieses Fenster ziehen)</translation>
    </message>
    <message>
        <source>Revision %1 is %2; files go to a draft revision. Start a new revision first.</source>
        <translation>Revision %1 hat den Status „%2“; Dateien gehören zu einer Entwurfsrevision. Beginnen Sie zuerst eine neue Revision.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>No application is set up to open %1. Use Save as… and open the copy yourself.</source>
        <translation>Keine Anwendung ist zum Öffnen von %1 eingerichtet. Verwenden Sie „Speichern unter…“ und öffnen Sie die Kopie selbst.</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation>%1 speichern unter</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
</context>
<context>
    <name>qms::gui::FilterBar</name>
    <message>
        <source>Filter by words or ID…</source>
        <translation>Nach Wörtern oder ID filtern…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>ISO 9001 clause, e.g. 8.7: records linked to it or to its subclauses</source>
        <translation>ISO-9001-Abschnitt, z. B. 8.7: damit oder mit Unterabschnitten verknüpfte Datensätze</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>Nur a&amp;ktive</translation>
    </message>
    <message>
        <source>O&amp;pen only</source>
        <translation>Nur &amp;offene</translation>
    </message>
    <message>
        <source>Review o&amp;verdue</source>
        <translation>Prüfung überfä&amp;llig</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Nur überfä&amp;llige</translation>
    </message>
    <message>
        <source>Nonconformities with an open corrective action past its due date</source>
        <translation>Nichtkonformitäten mit einer offenen, überfälligen Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 selected</source>
        <translation>%1: %2 ausgewählt</translation>
    </message>
    <message>
        <source>Show only some values of %1</source>
        <translation>Nur bestimmte Werte von %1 zeigen</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>detected in %1</source>
        <translation>festgestellt im %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>fällig im %1</translation>
    </message>
    <message>
        <source>closed in %1</source>
        <translation>abgeschlossen im %1</translation>
    </message>
    <message>
        <source>completed in %1</source>
        <translation>erledigt im %1</translation>
    </message>
    <message>
        <source>review due within %1 days</source>
        <translation>Prüfung fällig innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>&lt;i&gt;Also: %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;Außerdem: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Anyone responsible</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Filter by words or ID</source>
        <translation>Nach Wörtern oder ID filtern</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Leitender Auditor</translation>
    </message>
    <message>
        <source>Any lead auditor</source>
        <translation>Jeder leitende Auditor</translation>
    </message>
    <message>
        <source>planned in %1</source>
        <translation>geplant im %1</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Any chair</source>
        <translation>Jeder Vorsitz</translation>
    </message>
</context>
<context>
    <name>qms::gui::FormHelpers</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Empty shows as —. Go down to the earliest date to clear it.</source>
        <translation>Leer wird als — angezeigt. Zum Leeren bis zum frühesten Datum zurückgehen.</translation>
    </message>
</context>
<context>
    <name>qms::gui::GenericEditor</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1 is %2 and kept as it was.</source>
        <translation>%1 ist %2 und bleibt, wie es war.</translation>
    </message>
    <message>
        <source>Save this record first</source>
        <translation>Zuerst diesen Datensatz speichern</translation>
    </message>
</context>
<context>
    <name>qms::gui::HistoryView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Every change to this record, newest first. Entries cannot be edited or removed.</source>
        <translation>Jede Änderung dieses Datensatzes, neueste zuerst. Einträge können nicht bearbeitet oder entfernt werden.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>Before:
%1

After:
%2</source>
        <translation>Vorher:
%1

Nachher:
%2</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>%1 — signed by %2 (%3)</source>
        <translation>%1 — unterschrieben von %2 (%3)</translation>
    </message>
    <message>
        <source>Electronic signature, audit entry %1, %2 UTC</source>
        <translation>Elektronische Unterschrift, Prüfpfadeintrag %1, %2 UTC</translation>
    </message>
</context>
<context>
    <name>qms::gui::ImportDialog</name>
    <message>
        <source>Rows as they will be imported</source>
        <translation>Zeilen, wie sie importiert werden</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save import template</source>
        <translation>Importvorlage speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The %1 template was saved to %2. Fill it in, save it as CSV and choose it above.</source>
        <translation>Die Vorlage für %1 wurde in %2 gespeichert. Füllen Sie sie aus, speichern Sie sie als CSV und wählen Sie sie oben aus.</translation>
    </message>
    <message>
        <source>No column holds the ID: every record gets the next free number.</source>
        <translation>Keine Spalte enthält die ID: jeder Datensatz erhält die nächste freie Nummer.</translation>
    </message>
    <message>
        <source>%1 has no data rows: there is nothing to import.</source>
        <translation>%1 hat keine Datenzeilen: es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1: %2 %3 are ready to be imported. Nothing has been written yet.</source>
        <translation>%1: %2 %3 sind bereit zum Import. Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be imported as it is.&lt;/b&gt; %2 Correct the file and press Check again (or go back to change the columns).</source>
        <translation>&lt;b&gt;%1 kann so nicht importiert werden.&lt;/b&gt; %2 Korrigieren Sie die Datei und klicken Sie auf Erneut prüfen (oder gehen Sie zurück, um die Spalten zu ändern).</translation>
    </message>
    <message>
        <source>One problem was found.</source>
        <translation>Ein Problem wurde gefunden.</translation>
    </message>
    <message>
        <source>%1 problems were found.</source>
        <translation>%1 Probleme wurden gefunden.</translation>
    </message>
    <message>
        <source>The table shows the first %1 of %2 rows.</source>
        <translation>Die Tabelle zeigt die ersten %1 von %2 Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) will be made when the records they name are imported.</source>
        <translation>
            <numerusform>%n Verknüpfung wird angelegt, sobald die darin genannten Datensätze importiert sind.</numerusform>
            <numerusform>%n Verknüpfungen werden angelegt, sobald die darin genannten Datensätze importiert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 were imported from %3 (%4 to %5).</source>
        <translation>%1 %2 wurden aus %3 importiert (%4 bis %5).</translation>
    </message>
    <message>
        <source>Links waiting for records that are not imported yet:</source>
        <translation>Verknüpfungen, die auf noch nicht importierte Datensätze warten:</translation>
    </message>
    <message>
        <source>1. Register and file</source>
        <translation>1. Register und Datei</translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. Spalten</translation>
    </message>
    <message>
        <source>3. Preview</source>
        <translation>3. Vorschau</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Vorschau</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>Importiert in</translation>
    </message>
    <message>
        <source>Field for column %1 (%2)</source>
        <translation>Feld für Spalte %1 (%2)</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Diese Spalte ignorieren</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>qms::gui::ItemStateTable</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>New revision…</source>
        <translation>Neue Revision…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Start the next revision of the selected released document for this record</source>
        <translation>Die nächste Revision des gewählten freigegebenen Dokuments für diesen Datensatz beginnen</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklick öffnet %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an affected record</source>
        <translation>Betroffenen Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>revision %1 started</source>
        <translation>Revision %1 begonnen</translation>
    </message>
</context>
<context>
    <name>qms::gui::LinkedRecordList</name>
    <message>
        <source>Link…</source>
        <translation>Verknüpfen…</translation>
    </message>
    <message>
        <source>Link an existing %1</source>
        <translation>Vorhandenen Datensatz verknüpfen (%1)</translation>
    </message>
    <message>
        <source>None linked.</source>
        <translation>Nichts verknüpft.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the link to %1 (the record itself stays)</source>
        <translation>Verknüpfung zu %1 entfernen (der Datensatz selbst bleibt)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>%1 verknüpfen</translation>
    </message>
</context>
<context>
    <name>qms::gui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Normabschnitte</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Export &amp;audit pack…</source>
        <translation>&amp;Auditpaket exportieren…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Auditors can view everything but change nothing.</source>
        <translation>Auditoren können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>The database is open read-only for review.</source>
        <translation>Die Datenbank ist zur Prüfung nur lesend geöffnet.</translation>
    </message>
    <message>
        <source>QMS Desk</source>
        <translation>QMS Desk</translation>
    </message>
    <message>
        <source>%1 — QMS Desk</source>
        <translation>%1 — QMS Desk</translation>
    </message>
    <message>
        <source>%1 (%2) — QMS Desk</source>
        <translation>%1 (%2) — QMS Desk</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Create an empty QMS file for an organisation</source>
        <translation>Eine leere QMS-Datei für eine Organisation anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a QMS Desk database</source>
        <translation>Eine QMS-Desk-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open for &amp;review…</source>
        <translation>Zur &amp;Prüfung öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a database read-only: nothing can be changed</source>
        <translation>Eine Datenbank nur lesend öffnen: nichts kann geändert werden</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>&amp;Sicherungskopie…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database</source>
        <translation>Eine konsistente Kopie der geöffneten Datenbank schreiben</translation>
    </message>
    <message>
        <source>&amp;Export register…</source>
        <translation>Register &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>Datenban&amp;k schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Neuer Datensatz</translation>
    </message>
    <message>
        <source>&amp;Open record by ID…</source>
        <translation>Datensatz über &amp;ID öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Search all records…</source>
        <translation>Alle Datensätze &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+K)</source>
        <translation>Alle Datensätze durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Filter this register</source>
        <translation>Dieses Register &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>Integrität &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the file, the audit trail&apos;s hash chain and every record against it</source>
        <translation>Die Datei, die Hash-Kette des Prüfpfads und jeden Datensatz dagegen prüfen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Clauses</source>
        <translation>Norm&amp;abschnitte</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation>&amp;Prozesse</translation>
    </message>
    <message>
        <source>&amp;Nonconformities</source>
        <translation>&amp;Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Corrective &amp;actions</source>
        <translation>&amp;Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>Prüf&amp;pfad</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About QMS Desk</source>
        <translation>&amp;Über QMS Desk</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Export %1…</source>
        <translation>%1 &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;New %1</source>
        <translation>%1 &amp;anlegen</translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation>Öffnen Sie zuerst eine Datenbank</translation>
    </message>
    <message>
        <source>Cannot create records: %1</source>
        <translation>Datensätze können nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>New %1 (%2)</source>
        <translation>%1 anlegen (%2)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open for review (read-only)</source>
        <translation>Zur Prüfung öffnen (nur lesend)</translation>
    </message>
    <message>
        <source>Open QMS database</source>
        <translation>QMS-Datenbank öffnen</translation>
    </message>
    <message>
        <source>QMS Desk databases (*.qms);;All files (*)</source>
        <translation>QMS-Desk-Datenbanken (*.qms);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Sicherungskopie</translation>
    </message>
    <message>
        <source>QMS Desk databases (*.qms)</source>
        <translation>QMS-Desk-Datenbanken (*.qms)</translation>
    </message>
    <message>
        <source>Choose another file than the open database.</source>
        <translation>Wählen Sie eine andere Datei als die geöffnete Datenbank.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The copy could not be written.

%1</source>
        <translation>Die Kopie konnte nicht geschrieben werden.

%1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sicherung geschrieben nach %1</translation>
    </message>
    <message>
        <source>CSV, opens in spreadsheets (*.csv)</source>
        <translation>CSV, öffnet in Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 exportiert nach %2</translation>
    </message>
    <message>
        <source>Verifying the database and its audit trail…</source>
        <translation>Datenbank und Prüfpfad werden geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Record ID (e.g. NC-0042):</source>
        <translation>Datensatz-ID (z. B. NC-0042):</translation>
    </message>
    <message>
        <source>About QMS Desk</source>
        <translation>Über QMS Desk</translation>
    </message>
    <message>
        <source>QMS Desk %1

A desktop quality management system for ISO 9001: documents, processes, nonconformities and corrective actions with a tamper-evident audit trail.

Qt %2</source>
        <translation>QMS Desk %1

Ein Qualitätsmanagementsystem nach ISO 9001 für den Desktop: Dokumente, Prozesse, Nichtkonformitäten und Korrekturmaßnahmen mit manipulationssicherem Prüfpfad.

Qt %2</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>The log files are in %1</source>
        <translation>Die Protokolldateien liegen in %1</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import records from a spreadsheet saved as CSV, with a preview first</source>
        <translation>Datensätze aus einer als CSV gespeicherten Tabelle importieren, mit vorheriger Vorschau</translation>
    </message>
    <message>
        <source>Write the current register as CSV, Excel workbook or JSON</source>
        <translation>Das aktuelle Register als CSV, Excel-Arbeitsmappe oder JSON schreiben</translation>
    </message>
    <message>
        <source>Excel workbook: typed columns, filters (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe: typisierte Spalten, Filter (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a register (%1) first</source>
        <translation>Wählen Sie zuerst ein Register (%1)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>&amp;Internal audits</source>
        <translation>&amp;Interne Audits</translation>
    </message>
    <message>
        <source>&amp;Management reviews</source>
        <translation>&amp;Managementbewertungen</translation>
    </message>
</context>
<context>
    <name>qms::gui::NcEditor</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;New corrective action for this NC</source>
        <translation>Neue Korrekturmaßnahme zu d&amp;ieser NK</translation>
    </message>
    <message>
        <source>Creates a corrective action linked to this nonconformity and opens it</source>
        <translation>Legt eine mit dieser Nichtkonformität verknüpfte Korrekturmaßnahme an und öffnet sie</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>ISO 9001 clauses</source>
        <translation>ISO-9001-Abschnitte</translation>
    </message>
    <message>
        <source>Last status change: %1</source>
        <translation>Letzte Statusänderung: %1</translation>
    </message>
    <message>
        <source>Closed on %1. %2</source>
        <translation>Abgeschlossen am %1. %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1 is %2 and kept as it was. Reopen it to change it.</source>
        <translation>%1 hat den Status „%2“ und bleibt unverändert. Öffnen Sie sie erneut, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Action for %1: %2</source>
        <translation>Maßnahme zu %1: %2</translation>
    </message>
</context>
<context>
    <name>qms::gui::NewDatabaseDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>New QMS database</source>
        <translation>Neue QMS-Datenbank</translation>
    </message>
    <message>
        <source>QMS Desk databases (*.qms)</source>
        <translation>QMS-Desk-Datenbanken (*.qms)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name (an existing database is opened with File ▸ Open).</source>
        <translation>%1 existiert bereits: wählen Sie einen anderen Namen (eine vorhandene Datenbank öffnen Sie mit Datei ▸ Öffnen).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <source>Enter a user name for the first quality manager.</source>
        <translation>Geben Sie einen Benutzernamen für den ersten Qualitätsmanager ein.</translation>
    </message>
    <message>
        <source>User names use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>Benutzernamen bestehen nur aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>qms::gui::PackExportDialog</name>
    <message>
        <source>Export audit pack</source>
        <translation>Auditpaket exportieren</translation>
    </message>
    <message>
        <source>Audit pack %1</source>
        <translation>Auditpaket %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation>Auditpaket</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qms::gui::PackExportFlow</name>
    <message>
        <source>Preparing audit pack…</source>
        <translation>Auditpaket wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export audit pack</source>
        <translation>Auditpaket exportieren</translation>
    </message>
    <message>
        <source>The audit pack could not be written to %1.

%2</source>
        <translation>Das Auditpaket konnte nicht nach %1 geschrieben werden.

%2</translation>
    </message>
</context>
<context>
    <name>qms::gui::PackPreviewDialog</name>
    <message>
        <source>Audit pack – %1</source>
        <translation>Auditpaket – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); chain head %1 (sequence %2); integrity %3</source>
        <translation>
            <numerusform>%n Seite; Kettenkopf %1 (Eintrag %2); Integrität %3</numerusform>
            <numerusform>%n Seiten; Kettenkopf %1 (Eintrag %2); Integrität %3</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Breite einpassen</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>&amp;Seite einpassen</translation>
    </message>
    <message>
        <source>&amp;Open externally</source>
        <translation>&amp;Extern öffnen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>Save audit pack as</source>
        <translation>Auditpaket speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save audit pack</source>
        <translation>Auditpaket speichern</translation>
    </message>
</context>
<context>
    <name>qms::gui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>Set my password</source>
        <translation>Mein Passwort festlegen</translation>
    </message>
    <message>
        <source>%1 (%2): with a password, opening this file as you and signing approvals need it. At least 8 characters.</source>
        <translation>%1 (%2): sobald Sie ein Passwort haben, wird es zum Öffnen dieser Datei unter Ihrem Namen und zum Unterschreiben von Genehmigungen benötigt. Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>Passwort &amp;speichern</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>qms::gui::PasswordMenu</name>
    <message>
        <source>Set &amp;my password…</source>
        <translation>&amp;Mein Passwort festlegen…</translation>
    </message>
    <message>
        <source>&amp;Clear a user&apos;s password…</source>
        <translation>Passwort eines Benutzers ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Require electronic signatures</source>
        <translation>Elektronische &amp;Unterschriften verlangen</translation>
    </message>
    <message>
        <source>Every document release, NC closure and CA effectiveness verification then needs the approver&apos;s password</source>
        <translation>Jede Dokumentfreigabe, jeder NK-Abschluss und jede Wirksamkeitsbestätigung einer Korrekturmaßnahme erfordert dann das Passwort der genehmigenden Person</translation>
    </message>
    <message>
        <source>Change &amp;my password…</source>
        <translation>&amp;Mein Passwort ändern…</translation>
    </message>
    <message>
        <source>Password saved</source>
        <translation>Passwort gespeichert</translation>
    </message>
    <message>
        <source>Your password is saved. You will need it to open this file as %1 and to sign approvals.</source>
        <translation>Ihr Passwort ist gespeichert. Sie benötigen es, um diese Datei als %1 zu öffnen und Genehmigungen zu unterschreiben.</translation>
    </message>
    <message>
        <source>Clear a password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>No user has a password.</source>
        <translation>Kein Benutzer hat ein Passwort.</translation>
    </message>
    <message>
        <source>Clear the password of (they then open the file without one and can set a new one):</source>
        <translation>Passwort entfernen von (die Person öffnet die Datei dann ohne Passwort und kann ein neues festlegen):</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Elektronische Unterschriften</translation>
    </message>
</context>
<context>
    <name>qms::gui::PreferencesDialog</name>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A &quot;backups&quot; folder next to the database</source>
        <translation>Ein Ordner „backups“ neben der Datenbank</translation>
    </message>
    <message>
        <source>Open a database to see and change its organisation details.</source>
        <translation>Öffnen Sie eine Datenbank, um die Angaben zur Organisation zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>This database is open for review: its organisation details cannot be changed.</source>
        <translation>Diese Datenbank ist zur Prüfung geöffnet: die Angaben zur Organisation können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Only quality managers can change the organisation details.</source>
        <translation>Nur Qualitätsmanager können die Angaben zur Organisation ändern.</translation>
    </message>
    <message>
        <source>Stored in the database itself, so every copy (an auditor&apos;s included) carries it; printed on the audit pack&apos;s cover. Changes are recorded in the audit trail.</source>
        <translation>In der Datenbank selbst gespeichert, sodass jede Kopie (auch die eines Auditors) sie enthält; wird auf das Deckblatt des Auditpakets gedruckt. Änderungen werden im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Dieses Bild kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG, up to %1. Printed at the top of the audit pack&apos;s cover.</source>
        <translation>PNG, JPEG oder SVG, bis zu %1. Wird oben auf dem Deckblatt des Auditpakets gedruckt.</translation>
    </message>
    <message>
        <source>%1 image, %2.</source>
        <translation>%1-Bild, %2.</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Logo der Organisation auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>%1 is %2; a logo may be at most %3. Save a smaller version of it (a few hundred pixels wide is plenty) and choose that.</source>
        <translation>%1 ist %2 groß; ein Logo darf höchstens %3 groß sein. Speichern Sie eine kleinere Version (einige hundert Pixel Breite genügen) und wählen Sie diese aus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation>%1 ist kein PNG-, JPEG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>%1 looks like an image but cannot be read; it may be damaged.</source>
        <translation>%1 sieht wie ein Bild aus, kann aber nicht gelesen werden; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logo nicht verwendet</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Ordner für automatische Sicherungen</translation>
    </message>
    <message>
        <source>Backups go to %1, named after the database and the time, e.g. quality-20261125-091500.qms.</source>
        <translation>Sicherungen werden in %1 abgelegt und nach der Datenbank und der Uhrzeit benannt, z. B. quality-20261125-091500.qms.</translation>
    </message>
    <message>
        <source>Backups go to %1, named after the database and the time.</source>
        <translation>Sicherungen werden in %1 abgelegt und nach der Datenbank und der Uhrzeit benannt.</translation>
    </message>
    <message>
        <source>Backups go to a &quot;backups&quot; folder next to each database, named after the database and the time.</source>
        <translation>Sicherungen werden in einem Ordner „backups“ neben der jeweiligen Datenbank abgelegt und nach der Datenbank und der Uhrzeit benannt.</translation>
    </message>
    <message>
        <source>Each copy is checked after writing; then only the oldest backups of that same database are deleted, nothing else in the folder. Databases opened for review are not backed up. A backup that fails is reported in the status bar and never stops the database from opening.</source>
        <translation>Jede Kopie wird nach dem Schreiben geprüft; danach werden nur die ältesten Sicherungen derselben Datenbank gelöscht, sonst nichts im Ordner. Zur Prüfung geöffnete Datenbanken werden nicht gesichert. Eine fehlgeschlagene Sicherung wird in der Statusleiste gemeldet und verhindert nie das Öffnen der Datenbank.</translation>
    </message>
    <message>
        <source>Organisation details not saved</source>
        <translation>Angaben zur Organisation nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>qms::gui::PreferencesFlow</name>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Organisation details, review and reminder defaults, backups, language</source>
        <translation>Angaben zur Organisation, Vorgaben für Prüfungen und Erinnerungen, Sicherungen, Sprache</translation>
    </message>
</context>
<context>
    <name>qms::gui::PrintFlow</name>
    <message>
        <source>Process interaction map</source>
        <translation>Prozesslandkarte</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>%1 could not be printed.

%2</source>
        <translation>%1 konnte nicht gedruckt werden.

%2</translation>
    </message>
    <message>
        <source>%1 rows match the filter; that is a few hundred pages. Print them all?

Narrow the filter to print fewer.</source>
        <translation>%1 Zeilen entsprechen dem Filter; das sind einige hundert Seiten. Alle drucken?

Grenzen Sie den Filter ein, um weniger zu drucken.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the register as shown: its filter, sort order and columns</source>
        <translation>Das Register so drucken, wie es angezeigt wird: mit Filter, Sortierung und Spalten</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the printout of the register as shown before printing it</source>
        <translation>Den Ausdruck des Registers in der angezeigten Form vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Dru&amp;cken</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Save the record first: a printout shows the record as stored</source>
        <translation>Speichern Sie den Datensatz zuerst: ein Ausdruck zeigt den gespeicherten Stand</translation>
    </message>
    <message>
        <source>Print the record as stored (%1)</source>
        <translation>Den Datensatz im gespeicherten Stand drucken (%1)</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>%1 als PDF speichern</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>%1 could not be saved as PDF.

%2</source>
        <translation>%1 konnte nicht als PDF gespeichert werden.

%2</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Write the record as a PDF report (an audit report, a review&apos;s record) and open it</source>
        <translation>Den Datensatz als PDF-Bericht schreiben (einen Auditbericht, das Protokoll einer Bewertung) und öffnen</translation>
    </message>
</context>
<context>
    <name>qms::gui::ProcessEditor</name>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Feeds (its outputs are the inputs of these processes)</source>
        <translation>Liefert an (seine Ergebnisse sind die Eingaben dieser Prozesse)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>ISO 9001 clauses</source>
        <translation>ISO-9001-Abschnitte</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (stillgelegt)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
</context>
<context>
    <name>qms::gui::ProcessMap</name>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>No open nonconformities</source>
        <translation>Keine offenen Nichtkonformitäten</translation>
    </message>
    <message numerus="yes">
        <source>%n open nonconformities</source>
        <translation>
            <numerusform>%n offene Nichtkonformität</numerusform>
            <numerusform>%n offene Nichtkonformitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n major)</source>
        <translation>
            <numerusform>(davon %n schwerwiegend)</numerusform>
            <numerusform>(davon %n schwerwiegend)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open, drag to move</source>
        <translation>Doppelklick zum Öffnen, Ziehen zum Verschieben</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Keine verantwortliche Person</translation>
    </message>
    <message>
        <source>%1 feeds %2 (closes a loop)</source>
        <translation>%1 liefert an %2 (schließt einen Kreislauf)</translation>
    </message>
    <message>
        <source>%1 feeds %2</source>
        <translation>%1 liefert an %2</translation>
    </message>
</context>
<context>
    <name>qms::gui::ProcessMapPage</name>
    <message>
        <source>Show &amp;retired processes</source>
        <translation>&amp;Stillgelegte Prozesse anzeigen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Put the boxes you moved back where the automatic layout places them</source>
        <translation>Die verschobenen Kästen wieder an die Stellen setzen, an denen das automatische Layout sie platziert</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No open NCs</source>
        <translation>Keine offenen NK</translation>
    </message>
    <message>
        <source>Open NCs</source>
        <translation>Offene NK</translation>
    </message>
    <message>
        <source>Open major NC</source>
        <translation>Offene schwerwiegende NK</translation>
    </message>
    <message>
        <source>- - → closes a loop</source>
        <translation>- - → schließt einen Kreislauf</translation>
    </message>
    <message>
        <source>A dashed arrow runs back against the flow: it closes a loop (feedback).</source>
        <translation>Ein gestrichelter Pfeil läuft gegen den Fluss zurück: er schließt einen Kreislauf (Rückkopplung).</translation>
    </message>
    <message>
        <source>Drag to move, Ctrl+wheel to zoom, double-click a process to open it</source>
        <translation>Ziehen zum Verschieben, Strg+Mausrad zum Zoomen, Doppelklick auf einen Prozess zum Öffnen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Landkarte</translation>
    </message>
    <message>
        <source>The process map could not be read: %1</source>
        <translation>Die Prozesslandkarte konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No processes yet. Add processes in the table view and say which processes each one feeds; the map draws itself from that.</source>
        <translation>Noch keine Prozesse. Legen Sie Prozesse in der Tabellenansicht an und geben Sie an, an welche Prozesse jeder liefert; die Landkarte wird daraus automatisch gezeichnet.</translation>
    </message>
    <message>
        <source>Every process is retired. Tick &quot;Show retired processes&quot; to see them.</source>
        <translation>Alle Prozesse sind stillgelegt. Aktivieren Sie „Stillgelegte Prozesse anzeigen“, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The map is empty.</source>
        <translation>Die Landkarte ist leer.</translation>
    </message>
    <message>
        <source>Process interaction map</source>
        <translation>Prozesslandkarte</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export process map</source>
        <translation>Prozesslandkarte exportieren</translation>
    </message>
</context>
<context>
    <name>qms::gui::ProcessMapView</name>
    <message>
        <source>Process interaction map</source>
        <translation>Prozesslandkarte</translation>
    </message>
</context>
<context>
    <name>qms::gui::RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>Ver&amp;knüpfungen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Verl&amp;auf</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>Read-only: %1 could not be loaded.</source>
        <translation>Nur lesend: %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Read-only: this file is open for review, nothing can be changed.</source>
        <translation>Nur lesend: diese Datei ist zur Prüfung geöffnet, nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Nur lesend: %1</translation>
    </message>
    <message>
        <source>%1[*] — QMS Desk</source>
        <translation>%1[*] — QMS Desk</translation>
    </message>
    <message>
        <source>available after the first save</source>
        <translation>nach dem ersten Speichern verfügbar</translation>
    </message>
    <message>
        <source>no further steps</source>
        <translation>keine weiteren Schritte</translation>
    </message>
    <message>
        <source>%1 (asks for a reason, kept in the audit trail)</source>
        <translation>%1 (fragt nach einer Begründung, die im Prüfpfad bleibt)</translation>
    </message>
    <message>
        <source>The history starts when the record is first saved.</source>
        <translation>Der Verlauf beginnt mit dem ersten Speichern des Datensatzes.</translation>
    </message>
    <message>
        <source>%1: %2

Why? The reason is kept in the audit trail.</source>
        <translation>%1: %2

Warum? Die Begründung bleibt im Prüfpfad.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>%1

Reload %2 now? Your edits in this window will be lost.</source>
        <translation>%1

%2 jetzt neu laden? Ihre Bearbeitungen in diesem Fenster gehen verloren.</translation>
    </message>
    <message>
        <source>The new %1 cannot be saved yet:</source>
        <translation>Der neue Datensatz (%1) kann noch nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>The new record</source>
        <translation>Der neue Datensatz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 was changed by another save while you were editing it (in another window, or as a consequence of a change to a linked record). Saving your edits will be refused. &lt;a href=&quot;reload&quot;&gt;Reload&lt;/a&gt; to see the stored version; your edits in this window are lost then.</source>
        <translation>%1 wurde durch eine andere Speicherung geändert, während Sie es bearbeitet haben (in einem anderen Fenster oder als Folge einer Änderung an einem verknüpften Datensatz). Das Speichern Ihrer Änderungen wird abgelehnt. &lt;a href=&quot;reload&quot;&gt;Neu laden&lt;/a&gt;, um die gespeicherte Fassung zu sehen; Ihre Änderungen in diesem Fenster gehen dann verloren.</translation>
    </message>
</context>
<context>
    <name>qms::gui::RecordLookup</name>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record ID. IDs look like %2.</source>
        <translation>„%1“ ist keine Datensatz-ID. IDs sehen so aus: %2.</translation>
    </message>
    <message>
        <source>No record %1 in this file.</source>
        <translation>Kein Datensatz %1 in dieser Datei.</translation>
    </message>
</context>
<context>
    <name>qms::gui::RecordPickerDialog</name>
    <message>
        <source>Type to filter by id or title</source>
        <translation>Tippen, um nach ID oder Titel zu filtern</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
</context>
<context>
    <name>qms::gui::RecordPrintout</name>
    <message>
        <source>Fed by</source>
        <translation>Beliefert von</translation>
    </message>
</context>
<context>
    <name>qms::gui::RegisterPrintout</name>
    <message>
        <source>Text: “%1”</source>
        <translation>Text: „%1“</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>Abschnitt: %1</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Review due within %1 days</source>
        <translation>Prüfung fällig innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Monat: %1</translation>
    </message>
    <message>
        <source>Closed in: %1</source>
        <translation>Abschlussmonat: %1</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Keine Datensätze entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>Lead auditor: %1</source>
        <translation>Leitender Auditor: %1</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Vorsitz: %1</translation>
    </message>
</context>
<context>
    <name>qms::gui::RegisterView</name>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Klicken zum Sortieren; Rechtsklick zum Auswählen der Spalten</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Das Register konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>qms::gui::ReminderDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Nothing is overdue or due by %1 (today is %2).</source>
        <translation>Nichts ist überfällig oder bis %1 fällig (heute: %2).</translation>
    </message>
    <message>
        <source>One record needs attention as of today, %1. Click it to open it.</source>
        <translation>Stand heute, %1, erfordert ein Datensatz Aufmerksamkeit. Klicken Sie darauf, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>%1 records need attention as of today, %2. Click one to open it.</source>
        <translation>Stand heute, %2, erfordern %1 Datensätze Aufmerksamkeit. Klicken Sie auf einen, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show at open</source>
        <translation>Beim Öffnen &amp;nicht anzeigen</translation>
    </message>
    <message>
        <source>Reminders stay available under Tools → Reminders, and in Preferences</source>
        <translation>Erinnerungen bleiben unter Extras → Erinnerungen und in den Einstellungen verfügbar</translation>
    </message>
    <message>
        <source>%1 (%2, the first %3 shown)</source>
        <translation>%1 (%2, die ersten %3 angezeigt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — 1 day overdue</source>
        <translation>%1 — 1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1 — %2 days overdue</source>
        <translation>%1 — %2 Tage überfällig</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>qms::gui::ReminderFlow</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>Overdue corrective actions, documents due for review and effectiveness checks due</source>
        <translation>Überfällige Korrekturmaßnahmen, zur Prüfung fällige Dokumente und fällige Wirksamkeitsprüfungen</translation>
    </message>
</context>
<context>
    <name>qms::gui::RestoreBackupFlow</name>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace this database by a backup copy, once the copy verifies</source>
        <translation>Diese Datenbank durch eine Sicherungskopie ersetzen, sobald die Kopie die Prüfung besteht</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>QMS Desk databases (*.qms)</source>
        <translation>QMS-Desk-Datenbanken (*.qms)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The backup is verified first; if it does not verify, nothing changes. The current file is kept as %3.</source>
        <translation>%1 durch die Sicherung %2 ersetzen?

Die Sicherung wird zuerst geprüft; besteht sie die Prüfung nicht, ändert sich nichts. Die aktuelle Datei wird als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Verifying the backup and restoring…</source>
        <translation>Sicherung wird geprüft und wiederhergestellt…</translation>
    </message>
    <message>
        <source>The database was not changed.

%1</source>
        <translation>Die Datenbank wurde nicht verändert.

%1</translation>
    </message>
    <message>
        <source>%1 was restored from %2 (%3).

The replaced file is kept as %4.</source>
        <translation>%1 wurde aus %2 wiederhergestellt (%3).

Die ersetzte Datei wird als %4 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>qms::gui::RevisionDialog</name>
    <message>
        <source>Start new revision of %1</source>
        <translation>Neue Revision von %1 beginnen</translation>
    </message>
</context>
<context>
    <name>qms::gui::SearchPopup</name>
    <message>
        <source>Search all records: words, or an ID such as NC-0042</source>
        <translation>Alle Datensätze durchsuchen: Wörter oder eine ID wie NC-0042</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ zum Wählen, Eingabe zum Öffnen, Esc zum Schließen</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No records match &quot;%1&quot;.</source>
        <translation>Keine Datensätze passen zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found. ↑↓ to choose, Enter to open, Esc to close</source>
        <translation>
            <numerusform>%n Datensatz gefunden. ↑↓ zum Wählen, Eingabe zum Öffnen, Esc zum Schließen</numerusform>
            <numerusform>%n Datensätze gefunden. ↑↓ zum Wählen, Eingabe zum Öffnen, Esc zum Schließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all records</source>
        <translation>Alle Datensätze durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>qms::gui::SignatureDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
</context>
<context>
    <name>qms::gui::SignatureNotice</name>
    <message>
        <source>Signature notice</source>
        <translation>Hinweis zu Unterschriften</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Approvals in this file are not password-protected: %1 of %2 approvers have no password, and signatures are not required.</source>
        <translation>Freigaben in dieser Datei sind nicht passwortgeschützt: %1 von %2 Freigebenden haben kein Passwort, und Unterschriften werden nicht verlangt.</translation>
    </message>
    <message>
        <source>Without a password an approval (a release, a closure, a signed report) is recorded but not signed; the audit pack&apos;s cover says so.</source>
        <translation>Ohne Passwort wird eine Freigabe (eine Freigabe, ein Abschluss, ein unterschriebener Bericht) erfasst, aber nicht unterschrieben; das Deckblatt des Auditpakets sagt es.</translation>
    </message>
    <message>
        <source>Set my password…</source>
        <translation>Mein Passwort festlegen…</translation>
    </message>
    <message>
        <source>Require signatures</source>
        <translation>Unterschriften verlangen</translation>
    </message>
    <message>
        <source>Every approval then needs the approver&apos;s password (Tools &gt; Require electronic signatures)</source>
        <translation>Jede Freigabe braucht dann das Passwort des Freigebenden (Extras &gt; Elektronische Unterschriften verlangen)</translation>
    </message>
</context>
<context>
    <name>qms::gui::TableFieldEditor</name>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>%1
Double-click to open %2</source>
        <translation>%1
Doppelklick öffnet %2</translation>
    </message>
    <message>
        <source>Select a row first</source>
        <translation>Wählen Sie zuerst eine Zeile</translation>
    </message>
    <message>
        <source>Save this record first</source>
        <translation>Speichern Sie diesen Datensatz zuerst</translation>
    </message>
</context>
<context>
    <name>qms::gui::TamperReportDialog</name>
    <message>
        <source>Integrity problems</source>
        <translation>Integritätsprobleme</translation>
    </message>
    <message>
        <source>Verifying %1 found changes made outside QMS Desk (for example with an SQLite tool). The records below do not match their audit trail, or the trail itself was altered. Compare them with a backup and restore it if needed (File → Restore from backup…).</source>
        <translation>Bei der Prüfung von %1 wurden Änderungen gefunden, die außerhalb von QMS Desk vorgenommen wurden (zum Beispiel mit einem SQLite-Werkzeug). Die folgenden Datensätze stimmen nicht mit ihrem Prüfpfad überein, oder der Prüfpfad selbst wurde verändert. Vergleichen Sie sie mit einer Sicherung und stellen Sie diese bei Bedarf wieder her (Datei → Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Prüfpfadeintrag</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>qms::gui::TamperWatch</name>
    <message>
        <source>Integrity warning</source>
        <translation>Integritätswarnung</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The integrity check of this database could not run: %1</source>
        <translation>Die Integritätsprüfung dieser Datenbank konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database was changed outside QMS Desk.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Diese Datenbank wurde außerhalb von QMS Desk geändert.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>SQLite reports damage to the file. </source>
        <translation>SQLite meldet Schäden an der Datei. </translation>
    </message>
    <message>
        <source>Affected: %1%2. </source>
        <translation>Betroffen: %1%2. </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) do not verify. </source>
        <translation>
            <numerusform>%n Prüfpfadeintrag besteht die Prüfung nicht. </numerusform>
            <numerusform>%n Prüfpfadeinträge bestehen die Prüfung nicht. </numerusform>
        </translation>
    </message>
    <message>
        <source>What it shows may not be what was recorded.</source>
        <translation>Was sie anzeigt, entspricht möglicherweise nicht dem, was aufgezeichnet wurde.</translation>
    </message>
</context>
<context>
    <name>qms::gui::UserPickerDialog</name>
    <message>
        <source>Opening &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird geöffnet</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no password set)</source>
        <translation>(kein Passwort festgelegt)</translation>
    </message>
</context>
<context>
    <name>qms::gui::WelcomePage</name>
    <message>
        <source>QMS Desk</source>
        <translation>QMS Desk</translation>
    </message>
    <message>
        <source>Your ISO 9001 quality management system: documents, processes, nonconformities and corrective actions in one file.</source>
        <translation>Ihr Qualitätsmanagementsystem nach ISO 9001: Dokumente, Prozesse, Nichtkonformitäten und Korrekturmaßnahmen in einer Datei.</translation>
    </message>
    <message>
        <source>Create new…</source>
        <translation>Neu anlegen…</translation>
    </message>
    <message>
        <source>Start an empty QMS file for your organisation.</source>
        <translation>Eine leere QMS-Datei für Ihre Organisation beginnen.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open an existing QMS Desk database (*.qms).</source>
        <translation>Eine vorhandene QMS-Desk-Datenbank (*.qms) öffnen.</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Explore a sample company&apos;s QMS with realistic records. Nothing you do there touches your own files.</source>
        <translation>Das QMS eines Beispielunternehmens mit realistischen Datensätzen erkunden. Nichts, was Sie dort tun, berührt Ihre eigenen Dateien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Noch keine zuletzt geöffneten Dateien.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
</context>
<context>
    <name>qms::gui::WorkspaceStatus</name>
    <message>
        <source>Read-only</source>
        <translation>Nur lesend</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Working as %1, user name %2</source>
        <translation>Angemeldet als %1, Benutzername %2</translation>
    </message>
    <message>
        <source>Auditors review: the file is open read-only and nothing can be changed.</source>
        <translation>Auditoren prüfen: die Datei ist nur lesend geöffnet und nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>Opened for review: nothing can be changed. Open it normally to edit.</source>
        <translation>Zur Prüfung geöffnet: nichts kann geändert werden. Öffnen Sie die Datei normal, um sie zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>qms::report::AuditPackWriter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
    <message>
        <source>Checking integrity and reading records</source>
        <translation>Integrität prüfen und Datensätze lesen</translation>
    </message>
    <message>
        <source>Writing a PDF needs a QGuiApplication (for fonts); this program created only a QCoreApplication.</source>
        <translation>Zum Schreiben eines PDF ist eine QGuiApplication nötig (für Schriften); dieses Programm hat nur eine QCoreApplication angelegt.</translation>
    </message>
    <message>
        <source>Generated %1 · Fingerprint %2</source>
        <translation>Erstellt %1 · Fingerabdruck %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Seiten setzen</translation>
    </message>
    <message>
        <source>%1 audit pack of %2: %3</source>
        <translation>%1 Auditpaket von %2: %3</translation>
    </message>
    <message>
        <source>ISO 9001; audit pack; audit chain head %1</source>
        <translation>ISO 9001; Auditpaket; Kopf der Prüfpfadkette %1</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>der PDF-Schreiber konnte nicht starten</translation>
    </message>
    <message>
        <source>Writing pages</source>
        <translation>Seiten schreiben</translation>
    </message>
    <message>
        <source>Cannot write the audit pack to %1: %2</source>
        <translation>Das Auditpaket kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qms::report::PackDataCollector</name>
    <message>
        <source>The selected scope contains no records.</source>
        <translation>Der gewählte Umfang enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>qms::report::PackRecords</name>
    <message>
        <source>Unexpected record id %1</source>
        <translation>Unerwartete Datensatzkennung %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>qms::report::PackRenderer</name>
    <message>
        <source>Could not start page %1 of the PDF.</source>
        <translation>Seite %1 des PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>qms::report::PackScope</name>
    <message>
        <source>Audit pack</source>
        <translation>Auditpaket</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Registers: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>all clauses of %1</source>
        <translation>alle Abschnitte der %1</translation>
    </message>
    <message>
        <source>records linked to clause(s) %1 or their subclauses</source>
        <translation>mit Abschnitt(en) %1 oder deren Unterabschnitten verknüpfte Datensätze</translation>
    </message>
    <message>
        <source>records opened or changed %1</source>
        <translation>Datensätze, eröffnet oder geändert %1</translation>
    </message>
    <message>
        <source>records of any date</source>
        <translation>Datensätze beliebigen Datums</translation>
    </message>
    <message>
        <source>closed, cancelled, obsolete and retired records included</source>
        <translation>abgeschlossene, stornierte, ungültige und stillgelegte Datensätze eingeschlossen</translation>
    </message>
    <message>
        <source>open and current records only (closed, cancelled, obsolete and retired records excluded)</source>
        <translation>nur offene und aktuelle Datensätze (abgeschlossene, stornierte, ungültige und stillgelegte ausgeschlossen)</translation>
    </message>
    <message>
        <source>All registers (%1)</source>
        <translation>Alle Register (%1)</translation>
    </message>
</context>
<context>
    <name>qms::report::PageLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>qms::report::PagePainter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Der Drucker hat eine neue Seite abgelehnt.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Gedruckt am %1 von %2</translation>
    </message>
</context>
<context>
    <name>qms::report::RecordPrintout</name>
    <message>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>„%1“ ist keine Datensatz-ID.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Created %1 by %2 · last changed %3 by %4 · version %5</source>
        <translation>Angelegt am %1 von %2 · zuletzt geändert am %3 von %4 · Version %5</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Linked records and clauses</source>
        <translation>Verknüpfte Datensätze und Normabschnitte</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>No KPIs defined.</source>
        <translation>Keine Kennzahlen festgelegt.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>No revisions yet.</source>
        <translation>Noch keine Revisionen.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>File (SHA-256)</source>
        <translation>Datei (SHA-256)</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>(importiert)</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(angelegt)</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation>Keine Statusänderungen erfasst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Keine Zeilen.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Elektronische Unterschriften</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <source>State signed</source>
        <translation>Unterschriebener Status</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, Revision %2</translation>
    </message>
    <message>
        <source>No electronic signatures recorded.</source>
        <translation>Keine elektronischen Unterschriften erfasst.</translation>
    </message>
</context>
<context>
    <name>qms::report::RecordReport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qms::report::Sections</name>
    <message>
        <source>Integrity check passed: %1 entries</source>
        <translation>Integritätsprüfung bestanden: %1 Einträge</translation>
    </message>
    <message>
        <source>Audit chain intact; %1 records match their audit history; SQLite integrity check ok.</source>
        <translation>Prüfpfadkette intakt; %1 Datensätze stimmen mit ihrem Prüfpfad überein; SQLite-Integritätsprüfung in Ordnung.</translation>
    </message>
    <message>
        <source>Integrity check FAILED: %1 problem(s) in %2 entries</source>
        <translation>Integritätsprüfung FEHLGESCHLAGEN: %1 Problem(e) in %2 Einträgen</translation>
    </message>
    <message>
        <source>See &quot;Audit chain verification&quot; at the end of this pack for the list.</source>
        <translation>Die Liste steht unter „Prüfung der Prüfpfadkette“ am Ende dieses Pakets.</translation>
    </message>
    <message>
        <source>Quality management system records against %1</source>
        <translation>Nachweise des Qualitätsmanagementsystems nach %1</translation>
    </message>
    <message>
        <source>%1 · Fingerprint %2</source>
        <translation>%1 · Fingerabdruck %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Generated (local time)</source>
        <translation>Erstellt (Ortszeit)</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Records in this pack</source>
        <translation>Datensätze in diesem Paket</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Prüfpfadeinträge</translation>
    </message>
    <message>
        <source>%1 (summarised per record)</source>
        <translation>%1 (je Datensatz zusammengefasst)</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>(empty audit trail)</source>
        <translation>(leerer Prüfpfad)</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Kopf der Prüfpfadkette</translation>
    </message>
    <message>
        <source>Entry #%1</source>
        <translation>Eintrag Nr. %1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Short fingerprint</source>
        <translation>Kurzer Fingerabdruck</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>The fingerprint is the SHA-256 hash at the head of the tamper-evident audit trail when this pack was exported. Every page shows its first 12 characters. To confirm that the pack reflects the records as they stood, compare it with the chain head that QMS Desk shows for the same entry number.</source>
        <translation>Der Fingerabdruck ist der SHA-256-Hash am Kopf des manipulationssicheren Prüfpfads zum Zeitpunkt des Exports. Jede Seite zeigt seine ersten 12 Zeichen. Um zu bestätigen, dass das Paket die Datensätze im damaligen Stand wiedergibt, vergleichen Sie ihn mit dem Kettenkopf, den QMS Desk für dieselbe Eintragsnummer anzeigt.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Each nonconformity in the log gives the page of its detail section.</source>
        <translation>Jede Nichtkonformität im Verzeichnis nennt die Seite ihres Detailkapitels.</translation>
    </message>
    <message>
        <source>Clause coverage matrix</source>
        <translation>Abdeckungsmatrix der Normabschnitte</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LÜCKE</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>NCs</source>
        <translation>NK</translation>
    </message>
    <message>
        <source>CAs</source>
        <translation>KM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation>Prüfung der Prüfpfadkette</translation>
    </message>
    <message>
        <source>Run immediately before this export: SQLite&apos;s integrity check, a walk over the whole hash chain (each entry&apos;s SHA-256 covers its content and the previous entry&apos;s hash), and a replay of every record against its audit history.</source>
        <translation>Unmittelbar vor diesem Export ausgeführt: die SQLite-Integritätsprüfung, ein Durchlauf über die gesamte Hash-Kette (der SHA-256 jedes Eintrags umfasst seinen Inhalt und den Hash des vorherigen Eintrags) und ein Abgleich jedes Datensatzes mit seinem Prüfpfad.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Entries checked</source>
        <translation>Geprüfte Einträge</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>Geprüfte Datensätze</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Kettenkopf</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLite-Integritätsprüfung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>, completed %1</source>
        <translation>, erledigt %1</translation>
    </message>
    <message>
        <source> (OVERDUE)</source>
        <translation> (ÜBERFÄLLIG)</translation>
    </message>
    <message>
        <source>; effectiveness: %1</source>
        <translation>; Wirksamkeit: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · created as %3</source>
        <translation>%1 · %2 · angelegt als %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 → %4</source>
        <translation>%1 · %2 · %3 → %4</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — Begründung: %1</translation>
    </message>
    <message>
        <source>Nonconformity details</source>
        <translation>Einzelheiten der Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <source>%1, reported by %2</source>
        <translation>%1, gemeldet von %2</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Process / reference</source>
        <translation>Prozess / Referenz</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Normabschnitte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Verwendungsentscheid</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>None linked</source>
        <translation>Nichts verknüpft</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation>Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <source>No status entries in the audit trail</source>
        <translation>Keine Statuseinträge im Prüfpfad</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>No records of this kind are in the selected scope.</source>
        <translation>Im gewählten Umfang sind keine Datensätze dieser Art.</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>Dokumentenverzeichnis</translation>
    </message>
    <message>
        <source>Controlled documents (ISO 9001 7.5). &quot;Rev.&quot; is the revision in force; a newer revision in preparation is shown under it. Reviews past their date are flagged.</source>
        <translation>Gelenkte dokumentierte Information (ISO 9001 7.5). „Rev.“ ist die gültige Revision; eine neuere Revision in Bearbeitung steht darunter. Überfällige Prüfungen sind markiert.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Released by/on</source>
        <translation>Freigegeben von/am</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1 draft</source>
        <translation>%1 Entwurf</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>Process register</source>
        <translation>Prozessverzeichnis</translation>
    </message>
    <message>
        <source>The processes of the QMS and their interaction (ISO 9001 4.4): owner, inputs, outputs, performance indicators and the clauses they address.</source>
        <translation>Die Prozesse des QMS und ihre Wechselwirkung (ISO 9001 4.4): Prozesseigner, Eingaben, Ergebnisse, Leistungsindikatoren und die behandelten Normabschnitte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Nonconformity log</source>
        <translation>Verzeichnis der Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Nonconformities in scope (ISO 9001 10.2). The last column gives the page of each detail section.</source>
        <translation>Nichtkonformitäten im Umfang (ISO 9001 10.2). Die letzte Spalte nennt die Seite des jeweiligen Detailkapitels.</translation>
    </message>
    <message>
        <source>Corrective action log</source>
        <translation>Verzeichnis der Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Corrective actions in scope (ISO 9001 10.2.1 c-e). Open actions past their due date are flagged.</source>
        <translation>Korrekturmaßnahmen im Umfang (ISO 9001 10.2.1 c–e). Offene Maßnahmen nach ihrem Fälligkeitsdatum sind markiert.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Wirksamkeit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>All audit entries</source>
        <translation>Alle Prüfpfadeinträge</translation>
    </message>
    <message>
        <source>Audit entries of the records in scope</source>
        <translation>Prüfpfadeinträge der Datensätze im Umfang</translation>
    </message>
    <message>
        <source> made %1</source>
        <translation> vorgenommen %1</translation>
    </message>
    <message>
        <source>%1%2: %3 entries, more than the page budget of %4, so they are summarised with one line per record. The full trail is in the QMS file.</source>
        <translation>%1%2: %3 Einträge, mehr als das Seitenbudget von %4, daher mit einer Zeile je Datensatz zusammengefasst. Der vollständige Prüfpfad steht in der QMS-Datei.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>First change</source>
        <translation>Erste Änderung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>angelegt: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2 nonconformities (detail budget %3: open ones first, then the most recent)</source>
        <translation>%1 von %2 Nichtkonformitäten (Detailbudget %3: offene zuerst, dann die neuesten)</translation>
    </message>
    <message>
        <source>Detail sections</source>
        <translation>Detailkapitel</translation>
    </message>
    <message>
        <source>Nonconformity details (%1 of %2)</source>
        <translation>Einzelheiten der Nichtkonformitäten (%1 von %2)</translation>
    </message>
    <message>
        <source>This pack covers %1 nonconformities, more than its detail budget of %2, so detail sections are printed for %3 of them: every open nonconformity first (the most recent when they alone exceed the budget), then the most recent closed ones. The log lists all of them. A pack with a narrower scope, or a larger budget, gives the details of the others.</source>
        <translation>Dieses Paket umfasst %1 Nichtkonformitäten, mehr als sein Detailbudget von %2, daher werden Detailkapitel für %3 davon gedruckt: zuerst alle offenen Nichtkonformitäten (die neuesten, wenn schon sie allein das Budget überschreiten), dann die neuesten abgeschlossenen. Das Verzeichnis führt alle auf. Ein Paket mit engerem Umfang oder größerem Budget enthält die Einzelheiten der übrigen.</translation>
    </message>
    <message>
        <source>Nonconformities in scope (ISO 9001 10.2). The last column gives the page of each detail section; %1 of these %2 nonconformities have one (detail budget %3: open ones first, then the most recent), the others show a dash.</source>
        <translation>Nichtkonformitäten im Umfang (ISO 9001 10.2). Die letzte Spalte nennt die Seite des jeweiligen Detailkapitels; %1 dieser %2 Nichtkonformitäten haben eines (Detailbudget %3: offene zuerst, dann die neuesten), die übrigen zeigen einen Strich.</translation>
    </message>
    <message>
        <source>%1%2: %3 entries, oldest first. Long values are shortened; a new record&apos;s full snapshot is in the QMS file.</source>
        <translation>%1%2: %3 Einträge, älteste zuerst. Lange Werte sind gekürzt; der vollständige Stand eines neuen Datensatzes steht in der QMS-Datei.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of records and their kind, &quot;3 documents&quot;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2 in total)</source>
        <translation>%1 (insgesamt %2)</translation>
    </message>
    <message>
        <source>Change register</source>
        <translation>Änderungsregister</translation>
    </message>
    <message>
        <source>Changes to the QMS and to the provision of products and services (ISO 9001 6.3, 8.5.6): who requested and who authorised each, and whether it is done. Planned dates past due are flagged.</source>
        <translation>Änderungen am QMS und an der Erbringung von Produkten und Dienstleistungen (ISO 9001 6.3, 8.5.6): wer sie beantragt und wer sie genehmigt hat und ob sie erledigt sind. Überschrittene geplante Termine sind markiert.</translation>
    </message>
    <message>
        <source>Coverage %1%: %2.</source>
        <translation>Abdeckung %1 %: %2.</translation>
    </message>
    <message>
        <source>worst: %1</source>
        <translation>schwerste: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Leitender Auditor</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>The internal audits planned and held (ISO 9001 9.2): scope, lead auditor, dates and the nonconformities each raised. Audits past their planned date and not started are flagged.</source>
        <translation>Die geplanten und durchgeführten internen Audits (ISO 9001 9.2): Umfang, leitender Auditor, Termine und die jeweils erfassten Nichtkonformitäten. Audits nach dem geplanten Datum, die nicht begonnen wurden, sind markiert.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>geplant %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Managementbewertungen</translation>
    </message>
    <message>
        <source>Reviews of the QMS by top management (ISO 9001 9.3): when each was held, the period its inputs cover and the actions it decided.</source>
        <translation>Bewertungen des QMS durch die oberste Leitung (ISO 9001 9.3): wann jede durchgeführt wurde, welchen Zeitraum ihre Eingaben abdecken und welche Maßnahmen sie beschlossen hat.</translation>
    </message>
    <message>
        <source>Internal audit results</source>
        <translation>Ergebnisse der internen Audits</translation>
    </message>
    <message>
        <source>Each audit reported in scope (ISO 9001 9.2.2 d-f): who audited what, against which criteria, every checklist answer with the evidence seen, and the nonconformities raised from it.</source>
        <translation>Jedes berichtete Audit im Umfang (ISO 9001 9.2.2 d–f): wer was gegen welche Kriterien auditiert hat, jede Checklistenantwort mit den gesehenen Nachweisen und die daraus erfassten Nichtkonformitäten.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditoren</translation>
    </message>
    <message>
        <source>%1 (lead); team: %2</source>
        <translation>%1 (Leitung); Team: %2</translation>
    </message>
    <message>
        <source>Independence exception</source>
        <translation>Ausnahme von der Unabhängigkeit</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Unterzeichnet von %1 am %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Nonconformities raised</source>
        <translation>Erfasste Nichtkonformitäten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>Gesehene Nachweise</translation>
    </message>
    <message>
        <source>NC</source>
        <translation>NK</translation>
    </message>
    <message>
        <source>Last management review: %1</source>
        <translation>Letzte Managementbewertung: %1</translation>
    </message>
    <message>
        <source>%1, chaired by %2</source>
        <translation>%1, Vorsitz: %2</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Bewerteter Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Inputs (ISO 9001 9.3.2), as collected and frozen</source>
        <translation>Eingaben (ISO 9001 9.3.2), wie gesammelt und eingefroren</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Data as collected</source>
        <translation>Gesammelte Daten</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Decisions (ISO 9001 9.3.3)</source>
        <translation>Entscheidungen (ISO 9001 9.3.3)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Evidence counts current and stale evidence, Findings the open findings, Linked every live record linked to the clause; Last audited is the latest internal audit reported on the clause, a subclause or its parent, with the next planned audit below it when the last is older than the audit cycle (marked overdue when none is planned). Counts cover every current record in the QMS file, not only the records selected for this pack; obsolete documents, retired processes and cancelled records count nowhere. A record linked to a subclause counts for its parent clauses too.</source>
        <translation>Nachweise zählt aktuelle und veraltete Nachweise, Feststellungen die offenen Feststellungen, Verknüpft jeden gültigen, mit dem Abschnitt verknüpften Datensatz; Zuletzt auditiert ist das letzte berichtete interne Audit zum Abschnitt, einem Unterabschnitt oder seinem übergeordneten Abschnitt, darunter das nächste geplante Audit, wenn das letzte älter als der Auditzyklus ist (überfällig, wenn keines geplant ist). Die Zahlen umfassen jeden aktuellen Datensatz der QMS-Datei, nicht nur die für dieses Paket ausgewählten; veraltete Dokumente, stillgelegte Prozesse und stornierte Datensätze zählen nirgends. Ein mit einem Unterabschnitt verknüpfter Datensatz zählt auch für die übergeordneten Abschnitte.</translation>
    </message>
    <message>
        <source>Required: every approval carries its approver&apos;s password-checked signature (%1 of %2 approvers have a password)</source>
        <translation>Erforderlich: jede Freigabe trägt die per Passwort geprüfte Unterschrift ihres Freigebenden (%1 von %2 Freigebenden haben ein Passwort)</translation>
    </message>
    <message>
        <source>Not required, but every approver has a password, so approvals are signed</source>
        <translation>Nicht erforderlich, aber jeder Freigebende hat ein Passwort, Freigaben sind also unterschrieben</translation>
    </message>
    <message>
        <source>Not required: approvals in this file are not password-protected (%1 of %2 approvers have no password)</source>
        <translation>Nicht erforderlich: Freigaben in dieser Datei sind nicht passwortgeschützt (%1 von %2 Freigebenden haben kein Passwort)</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Elektronische Unterschriften</translation>
    </message>
</context>
</TS>
