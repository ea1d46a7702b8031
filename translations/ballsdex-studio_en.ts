<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuthError</name>
    <message>
        <source>Discord login is not set up for this BallsDex instance. Ask the bot&apos;s owner to check the application (client) id and that it allows public clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the authorization on Discord, so Studio was not given access to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this login attempt, so it was refused. Please start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Please start the login again and finish it in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord could not be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord no longer accepts this login (it expired or was revoked). Please log in with Discord again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord answered with an error. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Discord account does not use two-factor authentication. Turn it on in Discord (User Settings, My Account) and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Discord account has no BallsDex role (owner, admin, staff or artist), so Studio cannot let you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Discord account is not a member of the BallsDex admin server, so Studio cannot let you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved Discord login on this computer. Please log in with Discord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used to keep your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallValidation</name>
    <message>
        <source>%1 is %2 characters long; at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarity must be a number of 0 or more (0 never spawns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emoji ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quicksell value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ability name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ability description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a regime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regime #%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The economy #%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a wild card image (the spawn picture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a collection card image (the card artwork).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ball named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen regime or economy no longer exists; pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a value (%1); check the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ball was deleted meanwhile; it cannot be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached. Your changes are kept; save again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistActions</name>
    <message>
        <source>Guild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not moderate; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now blacklisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already blacklisted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer blacklisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not blacklisted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason of %1&apos;s ban was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFailure</name>
    <message>
        <source>socket directory %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password or unknown user: the server at %1 refused the login &quot;%2&quot;. Check the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 accepts this login only over TLS. Choose sslmode require (or verify-full with the server&apos;s root certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not allow the login &quot;%2&quot; to database &quot;%3&quot; from this computer (pg_hba.conf). Ask the database administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on %2. Check its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS was required (sslmode %1) but the server at %2 does not offer it. Enable TLS on the server, or choose sslmode prefer or disable on a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root certificate file %1 cannot be used. Choose the CA certificate file of your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the server at %1 failed verification (sslmode %2). Check the root certificate file and that the host name matches the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with the server at %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Check the host and port, and that the server is running and reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Studio does not keep `%1` in a connection URL; remove it (the password field and the system keychain hold secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database user Studio logs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the BallsDex database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host `%1` is neither a host name nor an absolute socket directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode %1 checks the server certificate, but the root certificate file %2 does not exist. Choose the CA certificate file of your server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Studio could not read the roles of the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login &quot;%1&quot; has no Studio role. Ask the database administrator to grant it one of ballsdex_artist, ballsdex_staff or ballsdex_admin (for example: GRANT ballsdex_artist TO &quot;%1&quot;;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio could not read the bot&apos;s login settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot has not published its login settings yet: start the bot once with admin-panel.client-id set in its config.yml, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s login settings are malformed (%1); update the bot and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode %1 checks the server certificate, but the root certificate file %2 does not exist. Choose the CA certificate file of your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio could not read the schema version of this database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s schema does not match this Studio. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmojiText</name>
    <message>
        <source>The emoji must be a Unicode emoji or a custom emoji id (17 to 20 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emoji must be a single emoji, without letters or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emoji is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 pixels; a %3 must be exactly %4 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 pixels; a %3 is at most %4 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 pixels; a %3 is at least %4 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 pixels; a %3 must be square.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a %3 may be at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2; a %3 may be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Studio can read (corrupt or unsupported format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 image; Studio accepts PNG, JPEG and WebP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageRequirements</name>
    <message>
        <source>card background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wild card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>economy icon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>access to the system keychain was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain denied access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain is available (for example gnome-keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry could not be removed from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain does not support this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s (is it locked or waiting for a password?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Studio can read (corrupt or unsupported format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the media folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1 in the media folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationRows</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untradeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATK %1 / HP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to catch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player 1 gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player 2 gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unblacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationText</name>
    <message>
        <source>Blacklisted: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted: &lt;b&gt;yes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friends only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;User %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player #%1 — coins: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donations: %1; privacy: %2; mentions: %3; friend requests: %4; trade cooldown: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has never played (no player row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Guild %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spawn channel: %1; spawning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot has no configuration for this guild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Discord id (17 to 20 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Discord id: a Discord id has 17 to 20 digits and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Discord id: the number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was changed; try again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>no lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural (rolled like a catch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (never a special)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced (every card gets the special)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (coins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ball rarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum ball rarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit per player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be a whole number of coins, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarity bounds must be empty (unbounded) or numbers of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum rarity must not be above the maximum rarity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack with the forced special mode needs a special: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily limit must be empty (unlimited) or a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>StorageMessages</name>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rarity must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack holds between 1 and 25 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarity bounds must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum rarity must not be above the maximum rarity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack with the forced special mode needs a special.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily limit must be empty (unlimited) or more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached right now. Your changes are kept in the form; save again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is already taken; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists; someone else may have deleted it. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs still force this special; change their special mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balls still use this regime; move them to another regime first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referenced entry no longer exists; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
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
    <name>ballsdex::studio::BallEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may view the catalogue but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: your role (%1) may not edit the catalogue. Ask an artist or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the problems listed below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BallForm</name>
    <message>
        <source>other accepted answers, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translated names, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when the name is too long for the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled (spawns, counts for completion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tradeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quicksell value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets (use only artwork you have the rights to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wild card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a regime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown regime #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown economy #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BallImageField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a PNG, JPEG or WebP file here, or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still importing the previous file; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a local file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BallList</name>
    <message>
        <source>Search balls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BlacklistDialog</name>
    <message>
        <source>Blacklist guild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblacklist guild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblacklist user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the ban reason of guild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the ban reason of user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required; your name and id are added to it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BlacklistHistoryView</name>
    <message>
        <source>Discord id or words of the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and guilds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blacklist action matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::CardDesigner</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ball you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::CatalogueEditors</name>
    <message>
        <source>Specials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::ConnectionDialog</name>
    <message>
        <source>Connect to the BallsDex database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost, or a socket directory such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow: encrypt if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: encrypt when possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: encrypt, check the certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the authority and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not give the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate of the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used only with verify-ca and verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificates are checked against %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::EconomyEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ball(s) use this economy; they will keep existing without an economy icon.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an icon image (square, 512×512 recommended).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::EditorPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to edit the catalogue; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow editing the catalogue; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what uses it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::ImageField</name>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::LoginPage</name>
    <message>
        <source>&lt;h2&gt;Log in with Discord&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio opens Discord in your browser. Your roles in the admin server decide what you can do here: artists edit the catalogue, staff moderate, admins do both. Your Discord account needs two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::LoginSession</name>
    <message>
        <source>Waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Discord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your Discord login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your Discord roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing your Discord login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::LoopbackListener</name>
    <message>
        <source>cannot listen on 127.0.0.1 port %1 for the browser&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the login BallsDex Studio is waiting for, so it was ignored. Go back to Studio and start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the authorization, so BallsDex Studio was not given access. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord did not complete the login. Go back to BallsDex Studio to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord answered. You can close this tab and go back to BallsDex Studio.</source>
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
        <source>Not connected</source>
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
        <source>Connect to the bot&apos;s database to design cards and moderate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord makes you %1, but this database login is only allowed %2, so there is nothing you can do with it. Ask an operator for a database login with the matching Studio role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as %1: this database login does not allow everything your Discord role does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected. Connect to a database to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits are not saved yet. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;talogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BallsDex Studio — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media folder shared with the bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images now go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio will use this language everywhere from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;BallsDex Studio&lt;/b&gt; %1&lt;br&gt;Card designer, catalogue editors and moderation desk for BallsDex.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::ModerationDesk</name>
    <message>
        <source>Users and guilds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may look things up but not blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord id (17 to 20 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No player has this Discord id; it can still be blacklisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot has no configuration for this guild; it can still be blacklisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catches in this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::PackEditor</name>
    <message>
        <source> (off sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n player(s) hold %1 unopened copies, which will be removed. The opening history keeps the pack&apos;s name.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::RegimeEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This regime is used by %n ball(s) with %1 instance(s) in all; move the balls to another regime before deleting it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No ball uses this regime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a background image (1428×2000).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::SpecialEditor</name>
    <message>
        <source>0 to 1, e.g. 0.001 or 1/2048</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✨ or a custom emoji id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tradeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from players (still rolls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: no bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rarity must be a number between 0 and 1 (for example 0.001 or 1/2048).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rarity must be between 0 and 1: it is the chance per catch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catch phrase is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) force this special; change their special mode before deleting it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) carry this special and will lose it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::Workspace</name>
    <message>
        <source>&amp;Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;talogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BallsDex Studio: card designer, catalogue editors and moderation desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL to connect to (default: BALLSDEXBOT_DB_URL or DATABASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media folder shared with the bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord API base for the login (default: the bot&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord authorize page (default: the bot&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
