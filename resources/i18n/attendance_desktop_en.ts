<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminExitDialog</name>
    <message numerus="yes">
        <source>%n punch(es) waiting to be sent to the server.</source>
        <translation>
            <numerusform>%n punch is waiting to be sent to the server.</numerusform>
            <numerusform>%n punches are waiting to be sent to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n punch(es) (kept here):</source>
        <translation>
            <numerusform>The server refused %n punch (kept here):</numerusform>
            <numerusform>The server refused %n punches (kept here):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message numerus="yes">
        <source>%n working day(s) left this month</source>
        <translation>
            <numerusform>%n working day left this month</numerusform>
            <numerusform>%n working days left this month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMonthView</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>{shown} of %n person</numerusform>
            <numerusform>{shown} of %n people</numerusform>
        </translation>
    </message>
</context>
</TS>
