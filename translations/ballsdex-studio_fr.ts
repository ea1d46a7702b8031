<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AuthError</name>
    <message>
        <source>Discord login is not set up for this BallsDex instance. Ask the bot&apos;s owner to check the application (client) id and that it allows public clients.</source>
        <translation>La connexion Discord n&apos;est pas configurée pour cette instance de BallsDex. Demandez au propriétaire du bot de vérifier l&apos;identifiant (client id) de l&apos;application et qu&apos;elle autorise les clients publics.</translation>
    </message>
    <message>
        <source>You declined the authorization on Discord, so Studio was not given access to your account.</source>
        <translation>Vous avez refusé l&apos;autorisation sur Discord&#xa0;: Studio n&apos;a donc pas eu accès à votre compte.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this login attempt, so it was refused. Please start the login again.</source>
        <translation>Le navigateur a renvoyé une réponse qui n&apos;appartient pas à cette tentative de connexion&#xa0;; elle a donc été refusée. Veuillez recommencer la connexion.</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Please start the login again and finish it in the browser.</source>
        <translation>Aucune réponse n&apos;est revenue du navigateur à temps. Veuillez recommencer la connexion et la terminer dans le navigateur.</translation>
    </message>
    <message>
        <source>Discord could not be reached. Check your internet connection and try again.</source>
        <translation>Impossible de joindre Discord. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Discord no longer accepts this login (it expired or was revoked). Please log in with Discord again.</source>
        <translation>Discord n&apos;accepte plus cette connexion (elle a expiré ou a été révoquée). Veuillez vous reconnecter avec Discord.</translation>
    </message>
    <message>
        <source>Discord answered with an error. Please try again in a moment.</source>
        <translation>Discord a répondu par une erreur. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>Your Discord account does not use two-factor authentication. Turn it on in Discord (User Settings, My Account) and log in again.</source>
        <translation>Votre compte Discord n&apos;utilise pas l&apos;authentification à deux facteurs. Activez-la dans Discord (Paramètres utilisateur, Mon compte) puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your Discord account has no BallsDex role (owner, admin, staff or artist), so Studio cannot let you in.</source>
        <translation>Votre compte Discord n&apos;a aucun rôle BallsDex (propriétaire, admin, staff ou artiste)&#xa0;: Studio ne peut donc pas vous laisser entrer.</translation>
    </message>
    <message>
        <source>Your Discord account is not a member of the BallsDex admin server, so Studio cannot let you in.</source>
        <translation>Votre compte Discord n&apos;est pas membre du serveur d&apos;administration de BallsDex&#xa0;: Studio ne peut donc pas vous laisser entrer.</translation>
    </message>
    <message>
        <source>There is no saved Discord login on this computer. Please log in with Discord.</source>
        <translation>Aucune connexion Discord n&apos;est enregistrée sur cet ordinateur. Veuillez vous connecter avec Discord.</translation>
    </message>
    <message>
        <source>The system keychain could not be used to keep your login.</source>
        <translation>Le trousseau système n&apos;a pas pu être utilisé pour conserver votre connexion.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BallEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>BallValidation</name>
    <message>
        <source>%1 is %2 characters long; at most %3.</source>
        <translation>%1&#xa0;: %2 caractères, %3 au maximum.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1&#xa0;: nombre entier attendu, de %2 à %3.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Rarity must be a number of 0 or more (0 never spawns).</source>
        <translation>La rareté doit être un nombre supérieur ou égal à 0 (0&#xa0;: n&apos;apparaît jamais).</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Points de vie</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>The emoji ID</source>
        <translation>ID de l&apos;emoji</translation>
    </message>
    <message>
        <source>The quicksell value</source>
        <translation>Valeur de revente rapide</translation>
    </message>
    <message>
        <source>The ability name</source>
        <translation>Nom de la capacité</translation>
    </message>
    <message>
        <source>The ability description</source>
        <translation>Description de la capacité</translation>
    </message>
    <message>
        <source>The credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Choose a regime.</source>
        <translation>Choisissez un régime.</translation>
    </message>
    <message>
        <source>The regime #%1 does not exist (any more).</source>
        <translation>Le régime #%1 n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The economy #%1 does not exist (any more).</source>
        <translation>L&apos;économie #%1 n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Choose a wild card image (the spawn picture).</source>
        <translation>Choisissez une image d&apos;apparition (l&apos;image affichée quand la ball apparaît).</translation>
    </message>
    <message>
        <source>Choose a collection card image (the card artwork).</source>
        <translation>Choisissez une image de carte de collection (l&apos;illustration de la carte).</translation>
    </message>
    <message>
        <source>A ball named %1 already exists.</source>
        <translation>Une ball nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>The chosen regime or economy no longer exists; pick another one.</source>
        <translation>Le régime ou l&apos;économie sélectionné(e) n&apos;existe plus&#xa0;; faites un autre choix.</translation>
    </message>
    <message>
        <source>The database refused a value (%1); check the fields.</source>
        <translation>La base de données a refusé une valeur (%1)&#xa0;; vérifiez les champs.</translation>
    </message>
    <message>
        <source>This ball was deleted meanwhile; it cannot be updated.</source>
        <translation>Cette ball a été supprimée entre-temps&#xa0;; elle ne peut pas être mise à jour.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Your changes are kept; save again when the connection is back.</source>
        <translation>Impossible de joindre la base de données. Vos modifications sont conservées&#xa0;; enregistrez à nouveau quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BlacklistActions</name>
    <message>
        <source>Guild %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>Your role (%1) may not moderate; nothing was changed.</source>
        <translation>Votre rôle (%1) ne permet pas de modérer&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A reason is required; nothing was changed.</source>
        <translation>Un motif est obligatoire&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is now blacklisted.</source>
        <translation>%1 est désormais sur liste noire.</translation>
    </message>
    <message>
        <source>%1 is already blacklisted; nothing was changed.</source>
        <translation>%1 est déjà sur liste noire&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is no longer blacklisted.</source>
        <translation>%1 n&apos;est plus sur liste noire.</translation>
    </message>
    <message>
        <source>%1 is not blacklisted; nothing was changed.</source>
        <translation>%1 n&apos;est pas sur liste noire&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The reason of %1&apos;s ban was changed.</source>
        <translation>Le motif du bannissement de %1 a été modifié.</translation>
    </message>
</context>
<context>
    <name>ConnectionFailure</name>
    <message>
        <source>socket directory %1 port %2</source>
        <translation>dossier de socket %1, port %2</translation>
    </message>
    <message>
        <source>host %1 port %2</source>
        <translation>hôte %1, port %2</translation>
    </message>
    <message>
        <source>Wrong password or unknown user: the server at %1 refused the login &quot;%2&quot;. Check the user name and the password.</source>
        <translation>Mot de passe erroné ou utilisateur inconnu&#xa0;: le serveur %1 a refusé la connexion «&#xa0;%2&#xa0;». Vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The server at %1 accepts this login only over TLS. Choose sslmode require (or verify-full with the server&apos;s root certificate).</source>
        <translation>Le serveur %1 n&apos;accepte cette connexion qu&apos;en TLS. Choisissez le sslmode require (ou verify-full avec le certificat racine du serveur).</translation>
    </message>
    <message>
        <source>The server at %1 does not allow the login &quot;%2&quot; to database &quot;%3&quot; from this computer (pg_hba.conf). Ask the database administrator.</source>
        <translation>Le serveur %1 n&apos;autorise pas la connexion «&#xa0;%2&#xa0;» à la base de données «&#xa0;%3&#xa0;» depuis cet ordinateur (pg_hba.conf). Adressez-vous à l&apos;administrateur de la base de données.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on %2. Check its name.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n&apos;existe pas sur %2. Vérifiez son nom.</translation>
    </message>
    <message>
        <source>TLS was required (sslmode %1) but the server at %2 does not offer it. Enable TLS on the server, or choose sslmode prefer or disable on a trusted network.</source>
        <translation>TLS était exigé (sslmode %1), mais le serveur %2 ne le propose pas. Activez TLS sur le serveur, ou choisissez le sslmode prefer ou disable sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>The root certificate file %1 cannot be used. Choose the CA certificate file of your server.</source>
        <translation>Le fichier de certificat racine %1 est inutilisable. Choisissez le fichier de certificat de l&apos;autorité de certification (CA) de votre serveur.</translation>
    </message>
    <message>
        <source>The certificate of the server at %1 failed verification (sslmode %2). Check the root certificate file and that the host name matches the certificate.</source>
        <translation>La vérification du certificat du serveur %1 a échoué (sslmode %2). Vérifiez le fichier de certificat racine et que le nom d&apos;hôte correspond au certificat.</translation>
    </message>
    <message>
        <source>The TLS handshake with the server at %1 failed.</source>
        <translation>La négociation TLS avec le serveur %1 a échoué.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Check the host and port, and that the server is running and reachable from this computer.</source>
        <translation>Aucun serveur PostgreSQL ne répond à l&apos;adresse %1. Vérifiez l&apos;hôte et le port, et que le serveur est démarré et joignable depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Studio could not connect to %1.</source>
        <translation>Studio n&apos;a pas pu se connecter à %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Studio does not keep `%1` in a connection URL; remove it (the password field and the system keychain hold secrets)</source>
        <translation>Studio ne conserve pas `%1` dans une URL de connexion&#xa0;; retirez-le (le champ du mot de passe et le trousseau système gardent les secrets)</translation>
    </message>
    <message>
        <source>Enter the database user Studio logs in as.</source>
        <translation>Saisissez l&apos;utilisateur de base de données avec lequel Studio se connecte.</translation>
    </message>
    <message>
        <source>Enter the name of the BallsDex database.</source>
        <translation>Saisissez le nom de la base de données BallsDex.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>Le port %1 n&apos;est pas compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The host `%1` is neither a host name nor an absolute socket directory.</source>
        <translation>L&apos;hôte `%1` n&apos;est ni un nom d&apos;hôte ni un chemin absolu vers un dossier de socket.</translation>
    </message>
    <message>
        <source>sslmode %1 checks the server certificate, but the root certificate file %2 does not exist. Choose the CA certificate file of your server.</source>
        <translation>Le sslmode %1 vérifie le certificat du serveur, mais le fichier de certificat racine %2 n&apos;existe pas. Choisissez le fichier de certificat de l&apos;autorité de certification (CA) de votre serveur.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Studio could not read the roles of the login &quot;%1&quot;.</source>
        <translation>Studio n&apos;a pas pu lire les rôles du compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database login &quot;%1&quot; has no Studio role. Ask the database administrator to grant it one of ballsdex_artist, ballsdex_staff or ballsdex_admin (for example: GRANT ballsdex_artist TO &quot;%1&quot;;).</source>
        <translation>Le compte de base de données «&#xa0;%1&#xa0;» n&apos;a aucun rôle Studio. Demandez à l&apos;administrateur de la base de données de lui attribuer ballsdex_artist, ballsdex_staff ou ballsdex_admin (par exemple&#xa0;: GRANT ballsdex_artist TO &quot;%1&quot;;).</translation>
    </message>
    <message>
        <source>Studio could not read the bot&apos;s login settings: %1</source>
        <translation>Studio n&apos;a pas pu lire les paramètres de connexion du bot&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bot has not published its login settings yet: start the bot once with admin-panel.client-id set in its config.yml, then connect again.</source>
        <translation>Le bot n&apos;a pas encore publié ses paramètres de connexion&#xa0;: démarrez le bot une fois avec admin-panel.client-id renseigné dans son config.yml, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The bot&apos;s login settings are malformed (%1); update the bot and start it again.</source>
        <translation>Les paramètres de connexion du bot sont mal formés (%1)&#xa0;; mettez le bot à jour et redémarrez-le.</translation>
    </message>
    <message>
        <source>sslmode %1 checks the server certificate, but the root certificate file %2 does not exist. Choose the CA certificate file of your server.</source>
        <translation>Le sslmode %1 vérifie le certificat du serveur, mais le fichier de certificat racine %2 n&apos;existe pas. Choisissez le fichier de certificat de l&apos;autorité de certification (CA) de votre serveur.</translation>
    </message>
    <message>
        <source>Studio could not read the schema version of this database (%1).</source>
        <translation>Studio n&apos;a pas pu lire la version du schéma de cette base de données (%1).</translation>
    </message>
    <message>
        <source>This database&apos;s schema does not match this Studio. %1</source>
        <translation>Le schéma de cette base de données ne correspond pas à cette version de Studio. %1</translation>
    </message>
</context>
<context>
    <name>EmojiText</name>
    <message>
        <source>The emoji must be a Unicode emoji or a custom emoji id (17 to 20 digits).</source>
        <translation>L&apos;emoji doit être un emoji Unicode ou l&apos;ID d&apos;un emoji personnalisé (17 à 20 chiffres).</translation>
    </message>
    <message>
        <source>The emoji must be a single emoji, without letters or spaces.</source>
        <translation>L&apos;emoji doit être un seul emoji, sans lettres ni espaces.</translation>
    </message>
    <message>
        <source>The emoji is too long (at most %1 characters).</source>
        <translation>L&apos;emoji est trop long (%1 caractères au maximum).</translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1 is %2 pixels; a %3 must be exactly %4 pixels.</source>
        <translation>%1 mesure %2 pixels. Dimensions requises (%3)&#xa0;: exactement %4 pixels.</translation>
    </message>
    <message>
        <source>%1 is %2 pixels; a %3 is at most %4 pixels.</source>
        <translation>%1 mesure %2 pixels. Dimensions maximales (%3)&#xa0;: %4 pixels.</translation>
    </message>
    <message>
        <source>%1 is %2 pixels; a %3 is at least %4 pixels.</source>
        <translation>%1 mesure %2 pixels. Dimensions minimales (%3)&#xa0;: %4 pixels.</translation>
    </message>
    <message>
        <source>%1 is %2 pixels; a %3 must be square.</source>
        <translation>%1 mesure %2 pixels. Format requis (%3)&#xa0;: une image carrée.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is %2; a %3 may be at most %4.</source>
        <translation>%1 pèse %2. Taille maximale (%3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2; a %3 may be at most %2.</source>
        <translation>%1 dépasse %2. Taille maximale (%3)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not an image Studio can read (corrupt or unsupported format).</source>
        <translation>%1 n&apos;est pas une image que Studio sait lire (fichier corrompu ou format non pris en charge).</translation>
    </message>
    <message>
        <source>%1 is a %2 image; Studio accepts PNG, JPEG and WebP.</source>
        <translation>%1 est une image %2&#xa0;; Studio accepte les formats PNG, JPEG et WebP.</translation>
    </message>
</context>
<context>
    <name>ImageRequirements</name>
    <message>
        <source>card background</source>
        <translation>fond de carte</translation>
    </message>
    <message>
        <source>special background</source>
        <translation>fond d&apos;édition spéciale</translation>
    </message>
    <message>
        <source>wild card</source>
        <translation>image d&apos;apparition</translation>
    </message>
    <message>
        <source>collection card</source>
        <translation>carte de collection</translation>
    </message>
    <message>
        <source>economy icon</source>
        <translation>icône d&apos;économie</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>access to the system keychain was refused</source>
        <translation>l&apos;accès au trousseau système a été refusé</translation>
    </message>
    <message>
        <source>the system keychain denied access</source>
        <translation>le trousseau système a refusé l&apos;accès</translation>
    </message>
    <message>
        <source>no system keychain is available (for example gnome-keyring or KWallet)</source>
        <translation>aucun trousseau système n&apos;est disponible (par exemple gnome-keyring ou KWallet)</translation>
    </message>
    <message>
        <source>the entry could not be removed from the system keychain</source>
        <translation>l&apos;entrée n&apos;a pas pu être supprimée du trousseau système</translation>
    </message>
    <message>
        <source>the system keychain does not support this operation</source>
        <translation>le trousseau système ne prend pas en charge cette opération</translation>
    </message>
    <message>
        <source>the system keychain failed</source>
        <translation>le trousseau système a échoué</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s (is it locked or waiting for a password?)</source>
        <translation>le trousseau système n&apos;a pas répondu en %1 s (est-il verrouillé ou en attente d&apos;un mot de passe&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import.</source>
        <translation>%1 est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>%1 is not an image Studio can read (corrupt or unsupported format).</source>
        <translation>%1 n&apos;est pas une image que Studio sait lire (fichier corrompu ou format non pris en charge).</translation>
    </message>
    <message>
        <source>The media folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier média %1.</translation>
    </message>
    <message>
        <source>Cannot write into the media folder %1: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier média %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot store %1 in the media folder %2.</source>
        <translation>Impossible d&apos;enregistrer %1 dans le dossier média %2.</translation>
    </message>
</context>
<context>
    <name>ModerationRows</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <source>untradeable</source>
        <translation>non échangeable</translation>
    </message>
    <message>
        <source>ATK %1 / HP %2</source>
        <translation>ATQ %1 / PV %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Édition spéciale</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Caught</source>
        <translation>Capturée le</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Time to catch</source>
        <translation>Temps de capture</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favorite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Player 1</source>
        <translation>Joueur 1</translation>
    </message>
    <message>
        <source>Player 1 gave</source>
        <translation>Donné par le joueur 1</translation>
    </message>
    <message>
        <source>Player 2</source>
        <translation>Joueur 2</translation>
    </message>
    <message>
        <source>Player 2 gave</source>
        <translation>Donné par le joueur 2</translation>
    </message>
    <message>
        <source>, %1 coins</source>
        <translation>, %1 pièces</translation>
    </message>
    <message>
        <source>Trade %1</source>
        <translation>Échange %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Discord id</source>
        <translation>ID Discord</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>guild</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>blacklist</source>
        <translation>mise sur liste noire</translation>
    </message>
    <message>
        <source>unblacklist</source>
        <translation>retrait de la liste noire</translation>
    </message>
    <message>
        <source>admin panel</source>
        <translation>panneau d&apos;administration</translation>
    </message>
</context>
<context>
    <name>ModerationText</name>
    <message>
        <source>Blacklisted: no</source>
        <translation>Sur liste noire&#xa0;: non</translation>
    </message>
    <message>
        <source>Blacklisted: &lt;b&gt;yes&lt;/b&gt;</source>
        <translation>Sur liste noire&#xa0;: &lt;b&gt;oui&lt;/b&gt;</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> depuis le %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>always accept</source>
        <translation>toujours accepter</translation>
    </message>
    <message>
        <source>request approval</source>
        <translation>demander l&apos;approbation</translation>
    </message>
    <message>
        <source>always deny</source>
        <translation>toujours refuser</translation>
    </message>
    <message>
        <source>friends only</source>
        <translation>amis uniquement</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>same server</source>
        <translation>même serveur</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>amis</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisées</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusées</translation>
    </message>
    <message>
        <source>&lt;b&gt;User %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utilisateur %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Player #%1 — coins: %2</source>
        <translation>Joueur #%1 — pièces&#xa0;: %2</translation>
    </message>
    <message>
        <source>Donations: %1; privacy: %2; mentions: %3; friend requests: %4; trade cooldown: %5</source>
        <translation>Dons&#xa0;: %1&#xa0;; confidentialité&#xa0;: %2&#xa0;; mentions&#xa0;: %3&#xa0;; demandes d&apos;ami&#xa0;: %4&#xa0;; délai entre échanges&#xa0;: %5</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>contourné</translation>
    </message>
    <message>
        <source>This user has never played (no player row).</source>
        <translation>Cet utilisateur n&apos;a jamais joué (aucune ligne de joueur).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guild %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Serveur %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spawn channel: %1; spawning: %2</source>
        <translation>Salon d&apos;apparition&#xa0;: %1&#xa0;; apparitions&#xa0;: %2</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activées</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivées</translation>
    </message>
    <message>
        <source>The bot has no configuration for this guild.</source>
        <translation>Le bot n&apos;a aucune configuration pour ce serveur.</translation>
    </message>
    <message>
        <source>Enter a Discord id (17 to 20 digits).</source>
        <translation>Saisissez un ID Discord (17 à 20 chiffres).</translation>
    </message>
    <message>
        <source>“%1” is not a Discord id: a Discord id has 17 to 20 digits and nothing else.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID Discord&#xa0;: un ID Discord compte 17 à 20 chiffres, et rien d&apos;autre.</translation>
    </message>
    <message>
        <source>“%1” is not a Discord id: the number is too large.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID Discord&#xa0;: le nombre est trop grand.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was changed; try again once it is back.</source>
        <translation>Impossible de joindre la base de données. Rien n&apos;a été modifié&#xa0;; réessayez quand elle sera de nouveau accessible.</translation>
    </message>
    <message>
        <source>The database refused the request: %1</source>
        <translation>La base de données a refusé la demande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>no lower bound</source>
        <translation>pas de minimum</translation>
    </message>
    <message>
        <source>no upper bound</source>
        <translation>pas de maximum</translation>
    </message>
    <message>
        <source>Natural (rolled like a catch)</source>
        <translation>Naturelle (tirée comme lors d&apos;une capture)</translation>
    </message>
    <message>
        <source>None (never a special)</source>
        <translation>Aucune (jamais d&apos;édition spéciale)</translation>
    </message>
    <message>
        <source>Forced (every card gets the special)</source>
        <translation>Imposée (chaque carte reçoit l&apos;édition spéciale)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Price (coins)</source>
        <translation>Prix (pièces)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Minimum ball rarity</source>
        <translation>Rareté minimale des balls</translation>
    </message>
    <message>
        <source>Maximum ball rarity</source>
        <translation>Rareté maximale des balls</translation>
    </message>
    <message>
        <source>Specials</source>
        <translation>Éditions spéciales</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Édition spéciale</translation>
    </message>
    <message>
        <source>Daily limit per player</source>
        <translation>Limite quotidienne par joueur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Le nom ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The price must be a whole number of coins, 0 or more.</source>
        <translation>Le prix doit être un nombre entier de pièces, supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Rarity bounds must be empty (unbounded) or numbers of 0 or more.</source>
        <translation>Les bornes de rareté doivent être vides (sans limite) ou des nombres supérieurs ou égaux à 0.</translation>
    </message>
    <message>
        <source>The minimum rarity must not be above the maximum rarity.</source>
        <translation>La rareté minimale ne doit pas dépasser la rareté maximale.</translation>
    </message>
    <message>
        <source>A pack with the forced special mode needs a special: choose one.</source>
        <translation>Un pack en mode «&#xa0;édition spéciale imposée&#xa0;» a besoin d&apos;une édition spéciale&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <source>The daily limit must be empty (unlimited) or a whole number above 0.</source>
        <translation>La limite quotidienne doit être vide (illimitée) ou un nombre entier supérieur à 0.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Invalid database URL</source>
        <translation>URL de base de données invalide</translation>
    </message>
    <message>
        <source>Cannot reach the database</source>
        <translation>Impossible de joindre la base de données</translation>
    </message>
    <message>
        <source>Database schema mismatch (%1)</source>
        <translation>Schéma de base de données incompatible (%1)</translation>
    </message>
    <message>
        <source>
Studio never changes the schema: run `ballsdex-bot migrate` with a bot of the same version, or use the Studio release that matches the database.</source>
        <translation>
Studio ne modifie jamais le schéma&#xa0;: lancez `ballsdex-bot migrate` avec un bot de la même version, ou utilisez la version de Studio qui correspond à la base de données.</translation>
    </message>
    <message>
        <source>Connected to %1 (schema version %2)</source>
        <translation>Connecté à %1 (version du schéma&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>La date de fin ne doit pas précéder la date de début.</translation>
    </message>
    <message>
        <source>The rarity must be between 0 and 1.</source>
        <translation>La rareté doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Le nom ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The price must be 0 or more.</source>
        <translation>Le prix doit être supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>A pack holds between 1 and 25 cards.</source>
        <translation>Un pack contient entre 1 et 25 cartes.</translation>
    </message>
    <message>
        <source>Rarity bounds must be 0 or more.</source>
        <translation>Les bornes de rareté doivent être supérieures ou égales à 0.</translation>
    </message>
    <message>
        <source>The minimum rarity must not be above the maximum rarity.</source>
        <translation>La rareté minimale ne doit pas dépasser la rareté maximale.</translation>
    </message>
    <message>
        <source>A pack with the forced special mode needs a special.</source>
        <translation>Un pack en mode «&#xa0;édition spéciale imposée&#xa0;» a besoin d&apos;une édition spéciale.</translation>
    </message>
    <message>
        <source>The daily limit must be empty (unlimited) or more than 0.</source>
        <translation>La limite quotidienne doit être vide (illimitée) ou supérieure à 0.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now. Your changes are kept in the form; save again once the connection is back.</source>
        <translation>La base de données est injoignable pour le moment. Vos modifications sont conservées dans le formulaire&#xa0;; enregistrez à nouveau quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>The name “%1” is already taken; choose another one.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est déjà pris&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This entry no longer exists; someone else may have deleted it. Reload the list.</source>
        <translation>Cette entrée n&apos;existe plus&#xa0;; quelqu&apos;un d&apos;autre l&apos;a peut-être supprimée. Rechargez la liste.</translation>
    </message>
    <message>
        <source>Packs still force this special; change their special mode first.</source>
        <translation>Des packs imposent encore cette édition spéciale&#xa0;; changez d&apos;abord leur mode d&apos;édition spéciale.</translation>
    </message>
    <message>
        <source>Balls still use this regime; move them to another regime first.</source>
        <translation>Des balls utilisent encore ce régime&#xa0;; déplacez-les d&apos;abord vers un autre régime.</translation>
    </message>
    <message>
        <source>A referenced entry no longer exists; reload the list.</source>
        <translation>Une entrée référencée n&apos;existe plus&#xa0;; rechargez la liste.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de données a refusé la modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StudioRole</name>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BallEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Édition spéciale</translation>
    </message>
    <message>
        <source>Health bonus</source>
        <translation>Bonus de points de vie</translation>
    </message>
    <message>
        <source>Attack bonus</source>
        <translation>Bonus d&apos;attaque</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Your role (%1) may view the catalogue but not change it.</source>
        <translation>Votre rôle (%1) permet de consulter le catalogue, mais pas de le modifier.</translation>
    </message>
    <message>
        <source>No special</source>
        <translation>Aucune édition spéciale</translation>
    </message>
    <message>
        <source>Not saved: your role (%1) may not edit the catalogue. Ask an artist or an admin.</source>
        <translation>Non enregistré&#xa0;: votre rôle (%1) ne permet pas de modifier le catalogue. Adressez-vous à un artiste ou à un admin.</translation>
    </message>
    <message>
        <source>Not saved: fix the problems listed below first.</source>
        <translation>Non enregistré&#xa0;: corrigez d&apos;abord les problèmes listés ci-dessous.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BallForm</name>
    <message>
        <source>other accepted answers, separated by ;</source>
        <translation>autres réponses acceptées, séparées par&#xa0;;</translation>
    </message>
    <message>
        <source>translated names, separated by ;</source>
        <translation>noms traduits, séparés par&#xa0;;</translation>
    </message>
    <message>
        <source>only when the name is too long for the card</source>
        <translation>seulement si le nom est trop long pour la carte</translation>
    </message>
    <message>
        <source>Enabled (spawns, counts for completion)</source>
        <translation>Activée (apparaît, compte pour la complétion)</translation>
    </message>
    <message>
        <source>Tradeable</source>
        <translation>Échangeable</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Points de vie</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>Rarity</source>
        <translation>Rareté</translation>
    </message>
    <message>
        <source>Emoji ID</source>
        <translation>ID de l&apos;emoji</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Quicksell value</source>
        <translation>Valeur de revente rapide</translation>
    </message>
    <message>
        <source>Assets (use only artwork you have the rights to)</source>
        <translation>Visuels (n&apos;utilisez que des images dont vous détenez les droits)</translation>
    </message>
    <message>
        <source>Wild card</source>
        <translation>Image d&apos;apparition</translation>
    </message>
    <message>
        <source>Collection card</source>
        <translation>Carte de collection</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Catch names</source>
        <translation>Noms de capture</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>(choose a regime)</source>
        <translation>(choisissez un régime)</translation>
    </message>
    <message>
        <source>Unknown regime #%1</source>
        <translation>Régime inconnu #%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Unknown economy #%1</source>
        <translation>Économie inconnue #%1</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BallImageField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Drop a PNG, JPEG or WebP file here, or:</source>
        <translation>Déposez ici un fichier PNG, JPEG ou WebP, ou&#xa0;:</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>Choisir l&apos;image (%1)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Still importing the previous file; try again in a moment.</source>
        <translation>Le fichier précédent est encore en cours d&apos;import&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 is not a local file.</source>
        <translation>%1 n&apos;est pas un fichier local.</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BallList</name>
    <message>
        <source>Search balls</source>
        <translation>Rechercher des balls</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rarity</source>
        <translation>Rareté</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>New ball</source>
        <translation>Nouvelle ball</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BlacklistDialog</name>
    <message>
        <source>Blacklist guild %1</source>
        <translation>Mettre le serveur %1 sur liste noire</translation>
    </message>
    <message>
        <source>Blacklist user %1</source>
        <translation>Mettre l&apos;utilisateur %1 sur liste noire</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Mettre sur liste noire</translation>
    </message>
    <message>
        <source>Unblacklist guild %1</source>
        <translation>Retirer le serveur %1 de la liste noire</translation>
    </message>
    <message>
        <source>Unblacklist user %1</source>
        <translation>Retirer l&apos;utilisateur %1 de la liste noire</translation>
    </message>
    <message>
        <source>Unblacklist</source>
        <translation>Retirer de la liste noire</translation>
    </message>
    <message>
        <source>Edit the ban reason of guild %1</source>
        <translation>Modifier le motif du bannissement du serveur %1</translation>
    </message>
    <message>
        <source>Edit the ban reason of user %1</source>
        <translation>Modifier le motif du bannissement de l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Save reason</source>
        <translation>Enregistrer le motif</translation>
    </message>
    <message>
        <source>Reason (required; your name and id are added to it):</source>
        <translation>Motif (obligatoire&#xa0;; votre nom et votre ID y sont ajoutés)&#xa0;:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::BlacklistHistoryView</name>
    <message>
        <source>Discord id or words of the reason</source>
        <translation>ID Discord ou mots du motif</translation>
    </message>
    <message>
        <source>Users and guilds</source>
        <translation>Utilisateurs et serveurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Guilds</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>No blacklist action matches.</source>
        <translation>Aucune action de liste noire ne correspond.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::CardDesigner</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The ball you are editing has unsaved changes. Discard them?</source>
        <translation>La ball que vous modifiez comporte des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>The catalogue cannot be loaded: %1</source>
        <translation>Impossible de charger le catalogue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::CatalogueEditors</name>
    <message>
        <source>Specials</source>
        <translation>Éditions spéciales</translation>
    </message>
    <message>
        <source>Regimes</source>
        <translation>Régimes</translation>
    </message>
    <message>
        <source>Economies</source>
        <translation>Économies</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::ConnectionDialog</name>
    <message>
        <source>Connect to the BallsDex database</source>
        <translation>Connexion à la base de données BallsDex</translation>
    </message>
    <message>
        <source>No recent connection</source>
        <translation>Aucune connexion récente</translation>
    </message>
    <message>
        <source>localhost, or a socket directory such as /run/postgresql</source>
        <translation>localhost, ou un dossier de socket comme /run/postgresql</translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable&#xa0;: ne jamais chiffrer</translation>
    </message>
    <message>
        <source>allow: encrypt if the server insists</source>
        <translation>allow&#xa0;: chiffrer si le serveur l&apos;exige</translation>
    </message>
    <message>
        <source>prefer: encrypt when possible</source>
        <translation>prefer&#xa0;: chiffrer si possible</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require&#xa0;: toujours chiffrer</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, check the certificate authority</source>
        <translation>verify-ca&#xa0;: chiffrer, vérifier l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the authority and host name</source>
        <translation>verify-full&#xa0;: chiffrer, vérifier l&apos;autorité et le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récentes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Utilisat&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode)&#xa0;:</translation>
    </message>
    <message>
        <source>Root &amp;certificate:</source>
        <translation>Certificat r&amp;acine&#xa0;:</translation>
    </message>
    <message>
        <source>This URL cannot be used: %1</source>
        <translation>Cette URL est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain did not give the password: %1</source>
        <translation>Le trousseau système n&apos;a pas fourni le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Root certificate of the database server</source>
        <translation>Certificat racine du serveur de base de données</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Used only with verify-ca and verify-full.</source>
        <translation>Utilisé uniquement avec verify-ca et verify-full.</translation>
    </message>
    <message>
        <source>Needed: %1 does not exist.</source>
        <translation>Requis&#xa0;: %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Server certificates are checked against %1.</source>
        <translation>Les certificats du serveur sont vérifiés avec %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The system keychain refused the password: %1</source>
        <translation>Le trousseau système a refusé le mot de passe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::EconomyEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Le nom ne doit pas être vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n ball(s) use this economy; they will keep existing without an economy icon.</source>
        <translation>
            <numerusform>%n ball utilise cette économie&#xa0;; elle continuera d&apos;exister, sans icône d&apos;économie.</numerusform>
            <numerusform>%n balls utilisent cette économie&#xa0;; elles continueront d&apos;exister, sans icône d&apos;économie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an icon image (square, 512×512 recommended).</source>
        <translation>Choisissez une image d&apos;icône (carrée, 512×512 recommandé).</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::EditorPage</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>You are not allowed to edit the catalogue; nothing was changed.</source>
        <translation>Vous n&apos;avez pas le droit de modifier le catalogue&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow editing the catalogue; nothing was changed.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier le catalogue&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This entry has changes that are not saved. Discard them?</source>
        <translation>Cette entrée comporte des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Select an entry to delete.</source>
        <translation>Sélectionnez une entrée à supprimer.</translation>
    </message>
    <message>
        <source>Checking what uses it…</source>
        <translation>Recherche de ce qui l&apos;utilise…</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::ImageField</name>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>Choisir l&apos;image (%1)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::LoginPage</name>
    <message>
        <source>&lt;h2&gt;Log in with Discord&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion avec Discord&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Studio opens Discord in your browser. Your roles in the admin server decide what you can do here: artists edit the catalogue, staff moderate, admins do both. Your Discord account needs two-factor authentication.</source>
        <translation>Studio ouvre Discord dans votre navigateur. Vos rôles sur le serveur d&apos;administration déterminent ce que vous pouvez faire ici&#xa0;: les artistes modifient le catalogue, le staff modère, les admins font les deux. Votre compte Discord doit avoir l&apos;authentification à deux facteurs activée.</translation>
    </message>
    <message>
        <source>Log in with Discord</source>
        <translation>Se connecter avec Discord</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::LoginSession</name>
    <message>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <source>Signing in to Discord…</source>
        <translation>Connexion à Discord…</translation>
    </message>
    <message>
        <source>Restoring your Discord login…</source>
        <translation>Restauration de votre connexion Discord…</translation>
    </message>
    <message>
        <source>Checking your Discord roles…</source>
        <translation>Vérification de vos rôles Discord…</translation>
    </message>
    <message>
        <source>Refreshing your Discord login…</source>
        <translation>Actualisation de votre connexion Discord…</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Déconnexion…</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::LoopbackListener</name>
    <message>
        <source>cannot listen on 127.0.0.1 port %1 for the browser&apos;s answer</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1, port %1, pour recevoir la réponse du navigateur</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>This answer does not belong to the login BallsDex Studio is waiting for, so it was ignored. Go back to Studio and start the login again.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion qu&apos;attend BallsDex Studio&#xa0;; elle a donc été ignorée. Revenez dans Studio et recommencez la connexion.</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>You declined the authorization, so BallsDex Studio was not given access. You can close this tab.</source>
        <translation>Vous avez refusé l&apos;autorisation&#xa0;: BallsDex Studio n&apos;a donc pas eu accès à votre compte. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Discord did not complete the login. Go back to BallsDex Studio to see why.</source>
        <translation>Discord n&apos;a pas terminé la connexion. Revenez dans BallsDex Studio pour en connaître la raison.</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Discord answered. You can close this tab and go back to BallsDex Studio.</source>
        <translation>Discord a répondu. Vous pouvez fermer cet onglet et revenir dans BallsDex Studio.</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::MainWindow</name>
    <message>
        <source>BallsDex Studio</source>
        <translation>BallsDex Studio</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About BallsDex Studio</source>
        <translation>À &amp;propos de BallsDex Studio</translation>
    </message>
    <message>
        <source>About BallsDex Studio</source>
        <translation>À propos de BallsDex Studio</translation>
    </message>
    <message>
        <source>Connect to the bot&apos;s database to design cards and moderate.</source>
        <translation>Connectez-vous à la base de données du bot pour concevoir des cartes et modérer.</translation>
    </message>
    <message>
        <source>Connect to a database…</source>
        <translation>Se connecter à une base de données…</translation>
    </message>
    <message>
        <source>Discord makes you %1, but this database login is only allowed %2, so there is nothing you can do with it. Ask an operator for a database login with the matching Studio role.</source>
        <translation>Discord vous attribue le rôle «&#xa0;%1&#xa0;», mais ce compte de base de données est limité à «&#xa0;%2&#xa0;»&#xa0;: vous ne pouvez donc rien faire avec. Demandez à un opérateur un compte de base de données doté du rôle Studio correspondant.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Working as %1: this database login does not allow everything your Discord role does.</source>
        <translation>Vous travaillez avec le rôle «&#xa0;%1&#xa0;»&#xa0;: ce compte de base de données n&apos;autorise pas tout ce que permet votre rôle Discord.</translation>
    </message>
    <message>
        <source>Disconnected. Connect to a database to go on.</source>
        <translation>Déconnecté. Connectez-vous à une base de données pour continuer.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Some edits are not saved yet. Drop them?</source>
        <translation>Certaines modifications ne sont pas encore enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>Se &amp;connecter à la base de données…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter la base de données</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Media Folder…</source>
        <translation>Dossier &amp;média…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>Fermer la &amp;session</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Cartes</translation>
    </message>
    <message>
        <source>Ca&amp;talogue</source>
        <translation>Ca&amp;talogue</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>&amp;Modération</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>BallsDex Studio — %1[*]</source>
        <translation>BallsDex Studio — %1[*]</translation>
    </message>
    <message>
        <source>Media folder shared with the bot</source>
        <translation>Dossier média partagé avec le bot</translation>
    </message>
    <message>
        <source>Images now go to %1</source>
        <translation>Les images sont désormais enregistrées dans %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Studio will use this language everywhere from its next start.</source>
        <translation>Studio utilisera cette langue partout à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BallsDex Studio&lt;/b&gt; %1&lt;br&gt;Card designer, catalogue editors and moderation desk for BallsDex.</source>
        <translation>&lt;b&gt;BallsDex Studio&lt;/b&gt; %1&lt;br&gt;Concepteur de cartes, éditeurs du catalogue et bureau de modération pour BallsDex.</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::ModerationDesk</name>
    <message>
        <source>Users and guilds</source>
        <translation>Utilisateurs et serveurs</translation>
    </message>
    <message>
        <source>Blacklist history</source>
        <translation>Historique de la liste noire</translation>
    </message>
    <message>
        <source>Your role (%1) may look things up but not blacklist.</source>
        <translation>Votre rôle (%1) permet de consulter, mais pas de mettre sur liste noire.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Discord id (17 to 20 digits)</source>
        <translation>ID Discord (17 à 20 chiffres)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Blacklist…</source>
        <translation>Mettre sur liste noire…</translation>
    </message>
    <message>
        <source>Unblacklist…</source>
        <translation>Retirer de la liste noire…</translation>
    </message>
    <message>
        <source>Edit reason…</source>
        <translation>Modifier le motif…</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>No player has this Discord id; it can still be blacklisted.</source>
        <translation>Aucun joueur n&apos;a cet ID Discord&#xa0;; il peut tout de même être mis sur liste noire.</translation>
    </message>
    <message>
        <source>The bot has no configuration for this guild; it can still be blacklisted.</source>
        <translation>Le bot n&apos;a aucune configuration pour ce serveur&#xa0;; il peut tout de même être mis sur liste noire.</translation>
    </message>
    <message>
        <source>Catches in this server</source>
        <translation>Captures sur ce serveur</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::PackEditor</name>
    <message>
        <source> (off sale)</source>
        <translation> (hors vente)</translation>
    </message>
    <message numerus="yes">
        <source>%n player(s) hold %1 unopened copies, which will be removed. The opening history keeps the pack&apos;s name.</source>
        <translation>
            <numerusform>%n joueur détient des exemplaires non ouverts de ce pack (%1 au total), qui seront supprimés. L&apos;historique des ouvertures conserve le nom du pack.</numerusform>
            <numerusform>%n joueurs détiennent des exemplaires non ouverts de ce pack (%1 au total), qui seront supprimés. L&apos;historique des ouvertures conserve le nom du pack.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::RegimeEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Le nom ne doit pas être vide.</translation>
    </message>
    <message numerus="yes">
        <source>This regime is used by %n ball(s) with %1 instance(s) in all; move the balls to another regime before deleting it.</source>
        <translation>
            <numerusform>Ce régime est utilisé par %n ball, soit %1 exemplaire(s) en tout&#xa0;; déplacez-la vers un autre régime avant de supprimer celui-ci.</numerusform>
            <numerusform>Ce régime est utilisé par %n balls, soit %1 exemplaire(s) en tout&#xa0;; déplacez-les vers un autre régime avant de supprimer celui-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ball uses this regime.</source>
        <translation>Aucune ball n&apos;utilise ce régime.</translation>
    </message>
    <message>
        <source>Choose a background image (1428×2000).</source>
        <translation>Choisissez une image de fond (1428×2000).</translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::SpecialEditor</name>
    <message>
        <source>0 to 1, e.g. 0.001 or 1/2048</source>
        <translation>de 0 à 1, p. ex. 0.001 ou 1/2048</translation>
    </message>
    <message>
        <source>✨ or a custom emoji id</source>
        <translation>✨ ou l&apos;ID d&apos;un emoji personnalisé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Catch phrase</source>
        <translation>Phrase de capture</translation>
    </message>
    <message>
        <source>Rarity</source>
        <translation>Rareté</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>Background credits</source>
        <translation>Crédits du fond</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Tradeable</source>
        <translation>Échangeable</translation>
    </message>
    <message>
        <source>Hidden from players (still rolls)</source>
        <translation>Masquée aux joueurs (tirée quand même)</translation>
    </message>
    <message>
        <source>Unchecked: no bound</source>
        <translation>Décoché&#xa0;: pas de limite</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Le nom ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The rarity must be a number between 0 and 1 (for example 0.001 or 1/2048).</source>
        <translation>La rareté doit être un nombre compris entre 0 et 1 (par exemple 0.001 ou 1/2048).</translation>
    </message>
    <message>
        <source>The rarity must be between 0 and 1: it is the chance per catch.</source>
        <translation>La rareté doit être comprise entre 0 et 1&#xa0;: c&apos;est la probabilité par capture.</translation>
    </message>
    <message>
        <source>The catch phrase is too long (at most %1 characters).</source>
        <translation>La phrase de capture est trop longue (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>La date de fin ne doit pas précéder la date de début.</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) force this special; change their special mode before deleting it.</source>
        <translation>
            <numerusform>%n pack impose cette édition spéciale&#xa0;; changez son mode d&apos;édition spéciale avant de la supprimer.</numerusform>
            <numerusform>%n packs imposent cette édition spéciale&#xa0;; changez leur mode d&apos;édition spéciale avant de la supprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) carry this special and will lose it.</source>
        <translation>
            <numerusform>%n exemplaire porte cette édition spéciale et la perdra.</numerusform>
            <numerusform>%n exemplaires portent cette édition spéciale et la perdront.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ballsdex::studio::Workspace</name>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Cartes</translation>
    </message>
    <message>
        <source>Ca&amp;talogue</source>
        <translation>Ca&amp;talogue</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>&amp;Modération</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BallsDex Studio: card designer, catalogue editors and moderation desk</source>
        <translation>BallsDex Studio&#xa0;: concepteur de cartes, éditeurs du catalogue et bureau de modération</translation>
    </message>
    <message>
        <source>PostgreSQL URL to connect to (default: BALLSDEXBOT_DB_URL or DATABASE_URL).</source>
        <translation>URL PostgreSQL à laquelle se connecter (par défaut&#xa0;: BALLSDEXBOT_DB_URL ou DATABASE_URL).</translation>
    </message>
    <message>
        <source>The media folder shared with the bot.</source>
        <translation>Le dossier média partagé avec le bot.</translation>
    </message>
    <message>
        <source>Discord API base for the login (default: the bot&apos;s).</source>
        <translation>Base de l&apos;API Discord pour la connexion (par défaut&#xa0;: celle du bot).</translation>
    </message>
    <message>
        <source>Discord authorize page (default: the bot&apos;s).</source>
        <translation>Page d&apos;autorisation Discord (par défaut&#xa0;: celle du bot).</translation>
    </message>
</context>
</TS>
