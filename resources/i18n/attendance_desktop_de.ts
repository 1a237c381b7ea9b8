<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Attendance Desktop</source>
        <translation>Über Attendance Desktop</translation>
    </message>
    <message>
        <source>Attendance Desktop</source>
        <translation>Attendance Desktop</translation>
    </message>
    <message>
        <source>The time clock people trust. Open source, under the MIT licence.</source>
        <translation>Die Stempeluhr, der man vertraut. Quelloffen, unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
</context>
<context>
    <name>AdminExitDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <extracomment>An admin&apos;s ID and PIN, entered to manage the team (the kiosk stays on).</extracomment>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>An administrator&apos;s ID and PIN are needed. While the kiosk is offline, use this kiosk&apos;s exit code instead.</source>
        <translation>Dazu sind die ID und PIN eines Administrators nötig. Solange der Kiosk offline ist, verwenden Sie stattdessen den Exit-Code dieses Kiosks.</translation>
    </message>
    <message>
        <source>Punches the server refused</source>
        <translation>Vom Server abgelehnte Stempelungen</translation>
    </message>
    <message>
        <source>Use the exit code</source>
        <translation>Exit-Code verwenden</translation>
    </message>
    <message>
        <source>Manage the team…</source>
        <translation>Team verwalten…</translation>
    </message>
    <message>
        <source>Stay in kiosk mode</source>
        <translation>Im Kioskmodus bleiben</translation>
    </message>
    <message>
        <source>Admin ID</source>
        <translation>Admin-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n punch(es) waiting to be sent to the server.</source>
        <translation>
            <numerusform>%n Stempelung wartet auf den Versand an den Server.</numerusform>
            <numerusform>%n Stempelungen warten auf den Versand an den Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n punch(es) (kept here):</source>
        <translation>
            <numerusform>Der Server hat %n Stempelung abgelehnt (hier aufbewahrt):</numerusform>
            <numerusform>Der Server hat %n Stempelungen abgelehnt (hier aufbewahrt):</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage the team</source>
        <translation>Team verwalten</translation>
    </message>
    <message>
        <source>An administrator&apos;s ID and PIN open the team console. The kiosk stays on.</source>
        <translation>Die ID und PIN eines Administrators öffnen die Teamkonsole. Der Kiosk bleibt an.</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Attendance Desktop is still running</source>
        <translation>Attendance Desktop läuft weiter</translation>
    </message>
    <message>
        <source>It lives on in the tray: clock in and out from its menu. Choose Quit there to end it.</source>
        <translation>Es bleibt im Infobereich: Über sein Menü können Sie ein- und ausstempeln. Mit „Beenden“ dort schließen Sie es ganz.</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Not clocked in</source>
        <translation>Nicht eingestempelt</translation>
    </message>
    <message>
        <source>Worked today</source>
        <translation>Heute gearbeitet</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>Einstempeln</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (opt.)</translation>
    </message>
    <message>
        <source>Break reason</source>
        <translation>Grund der Pause</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Pause beginnen</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Heutige Arbeitsblöcke</translation>
    </message>
    <message>
        <source>No sessions yet today.</source>
        <translation>Heute noch keine Arbeitsblöcke.</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>Ausstempeln</translation>
    </message>
    <message>
        <source>End break</source>
        <translation>Pause beenden</translation>
    </message>
    <message>
        <source>Clocked out at {time}</source>
        <translation>Ausgestempelt um {time}</translation>
    </message>
    <message>
        <source>On break since {time}</source>
        <translation>In Pause seit {time}</translation>
    </message>
    <message>
        <source>Working since {time}</source>
        <translation>Bei der Arbeit seit {time}</translation>
    </message>
    <message>
        <source>Worked today · paused for a break</source>
        <translation>Heute gearbeitet · angehalten für eine Pause</translation>
    </message>
    <message>
        <source>Break {time}</source>
        <translation>Pause {time}</translation>
    </message>
</context>
<context>
    <name>ConfirmationView</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to the start screen in {seconds} s</source>
        <translation>Zurück zum Startbildschirm in {seconds} s</translation>
    </message>
    <message>
        <source>Undo ({seconds})</source>
        <translation>Rückgängig ({seconds})</translation>
    </message>
</context>
<context>
    <name>ConsoleBar</name>
    <message>
        <source>Calendar…</source>
        <extracomment>Export the month: (format &quot;csv&quot; | &quot;xlsx&quot; | &quot;pdf&quot;, only the selected people?). Lock (True) or unlock (False) the month shown.</extracomment>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Holiday region, company holidays and the default work week</source>
        <translation>Feiertagsregion, Betriebsferien und die übliche Arbeitswoche</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>CSV for payroll (everyone)…</source>
        <translation>CSV für die Lohnabrechnung (alle)…</translation>
    </message>
    <message>
        <source>CSV (selected people)…</source>
        <translation>CSV (ausgewählte Personen)…</translation>
    </message>
    <message>
        <source>Excel workbook (everyone)…</source>
        <translation>Excel-Arbeitsmappe (alle)…</translation>
    </message>
    <message>
        <source>Excel (selected people)…</source>
        <translation>Excel (ausgewählte Personen)…</translation>
    </message>
    <message>
        <source>PDF timesheets (everyone)…</source>
        <translation>PDF-Stundenzettel (alle)…</translation>
    </message>
    <message>
        <source>PDF (selected people)…</source>
        <translation>PDF (ausgewählte Personen)…</translation>
    </message>
    <message>
        <source>Lock month</source>
        <translation>Monat sperren</translation>
    </message>
    <message>
        <source>{month} is open</source>
        <translation>{month} ist offen</translation>
    </message>
    <message>
        <source>Lock {month}</source>
        <translation>{month} sperren</translation>
    </message>
    <message>
        <source>Unlock {month}</source>
        <translation>{month} entsperren</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Team console</source>
        <translation>Teamkonsole</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>CorrectionController</name>
    <message>
        <source>Your session from {day} is still open, so you cannot clock in yet. Press the clock button again and say when you left.</source>
        <translation>Ihr Arbeitsblock vom {day} ist noch offen, deshalb können Sie sich noch nicht einstempeln. Drücken Sie die Stempeltaste erneut und geben Sie an, wann Sie gegangen sind.</translation>
    </message>
    <message>
        <source>You didn&apos;t clock out on {weekday} {date}. When did you leave?</source>
        <extracomment>A correction was sent and the page shows its outcome (the request). The day detail&apos;s history and requests are on screen (the day). A dialog shows a refusal in plain words and stays open (the words). The missed clock-out question was put on screen (the dialog).</extracomment>
        <translation>Sie haben sich am {weekday}, {date} nicht ausgestempelt. Wann sind Sie gegangen?</translation>
    </message>
    <message>
        <source>You clocked in at {time}. Until you answer, that day counts 0 hours.</source>
        <translation>Sie haben sich um {time} eingestempelt. Bis Sie antworten, zählt dieser Tag 0 Stunden.</translation>
    </message>
    <message>
        <source>An administrator will confirm the time.</source>
        <translation>Ein Administrator bestätigt die Zeit.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Change a session&apos;s times</source>
        <translation>Zeiten eines Arbeitsblocks ändern</translation>
    </message>
    <message>
        <source>Add a break</source>
        <translation>Pause hinzufügen</translation>
    </message>
    <message>
        <source>Remove a break</source>
        <translation>Pause entfernen</translation>
    </message>
    <message>
        <source>Add a forgotten session</source>
        <translation>Vergessenen Arbeitsblock nachtragen</translation>
    </message>
    <message>
        <source>Remove a mistaken session</source>
        <translation>Irrtümlichen Arbeitsblock entfernen</translation>
    </message>
    <message>
        <source>Mark the day as leave</source>
        <translation>Tag als Urlaub/Krankheit eintragen</translation>
    </message>
    <message>
        <source>Remove leave</source>
        <translation>Abwesenheit aufheben</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Krank</translation>
    </message>
    <message>
        <source>Other leave</source>
        <translation>Sonstige Abwesenheit</translation>
    </message>
    <message>
        <source>Correct a day</source>
        <translation>Tag korrigieren</translation>
    </message>
    <message>
        <source>An administrator will see your request and approve or reject it.</source>
        <translation>Ein Administrator sieht Ihre Anfrage und genehmigt oder lehnt sie ab.</translation>
    </message>
    <message>
        <source>The change applies at once, and the day keeps a record of it.</source>
        <translation>Die Änderung gilt sofort, und der Tag behält einen Nachweis darüber.</translation>
    </message>
    <message>
        <source>Break {span}</source>
        <translation>Pause {span}</translation>
    </message>
    <message>
        <source>Required: say what happened</source>
        <translation>Pflichtfeld: Was ist passiert?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Arbeitsblock</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Urlaub/Krank</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>CorrectionWords</name>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Correction asked</source>
        <translation>Korrektur beantragt</translation>
    </message>
    <message>
        <source>Edited by an administrator</source>
        <translation>Von einem Administrator bearbeitet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Marked as leave</source>
        <translation>Als Urlaub/Krankheit eingetragen</translation>
    </message>
    <message>
        <source>Leave removed</source>
        <translation>Abwesenheit aufgehoben</translation>
    </message>
    <message>
        <source>Missed clock-out given</source>
        <translation>Vergessenes Ausstempeln nachgetragen</translation>
    </message>
    <message>
        <source>Punch undone</source>
        <translation>Stempelung zurückgenommen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>vacation leave</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>sick leave</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>other leave</source>
        <translation>sonstige Abwesenheit</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>(1 break)</source>
        <translation>(1 Pause)</translation>
    </message>
    <message>
        <source>({count} breaks)</source>
        <translation>({count} Pausen)</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>das System</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>administrator #{id}</source>
        <translation>Administrator #{id}</translation>
    </message>
    <message>
        <source>{action} by {who}, {day} {month} {time}</source>
        <translation>{action} von {who}, {day}. {month} {time}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>remove a session</source>
        <translation>Arbeitsblock entfernen</translation>
    </message>
    <message>
        <source>remove the leave</source>
        <translation>die Abwesenheit aufheben</translation>
    </message>
    <message>
        <source>clock-in {time}</source>
        <translation>Kommen {time}</translation>
    </message>
    <message>
        <source>clock-out {time}</source>
        <translation>Gehen {time}</translation>
    </message>
    <message>
        <source>breaks {spans}</source>
        <translation>Pausen {spans}</translation>
    </message>
    <message>
        <source>no breaks</source>
        <translation>keine Pausen</translation>
    </message>
    <message>
        <source>a forgotten session</source>
        <translation>vergessener Arbeitsblock</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Arbeitsblock</translation>
    </message>
    <message>
        <source>Waiting for an administrator</source>
        <translation>Wartet auf einen Administrator</translation>
    </message>
    <message>
        <source>Administrator&apos;s comment: {comment}</source>
        <translation>Kommentar des Administrators: {comment}</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>Absent</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Worked {time}</source>
        <translation>Gearbeitet {time}</translation>
    </message>
</context>
<context>
    <name>DayDetail</name>
    <message>
        <source>Pick a day</source>
        <extracomment>&quot;Correct…&quot; was pressed for the day shown.</extracomment>
        <translation>Tag wählen</translation>
    </message>
    <message>
        <source>Click a day in the calendar to see its sessions.</source>
        <translation>Klicken Sie auf einen Tag im Kalender, um seine Arbeitsblöcke zu sehen.</translation>
    </message>
    <message>
        <source>The day&apos;s target</source>
        <translation>Tagessoll</translation>
    </message>
    <message>
        <source>The day&apos;s balance</source>
        <translation>Saldo des Tages</translation>
    </message>
    <message>
        <source>First in</source>
        <translation>Kommen</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Gearbeitet</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Arbeitsblöcke</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>Keine Arbeitsblöcke an diesem Tag.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Change this day&apos;s times, breaks or sessions, or mark leave</source>
        <translation>Zeiten, Pausen oder Arbeitsblöcke dieses Tages ändern oder Urlaub eintragen</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>{hours}, not due yet</source>
        <translation>{hours}, noch nicht fällig</translation>
    </message>
    <message>
        <source>None (a day off)</source>
        <translation>Keins (freier Tag)</translation>
    </message>
</context>
<context>
    <name>DayHistory</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit employee</source>
        <extracomment>OK with valid fields: (NewEmployee or EmployeeChanges, AccountChanges).</extracomment>
        <translation>Mitarbeiter bearbeiten</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Eintrittsdatum</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Arbeitswoche</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}</source>
        <translation>Unbekannte Zeitzone: {zone}</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag.</translation>
    </message>
</context>
<context>
    <name>EmployeeFields</name>
    <message>
        <source>Company default</source>
        <translation>Firmenstandard</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>EmployeeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>Left {date}</source>
        <translation>Ausgeschieden {date}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>EmployeePage</name>
    <message>
        <source>Search employees</source>
        <translation>Mitarbeiter suchen</translation>
    </message>
    <message>
        <source>Search by name, email or department</source>
        <translation>Nach Name, E-Mail oder Abteilung suchen</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>Deaktivierte zeigen</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN zurücksetzen…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export month</source>
        <translation>Monat exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;PDF document (*.pdf)</source>
        <translation>CSV-Tabelle (*.csv);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>{month} exported to {path}.</source>
        <extracomment>A file was written (its path) or printing was sent: the banner says so.</extracomment>
        <translation>{month} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>{month} could not be exported to {path}: {why}.</source>
        <translation>{month} konnte nicht nach {path} exportiert werden: {why}.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{month} sent to the printer.</source>
        <translation>{month} an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Set up the first administrator</source>
        <translation>Ersten Administrator einrichten</translation>
    </message>
    <message>
        <source>This kiosk has no administrator yet, so nobody could leave kiosk mode. Create one: you will leave kiosk mode with your ID and this PIN.</source>
        <translation>Dieser Kiosk hat noch keinen Administrator, niemand könnte also den Kioskmodus verlassen. Legen Sie einen an: Sie verlassen den Kioskmodus dann mit Ihrer ID und dieser PIN.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 bis 12 Ziffern)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Please enter a first and a last name.</source>
        <translation>Bitte geben Sie Vor- und Nachnamen ein.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs differ. Please type the same PIN twice.</source>
        <translation>Die beiden PINs unterscheiden sich. Bitte geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>Done. Your administrator ID is {id}. To leave kiosk mode, press Escape or “Leave kiosk mode” and enter this ID and your PIN.</source>
        <translation>Fertig. Ihre Administrator-ID ist {id}. Um den Kioskmodus zu verlassen, drücken Sie Esc oder „Kioskmodus verlassen“ und geben diese ID und Ihre PIN ein.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>Your profile was created, but the public holidays could not be saved: {reason} Choose them under Settings → Public holidays.</source>
        <translation>Ihr Profil wurde angelegt, aber die Feiertage konnten nicht gespeichert werden: {reason} Wählen Sie sie unter Einstellungen → Feiertage.</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Welcome to Attendance Desktop</source>
        <translation>Willkommen bei Attendance Desktop</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Mein Profil anlegen</translation>
    </message>
    <message>
        <source>Tell us who you are. Your attendance stays on this computer.</source>
        <translation>Sagen Sie uns, wer Sie sind. Ihre Zeiten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
</context>
<context>
    <name>HolidayRegionFields</name>
    <message>
        <source>None — weekends only</source>
        <translation>Keine – nur Wochenenden</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Ganzes Land</translation>
    </message>
    <message>
        <source>No regional holidays</source>
        <translation>Keine regionalen Feiertage</translation>
    </message>
    <message>
        <source>Loading countries…</source>
        <translation>Länder werden geladen…</translation>
    </message>
    <message>
        <source>Country for public holidays</source>
        <translation>Land für die Feiertage</translation>
    </message>
    <message>
        <source>Region for public holidays</source>
        <translation>Region für die Feiertage</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>HolidaySettingsController</name>
    <message>
        <source>The public holidays saved before ({chosen}) are not in this version&apos;s list. Choose them again, then press OK.</source>
        <translation>Die zuvor gespeicherten Feiertage ({chosen}) stehen nicht in der Liste dieser Version. Wählen Sie sie neu und drücken Sie dann OK.</translation>
    </message>
</context>
<context>
    <name>HolidaySettingsDialog</name>
    <message>
        <source>Public holidays</source>
        <extracomment>OK pressed: (country, region, {date: name} of every company holiday).</extracomment>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>These days count as non-working days: nobody is marked absent on them.</source>
        <translation>Diese Tage gelten als arbeitsfrei: An ihnen wird niemand als abwesend geführt.</translation>
    </message>
    <message>
        <source>Company holidays</source>
        <translation>Betriebsfreie Tage</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected company holiday (Delete)</source>
        <translation>Den gewählten betriebsfreien Tag entfernen (Entf)</translation>
    </message>
    <message>
        <source>No company holidays yet.</source>
        <translation>Noch keine betriebsfreien Tage.</translation>
    </message>
    <message>
        <source>Company holiday date</source>
        <translation>Datum des betriebsfreien Tages</translation>
    </message>
    <message>
        <source>Company holiday name</source>
        <translation>Name des betriebsfreien Tages</translation>
    </message>
    <message>
        <source>Name, like Team day</source>
        <translation>Name, etwa Teamtag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>Hours worked each day against the daily target</source>
        <translation>Tägliche Arbeitsstunden im Vergleich zum Tagessoll</translation>
    </message>
    <message>
        <source>Daily target {hours}; dashed line</source>
        <translation>Tagessoll {hours}; gestrichelte Linie</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <source>Scan your badge or enter your ID</source>
        <translation>Ausweis scannen oder ID eingeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel, back to the ID</source>
        <translation>Abbrechen, zurück zur ID</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Now enter your PIN</source>
        <translation>Jetzt Ihre PIN eingeben</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>Employee #{id}</source>
        <extracomment>The requests are on the page (after a load or a decision). A request&apos;s before and after are on the page. A request was decided: the CorrectionRequest as the service keeps it now. How many requests wait (the tab&apos;s badge). Something failed: its plain words (also shown on the page).</extracomment>
        <translation>Mitarbeiter Nr. {id}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Please say why you reject this request: the person will read it.</source>
        <translation>Bitte begründen Sie die Ablehnung: Die Person wird es lesen.</translation>
    </message>
    <message>
        <source>No requests wait for a decision.</source>
        <translation>Keine Anträge warten auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>Pending correction requests</source>
        <extracomment>A request was chosen: its id (the controller fetches its day). Approve or Reject pressed: (request id, approve, comment). How many requests wait, for the tab&apos;s badge.</extracomment>
        <translation>Offene Korrekturanträge</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>If approved</source>
        <translation>Nach Genehmigung</translation>
    </message>
    <message>
        <source>Comment for the person</source>
        <translation>Kommentar für die Person</translation>
    </message>
    <message>
        <source>Comment (needed to reject)</source>
        <translation>Kommentar (zum Ablehnen nötig)</translation>
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
        <source>Why: {reason}</source>
        <translation>Begründung: {reason}</translation>
    </message>
</context>
<context>
    <name>InboxWords</name>
    <message>
        <source>Change a session</source>
        <translation>Arbeitsblock ändern</translation>
    </message>
    <message>
        <source>Add a forgotten session</source>
        <translation>Vergessenen Arbeitsblock nachtragen</translation>
    </message>
    <message>
        <source>Remove a session</source>
        <translation>Arbeitsblock entfernen</translation>
    </message>
    <message>
        <source>Leave day</source>
        <translation>Urlaubs-/Krankheitstag</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Arbeitsblöcke</translation>
    </message>
    <message>
        <source>{day} {month} {time}</source>
        <translation>{day}. {month} {time}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>break {span}</source>
        <translation>Pause {span}</translation>
    </message>
    <message>
        <source>The session this request changes is gone.</source>
        <translation>Der Arbeitsblock, den dieser Antrag ändert, existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>KioskAddedDialog</name>
    <message>
        <source>Copy both now: they are not shown again. Enter the token on the kiosk when it asks to be registered; the exit code lets staff leave kiosk mode. If one is lost, revoke this kiosk and add it again.</source>
        <translation>Kopieren Sie jetzt beide: Sie werden nicht noch einmal angezeigt. Geben Sie das Token am Kiosk ein, wenn es nach der Registrierung fragt; mit dem Exit-Code verlässt das Personal den Kioskmodus. Geht eines verloren, widerrufen Sie diesen Kiosk und fügen Sie ihn neu hinzu.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <source>A kiosk of a server needs its device token: start with --device-token TOKEN (from `attendance-server device add`) or put it in kiosk.json.</source>
        <translation>Ein Kiosk eines Servers braucht sein Geräte-Token: Starten Sie mit --device-token TOKEN (von `attendance-server device add`) oder tragen Sie es in kiosk.json ein.</translation>
    </message>
</context>
<context>
    <name>KioskListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>vor {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>vor {hours} h</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>KioskListPage</name>
    <message>
        <source>Kiosks</source>
        <translation>Kiosks</translation>
    </message>
    <message>
        <source>No kiosks yet. Add one for each entrance.</source>
        <translation>Noch keine Kiosks. Fügen Sie einen für jeden Eingang hinzu.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke kiosk</source>
        <translation>Kiosk widerrufen</translation>
    </message>
    <message>
        <source>Revoke “{name}”? It stops working at once and cannot be used again; to use that device again, add it as a new kiosk.</source>
        <translation>„{name}“ widerrufen? Er funktioniert sofort nicht mehr und kann nicht wieder verwendet werden; um das Gerät erneut zu nutzen, fügen Sie es als neuen Kiosk hinzu.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>KioskNameDialog</name>
    <message>
        <source>Please give the kiosk a name, like Front door.</source>
        <translation>Bitte geben Sie dem Kiosk einen Namen, etwa Haupteingang.</translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation>Kiosk hinzufügen</translation>
    </message>
    <message>
        <source>A name that says where it stands.</source>
        <translation>Ein Name, der sagt, wo er steht.</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation>Name des Kiosks</translation>
    </message>
    <message>
        <source>Front door</source>
        <translation>Haupteingang</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>KioskSecretsDialog</name>
    <message>
        <source>Kiosk “{name}” added</source>
        <translation>Kiosk „{name}“ hinzugefügt</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Copy the exit code</source>
        <translation>Exit-Code kopieren</translation>
    </message>
    <message>
        <source>I have copied them</source>
        <translation>Ich habe beide kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Punch undone</source>
        <translation>Stempelung zurückgenommen</translation>
    </message>
    <message>
        <source>Set up an administrator</source>
        <translation>Administrator einrichten</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>Offline punch</source>
        <translation>Offline-Stempelung</translation>
    </message>
    <message>
        <source>{who} at {time}: {reason}</source>
        <translation>{who} um {time}: {reason}</translation>
    </message>
</context>
<context>
    <name>KioskWording</name>
    <message>
        <source>Hello, {name}</source>
        <translation>Hallo, {name}</translation>
    </message>
    <message>
        <source>Clocked in at {time}</source>
        <translation>Eingestempelt um {time}</translation>
    </message>
    <message>
        <source>Goodbye, {name}</source>
        <translation>Auf Wiedersehen, {name}</translation>
    </message>
    <message>
        <source>Clocked out at {time}</source>
        <translation>Ausgestempelt um {time}</translation>
    </message>
    <message>
        <source>Enjoy your break, {name}</source>
        <translation>Schöne Pause, {name}</translation>
    </message>
    <message>
        <source>Break started at {time}</source>
        <translation>Pause begonnen um {time}</translation>
    </message>
    <message>
        <source>Welcome back, {name}</source>
        <translation>Willkommen zurück, {name}</translation>
    </message>
    <message>
        <source>Break ended at {time}</source>
        <translation>Pause beendet um {time}</translation>
    </message>
    <message>
        <source>Punch saved</source>
        <translation>Stempelung gespeichert</translation>
    </message>
    <message>
        <source>At {time}</source>
        <translation>Um {time}</translation>
    </message>
    <message>
        <source>It will be recorded, as in or out, when the connection is back.</source>
        <translation>Sie wird als Kommen oder Gehen verbucht, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Worked today: {time}</source>
        <translation>Heute gearbeitet: {time}</translation>
    </message>
    <message>
        <source>Saved on this kiosk. It will reach the server as soon as the network is back.</source>
        <translation>Auf diesem Kiosk gespeichert. Sie erreicht den Server, sobald das Netz wieder da ist.</translation>
    </message>
    <message>
        <source>End break instead</source>
        <translation>Stattdessen Pause beenden</translation>
    </message>
    <message>
        <source>Start a break instead</source>
        <translation>Stattdessen Pause beginnen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>1 punch waiting</source>
        <translation>1 Stempelung wartet</translation>
    </message>
    <message>
        <source>{count} punches waiting</source>
        <translation>{count} Stempelungen warten</translation>
    </message>
    <message>
        <source>{count} refused, see admin</source>
        <translation>{count} abgelehnt, bitte Admin fragen</translation>
    </message>
</context>
<context>
    <name>LastDayPrompt</name>
    <message>
        <source>Last working day</source>
        <translation>Letzter Arbeitstag</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>{name}&apos;s last working day. From the next day they cannot sign in, punch or be found at a kiosk; their history is kept.</source>
        <translation>Letzter Arbeitstag von {name}. Ab dem Folgetag kann die Person sich nicht mehr anmelden, nicht stempeln und wird an keinem Kiosk gefunden; ihre Historie bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>LeftAtView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel, no punch</source>
        <translation>Abbrechen, keine Stempelung</translation>
    </message>
    <message>
        <source>The time you left</source>
        <translation>Wann Sie gegangen sind</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your attendance…</source>
        <extracomment>Emitted after every paint of the window (the smoke test times the first ones). The window was closed while the app lives on in the tray (it is only hidden). While a tray icon keeps the app running, closing the window only hides it.</extracomment>
        <translation>Ihre Zeiten werden geöffnet…</translation>
    </message>
    <message>
        <source>Clock in / clock out</source>
        <translation>Einstempeln / Ausstempeln</translation>
    </message>
    <message>
        <source>Start / end break</source>
        <translation>Pause beginnen / beenden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Export month…</source>
        <translation>Monat &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print month…</source>
        <translation>Monat &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Public &amp;holidays…</source>
        <translation>&amp;Feiertage…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Attendance Desktop</source>
        <translation>Ü&amp;ber Attendance Desktop</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>My attendance</source>
        <translation>Meine Zeiten</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;My attendance</source>
        <translation>&amp;Meine Zeiten</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Working days so far this month</source>
        <translation>Arbeitstage bisher in diesem Monat</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Working days with at least one session</source>
        <translation>Arbeitstage mit mindestens einem Arbeitsblock</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Working days without any session</source>
        <translation>Arbeitstage ohne Arbeitsblock</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Gearbeitet</translation>
    </message>
    <message>
        <source>Time worked this month, breaks excluded</source>
        <translation>Arbeitszeit in diesem Monat, ohne Pausen</translation>
    </message>
    <message>
        <source>Target so far</source>
        <translation>Soll bisher</translation>
    </message>
    <message>
        <source>Daily target times the working days so far</source>
        <translation>Tagessoll mal bisherige Arbeitstage</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overtime (+) or undertime (−) so far this month</source>
        <translation>Mehrarbeit (+) oder Minderzeit (−) bisher in diesem Monat</translation>
    </message>
    <message>
        <source>Extra days</source>
        <translation>Zusatztage</translation>
    </message>
    <message>
        <source>Weekends and holidays you worked</source>
        <translation>Gearbeitete Wochenenden und Feiertage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left this month</source>
        <translation>
            <numerusform>Noch %n Arbeitstag in diesem Monat</numerusform>
            <numerusform>Noch %n Arbeitstage in diesem Monat</numerusform>
        </translation>
    </message>
    <message>
        <source>month target {hours}</source>
        <translation>Monatssoll {hours}</translation>
    </message>
</context>
<context>
    <name>MissedClockOutDialog</name>
    <message>
        <source>Missed clock-out</source>
        <extracomment>&quot;Save&quot; was pressed: the controller reads `left_at` and resolves the session.</extracomment>
        <translation>Vergessenes Ausstempeln</translation>
    </message>
    <message>
        <source>I left at</source>
        <translation>Gegangen um</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>MissedClockOutFlow</name>
    <message>
        <source>You didn&apos;t clock out on {weekday} {date}. When did you leave?</source>
        <translation>Sie haben sich am {weekday}, {date} nicht ausgestempelt. Wann sind Sie gegangen?</translation>
    </message>
    <message>
        <source>You clocked in at {time}.</source>
        <translation>Sie haben sich um {time} eingestempelt.</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Non-working</source>
        <translation>Arbeitsfrei</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Show this month</source>
        <translation>Diesen Monat zeigen</translation>
    </message>
</context>
<context>
    <name>MonthDocument</name>
    <message>
        <source>Daily target {daily} · month target {month} · times in {zone}</source>
        <translation>Tagessoll {daily} · Monatssoll {month} · Zeiten in {zone}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Kommen</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Worked h</source>
        <translation>Gearbeitet (h)</translation>
    </message>
    <message>
        <source>Break h</source>
        <translation>Pause (h)</translation>
    </message>
    <message>
        <source>Target h</source>
        <translation>Soll (h)</translation>
    </message>
    <message>
        <source>Sessions and breaks</source>
        <translation>Arbeitsblöcke und Pausen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>break {span}</source>
        <translation>Pause {span}</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(korrigiert)</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>Pick a month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <source>Month shown: {month}. Pick a month</source>
        <translation>Gezeigter Monat: {month}. Monat wählen</translation>
    </message>
</context>
<context>
    <name>MonthPopup</name>
    <message>
        <source>Pick a month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>PersonMonthDialog</name>
    <message>
        <source>{name}&apos;s month</source>
        <translation>Monat von {name}</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN zurücksetzen</translation>
    </message>
    <message>
        <source>A new kiosk PIN for {name} (4 to 12 digits). It also unlocks a locked PIN.</source>
        <translation>Eine neue Kiosk-PIN für {name} (4 bis 12 Ziffern). Sie entsperrt auch eine gesperrte PIN.</translation>
    </message>
</context>
<context>
    <name>PresenceController</name>
    <message>
        <source>Could not refresh who&apos;s in: {reason} The list below may be out of date.</source>
        <translation>Die Anwesenheit konnte nicht aktualisiert werden: {reason} Die Liste unten ist möglicherweise veraltet.</translation>
    </message>
</context>
<context>
    <name>PresenceModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>PresenceView</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask again now (it also refreshes every few seconds)</source>
        <translation>Jetzt neu abfragen (die Liste aktualisiert sich auch alle paar Sekunden)</translation>
    </message>
    <message>
        <source>Who&apos;s in</source>
        <translation>Anwesenheit</translation>
    </message>
</context>
<context>
    <name>PresenceWords</name>
    <message>
        <source>In</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>In Pause</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <source>Clock-out missing</source>
        <translation>Ausstempeln fehlt</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>Urlaub/Krank</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>{count} in</source>
        <translation>{count} da</translation>
    </message>
    <message>
        <source>{count} on break</source>
        <translation>{count} in Pause</translation>
    </message>
    <message>
        <source>{count} out</source>
        <translation>{count} gegangen</translation>
    </message>
    <message>
        <source>{count} clock-out missing</source>
        <translation>{count} Ausstempeln fehlt</translation>
    </message>
    <message>
        <source>{count} on leave</source>
        <translation>{count} Urlaub/Krank</translation>
    </message>
    <message>
        <source>{count} absent</source>
        <translation>{count} abwesend</translation>
    </message>
    <message>
        <source>{count} off</source>
        <translation>{count} frei</translation>
    </message>
    <message>
        <source>vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>krank</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>In since {time}</source>
        <translation>Da seit {time}</translation>
    </message>
    <message>
        <source>On break since {time}</source>
        <translation>In Pause seit {time}</translation>
    </message>
    <message>
        <source>Out at {time}</source>
        <translation>Gegangen um {time}</translation>
    </message>
    <message>
        <source>On leave ({leave})</source>
        <translation>Abwesend ({leave})</translation>
    </message>
    <message>
        <source>Off ({holiday})</source>
        <translation>Frei ({holiday})</translation>
    </message>
    <message>
        <source>Nobody to show</source>
        <translation>Niemand anzuzeigen</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>No job title</source>
        <translation>Keine Tätigkeit angegeben</translation>
    </message>
</context>
<context>
    <name>RemoteStartupController</name>
    <message>
        <source>Connecting to {url}…</source>
        <extracomment>The signed-in token (the Team section&apos;s service uses it too, for an admin).</extracomment>
        <translation>Verbindung mit {url}…</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Recorded offline</source>
        <translation>Offline erfasst</translation>
    </message>
    <message>
        <source>Break {span}</source>
        <translation>Pause {span}</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Choose at least one work day.</source>
        <extracomment>OK saved everything: the new Settings. The employee&apos;s work week or time zone changed (local mode): show the days anew. &quot;Sign out&quot; in the dialog. The dialog is up and filled. A save failed: the plain message shown in the dialog.</extracomment>
        <translation>Wählen Sie mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>{name} is not a time zone. Choose one from the list (like Europe/Berlin).</source>
        <translation>{name} ist keine Zeitzone. Wählen Sie eine aus der Liste (etwa Europe/Berlin).</translation>
    </message>
    <message>
        <source>An empty name</source>
        <translation>Ein leerer Name</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>&quot;Sign out&quot; was pressed (remote mode).</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>This computer (the local store)</source>
        <translation>Dieser Computer (lokale Ablage)</translation>
    </message>
    <message>
        <source>An attendance server:</source>
        <translation>Ein Zeiterfassungsserver:</translation>
    </message>
    <message>
        <source>https://attendance.example.com</source>
        <translation>https://zeiterfassung.beispiel.de</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>A change of service applies the next time the app starts.</source>
        <translation>Ein Wechsel des Dienstes gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A change of language applies the next time the app starts.</source>
        <translation>Ein Wechsel der Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Start Attendance Desktop when I log in</source>
        <translation>Attendance Desktop bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Your administrator sets these on the server.</source>
        <translation>Diese Werte legt Ihr Administrator auf dem Server fest.</translation>
    </message>
    <message>
        <source>Work days and when each starts</source>
        <translation>Arbeitstage und ihr Arbeitsbeginn</translation>
    </message>
    <message>
        <source>{weekday} start</source>
        <translation>Beginn am {weekday}</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Tagessoll</translation>
    </message>
    <message>
        <source>Not clocked in after the day&apos;s start</source>
        <translation>Nach Arbeitsbeginn nicht eingestempelt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes after the start</source>
        <translation>Minuten nach Arbeitsbeginn</translation>
    </message>
    <message>
        <source>Still clocked in past the daily target</source>
        <translation>Nach dem Tagessoll noch eingestempelt</translation>
    </message>
    <message>
        <source>Minutes past the target</source>
        <translation>Minuten nach dem Tagessoll</translation>
    </message>
    <message>
        <source>No break after</source>
        <translation>Keine Pause nach</translation>
    </message>
    <message>
        <source> h of work</source>
        <translation> h Arbeit</translation>
    </message>
    <message>
        <source>Hours of work before a break</source>
        <translation>Arbeitsstunden vor einer Pause</translation>
    </message>
    <message>
        <source> min break</source>
        <translation> min Pause</translation>
    </message>
    <message>
        <source>Length of the break</source>
        <translation>Länge der Pause</translation>
    </message>
    <message>
        <source>A missing clock-out (clocked in for over 16 h)</source>
        <translation>Fehlendes Ausstempeln (über 16 h eingestempelt)</translation>
    </message>
    <message>
        <source>The break rule&apos;s default is German working-time law: 30 min after 6 h.</source>
        <translation>Die Pausenregel folgt standardmäßig dem Arbeitszeitgesetz: 30 min nach 6 h.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>These keys work in the main window.</source>
        <translation>Diese Tasten wirken im Hauptfenster.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>to the attendance server at {url}</source>
        <translation>beim Zeiterfassungsserver {url}</translation>
    </message>
    <message>
        <source>Enter your email and your password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <source>To keep your history, put back a copy of {file} from a backup. To start afresh, move it (with its -wal and -shm files, if any) out of the data folder: the app then creates a new one.</source>
        <extracomment>The store could not be opened: a plain message for the user. The home page is up and its controller started. No employee yet: the first-run form is shown. The home page was shown from the snapshot of its inputs, before the store opened.</extracomment>
        <translation>Um Ihren Verlauf zu behalten, stellen Sie eine Kopie von {file} aus einer Sicherung zurück. Um neu anzufangen, verschieben Sie die Datei (mit ihren -wal- und -shm-Dateien, falls vorhanden) aus dem Datenordner: Die App legt dann eine neue an.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
</context>
<context>
    <name>TeamCalendarDialog</name>
    <message>
        <source>Choose at least one working day for the default work week.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag für die übliche Arbeitswoche.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>OK pressed: the whole calendar as the admin left it.</extracomment>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Given to people added from now on; each person&apos;s own week is kept.</source>
        <translation>Gilt für ab jetzt hinzugefügte Personen; die eigene Woche jeder Person bleibt erhalten.</translation>
    </message>
    <message>
        <source>Default work week</source>
        <translation>Übliche Arbeitswoche</translation>
    </message>
</context>
<context>
    <name>TeamConsole</name>
    <message>
        <source>Requests</source>
        <extracomment>(parent, suggested name, filter) -&gt; the chosen path, &quot;&quot; when cancelled. A payroll file was written (its path), or the words of why not. The month shown was locked or unlocked: (year, month, locked). Something the admin asked for was refused: the words shown.</extracomment>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kiosks</translation>
    </message>
    <message>
        <source>Requests ({count})</source>
        <translation>Anträge ({count})</translation>
    </message>
    <message>
        <source>{month} is locked (since {day}, {time})</source>
        <translation>{month} ist gesperrt (seit {day}, {time})</translation>
    </message>
    <message>
        <source>CSV for payroll (*.csv)</source>
        <translation>CSV für die Lohnabrechnung (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF timesheets (*.pdf)</source>
        <translation>PDF-Stundenzettel (*.pdf)</translation>
    </message>
    <message>
        <source>{month} could not be exported to {path}: {why}</source>
        <translation>{month} konnte nicht nach {path} exportiert werden: {why}</translation>
    </message>
</context>
<context>
    <name>TeamMonth</name>
    <message>
        <source>Working</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Working days so far</source>
        <translation>Arbeitstage bisher</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anw.</translation>
    </message>
    <message>
        <source>Working days with a session</source>
        <translation>Arbeitstage mit einem Arbeitsblock</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Working days without a session</source>
        <translation>Arbeitstage ohne Arbeitsblock</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abw.</translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation>Urlaubs-/Krankheitstage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Gearbeitete Stunden</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>Days worked that were not working days</source>
        <translation>Gearbeitete Tage, die keine Arbeitstage waren</translation>
    </message>
    <message>
        <source>A</source>
        <translation>F</translation>
    </message>
    <message>
        <source>L</source>
        <translation>U</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>H</source>
        <translation>FT</translation>
    </message>
    <message>
        <source>Worked {time}</source>
        <translation>Gearbeitet: {time}</translation>
    </message>
    <message>
        <source>Corrected (see the day&apos;s history)</source>
        <translation>Korrigiert (siehe Verlauf des Tages)</translation>
    </message>
</context>
<context>
    <name>TeamMonthController</name>
    <message>
        <source>Could not show {month}: {why}</source>
        <extracomment>A month is shown: (year, month, people). A person&apos;s month was opened (its controller, which says when it is shown).</extracomment>
        <translation>{month} konnte nicht angezeigt werden: {why}</translation>
    </message>
</context>
<context>
    <name>TeamMonthModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>TeamMonthView</name>
    <message>
        <source>The team&apos;s month</source>
        <extracomment>A person&apos;s month was asked for: (employee, year, month).</extracomment>
        <translation>Der Monat des Teams</translation>
    </message>
    <message>
        <source>Hours as h:mm · A absent · L leave · H holiday · ! clock-out missing · * corrected</source>
        <translation>Stunden als h:mm · F fehlt · U Urlaub/Krank · FT Feiertag · ! Ausstempeln fehlt · * korrigiert</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>{shown} von %n Person</numerusform>
            <numerusform>{shown} von %n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Who&apos;s in</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Team month</source>
        <translation>Teammonat</translation>
    </message>
</context>
<context>
    <name>TimeKeypad</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The time you left, hours and minutes</source>
        <translation>Wann Sie gegangen sind, Stunden und Minuten</translation>
    </message>
</context>
<context>
    <name>Timesheet</name>
    <message>
        <source>* corrected — see history</source>
        <translation>* korrigiert – siehe Verlauf</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation>Urlaubs-/Krankheitstage</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Gearbeitete Stunden</translation>
    </message>
    <message>
        <source>Extra days</source>
        <translation>Zusatztage</translation>
    </message>
    <message>
        <source>Target so far</source>
        <translation>Soll bisher</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Corrected days</source>
        <translation>Korrigierte Tage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First in</source>
        <translation>Kommen</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Worked h</source>
        <translation>Gearbeitet (h)</translation>
    </message>
    <message>
        <source>Breaks h</source>
        <translation>Pausen (h)</translation>
    </message>
    <message>
        <source>Holiday or leave</source>
        <translation>Feiertag oder Abwesenheit</translation>
    </message>
    <message>
        <source>Employee no. {id}</source>
        <translation>Personalnummer {id}</translation>
    </message>
    <message>
        <source>Department: {department}</source>
        <translation>Abteilung: {department}</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Zeiten in {zone}</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Hours are decimal (7.75 = 7 h 45 min).</source>
        <translation>Stunden als Dezimalzahl (7,75 = 7 h 45 min).</translation>
    </message>
    <message>
        <source>Timesheet — {name}</source>
        <translation>Stundenzettel – {name}</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte/r</translation>
    </message>
    <message>
        <source>No one to show for this selection.</source>
        <translation>Für diese Auswahl ist niemand anzuzeigen.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <source>Timesheet · {name} (no. {id}) · {month}</source>
        <translation>Stundenzettel · {name} (Nr. {id}) · {month}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Attendance Desktop — not clocked in</source>
        <translation>Attendance Desktop – nicht eingestempelt</translation>
    </message>
    <message>
        <source>Attendance Desktop — clocked in</source>
        <translation>Attendance Desktop – eingestempelt</translation>
    </message>
    <message>
        <source>Attendance Desktop — on a break</source>
        <translation>Attendance Desktop – in Pause</translation>
    </message>
    <message>
        <source>Attendance Desktop — the server cannot be reached</source>
        <translation>Attendance Desktop – Server nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Clock in</source>
        <extracomment>&quot;Open&quot; in the menu, or a click on the icon: show the window. &quot;Quit&quot; in the menu: the app ends (closing the window only hides it). The icon changed to show this state.</extracomment>
        <translation>Einstempeln</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Pause beginnen</translation>
    </message>
    <message>
        <source>Open Attendance Desktop</source>
        <translation>Attendance Desktop öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>Ausstempeln</translation>
    </message>
    <message>
        <source>End break</source>
        <translation>Pause beenden</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Last punch</source>
        <extracomment>The notice went away by itself (its time ran out).</extracomment>
        <translation>Letzte Stempelung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take this punch back</source>
        <translation>Diese Stempelung zurücknehmen</translation>
    </message>
</context>
<context>
    <name>WorkWeekBoxes</name>
    <message>
        <source>Works on {day}</source>
        <translation>Arbeitet am {day}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Attendance Desktop is already open for this data folder.</source>
        <extracomment>How long the start waits for the window&apos;s first paint (a window shown minimised, or on a platform that paints late, must still open its data).</extracomment>
        <translation>Attendance Desktop ist für diesen Datenordner bereits geöffnet.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the data folder</source>
        <translation>Datenordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. Check its permissions or free space.</source>
        <translation>In den Datenordner kann nicht geschrieben werden. Prüfen Sie seine Berechtigungen oder den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Cannot open your attendance data</source>
        <translation>Ihre Zeitdaten können nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <source>Attendance kiosk</source>
        <translation>Zeiterfassungs-Kiosk</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Already clocked in. Clock out first.</source>
        <extracomment>code -&gt; the registry&apos;s default words (marked for lupdate).</extracomment>
        <translation>Bereits eingestempelt. Stempeln Sie zuerst aus.</translation>
    </message>
    <message>
        <source>No clock-in session found. Clock in first.</source>
        <translation>Kein offener Arbeitsblock gefunden. Stempeln Sie zuerst ein.</translation>
    </message>
    <message>
        <source>A break is already running. End it first.</source>
        <translation>Es läuft bereits eine Pause. Beenden Sie sie zuerst.</translation>
    </message>
    <message>
        <source>No break is running.</source>
        <translation>Es läuft keine Pause.</translation>
    </message>
    <message>
        <source>User Does not Exist</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>This employee has been deactivated and cannot clock in or out. An administrator can reactivate them.</source>
        <translation>Diese Person wurde deaktiviert und kann nicht ein- oder ausstempeln. Ein Administrator kann sie wieder aktivieren.</translation>
    </message>
    <message>
        <source>Attendance not found.</source>
        <translation>Arbeitsblock nicht gefunden.</translation>
    </message>
    <message>
        <source>Break not found.</source>
        <translation>Pause nicht gefunden.</translation>
    </message>
    <message>
        <source>Future Month Requested</source>
        <translation>Dieser Monat liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Month must be 1 to 12 and year 1970 to 9999.</source>
        <translation>Der Monat muss zwischen 1 und 12 liegen und das Jahr zwischen 1970 und 9999.</translation>
    </message>
    <message>
        <source>Dates must look like 2024-01-15 or 2024-01-15T09:00:00Z.</source>
        <translation>Datumsangaben müssen wie 2024-01-15 oder 2024-01-15T09:00:00Z aussehen.</translation>
    </message>
    <message>
        <source>Some of the details entered are not valid.</source>
        <translation>Einige der eingegebenen Angaben sind ungültig.</translation>
    </message>
    <message>
        <source>The punch time is too far from the current time, so it was not recorded. Check the date and time of the device that sent it.</source>
        <translation>Die Stempelzeit liegt zu weit von der aktuellen Zeit entfernt und wurde daher nicht erfasst. Prüfen Sie Datum und Uhrzeit des Geräts, das sie gesendet hat.</translation>
    </message>
    <message>
        <source>The current time is earlier than your last recorded punch: the clock that records punches was set back. Check its date and time, then try again. Nothing was changed.</source>
        <translation>Die aktuelle Zeit liegt vor Ihrer letzten erfassten Stempelung: Die Uhr, die Stempelungen erfasst, wurde zurückgestellt. Prüfen Sie Datum und Uhrzeit und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Wrong ID or PIN.</source>
        <translation>Falsche ID oder PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Ask an administrator to unlock your PIN.</source>
        <translation>Zu viele falsche PINs. Bitten Sie einen Administrator, Ihre PIN zu entsperren.</translation>
    </message>
    <message>
        <source>Please sign in.</source>
        <translation>Bitte melden Sie sich an.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You can only see and change your own attendance.</source>
        <translation>Sie können nur Ihre eigenen Zeiten sehen und ändern.</translation>
    </message>
    <message>
        <source>This badge is not known. Ask an administrator to register it.</source>
        <translation>Dieser Ausweis ist unbekannt. Bitten Sie einen Administrator, ihn zu registrieren.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s ID and PIN can leave kiosk mode.</source>
        <translation>Nur mit der ID und PIN eines Administrators lässt sich der Kioskmodus verlassen.</translation>
    </message>
    <message>
        <source>This kiosk already has an administrator. Leave kiosk mode with their ID and PIN.</source>
        <translation>Dieser Kiosk hat bereits einen Administrator. Verlassen Sie den Kioskmodus mit dessen ID und PIN.</translation>
    </message>
    <message>
        <source>This is not the kiosk&apos;s exit code.</source>
        <translation>Das ist nicht der Exit-Code des Kiosks.</translation>
    </message>
    <message>
        <source>This punch can no longer be undone: something happened after it.</source>
        <translation>Diese Stempelung kann nicht mehr zurückgenommen werden: Danach ist schon etwas geschehen.</translation>
    </message>
    <message>
        <source>This offline punch could not be read by the server.</source>
        <translation>Diese Offline-Stempelung konnte der Server nicht lesen.</translation>
    </message>
    <message>
        <source>The attendance data could not be read or saved.</source>
        <translation>Die Zeitdaten konnten nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>The attendance database is damaged and cannot be opened. It has been left untouched so nothing more is lost.</source>
        <translation>Die Zeiterfassungsdatenbank ist beschädigt und kann nicht geöffnet werden. Sie wurde nicht angerührt, damit nichts weiter verloren geht.</translation>
    </message>
    <message>
        <source>The attendance database is busy (another program holds it). Nothing was changed; please try again.</source>
        <translation>Die Zeiterfassungsdatenbank ist belegt (ein anderes Programm hält sie). Es wurde nichts geändert; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. Check its permissions or free space.</source>
        <translation>In den Datenordner kann nicht geschrieben werden. Prüfen Sie seine Berechtigungen oder den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The disk that holds the attendance data is full. Nothing was changed. Free some space on it, then try again.</source>
        <translation>Der Datenträger mit den Zeitdaten ist voll. Es wurde nichts geändert. Schaffen Sie dort Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This attendance database was written by a newer version of Attendance Desktop. Please update the app.</source>
        <translation>Diese Zeiterfassungsdatenbank wurde von einer neueren Version von Attendance Desktop geschrieben. Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The attendance server cannot be reached. Check the network and try again.</source>
        <translation>Der Zeiterfassungsserver ist nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The attendance database cannot be reached just now. Nothing was changed; please try again in a moment.</source>
        <translation>Die Zeiterfassungsdatenbank ist gerade nicht erreichbar. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Already checked out for this date.</source>
        <translation>Für dieses Datum bereits ausgestempelt.</translation>
    </message>
    <message>
        <source>An attendance record already exists for this user and date.</source>
        <translation>Für diese Person und dieses Datum gibt es bereits einen Eintrag.</translation>
    </message>
    <message>
        <source>This break has already ended.</source>
        <translation>Diese Pause ist bereits beendet.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Wait a moment, then try again.</source>
        <translation>Zu viele falsche Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The attendance server cannot be reached. Your punch is saved on this computer and will be sent as soon as the server is back.</source>
        <translation>Der Zeiterfassungsserver ist nicht erreichbar. Ihre Stempelung ist auf diesem Computer gespeichert und wird gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Your settings could not be saved. Check that the settings folder can be written to and has free space, then press OK again.</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden. Prüfen Sie, ob der Einstellungsordner beschreibbar ist und freien Platz hat, und drücken Sie dann erneut OK.</translation>
    </message>
    <message>
        <source>Say why: every correction needs a reason.</source>
        <translation>Nennen Sie den Grund: Jede Korrektur braucht einen.</translation>
    </message>
    <message>
        <source>This would overlap another session of the same person. Nothing was changed.</source>
        <translation>Das würde sich mit einem anderen Arbeitsblock derselben Person überschneiden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A break must lie inside its session. Nothing was changed.</source>
        <translation>Eine Pause muss innerhalb ihres Arbeitsblocks liegen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Correction request not found.</source>
        <translation>Korrekturanfrage nicht gefunden.</translation>
    </message>
    <message>
        <source>This correction request has already been approved or rejected.</source>
        <translation>Diese Korrekturanfrage wurde bereits genehmigt oder abgelehnt.</translation>
    </message>
    <message>
        <source>This missed clock-out was closed at the time the employee gave, so it cannot be rejected. Approve it, or edit the attendance to the right time.</source>
        <translation>Dieses vergessene Ausstempeln wurde zu der von der Person angegebenen Zeit geschlossen und kann daher nicht abgelehnt werden. Genehmigen Sie es oder korrigieren Sie die Zeiten auf die richtige Uhrzeit.</translation>
    </message>
    <message>
        <source>This month is locked after payroll, so its attendance cannot be changed. Ask an administrator to unlock it. Nothing was changed.</source>
        <translation>Dieser Monat ist nach der Lohnabrechnung gesperrt, seine Zeiten können nicht mehr geändert werden. Bitten Sie einen Administrator, ihn zu entsperren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This person&apos;s clock-out was already missing when this offline punch was made, so the punch was kept for an administrator. Ask them when they left.</source>
        <translation>Das Ausstempeln dieser Person fehlte schon, als dieser Offline-Stempel erfasst wurde; der Stempel wurde daher für einen Administrator aufbewahrt. Fragen Sie die Person, wann sie gegangen ist.</translation>
    </message>
    <message>
        <source>There is no kiosk device with this id.</source>
        <translation>Es gibt kein Kiosk-Gerät mit dieser ID.</translation>
    </message>
    <message>
        <source>Please enter a first and a last name.</source>
        <extracomment>The core&apos;s words, one for one (marked for lupdate).</extracomment>
        <translation>Bitte geben Sie einen Vor- und einen Nachnamen ein.</translation>
    </message>
    <message>
        <source>Please enter a valid email address, like name@example.com.</source>
        <translation>Bitte geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>A password needs 8 to 256 characters.</source>
        <translation>Ein Passwort braucht 8 bis 256 Zeichen.</translation>
    </message>
    <message>
        <source>A badge code is 1 to 128 characters.</source>
        <translation>Ein Ausweiscode hat 1 bis 128 Zeichen.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Non-working day</source>
        <translation>Arbeitsfreier Tag</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Urlaub/Krank</translation>
    </message>
    <message>
        <source>Clock-out missing</source>
        <translation>Ausstempeln fehlt</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Krank</translation>
    </message>
    <message>
        <source>Other leave</source>
        <translation>Sonstige Abwesenheit</translation>
    </message>
    <message>
        <source>{hours}h {minutes}m</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes}m</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>{weekday}
{day} {month} {year}</source>
        <translation>{weekday}
{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>(+{days}d)</source>
        <translation>(+{days} T.)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>Eingestempelt</translation>
    </message>
    <message>
        <source>Clocked out</source>
        <translation>Ausgestempelt</translation>
    </message>
    <message>
        <source>Break started</source>
        <translation>Pause begonnen</translation>
    </message>
    <message>
        <source>Break ended</source>
        <translation>Pause beendet</translation>
    </message>
    <message>
        <source>Punched</source>
        <translation>Gestempelt</translation>
    </message>
    <message>
        <source>{punch} {time} · waiting to send</source>
        <translation>{punch} {time} · wartet auf Versand</translation>
    </message>
    <message>
        <source>{punch} at {time}</source>
        <translation>{punch} um {time}</translation>
    </message>
    <message>
        <source>Clock-in at {time} undone</source>
        <translation>Einstempeln um {time} zurückgenommen</translation>
    </message>
    <message>
        <source>Clock-out at {time} undone</source>
        <translation>Ausstempeln um {time} zurückgenommen</translation>
    </message>
    <message>
        <source>Break start at {time} undone</source>
        <translation>Pausenbeginn um {time} zurückgenommen</translation>
    </message>
    <message>
        <source>Break end at {time} undone</source>
        <translation>Pausenende um {time} zurückgenommen</translation>
    </message>
    <message>
        <source>Punch at {time} undone</source>
        <translation>Stempelung um {time} zurückgenommen</translation>
    </message>
    <message>
        <source>clock-in</source>
        <translation>Einstempeln</translation>
    </message>
    <message>
        <source>clock-out</source>
        <translation>Ausstempeln</translation>
    </message>
    <message>
        <source>break start</source>
        <translation>Pausenbeginn</translation>
    </message>
    <message>
        <source>break end</source>
        <translation>Pausenende</translation>
    </message>
    <message>
        <source>punch</source>
        <translation>Stempelung</translation>
    </message>
    <message>
        <source>Your {punch} at {time} on {weekday} {date}, kept on this computer while the server was away, was refused by the server: {reason}. It was not recorded. Check that day in the calendar; if it is wrong, ask your administrator to correct it.</source>
        <translation>Die Stempelung „{punch}“ um {time} am {weekday}, {date}, die auf diesem Computer aufbewahrt wurde, während der Server nicht erreichbar war, hat der Server abgelehnt: {reason}. Sie wurde nicht erfasst. Prüfen Sie diesen Tag im Kalender; ist er falsch, bitten Sie Ihren Administrator, ihn zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Something unexpected went wrong and the action may not have completed. Please try again; if it keeps happening, the log file has the details.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen, und die Aktion wurde vielleicht nicht ausgeführt. Bitte versuchen Sie es erneut; wenn es wieder passiert, steht Näheres in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again, or ask an administrator.</source>
        <translation>Etwas ist schiefgegangen. Bitte versuchen Sie es erneut oder fragen Sie einen Administrator.</translation>
    </message>
</context>
</TS>
