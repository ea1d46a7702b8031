<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Invalid database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema mismatch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Studio never changes the schema: run `ballsdex-bot migrate` with a bot of the same version, or use the Studio release that matches the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioRole</name>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::MainWindow</name>
    <message>
        <source>BallsDex Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a database to start designing cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The card designer and moderation desk arrive in the next releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BallsDex Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BallsDex Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;BallsDex Studio&lt;/b&gt; %1&lt;br&gt;Card designer and moderation desk for BallsDex.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
