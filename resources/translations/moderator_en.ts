<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="140"/>
        <source>Accounts</source>
        <extracomment>Where sign-ins go (tests point them at local fakes); passed to ConnectDialog.</extracomment>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="141"/>
        <source>Organisatieaccounts</source>
        <translation>Organisation accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="143"/>
        <source>Gedeelde accounts van de organisatie. Tokens staan alleen in de sleutelbos van het besturingssysteem, nooit in de database, logboeken of exports.</source>
        <translation>The organisation’s shared accounts. Tokens are kept only in the operating system’s keyring, never in the database, logs or exports.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="145"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="145"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="146"/>
        <source>Login verloopt</source>
        <translation>Login expires</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="147"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="147"/>
        <source>Extern id</source>
        <translation>External ID</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="148"/>
        <source>Account koppelen…</source>
        <translation>Connect account…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="149"/>
        <source>Opnieuw koppelen</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="150"/>
        <source>Bestand importeren…</source>
        <translation>Import file…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="152"/>
        <source>Alleen teamleiders beheren accounts.</source>
        <translation>Only team leads manage accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="154"/>
        <source>Alleen teamleiders importeren bestanden.</source>
        <translation>Only team leads import files.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="157"/>
        <source>Alleen teamleiders starten een synchronisatie; de app haalt zelf nieuwe berichten op.</source>
        <translation>Only team leads start a sync; the app fetches new messages by itself.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="159"/>
        <source>Verbinding testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="160"/>
        <location filename="../../ui/accounts/dialog.py" line="220"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="161"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="162"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="186"/>
        <source>opnieuw koppelen nodig</source>
        <translation>reconnect needed</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="187"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="187"/>
        <source>verbonden</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="196"/>
        <source>geen einddatum</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="198"/>
        <source>vernieuwt zichzelf</source>
        <translation>renews itself</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="251"/>
        <source>Gekoppeld: {0}.</source>
        <translation>Connected: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="262"/>
        <source>Nogmaals klikken om te verwijderen</source>
        <translation>Click again to remove</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="264"/>
        <source>&apos;{0}&apos; verwijderen haalt ook alle berichten van dit account uit de werkruimte. Klik nogmaals om te bevestigen.</source>
        <translation>Removing &apos;{0}&apos; also removes all of this account’s items from the workspace. Click again to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="278"/>
        <source>Account &apos;{0}&apos; verwijderd.</source>
        <translation>Account &apos;{0}&apos; removed.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="287"/>
        <source>Verbinding met {0} testen…</source>
        <translation>Testing the connection to {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="290"/>
        <source>Verbinding werkt: ingelogd als {0}.</source>
        <translation>Connection works: logged in as {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="303"/>
        <source>%v van %m accounts</source>
        <translation>%v of %m accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="317"/>
        <source>Annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="322"/>
        <source>%n pagina(&apos;s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="323"/>
        <source>%n bericht(en), {new} nieuw</source>
        <translation>
            <numerusform>%n item, {new} new</numerusform>
            <numerusform>%n items, {new} new</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="338"/>
        <source>Opnieuw koppelen nodig voor {0}: de login is verlopen of ingetrokken. Kies het account en klik op Opnieuw koppelen; berichten en logboek blijven.</source>
        <translation>Reconnect needed for {0}: the login has expired or been revoked. Choose the account and click Reconnect; items and log are kept.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="343"/>
        <source>%n account(s) niet gelukt.</source>
        <translation>
            <numerusform>%n account failed.</numerusform>
            <numerusform>%n accounts failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="347"/>
        <source>Synchroniseren gestopt: %n nieuw(e) bericht(en) opgeslagen.</source>
        <translation>
            <numerusform>Sync stopped: %n new item saved.</numerusform>
            <numerusform>Sync stopped: %n new items saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="350"/>
        <source>Gesynchroniseerd: %n nieuw(e) bericht(en).</source>
        <translation>
            <numerusform>Synchronised: %n new item.</numerusform>
            <numerusform>Synchronised: %n new items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <location filename="../../ui/actions.py" line="60"/>
        <location filename="../../ui/actions.py" line="62"/>
        <location filename="../../ui/actions.py" line="65"/>
        <location filename="../../ui/actions.py" line="83"/>
        <source>Navigeren</source>
        <translation>Navigate</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>Volgend bericht</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>Vorig bericht</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>Zoeken in de wachtrij</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>Wachtrij vernieuwen</source>
        <translation>Refresh queue</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>Naar: Alles</source>
        <translation>Go to: All</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <location filename="../../ui/actions.py" line="69"/>
        <location filename="../../ui/actions.py" line="71"/>
        <location filename="../../ui/actions.py" line="73"/>
        <location filename="../../ui/actions.py" line="75"/>
        <location filename="../../ui/actions.py" line="77"/>
        <location filename="../../ui/actions.py" line="80"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>Naar: Gemarkeerd</source>
        <translation>Go to: Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>Naar: DM&apos;s</source>
        <translation>Go to: DMs</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91"/>
        <source>Laat collega&apos;s zien dat u dit bericht behandelt</source>
        <translation>Show colleagues that you are handling this item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Naar: Geëscaleerd</source>
        <translation>Go to: Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72"/>
        <source>Naar: Mij toegewezen</source>
        <translation>Go to: Assigned to me</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76"/>
        <source>Naar: Afgehandeld</source>
        <translation>Go to: Handled</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Focusmodus</source>
        <translation>Focus mode</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82"/>
        <source>Eén bericht tegelijk, zonder afleiding</source>
        <translation>One item at a time, no distractions</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="63"/>
        <source>Waarschuwen…</source>
        <translation>Warn…</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="66"/>
        <source>Waarschuwen met een verwijzing naar de spelregel</source>
        <translation>Warn, citing the house rule</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="19"/>
        <source>Modereren</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="70"/>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="74"/>
        <source>Zichtbaar maken</source>
        <translation>Unhide</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="78"/>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="81"/>
        <source>Verwijderen op het platform (met bevestiging)</source>
        <translation>Remove on the platform (asks to confirm)</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="93"/>
        <source>Afhandelen</source>
        <translation>Mark handled</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="96"/>
        <source>Gezien, geen actie nodig</source>
        <translation>Seen, no action needed</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="99"/>
        <source>Escaleren…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Verbergen ongedaan maken</source>
        <translation>Undo hide</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="105"/>
        <source>Beantwoorden…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="20"/>
        <source>Reageren</source>
        <translation>Respond</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="113"/>
        <source>Privébericht beantwoorden…</source>
        <translation>Reply to DM…</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="116"/>
        <source>DM beantwoorden</source>
        <translation>Reply to DM</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="122"/>
        <source>Notitie toevoegen…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="125"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90"/>
        <source>Oppakken / vrijgeven</source>
        <translation>Claim / release</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>Link naar bericht kopiëren</source>
        <translation>Copy link to item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <location filename="../../ui/actions.py" line="113"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="107"/>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108"/>
        <source>Moderatoren…</source>
        <translation>Moderators…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>Naar: Mislukt</source>
        <translation>Go to: Failed</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Acties die het platform niet uitvoerde</source>
        <translation>Actions the platform did not carry out</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="85"/>
        <source>Verwijderen en auteur blokkeren…</source>
        <translation>Remove and block author…</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="88"/>
        <source>Verwijderen en de auteur blokkeren op het kanaal (YouTube)</source>
        <translation>Remove and block the author on the channel (YouTube)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>Markeren als inbreng…</source>
        <translation>Mark as input…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="97"/>
        <source>Zet het bericht in het inbrengregister van het project</source>
        <translation>Add the item to the project’s input register</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="100"/>
        <source>Peiling maken van dit bericht…</source>
        <translation>Make a poll from this item…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101"/>
        <source>Tel de reacties op dit bericht als stemmen</source>
        <translation>Count the comments on this item as votes</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../ui/approvals/panel.py" line="92"/>
        <source>Ter goedkeuring</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="94"/>
        <source>Antwoorden van externe moderatoren gaan pas naar het platform als een communitymanager of teamleider ze heeft goedgekeurd.</source>
        <translation>Replies by external moderators go to the platform only after a community manager or team lead has approved them.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="96"/>
        <source>Uw antwoorden wachten hier tot een collega ze heeft goedgekeurd.</source>
        <translation>Your replies wait here until a colleague has approved them.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="98"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="98"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="98"/>
        <source>Geschreven door</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="99"/>
        <source>Antwoord</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="99"/>
        <source>Op bericht</source>
        <translation>On item</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="100"/>
        <source>Toelichting (verplicht bij afwijzen)</source>
        <translation>Note (required when rejecting)</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="101"/>
        <source>Goedkeuren</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="102"/>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="143"/>
        <source>Goedgekeurd; het antwoord gaat naar het platform.</source>
        <translation>Approved; the reply goes to the platform.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="154"/>
        <source>Afgewezen; het antwoord wordt niet verstuurd.</source>
        <translation>Rejected; the reply will not be sent.</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/audit/panel.py" line="258"/>
        <source>Moderatielogboek</source>
        <translation>Moderation log</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="260"/>
        <source>Elke waarschuwing, verwijdering, verberging en elk antwoord, met wie, wanneer en op grond van welke spelregel.</source>
        <translation>Every warning, removal, hide and reply: who, when, and under which house rule.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="262"/>
        <source>U ziet alleen uw eigen vermeldingen in het logboek.</source>
        <translation>You see only your own entries in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="263"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="263"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="264"/>
        <source>Spelregel</source>
        <translation>House rule</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="264"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="264"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="268"/>
        <source>Gepseudonimiseerd</source>
        <translation>Pseudonymised</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="270"/>
        <source>Zonder persoonsgegevens (namen, verstuurde teksten); de keten blijft controleerbaar.</source>
        <translation>Without personal data (names, texts sent); the chain stays verifiable.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="271"/>
        <source>Exporteren als CSV (Excel)…</source>
        <translation>Export as CSV (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="272"/>
        <source>Exporteren als JSONL…</source>
        <translation>Export as JSONL…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="273"/>
        <source>Selectie exporteren voor controle…</source>
        <translation>Export selection for review…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="275"/>
        <source>Wat het filter toont, met bericht, auteur en spelregel; Nederlandse kolommen, tijd in Amsterdam naast UTC. Alleen voor een teamleider.</source>
        <translation>What the filter shows, with item, author and house rule; Dutch column names, Amsterdam time beside UTC. Team leads only.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="277"/>
        <source>Overzicht per moderator…</source>
        <translation>Overview per moderator…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="279"/>
        <source>Alleen een teamleider mag het logboek exporteren.</source>
        <translation>Only a team lead may export the log.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="286"/>
        <source>Alle tijd</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="286"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="286"/>
        <source>Laatste 7 dagen</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="287"/>
        <source>Laatste 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="287"/>
        <source>Aangepast</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="306"/>
        <source>Alle moderatoren</source>
        <translation>All moderators</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="308"/>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="309"/>
        <source>Alle spelregels</source>
        <translation>All house rules</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="310"/>
        <source>Alle accounts</source>
        <translation>All accounts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="422"/>
        <source>%n vermelding(en) geëxporteerd naar {0}.</source>
        <translation>
            <numerusform>%n entry exported to {0}.</numerusform>
            <numerusform>%n entries exported to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="396"/>
        <source>Logboek exporteren</source>
        <translation>Export log</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="397"/>
        <location filename="../../ui/audit/panel.py" line="412"/>
        <source>CSV voor Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="397"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="404"/>
        <location filename="../../ui/audit/panel.py" line="419"/>
        <source>Exporteren naar {0}…</source>
        <translation>Exporting to {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="370"/>
        <source>%n vermelding(en)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="375"/>
        <source>Deze vermelding gaat niet over een bericht dat u kunt openen.</source>
        <translation>This entry is not about an item you can open.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="411"/>
        <source>Selectie exporteren</source>
        <translation>Export selection</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="437"/>
        <source>%n vermelding(en) geëxporteerd naar {path} (kop {head}).</source>
        <translation>
            <numerusform>%n entry exported to {path} (head {head}).</numerusform>
            <numerusform>%n entries exported to {path} (head {head}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/item_actions.py" line="65"/>
        <source>waarschuwen</source>
        <translation>warn</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="72"/>
        <source>verbergen</source>
        <translation>hide</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="76"/>
        <source>zichtbaar maken</source>
        <translation>unhide</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="80"/>
        <source>verwijderen</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="107"/>
        <source>beantwoorden</source>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="115"/>
        <source>privébericht beantwoorden</source>
        <translation>reply to DM</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="95"/>
        <source>afhandelen</source>
        <translation>mark handled</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="101"/>
        <source>escaleren</source>
        <translation>escalate</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="124"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="44"/>
        <source>oppakken</source>
        <translation>claim</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="45"/>
        <source>vrijgeven</source>
        <translation>release</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="46"/>
        <source>rol gewijzigd</source>
        <translation>role changed</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="47"/>
        <source>door platform uitgevoerd</source>
        <translation>applied by platform</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="48"/>
        <source>door platform geweigerd</source>
        <translation>refused by platform</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="51"/>
        <source>regelset geactiveerd</source>
        <translation>rule set activated</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="52"/>
        <source>bewaartermijn</source>
        <translation>retention period</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="53"/>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="54"/>
        <source>logboek afgetekend</source>
        <translation>log signed off</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="55"/>
        <source>account verwijderd</source>
        <translation>account removed</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="56"/>
        <source>goedgekeurd</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="57"/>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="58"/>
        <source>toegewezen</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="64"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="65"/>
        <source>gemarkeerd</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="66"/>
        <source>afgehandeld</source>
        <translation>handled</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="67"/>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="68"/>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="69"/>
        <source>geëscaleerd</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="72"/>
        <source>teamleider</source>
        <translation>team lead</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="73"/>
        <source>communitymanager</source>
        <translation>community manager</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="74"/>
        <source>externe moderator</source>
        <translation>external moderator</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="75"/>
        <source>systeem</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="77"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="78"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="79"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="80"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="81"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="82"/>
        <source>Bericht</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="83"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="84"/>
        <source>Spelregel</source>
        <translation>House rule</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="85"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="126"/>
        <source>naar {0}</source>
        <translation>to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="251"/>
        <source>Hash: {0}</source>
        <translation>Hash: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="87"/>
        <source>auteur blokkeren</source>
        <translation>block author</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="49"/>
        <source>opnieuw verzonden</source>
        <translation>resent</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="50"/>
        <source>verzending geannuleerd</source>
        <translation>sending cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="59"/>
        <source>auteur gewist</source>
        <translation>author erased</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="60"/>
        <source>inzageverzoek</source>
        <translation>access request</translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="61"/>
        <source>export met namen</source>
        <translation>export with names</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../ui/rules/calibration.py" line="88"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="88"/>
        <source>Laatste</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="89"/>
        <location filename="../../ui/rules/calibration.py" line="93"/>
        <source>Drempel</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="91"/>
        <source> berichten</source>
        <translation> items</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="92"/>
        <source>Berekenen</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="93"/>
        <source>Zou markeren</source>
        <translation>Would flag</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="94"/>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="95"/>
        <source>Net boven de drempel (wordt gemarkeerd)</source>
        <translation>Just above the threshold (flagged)</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="96"/>
        <source>Net onder de drempel (blijft ongemoeid)</source>
        <translation>Just below the threshold (left alone)</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="98"/>
        <source>Kies een categorie en een drempel en klik op Berekenen.</source>
        <translation>Choose a category and a threshold, then click Calculate.</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="116"/>
        <source>Nog geen gescoorde berichten: installeer het toxiciteitsmodel en laat het scoren.</source>
        <translation>No scored items yet: install the toxicity model and let it score.</translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="132"/>
        <source>{0} van de laatste {1} gescoorde berichten hebben een score voor &apos;{2}&apos;.</source>
        <translation>{0} of the last {1} scored items have a score for &apos;{2}&apos;.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../ui/item_actions.py" line="67"/>
        <source>Waarschuwen met een spelregel</source>
        <translation>Warn citing a house rule</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="82"/>
        <source>Bericht verwijderen</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="108"/>
        <source>Beantwoorden</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="117"/>
        <source>Privébericht beantwoorden</source>
        <translation>Reply to direct message</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="102"/>
        <location filename="../../ui/item_actions.py" line="103"/>
        <source>Escaleren</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="126"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="225"/>
        <source>{author} op {account}: “{text}”</source>
        <translation>{author} on {account}: “{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/compose_dialog.py" line="229"/>
        <source>%n geselecteerde berichten</source>
        <translation>
            <numerusform>%n selected item</numerusform>
            <numerusform>%n selected items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="230"/>
        <source>Spelregel</source>
        <translation>House rule</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="231"/>
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="216"/>
        <location filename="../../ui/triage/compose_dialog.py" line="232"/>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="68"/>
        <source>Waarschuwen</source>
        <translation>Warn</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="83"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="109"/>
        <location filename="../../ui/item_actions.py" line="118"/>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="127"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="240"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="241"/>
        <source>Ctrl+Enter voert uit · Esc annuleert</source>
        <translation>Ctrl+Enter runs it · Esc cancels</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="244"/>
        <source>Notitie voor collega&apos;s (niet zichtbaar voor de schrijver)</source>
        <translation>Note for colleagues (not shown to the author)</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="243"/>
        <source>Tekst die naar de schrijver gaat</source>
        <translation>Text sent to the author</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="215"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="218"/>
        <source>Een rol, of een collega die de berichten kan zien: die krijgt ze toegewezen (Mij toegewezen).</source>
        <translation>A role, or a colleague who can see the messages: they get them assigned (Assigned to me).</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="265"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="269"/>
        <source>Toewijzen aan {name}</source>
        <translation>Assign to {name}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="289"/>
        <source>onze website</source>
        <translation>our website</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/compose_dialog.py" line="359"/>
        <source>%n teken(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="361"/>
        <source> van {limit}</source>
        <translation> of {limit}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/compose_dialog.py" line="316"/>
        <source>Te lang voor {platform}: {n} van de %n teken(s).</source>
        <translation>
            <numerusform>Too long for {platform}: {n} of %n character.</numerusform>
            <numerusform>Too long for {platform}: {n} of %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="90"/>
        <source>Verwijderen en auteur blokkeren</source>
        <translation>Remove and block author</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="91"/>
        <source>Blokkeren</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="319"/>
        <source>X telt een link als 23 tekens en een emoji of Chinees/Japans teken als 2.</source>
        <translation>X counts a link as 23 characters and an emoji or Chinese/Japanese character as 2.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="324"/>
        <source>{platform} laat een antwoord alleen toe binnen {hours} uur na het laatste bericht van deze persoon; dit bericht is van {when}. Antwoord via een openbare reactie of wacht tot de persoon opnieuw schrijft.</source>
        <translation>{platform} only allows a reply within {hours} hours of this person’s last message; this message is from {when}. Reply with a public comment or wait until the person writes again.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="330"/>
        <source>Instagram staat alleen antwoorden toe op reacties onder het bericht zelf, niet op antwoorden. Beantwoord de reactie waar dit antwoord onder staat.</source>
        <translation>Instagram only allows replies to comments on the post itself, not to replies. Reply to the comment this reply belongs to.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="333"/>
        <source>Instagram staat geen antwoord toe op een verborgen reactie. Maak de reactie eerst zichtbaar.</source>
        <translation>Instagram does not allow a reply to a hidden comment. Unhide the comment first.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="342"/>
        <source>Kies een spelregel: dit sjabloon noemt er een.</source>
        <translation>Choose a house rule: this template cites one.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="343"/>
        <source>Er is geen actieve regelset om een spelregel uit te kiezen.</source>
        <translation>There is no active rule set to choose a house rule from.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="204"/>
        <source>Opnieuw koppelen</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="204"/>
        <source>Account koppelen</source>
        <translation>Connect account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="207"/>
        <source>Log opnieuw in bij het platform. Het account houdt zijn berichten en zijn moderatielogboek.</source>
        <translation>Log in to the platform again. The account keeps its items and its moderation log.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="209"/>
        <source>Kies het platform en log in met een account dat de pagina of het kanaal beheert. Moderator krijgt alleen de toegang die u daar goedkeurt.</source>
        <translation>Choose the platform and log in with an account that manages the page or channel. Moderator only gets the access you approve there.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="213"/>
        <source>inloggen in dit venster</source>
        <translation>log in in this window</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="214"/>
        <source>inloggen via de browser</source>
        <translation>log in via the browser</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="215"/>
        <source>nog niet ingesteld</source>
        <translation>not set up yet</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="222"/>
        <source>Voor {0} is nog geen app-registratie ingevuld. Een teamleider vult die eenmalig in bij Instellingen &gt; App-registraties.</source>
        <translation>No app registration has been entered for {0} yet. A team lead enters it once under Settings &gt; App registrations.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="225"/>
        <source>Adres van de inlogpagina</source>
        <translation>Address of the sign-in page</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="226"/>
        <source>Pagina&apos;s en accounts om te koppelen</source>
        <translation>Pages and accounts to connect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="227"/>
        <source>Opnieuw openen</source>
        <translation>Open again</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="228"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="229"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="230"/>
        <source>bijv. Verbreding A27 Lexmond</source>
        <translation>e.g. A27 Lexmond widening</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="231"/>
        <source>Koppelen</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="252"/>
        <source>Log in bij {0} in de browser die nu opengaat en geef toestemming. Opent er niets? Kopieer dan het adres hieronder naar een browser. Moderator wacht vijf minuten.</source>
        <translation>Log in to {0} in the browser that opens now and give permission. Nothing opens? Then copy the address below into a browser. Moderator waits five minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="277"/>
        <source>Log hieronder in bij {0} en geef toestemming voor de pagina&apos;s die u wilt koppelen.</source>
        <translation>Log in to {0} below and give permission for the pages you want to connect.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="310"/>
        <source>Ingelogd; pagina&apos;s en accounts ophalen…</source>
        <translation>Logged in; fetching pages and accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="375"/>
        <source>Met deze login is &apos;{0}&apos; niet bereikbaar. Log in met een account dat deze pagina of dit kanaal beheert.</source>
        <translation>&apos;{0}&apos; cannot be reached with this login. Log in with an account that manages this page or channel.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="391"/>
        <source>Deze login geeft toegang tot het volgende. Vink aan wat u wilt koppelen.</source>
        <translation>This login gives access to the following. Tick what you want to connect.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="393"/>
        <source>Deze login geeft geen toegang tot een pagina, kanaal of account om te modereren.</source>
        <translation>This login gives no access to a page, channel or account to moderate.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="413"/>
        <source>Vink ten minste één pagina of account aan.</source>
        <translation>Tick at least one page or account.</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="135"/>
        <source>Verzenden gestopt</source>
        <translation>Sending stopped</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/delivery_status.py" line="138"/>
        <source>%n actie(s) wacht(en) op verzenden</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="140"/>
        <source>Alles verzonden</source>
        <translation>Everything sent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="142"/>
        <source>Verzending via de teamworker</source>
        <translation>Sending via the team worker</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="145"/>
        <source>De teamworker heeft nog niet gedraaid.</source>
        <translation>The team worker has not run yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="147"/>
        <source>Teamworker niet actief</source>
        <translation>Team worker not running</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="148"/>
        <location filename="../../ui/widgets/delivery_status.py" line="157"/>
        <source>Laatste ronde: {time}</source>
        <translation>Last round: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/delivery_status.py" line="152"/>
        <source>%n wachtend</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="162"/>
        <source>{account}: gesynchroniseerd {time}</source>
        <translation>{account}: synced {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="165"/>
        <source>fout: {error}</source>
        <translation>error: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/delivery_status.py" line="168"/>
        <source>%n mislukte actie(s)</source>
        <translation>
            <numerusform>%n failed action</numerusform>
            <numerusform>%n failed actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="170"/>
        <source>Laatste fout: {error}</source>
        <translation>Last error: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Dat is niet gelukt.</source>
        <translation>That did not work.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Dit verzoek klopt niet.</source>
        <translation>This request is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>De gegevens kloppen niet of zijn beschadigd.</source>
        <translation>The data is invalid or damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Een onderdeel dat nodig is, is niet beschikbaar.</source>
        <translation>A required component is not available.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Een bestand of map kon niet worden aangemaakt.</source>
        <translation>A file or folder could not be created.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>De werkruimte is even bezet; probeer het zo opnieuw.</source>
        <translation>The workspace is busy; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>De controle op wijzigingen achteraf is mislukt.</source>
        <translation>The check for later changes failed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Dit kan niet in de huidige stand van het bericht.</source>
        <translation>This is not possible in the item’s current state.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Dit bericht bestaat niet (meer).</source>
        <translation>This item does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>Dit is geen moderatieactie.</source>
        <translation>This is not a moderation action.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Vul eerst een tekst in.</source>
        <translation>Enter a text first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Kies eerst een spelregel.</source>
        <translation>Choose a house rule first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Spelregel {rule} staat niet in de actieve regelset.</source>
        <translation>House rule {rule} is not in the active rule set.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Een collega heeft dit bericht al opgepakt.</source>
        <translation>A colleague has already claimed this item.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>{by} was u voor: dit bericht is intussen {status}.</source>
        <translation>{by} got there first: this item is now {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>Er is niets om ongedaan te maken.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Uw rol staat dit niet toe.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>De database van deze werkruimte is beschadigd of is geen Moderator-database. Zet een reservekopie terug of open een andere werkruimte.</source>
        <translation>This workspace&apos;s database is damaged or is not a Moderator database. Restore a backup or open another workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Deze computer heeft geen wachtwoordkluis voor de toegang tot platforms. Start of installeer er een (GNOME Keyring of KWallet; op Windows en macOS is die er al) en probeer het opnieuw.</source>
        <translation>This computer has no password store for platform access. Start or install one (GNOME Keyring or KWallet; Windows and macOS have one already) and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>Het spelregelbestand klopt niet (regel {line}, kolom {column}). Verbeter het bestand en laad het opnieuw; de werkende spelregels blijven actief.</source>
        <translation>The house rules file has a mistake (line {line}, column {column}). Correct the file and load it again; the current house rules stay active.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Dit bericht valt buiten uw accounts.</source>
        <translation>This item is outside your accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Onbekend platform: {platform}.</source>
        <translation>Unknown platform: {platform}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Onbekende moderator.</source>
        <translation>Unknown moderator.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Het platform gaf een foutmelding.</source>
        <translation>The platform returned an error.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>De toegang tot het account is verlopen; koppel het account opnieuw.</source>
        <translation>Access to the account has expired; reconnect the account.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Het account mist een toestemming voor deze handeling.</source>
        <translation>The account lacks a permission for this action.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Het platform vraagt om even te wachten; probeer het later opnieuw.</source>
        <translation>The platform asks to wait a moment; try again later.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Het bericht bestaat niet meer op het platform.</source>
        <translation>The item no longer exists on the platform.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>Het platform staat deze handeling niet toe.</source>
        <translation>The platform does not allow this action.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Het platform gaf een onverwacht antwoord.</source>
        <translation>The platform gave an unexpected response.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Het platform is even niet bereikbaar; probeer het later opnieuw.</source>
        <translation>The platform cannot be reached right now; try again later.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>Opnieuw koppelen nodig: de login bij het platform is verlopen of ingetrokken. Koppel het account opnieuw via Accounts; berichten en logboek blijven bewaard.</source>
        <translation>Reconnect needed: the login to the platform has expired or been revoked. Reconnect the account via Accounts; items and log are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Dit bestand kan niet worden gelezen: het is beschadigd, geen UTF-8-tekst of geen gewoon bestand. Er is niets veranderd.</source>
        <translation>This file cannot be read: it is damaged, not UTF-8 text or not a regular file. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Dit bestand is groter, langer of dieper genest dan Moderator veilig kan lezen; de details noemen de grens. Er is niets veranderd.</source>
        <translation>This file is larger, longer or more deeply nested than Moderator can safely read; the details name the limit. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Dit is geen leesbaar archiefpakket van Moderator: het is beschadigd of heeft niet de vorm die het pakket beschrijft.</source>
        <translation>This is not a readable Moderator archive package: it is damaged or does not have the form the package describes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>Rij {row} van {table} in deze werkruimte is beschadigd; de rest is ongewijzigd. Vraag de beheerder de rij te herstellen.</source>
        <translation>Row {row} of {table} in this workspace is damaged; the rest is unchanged. Ask the administrator to repair the row.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>De app-registratie voor dit platform is niet compleet. Vul die in bij Instellingen &gt; App-registraties.</source>
        <translation>The app registration for this platform is incomplete. Complete it under Settings &gt; App registrations.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>Het platform gaf geen toestemming. Probeer het opnieuw en kies &apos;Toestaan&apos;.</source>
        <translation>The platform did not give permission. Try again and choose &apos;Allow&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Het antwoord van het platform hoort niet bij deze aanmelding. Begin opnieuw.</source>
        <translation>The platform’s response does not belong to this sign-in. Start again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>Het platform stuurde geen toegangscode terug. Begin opnieuw.</source>
        <translation>The platform did not return an access code. Start again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>Het platform weigerde de aanmelding af te ronden. Controleer de app-registratie en probeer het opnieuw.</source>
        <translation>The platform refused to complete the sign-in. Check the app registration and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Het platform is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.</source>
        <translation>The platform cannot be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Niemand heeft binnen vijf minuten ingelogd.</source>
        <translation>Nobody logged in within five minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>Het inloggen is afgebroken.</source>
        <translation>The login was cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Kan niet bij een bericht dat {status} is.</source>
        <translation>Not possible for an item that is {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>Dit kan niet bij een {kind}.</source>
        <translation>This is not possible for a {kind}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>{platform} biedt dit niet via de API.</source>
        <translation>{platform} does not offer this through its API.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>{platform} staat dit niet toe bij een {kind}.</source>
        <translation>{platform} does not allow this for a {kind}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>Er ging iets mis ({kind}).</source>
        <translation>Something went wrong ({kind}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>De opmaak klopt niet: controleer inspringing, dubbele punten en aanhalingstekens.</source>
        <translation>The layout is wrong: check indentation, colons and quotation marks.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>Een bestand kan niet worden gelezen of bestaat niet.</source>
        <translation>A file cannot be read or does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>Dit staat er twee keer in; een naam mag maar één keer voorkomen.</source>
        <translation>This appears twice; a name may occur only once.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>Hier ontbreekt een verplicht onderdeel of er staan er twee die niet samen kunnen.</source>
        <translation>A required part is missing here, or two parts are present that cannot go together.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="135"/>
        <source>Deze waarde is niet toegestaan; kies een van de genoemde waarden.</source>
        <translation>This value is not allowed; choose one of the values listed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>Dit zoekpatroon is ongeldig.</source>
        <translation>This search pattern is invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="139"/>
        <source>Deze waarde heeft niet de juiste vorm.</source>
        <translation>This value does not have the right form.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141"/>
        <source>Deze spelregel klopt niet.</source>
        <translation>This house rule is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>de berichten</source>
        <translation>the items</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>de markeringen</source>
        <translation>the flags</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>het moderatielogboek</source>
        <translation>the moderation log</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="149"/>
        <source>wacht op verzenden</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>wordt verzonden</source>
        <translation>being sent</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151"/>
        <source>verzonden</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>het bericht is op het platform al verwijderd</source>
        <translation>the item has already been removed on the platform</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>het platform staat dit niet toe</source>
        <translation>the platform does not allow this</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="160"/>
        <source>het account mist hiervoor een toestemming op het platform</source>
        <translation>the account lacks a permission for this on the platform</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>de toegang tot het account is verlopen; koppel het account opnieuw</source>
        <translation>access to the account has expired; reconnect the account</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>het platform vraagt om even te wachten</source>
        <translation>the platform asks to wait a moment</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>het platform was even niet bereikbaar</source>
        <translation>the platform could not be reached for a moment</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>het platform gaf een onverwacht antwoord</source>
        <translation>the platform gave an unexpected response</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>het platform gaf een foutmelding</source>
        <translation>the platform returned an error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>{reason}; nieuwe poging om {time}</source>
        <translation>{reason}; retrying at {time}</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="26"/>
        <source>Terugkoppeling vastleggen</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="31"/>
        <source>Wat is er met deze inbreng gedaan?</source>
        <translation>What has been done with this input?</translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="35"/>
        <source>Link naar verslag of besluit (optioneel)</source>
        <translation>Link to report or decision (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="41"/>
        <source>Inbreng</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="42"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="43"/>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="44"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>FiltersView</name>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="52"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="53"/>
        <source>Gemarkeerd</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="55"/>
        <source>DM&apos;s</source>
        <translation>DMs</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="59"/>
        <source>Niet opgepakt</source>
        <translation>Unclaimed</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="61"/>
        <source>Geëscaleerd</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="63"/>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="65"/>
        <source>Verborgen</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="67"/>
        <source>Verwijderd</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="215"/>
        <source>WACHTRIJ</source>
        <translation>QUEUE</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="216"/>
        <source>ACCOUNTS</source>
        <translation>ACCOUNTS</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="221"/>
        <source>Alle accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="70"/>
        <source>Mislukt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="57"/>
        <source>Mij toegewezen</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="256"/>
        <source>⚠ {0} — opnieuw koppelen nodig</source>
        <translation>⚠ {0} — reconnect needed</translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="258"/>
        <source>De login bij het platform is verlopen of ingetrokken. Koppel het account opnieuw via Accounts; berichten en logboek blijven bewaard.</source>
        <translation>The login to the platform has expired or been revoked. Reconnect the account via Accounts; items and log are kept.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="130"/>
        <location filename="../../ui/accounts/import_dialog.py" line="131"/>
        <source>Bestand importeren</source>
        <translation>Import file</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="132"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="133"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="133"/>
        <source>Voor account</source>
        <translation>For account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="134"/>
        <location filename="../../ui/accounts/import_dialog.py" line="140"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="134"/>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="135"/>
        <location filename="../../ui/accounts/import_dialog.py" line="139"/>
        <source>Schrijver</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="135"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="136"/>
        <source>Bericht / onderwerp</source>
        <translation>Item / topic</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="136"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="139"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="141"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="142"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="150"/>
        <source>Koppel eerst een account: geïmporteerde berichten horen altijd bij een account.</source>
        <translation>Connect an account first: imported items always belong to an account.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="159"/>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="160"/>
        <source>Exports en tabellen (*.csv *.txt *.jsonl *.json *.js *.zip)</source>
        <translation>Exports and spreadsheets (*.csv *.txt *.jsonl *.json *.js *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="178"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="212"/>
        <source>Regel {0} wordt overgeslagen: {1}</source>
        <translation>Line {0} is skipped: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="213"/>
        <location filename="../../ui/accounts/import_dialog.py" line="257"/>
        <source>Overgeslagen: {0}</source>
        <translation>Skipped: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="219"/>
        <source>Kies een bestand en een account.</source>
        <translation>Choose a file and an account.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="275"/>
        <source>Dit bestand is een export van {0}; kies een account op dat platform.</source>
        <translation>This file is an export from {0}; choose an account on that platform.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/import_dialog.py" line="251"/>
        <source>%n bericht(en) geïmporteerd ({new} nieuw)</source>
        <translation>
            <numerusform>%n item imported ({new} new)</numerusform>
            <numerusform>%n items imported ({new} new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/import_dialog.py" line="253"/>
        <source>%n regel(s) uit het bestand overgeslagen.</source>
        <translation>
            <numerusform>%n line of the file skipped.</numerusform>
            <numerusform>%n lines of the file skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="256"/>
        <source>Regel {0} overgeslagen: {1}</source>
        <translation>Line {0} skipped: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/import_dialog.py" line="243"/>
        <source>%n bericht(en) opgeslagen</source>
        <translation>
            <numerusform>%n item stored</numerusform>
            <numerusform>%n items stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/import_dialog.py" line="259"/>
        <source>Nog %n overgeslagen regel(s) staan niet in deze lijst.</source>
        <translation>
            <numerusform>%n more skipped line is not in this list.</numerusform>
            <numerusform>%n more skipped lines are not in this list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../../ui/audit/panel.py" line="96"/>
        <source>Logboek wordt gecontroleerd…</source>
        <translation>Checking the log…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="97"/>
        <source>De hashketen wordt op de achtergrond nagerekend.</source>
        <translation>Recomputing the hash chain in the background.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="121"/>
        <source>Controle mislukt</source>
        <translation>Check failed</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="125"/>
        <source>Opnieuw controleren</source>
        <translation>Check again</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="106"/>
        <source>Logboek onveranderd — %n vermelding(en) gecontroleerd</source>
        <translation>
            <numerusform>Log unchanged — %n entry checked</numerusform>
            <numerusform>Log unchanged — %n entries checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="108"/>
        <source>Elke vermelding sluit aan op de vorige en de vastgelegde kop klopt ({0}). Gecontroleerd om {1}.</source>
        <translation>Every entry links to the one before and the recorded head matches ({0}). Checked at {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="113"/>
        <source>LOGBOEK GEBROKEN bij vermelding {0}</source>
        <translation>LOG BROKEN at entry {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="114"/>
        <source>De %n vermelding(en) daarvoor zijn in orde. Bewaar een export en meld dit aan de functionaris gegevensbescherming.</source>
        <translation>
            <numerusform>The entry before it is intact. Keep an export and report this to the data protection officer.</numerusform>
            <numerusform>The %n entries before it are intact. Keep an export and report this to the data protection officer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message>
        <location filename="../../ui/triage/commands.py" line="83"/>
        <source>Kies eerst een bericht.</source>
        <translation>Choose an item first.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="85"/>
        <source>Werkt op één bericht tegelijk.</source>
        <translation>Works on one item at a time.</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="119"/>
        <source>Alleen voor privéberichten; gebruik Beantwoorden.</source>
        <translation>Only for direct messages; use Reply.</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="110"/>
        <source>Dit is een privébericht; gebruik Privébericht beantwoorden.</source>
        <translation>This is a direct message; use Reply to DM.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="109"/>
        <source>Vrijgeven</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="109"/>
        <source>Oppakken</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="159"/>
        <source>Er is geen actieve regelset: waarschuwen en verwijderen moeten een spelregel noemen.</source>
        <translation>No rule set is active: warnings and removals must cite a house rule.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="203"/>
        <source>{ok} gelukt, {bad} mislukt: {first}</source>
        <translation>{ok} done, {bad} failed: {first}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/commands.py" line="214"/>
        <source>%n bericht(en) {what}.</source>
        <translation>
            <numerusform>%n item {what}.</numerusform>
            <numerusform>%n items {what}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="216"/>
        <source>Ongedaan maken met Ctrl+Z.</source>
        <translation>Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="238"/>
        <source>Een collega heeft dit bericht al opgepakt.</source>
        <translation>A colleague has already claimed this item.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="242"/>
        <source>Vrijgegeven.</source>
        <translation>Released.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="242"/>
        <source>Opgepakt: collega&apos;s zien dat u dit doet.</source>
        <translation>Claimed: colleagues can see you are on it.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="311"/>
        <source>Link gekopieerd.</source>
        <translation>Link copied.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="270"/>
        <source>In het inbrengregister gezet.</source>
        <translation>Added to the input register.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="300"/>
        <source>Peiling gemaakt; zie Peilingen.</source>
        <translation>Poll made; see Polls.</translation>
    </message>
</context>
<context>
    <name>ItemDetailView</name>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="229"/>
        <location filename="../../ui/triage/item_detail.py" line="331"/>
        <source>Kies een bericht in de wachtrij.</source>
        <translation>Choose an item in the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="273"/>
        <source>{status}: {kind} van {author} op {platform}, {when}</source>
        <translation>{status}: {kind} by {author} on {platform}, {when}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="380"/>
        <source>opgepakt door {name}</source>
        <translation>claimed by {name}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="389"/>
        <source>toegewezen aan {name}</source>
        <translation>assigned to {name}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="391"/>
        <source>nog geen reactie</source>
        <translation>no response yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="394"/>
        <source>eerste reactie na %n minuut/minuten</source>
        <translation>
            <numerusform>first response after %n minute</numerusform>
            <numerusform>first response after %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="400"/>
        <source>%n eerdere bericht(en)</source>
        <translation>
            <numerusform>%n earlier item</numerusform>
            <numerusform>%n earlier items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="402"/>
        <source>%n keer gewaarschuwd of verborgen</source>
        <translation>
            <numerusform>warned or hidden once</numerusform>
            <numerusform>warned or hidden %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="422"/>
        <source>Bij het bericht van het account</source>
        <translation>On the account’s post</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="426"/>
        <source>Reactie op {author}</source>
        <translation>Reply to {author}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="433"/>
        <source>Onzichtbare of richting-tekens zichtbaar gemaakt als ⟦…⟧.</source>
        <translation>Invisible or direction characters shown as ⟦…⟧.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="435"/>
        <source>Bevat %n gestapelde tekens (zalgo).</source>
        <translation>
            <numerusform>Contains %n stacked mark (zalgo).</numerusform>
            <numerusform>Contains %n stacked marks (zalgo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="453"/>
        <source>Bewerkt: %n eerdere versie(s), de laatste hieronder.</source>
        <translation>
            <numerusform>Edited: %n earlier version, shown below.</numerusform>
            <numerusform>Edited: %n earlier versions, the latest below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="455"/>
        <source>Vorige versie</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="475"/>
        <source>Spelregels die overeenkomen</source>
        <translation>Matching house rules</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="493"/>
        <source>ernst {sev} · voorstel: {act} · regelset v{ver}</source>
        <translation>severity {sev} · suggested: {act} · rule set v{ver}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="502"/>
        <source>Deze regel staat niet (meer) in de actieve regelset.</source>
        <translation>This rule is not in the active rule set (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="523"/>
        <source>Toxiciteit per categorie</source>
        <translation>Toxicity per category</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="528"/>
        <source>model: {m}</source>
        <translation>model: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="564"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="568"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="572"/>
        <source> (spelregel {rule})</source>
        <translation> (house rule {rule})</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="557"/>
        <source>Verstuurde tekst</source>
        <translation>Text sent</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="225"/>
        <location filename="../../ui/triage/item_detail.py" line="332"/>
        <source>Tekst van het bericht</source>
        <translation>Text of the item</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="582"/>
        <source>Eerder van deze auteur</source>
        <translation>Earlier from this author</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="541"/>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="544"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="555"/>
        <source>Interne notitie</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="559"/>
        <source>Te versturen tekst</source>
        <translation>Text to send</translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="560"/>
        <source>Niet verzonden tekst</source>
        <translation>Text not sent</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>{loaded} geladen van {total}</source>
        <translation>{loaded} of {total} loaded</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Wachtrij</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Be&amp;richt</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>Wachtrij</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Naar de wachtrij</source>
        <translation>Go to the queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Naar {panel}</source>
        <translation>Go to {panel}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Werkruimte: {where}</source>
        <translation>Workspace: {where}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="358"/>
        <source>%n actie(s) wacht(en) nog op verzending naar het platform. Wachten tot alles verzonden is?</source>
        <translation>
            <numerusform>%n action is still waiting to be sent to the platform. Wait until everything is sent?</numerusform>
            <numerusform>%n actions are still waiting to be sent to the platform. Wait until everything is sent?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Nog niet alles verzonden</source>
        <translation>Not everything has been sent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Manipulatie-alarm: het moderatielogboek is veranderd sinds deze computer het de laatste keer controleerde. Laat een teamleider het logboek controleren.</source>
        <translation>Tamper alarm: the moderation log has changed since this computer last checked it. Ask a team lead to check the log.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Sluit u nu af, dan gaat niets verloren: wat wacht, wordt bij de volgende start of door de teamworker verzonden.</source>
        <translation>If you quit now, nothing is lost: whatever is waiting is sent at the next start or by the team worker.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Wachten</source>
        <translation>Wait</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Nu afsluiten</source>
        <translation>Quit now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Afsluiten zodra alles verzonden is…</source>
        <translation>Quitting once everything has been sent…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/widgets/message_bar.py" line="103"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_bar.py" line="104"/>
        <location filename="../../ui/widgets/message_bar.py" line="105"/>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>MetaLoginView</name>
    <message>
        <location filename="../../ui/accounts/meta_login.py" line="77"/>
        <source>Inlogpagina van Meta</source>
        <translation>Meta sign-in page</translation>
    </message>
</context>
<context>
    <name>ModeratorsDialog</name>
    <message>
        <location filename="../../ui/team/moderators.py" line="58"/>
        <location filename="../../ui/team/moderators.py" line="102"/>
        <source>Moderatoren</source>
        <translation>Moderators</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="103"/>
        <location filename="../../ui/team/moderators.py" line="107"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="103"/>
        <location filename="../../ui/team/moderators.py" line="107"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="104"/>
        <location filename="../../ui/team/moderators.py" line="107"/>
        <source>Bereik</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="104"/>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="107"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="108"/>
        <source>Wachtwoord (database)</source>
        <translation>Password (database)</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="110"/>
        <source>project:Naam, account:Naam (leeg: alles)</source>
        <translation>project:Name, account:Name (empty: everything)</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="111"/>
        <source>Toegang eindigt op</source>
        <translation>Access ends on</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="112"/>
        <source>Alleen bij een nieuwe login of om het wachtwoord te vervangen</source>
        <translation>Only for a new login or to replace the password</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="114"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="115"/>
        <source>Uitschakelen</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="117"/>
        <source>Alleen een teamleider beheert moderatoren.</source>
        <translation>Only a team lead manages moderators.</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="129"/>
        <source>uitgeschakeld</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="129"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="131"/>
        <source>alles</source>
        <translation>everything</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="163"/>
        <source>{0} opgeslagen.</source>
        <translation>{0} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="170"/>
        <source>{0} uitgeschakeld.</source>
        <translation>{0} disabled.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/panels.py" line="98"/>
        <source>Moderatielogboek</source>
        <translation>Moderation log</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="99"/>
        <source>Spelregels</source>
        <translation>House rules</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="100"/>
        <source>Statistieken</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="103"/>
        <source>Ter goedkeuring</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="107"/>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="108"/>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="109"/>
        <source>Moderatoren…</source>
        <translation>Moderators…</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="101"/>
        <source>Inbrengregister</source>
        <translation>Input register</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="102"/>
        <source>Peilingen</source>
        <translation>Polls</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="32"/>
        <source>Peiling maken</source>
        <translation>Make poll</translation>
    </message>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="38"/>
        <source>Eén optie per regel. Andere namen na een =, gescheiden door komma&apos;s: A=🌳,bomen</source>
        <translation>One option per line. Other names after an =, separated by commas: A=🌳,trees</translation>
    </message>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="40"/>
        <source>Stemmen sluiten op</source>
        <translation>Voting closes at</translation>
    </message>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="51"/>
        <source>Bericht</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="52"/>
        <source>Opties</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>PollsPanel</name>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="111"/>
        <source>Peilingen</source>
        <translation>Polls</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="113"/>
        <source>Stemmen uit reacties, live geteld: één stem per auteur, de laatste vóór de sluitingstijd telt.</source>
        <translation>Votes from comments, counted live: one vote per author; the last one before the closing time counts.</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="115"/>
        <source>Uitslag exporteren…</source>
        <translation>Export result…</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="116"/>
        <source>Unieke stemmers</source>
        <translation>Unique voters</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="117"/>
        <source>Stem gewijzigd</source>
        <translation>Vote changed</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="118"/>
        <source>Te laat, niet geteld</source>
        <translation>Too late, not counted</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="119"/>
        <source>Onduidelijk, niet geteld</source>
        <translation>Unclear, not counted</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="120"/>
        <source>Stemmen per optie</source>
        <translation>Votes per option</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="121"/>
        <source>Stemden op meer dan één platform</source>
        <translation>Voted on more than one platform</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="122"/>
        <source>Telmethode</source>
        <translation>Counting method</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="140"/>
        <source>Nog geen peilingen. Maak er een met &apos;moderator poll define&apos;.</source>
        <translation>No polls yet. Make one with &apos;moderator poll define&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/polls_panel.py" line="161"/>
        <source>%n reacties gelezen</source>
        <translation>
            <numerusform>%n comment read</numerusform>
            <numerusform>%n comments read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/polls_panel.py" line="163"/>
        <source>%n stemden vaker</source>
        <translation>
            <numerusform>%n voted more than once</numerusform>
            <numerusform>%n voted more than once</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="165"/>
        <source>sluit {0}</source>
        <translation>closes {0}</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="166"/>
        <source>geen sluitingstijd</source>
        <translation>no closing time</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/polls_panel.py" line="167"/>
        <source>%n reacties zonder stem</source>
        <translation>
            <numerusform>%n comment without a vote</numerusform>
            <numerusform>%n comments without a vote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="175"/>
        <source>Nog geen stemmen.</source>
        <translation>No votes yet.</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="178"/>
        <source>Niemand (voor zover de namen tonen).</source>
        <translation>Nobody (as far as the names show).</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="186"/>
        <source>Uitslag exporteren</source>
        <translation>Export result</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="187"/>
        <source>CSV voor Excel (*.csv);;JSON-regels (*.jsonl)</source>
        <translation>CSV for Excel (*.csv);;JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="192"/>
        <source>Uitslag geëxporteerd.</source>
        <translation>Result exported.</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="61"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="62"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="63"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="64"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="65"/>
        <source>Bericht</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="66"/>
        <source>Spelregels</source>
        <translation>House rules</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="67"/>
        <source>Toxisch</source>
        <translation>Toxic</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="68"/>
        <source>Tijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="101"/>
        <source>{n} u</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="437"/>
        <source>spelregels {rules}</source>
        <translation>house rules {rules}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="438"/>
        <source>geen spelregel</source>
        <translation>no house rule</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="439"/>
        <source>{platform}, {kind} van {author}, {status}, {rules}: {text}</source>
        <translation>{platform}, {kind} by {author}, {status}, {rules}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="491"/>
        <source>Opgepakt door {name}</source>
        <translation>Claimed by {name}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="70"/>
        <source>Opgepakt door</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="486"/>
        <source>Spelregels die overeenkomen: {rules} (ernst: {sev})</source>
        <translation>Matching house rules: {rules} (severity: {sev})</translation>
    </message>
</context>
<context>
    <name>ReachSection</name>
    <message>
        <location filename="../../ui/stats/reach.py" line="74"/>
        <source>Wie hoort u? Spreiding van de reacties</source>
        <translation>Who are you hearing? Spread of the comments</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="75"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="77"/>
        <source>Aandeel van de actiefste schrijvers (%)</source>
        <translation>Share of the most active authors (%)</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="78"/>
        <source>Nieuwe schrijvers per week</source>
        <translation>New authors per week</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="79"/>
        <source>Per platform: reacties en schrijvers</source>
        <translation>Per platform: comments and authors</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="83"/>
        <location filename="../../ui/stats/reach.py" line="90"/>
        <source>Alle projecten</source>
        <translation>All projects</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="120"/>
        <source>Er zijn in deze periode geen reacties van burgers.</source>
        <translation>There are no comments from the public in this period.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/reach.py" line="121"/>
        <source>%n reacties</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/reach.py" line="122"/>
        <source>van %n mensen.</source>
        <translation>
            <numerusform>from %n person.</numerusform>
            <numerusform>from %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/reach.py" line="124"/>
        <source>De helft van de reacties komt van %n mensen.</source>
        <translation>
            <numerusform>Half of the comments come from %n person.</numerusform>
            <numerusform>Half of the comments come from %n people.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="126"/>
        <source>De 10% actiefste schrijvers plaatsten {0:.0%} van de reacties.</source>
        <translation>The 10% most active authors posted {0:.0%} of the comments.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/reach.py" line="129"/>
        <source>%n mensen reageerden vaker dan één keer.</source>
        <translation>
            <numerusform>%n person commented more than once.</numerusform>
            <numerusform>%n people commented more than once.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="132"/>
        <source>Een kleine groep is dus goed voor een groot deel van wat u hoort.</source>
        <translation>So a small group accounts for a large part of what you hear.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="135"/>
        <source>De reacties zijn redelijk gespreid over veel mensen.</source>
        <translation>The comments are fairly spread across many people.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="137"/>
        <source>{0:.0%} is verborgen of verwijderd.</source>
        <translation>{0:.0%} is hidden or removed.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="146"/>
        <source>Geen reacties in deze periode.</source>
        <translation>No comments in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="149"/>
        <source>top {0}%</source>
        <translation>top {0}%</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="152"/>
        <source>wk {0}</source>
        <translation>wk {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="153"/>
        <source>nieuwe schrijvers</source>
        <translation>new authors</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="158"/>
        <source>schrijvers</source>
        <translation>authors</translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="159"/>
        <source>extra reacties van dezelfde schrijvers</source>
        <translation>extra comments from the same authors</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="128"/>
        <source>Inbrengregister</source>
        <translation>Input register</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="130"/>
        <source>Inbreng van burgers per project en onderwerp, en wat ermee gedaan is (koppel terug). Markeer inbreng in de wachtrij via het menu van een bericht.</source>
        <translation>Input from the public per project and topic, and what has been done with it (give feedback). Mark input in the queue via an item’s menu.</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="135"/>
        <source>Wacht op terugkoppeling</source>
        <translation>Awaiting feedback</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="136"/>
        <source>Terugkoppeling gegeven</source>
        <translation>Feedback given</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="136"/>
        <source>Alle inbreng</source>
        <translation>All input</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="141"/>
        <source>Onderwerp toevoegen…</source>
        <translation>Add topic…</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="142"/>
        <source>Terugkoppeling vastleggen…</source>
        <translation>Record feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="143"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="144"/>
        <source>Met namen (wordt gelogd)</source>
        <translation>With names (logged)</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="145"/>
        <source>Inbreng per onderwerp</source>
        <translation>Input per topic</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="146"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="146"/>
        <location filename="../../ui/participation/register_panel.py" line="148"/>
        <source>Inbreng</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="148"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="148"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="148"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="149"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="163"/>
        <source>(geen project)</source>
        <translation>(no project)</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="171"/>
        <source>Nog geen projecten: geef accounts een project.</source>
        <translation>No projects yet: give accounts a project.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/register_panel.py" line="184"/>
        <source>%n keer inbreng</source>
        <translation>
            <numerusform>%n input entry</numerusform>
            <numerusform>%n input entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/register_panel.py" line="185"/>
        <source>%n wacht op terugkoppeling</source>
        <translation>
            <numerusform>%n awaiting feedback</numerusform>
            <numerusform>%n awaiting feedback</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="205"/>
        <source>nog niet gegeven</source>
        <translation>not given yet</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="207"/>
        <source>(tekst gewist)</source>
        <translation>(text erased)</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="229"/>
        <source>Onderwerp toevoegen</source>
        <translation>Add topic</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="230"/>
        <source>Nieuw onderwerp voor {0}:</source>
        <translation>New topic for {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="239"/>
        <source>Kies eerst een inbreng in de lijst.</source>
        <translation>Choose an input in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="250"/>
        <source>Terugkoppeling vastgelegd.</source>
        <translation>Feedback recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="256"/>
        <source>Inbrengregister exporteren</source>
        <translation>Export input register</translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="257"/>
        <source>CSV voor Excel (*.csv);;JSON-regels (*.jsonl)</source>
        <translation>CSV for Excel (*.csv);;JSON lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/register_panel.py" line="265"/>
        <source>%n regels geëxporteerd.</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationsBox</name>
    <message>
        <location filename="../../ui/settings/registrations.py" line="83"/>
        <source>App-registraties</source>
        <translation>App registrations</translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="84"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="86"/>
        <source>client-id</source>
        <translation>client ID</translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="89"/>
        <source>geheim</source>
        <translation>secret</translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="89"/>
        <source>geheim (optioneel)</source>
        <translation>secret (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="91"/>
        <source>Registreer dit adres als redirect-URL bij {0}.</source>
        <translation>Register this address as the redirect URL with {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="108"/>
        <source>opgeslagen</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="126"/>
        <source>App-registraties opgeslagen.</source>
        <translation>App registrations saved.</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../../ui/settings/retention.py" line="53"/>
        <source>Bewaartermijn (AVG)</source>
        <translation>Retention period (GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/retention.py" line="54"/>
        <source>Teksten en namen wissen na</source>
        <translation>Erase texts and names after</translation>
    </message>
    <message>
        <location filename="../../ui/settings/retention.py" line="55"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/retention.py" line="56"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/retention.py" line="58"/>
        <source>Daarna blijven in het logboek alleen de handeling, de regel, het tijdstip, de moderator en de pseudonieme sleutel. Het wissen gebeurt bij het starten en dagelijks, en wordt zelf gelogd.</source>
        <translation>After that the log keeps only the action, the rule, the time, the moderator and the pseudonymous key. Erasing happens at start-up and daily, and is itself logged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/retention.py" line="66"/>
        <source>Bewaartermijn opgeslagen: %n dagen.</source>
        <translation>
            <numerusform>Retention period saved: %n day.</numerusform>
            <numerusform>Retention period saved: %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleFileLoader</name>
    <message>
        <location filename="../../ui/rules/loader.py" line="113"/>
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="114"/>
        <source>Vergelijken met opgeslagen berichten</source>
        <translation>Compare with stored items</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="115"/>
        <source>Activeren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="117"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="117"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="117"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="117"/>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="119"/>
        <source>Spelregel</source>
        <translation>House rule</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="119"/>
        <source>Nu</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="119"/>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="119"/>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="120"/>
        <source>Treffers per spelregel op opgeslagen berichten</source>
        <translation>Hits per house rule on stored items</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="121"/>
        <source>Voorbeelden die nieuw gemarkeerd worden</source>
        <translation>Examples that become newly flagged</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="124"/>
        <source>Kies een gewijzigd regelbestand (YAML). Het wordt eerst gecontroleerd en vergeleken; de werkende spelregels blijven actief tot u activeert.</source>
        <translation>Choose a changed rule file (YAML). It is checked and compared first; the house rules in force stay active until you activate it.</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="134"/>
        <source>Regelbestand kiezen</source>
        <translation>Choose rule file</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="135"/>
        <source>Regelbestanden (*.yaml *.yml)</source>
        <translation>Rule files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="143"/>
        <source>{0} wordt gecontroleerd…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules/loader.py" line="150"/>
        <source>Geldig: {0}, versie {1}, %n spelregel(s). Vergelijk met de opgeslagen berichten voordat u activeert.</source>
        <translation>
            <numerusform>Valid: {0}, version {1}, %n house rule. Compare with the stored items before you activate.</numerusform>
            <numerusform>Valid: {0}, version {1}, %n house rules. Compare with the stored items before you activate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules/loader.py" line="162"/>
        <source>Niet geladen: %n probleem/problemen. De werkende spelregels blijven actief.</source>
        <translation>
            <numerusform>Not loaded: %n problem. The working house rules stay active.</numerusform>
            <numerusform>Not loaded: %n problems. The working house rules stay active.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="183"/>
        <source>Vergelijken met opgeslagen berichten…</source>
        <translation>Comparing with stored items…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules/loader.py" line="191"/>
        <source>%n bericht(en) vergeleken: {new} nieuw gemarkeerd, {gone} niet meer gemarkeerd, {other} door andere spelregels.</source>
        <translation>
            <numerusform>%n item compared: {new} newly flagged, {gone} no longer flagged, {other} by different house rules.</numerusform>
            <numerusform>%n items compared: {new} newly flagged, {gone} no longer flagged, {other} by different house rules.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="219"/>
        <source>Versie {0} is nu actief.</source>
        <translation>Version {0} is now active.</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="237"/>
        <source>Alleen een teamleider mag spelregels wijzigen.</source>
        <translation>Only a team lead may change house rules.</translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="239"/>
        <source>Vergelijk eerst met de opgeslagen berichten.</source>
        <translation>Compare with the stored items first.</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <location filename="../../ui/rules/tester.py" line="67"/>
        <source>Voorbeeldtekst</source>
        <translation>Sample text</translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="68"/>
        <source>Typ of plak een reactie om de spelregels te testen…</source>
        <translation>Type or paste a comment to test the house rules…</translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="70"/>
        <source>Bewijs in de tekst</source>
        <translation>Evidence in the text</translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="71"/>
        <source>Geraakte spelregels</source>
        <translation>Matched house rules</translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="104"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="127"/>
        <source>Nog geen tekst.</source>
        <translation>No text yet.</translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="129"/>
        <source>Geen spelregel geraakt.</source>
        <translation>No house rule matched.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules/tester.py" line="131"/>
        <source>%n spelregel(s) geraakt.</source>
        <translation>
            <numerusform>%n house rule matched.</numerusform>
            <numerusform>%n house rules matched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/rules/panel.py" line="120"/>
        <source>Spelregels</source>
        <translation>House rules</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="122"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="122"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="122"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="123"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="123"/>
        <source>Treffers 7 d</source>
        <translation>Hits 7 d</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="124"/>
        <source>Publieke tekst (zo leest de deelnemer het)</source>
        <translation>Public text (as the participant reads it)</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="125"/>
        <source>Testen</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="125"/>
        <source>Nieuwe versie laden</source>
        <translation>Load new version</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="126"/>
        <source>Drempels kalibreren</source>
        <translation>Calibrate thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="160"/>
        <source>Huisregels die moderatoren bij een waarschuwing of verwijdering aanhalen.</source>
        <translation>House rules that moderators cite when they warn or remove.</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="164"/>
        <source>actief in deze werkruimte</source>
        <translation>active in this workspace</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="165"/>
        <source>standaardset (nog geen eigen regelset geactiveerd)</source>
        <translation>default set (no custom rule set activated yet)</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="166"/>
        <source>{0} — versie {1}, {2} · {3}</source>
        <translation>{0} — version {1}, {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="167"/>
        <source>geen publieke URL</source>
        <translation>no public URL</translation>
    </message>
</context>
<context>
    <name>ScoringStatus</name>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="97"/>
        <source>Toxiciteitsmodel: controleren…</source>
        <translation>Toxicity model: checking…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="81"/>
        <source>Toxiciteitsmodel laden…</source>
        <translation>Loading toxicity model…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="83"/>
        <source>Toxiciteit scoren: {done} van {total}</source>
        <translation>Scoring toxicity: {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="86"/>
        <source>Model {model}: alles gescoord</source>
        <translation>Model {model}: all scored</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="87"/>
        <source>Scores op Nederlandse tekst zijn indicatief: Nederlands zat niet in de trainingsdata van Detoxify.</source>
        <translation>Scores on Dutch text are indicative only: Dutch was not in Detoxify’s training data.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="90"/>
        <source>Geen toxiciteitsmodel geïnstalleerd — spelregels werken wel</source>
        <translation>No toxicity model installed — house rules still work</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="91"/>
        <source>Installeer een model met &quot;moderator model install BUNDEL&quot;; berichten worden dan alsnog gescoord.</source>
        <translation>Install a model with &quot;moderator model install BUNDLE&quot;; items are then scored after all.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="94"/>
        <source>Toxiciteitsmodel: fout</source>
        <translation>Toxicity model: error</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="162"/>
        <location filename="../../ui/settings/dialog.py" line="163"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="164"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="165"/>
        <source>Taal van de interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="166"/>
        <source>Toxiciteitsmodel</source>
        <translation>Toxicity model</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="167"/>
        <source>Installeren uit bestand…</source>
        <translation>Install from file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="168"/>
        <source>Werkruimte</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="171"/>
        <source>Teamdatabase (PostgreSQL): meerdere moderatoren werken tegelijk in dezelfde wachtrij.</source>
        <translation>Team database (PostgreSQL): several moderators work in the same queue at once.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="173"/>
        <source>Lokale werkruimte (SQLite) op deze computer.</source>
        <translation>Local workspace (SQLite) on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="174"/>
        <source>Andere werkruimte openen…</source>
        <translation>Open another workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="175"/>
        <source>of teamdatabase: postgresql://gebruiker@server/db</source>
        <translation>or team database: postgresql://user@server/db</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="176"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="178"/>
        <source>Aanspreekvorm (interface, sjablonen en spelregels)</source>
        <translation>Form of address in Dutch (interface, templates and house rules)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="204"/>
        <source>Taal ingesteld op {0}.</source>
        <translation>Language set to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="226"/>
        <source>Status wordt opgehaald…</source>
        <translation>Fetching status…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="227"/>
        <source>Geïnstalleerd: {0}. Berichten worden op deze computer gescoord; er gaat niets naar een externe dienst.</source>
        <translation>Installed: {0}. Items are scored on this computer; nothing is sent to an external service.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="230"/>
        <source>Niet geïnstalleerd. Installeer een modelbestand om berichten op toxiciteit te scoren.</source>
        <translation>Not installed. Install a model file to score items for toxicity.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="232"/>
        <source>Status onbekend: {0}</source>
        <translation>Status unknown: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="238"/>
        <source>Modelbestand kiezen</source>
        <translation>Choose model file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="239"/>
        <source>Modelbestanden (*.zip *.ckpt)</source>
        <translation>Model files (*.zip *.ckpt)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="249"/>
        <source>Werkruimte kiezen</source>
        <translation>Choose workspace</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="256"/>
        <source>Een teamdatabase-adres begint met postgresql://</source>
        <translation>A team database address starts with postgresql://</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="177"/>
        <source>Antwoorden</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="180"/>
        <source>Sjablonen bewerken…</source>
        <translation>Edit templates…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="182"/>
        <source>Sjablonen bekijken…</source>
        <translation>View templates…</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="48"/>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="49"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="52"/>
        <source>Alles in de wachtrij kan met het toetsenbord. Sneltoetsen zijn aan te passen in de instellingen.</source>
        <translation>Everything in the queue works from the keyboard. Shortcuts can be changed in the settings.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="94"/>
        <source>Sneltoets voor &apos;{0}&apos; is nu {1}.</source>
        <translation>The shortcut for &apos;{0}&apos; is now {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="96"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="113"/>
        <source>{0} is nodig om door het venster te bewegen; kies een andere toets.</source>
        <translation>{0} is needed to move around the window; choose another key.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="116"/>
        <source>{0} is al de sneltoets voor &apos;{1}&apos;. Kies een andere toets of wijzig die eerst.</source>
        <translation>{0} is already the shortcut for &apos;{1}&apos;. Choose another key or change that one first.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="122"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="125"/>
        <source>Standaard</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="126"/>
        <source>Standaardtoets voor {0}</source>
        <translation>Default key for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="128"/>
        <source>Sneltoets voor {0}</source>
        <translation>Shortcut for {0}</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../ui/stats/panel.py" line="57"/>
        <source>{d} d {h} u</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="59"/>
        <source>{h} u {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="61"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="155"/>
        <source>Statistieken</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="165"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="166"/>
        <source>Berichten binnengekomen</source>
        <translation>Items received</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="167"/>
        <source>Gemarkeerd door spelregels</source>
        <translation>Flagged by house rules</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="168"/>
        <source>Mediane tijd tot eerste reactie</source>
        <translation>Median time to first response</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="169"/>
        <source>Moderatie-acties</source>
        <translation>Moderation actions</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="171"/>
        <source>Berichten per dag per platform</source>
        <translation>Items per day per platform</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="171"/>
        <source>Acties per moderator</source>
        <translation>Actions per moderator</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="172"/>
        <source>Meest geraakte spelregels</source>
        <translation>Most matched house rules</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="203"/>
        <source>Statistieken niet beschikbaar: {0}</source>
        <translation>Statistics not available: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="225"/>
        <source>Geen berichten in deze periode.</source>
        <translation>No items in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="243"/>
        <source>wk {0}</source>
        <translation>wk {0}</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="249"/>
        <source>Nog geen acties in deze periode.</source>
        <translation>No actions in this period yet.</translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="260"/>
        <source>Geen spelregels geraakt in deze periode.</source>
        <translation>No house rules matched in this period.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="208"/>
        <source>in de laatste %n dag(en)</source>
        <translation>
            <numerusform>in the last %n day</numerusform>
            <numerusform>in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="156"/>
        <source>Volume, markeringen, reactietijd en acties per moderator. Dagen in Nederlandse tijd.</source>
        <translation>Volume, flags, response time and actions per moderator. Days in Dutch time (Europe/Amsterdam).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="211"/>
        <source>{flagged} van %n bericht(en)</source>
        <translation>
            <numerusform>{flagged} of %n item</numerusform>
            <numerusform>{flagged} of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="214"/>
        <source>over %n beantwoord(e) of afgehandeld(e) bericht(en)</source>
        <translation>
            <numerusform>across %n replied or handled item</numerusform>
            <numerusform>across %n replied or handled items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="162"/>
        <source>Laatste %n dag(en)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="218"/>
        <source>door %n moderator(en)</source>
        <translation>
            <numerusform>by %n moderator</numerusform>
            <numerusform>by %n moderators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/audit/summary.py" line="32"/>
        <source>Overzicht per moderator — {0}</source>
        <translation>Overview per moderator — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="35"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="35"/>
        <source>Acties per soort</source>
        <translation>Actions by kind</translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="35"/>
        <source>Vermeldingen</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="36"/>
        <source>Teruggedraaid</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="36"/>
        <source>Goedgekeurd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="36"/>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="37"/>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="45"/>
        <source>Overzicht per moderator</source>
        <translation>Overview per moderator</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/reply_templates.py" line="108"/>
        <location filename="../../ui/reply_templates.py" line="109"/>
        <source>Sjablonen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="110"/>
        <source>Sjablonen voor antwoorden en waarschuwingen</source>
        <translation>Templates for replies and warnings</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="112"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="112"/>
        <source>Tekst (u)</source>
        <translation>Text (formal, u)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="112"/>
        <source>Tekst (je)</source>
        <translation>Text (informal, je)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="113"/>
        <source>Korte tekst (u)</source>
        <translation>Short text (formal, u)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="113"/>
        <source>Korte tekst (je)</source>
        <translation>Short text (informal, je)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="116"/>
        <source>Variabelen: {author} = voornaam of @naam van de schrijver, {project} = project van het account, {rule_title}, {rule_text}, {rule_url} = de spelregel en waar alle spelregels staan. De korte tekst wordt gebruikt waar de gewone niet past (X: 280, TikTok: 150 tekens).</source>
        <translation>Variables: {author} = the author’s first name or @name, {project} = the account’s project, {rule_title}, {rule_text}, {rule_url} = the house rule and where all house rules are. The short text is used where the normal one does not fit (X: 280, TikTok: 150 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="120"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="121"/>
        <source>Standaardtekst terugzetten</source>
        <translation>Restore default text</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="133"/>
        <source> (aangepast)</source>
        <translation> (customised)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="164"/>
        <source>Voorbeeld: {0}</source>
        <translation>Preview: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="176"/>
        <source>Sjabloon opgeslagen.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="180"/>
        <source>Niet opgeslagen: gebruik alleen de variabelen hieronder, met accolades eromheen. ({0})</source>
        <translation>Not saved: use only the variables below, in curly brackets. ({0})</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="30"/>
        <source>Markeren als inbreng</source>
        <translation>Mark as input</translation>
    </message>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="32"/>
        <source>Inbreng voor {0}:</source>
        <translation>Input for {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="32"/>
        <source>(geen project)</source>
        <translation>(no project)</translation>
    </message>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="36"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="43"/>
        <source>Nieuw onderwerp (optioneel)</source>
        <translation>New topic (optional)</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/triage/view.py" line="285"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="292"/>
        <source>Niets te doen in deze wachtrij. Goed bezig!</source>
        <translation>Nothing to do in this queue. Well done!</translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="294"/>
        <source>Geen berichten gevonden.</source>
        <translation>No items found.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="389"/>
        <source>Zoeken in berichten</source>
        <translation>Search items</translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="390"/>
        <source>Enter zoekt, Esc gaat terug naar de wachtrij.</source>
        <translation>Enter searches, Esc returns to the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="392"/>
        <source>Wachtrij</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="393"/>
        <source>Filters en accounts</source>
        <translation>Filters and accounts</translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="394"/>
        <source>Bericht</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="395"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/view.py" line="307"/>
        <source>%n bericht(en)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/view.py" line="305"/>
        <source>%n bericht(en) geladen</source>
        <translation>
            <numerusform>%n item loaded</numerusform>
            <numerusform>%n items loaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="349"/>
        <source>{n} van {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="388"/>
        <source>Zoeken in berichten  ( / )</source>
        <translation>Search items  ( / )</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary.py" line="17"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="18"/>
        <source>gemarkeerd</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="94"/>
        <location filename="../../ui/vocabulary.py" line="19"/>
        <source>afgehandeld</source>
        <translation>handled</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="71"/>
        <location filename="../../ui/vocabulary.py" line="20"/>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="79"/>
        <location filename="../../ui/vocabulary.py" line="21"/>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="100"/>
        <location filename="../../ui/vocabulary.py" line="22"/>
        <source>geëscaleerd</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25"/>
        <source>reactie</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="26"/>
        <source>antwoord</source>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="27"/>
        <source>privébericht</source>
        <translation>direct message</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="64"/>
        <source>gewaarschuwd</source>
        <translation>warned</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="75"/>
        <source>zichtbaar gemaakt</source>
        <translation>unhidden</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="86"/>
        <source>verwijderd en auteur geblokkeerd</source>
        <translation>removed and author blocked</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="106"/>
        <source>beantwoord</source>
        <translation>replied</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="114"/>
        <source>beantwoord met een privébericht</source>
        <translation>answered by direct message</translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="123"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="28"/>
        <source>vermelding</source>
        <translation>mention</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="31"/>
        <source>opgepakt</source>
        <translation>claimed</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="32"/>
        <source>vrijgegeven</source>
        <translation>released</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="35"/>
        <source>communitymanager</source>
        <translation>community manager</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36"/>
        <source>externe moderator</source>
        <translation>external moderator</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="37"/>
        <source>teamleider</source>
        <translation>team lead</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="40"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="41"/>
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="42"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="43"/>
        <source>kritiek</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="46"/>
        <source>markeren</source>
        <translation>flag</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="47"/>
        <source>verbergen</source>
        <translation>hide</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="48"/>
        <source>verwijderen</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="49"/>
        <source>escaleren</source>
        <translation>escalate</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="50"/>
        <source>beantwoorden</source>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53"/>
        <source>giftigheid</source>
        <translation>toxicity</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54"/>
        <source>ernstig giftig</source>
        <translation>severe toxicity</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55"/>
        <source>obsceen</source>
        <translation>obscene</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="56"/>
        <source>bedreiging</source>
        <translation>threat</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="57"/>
        <source>belediging</source>
        <translation>insult</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="58"/>
        <location filename="../../ui/vocabulary.py" line="59"/>
        <source>aanval op identiteit</source>
        <translation>identity attack</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="60"/>
        <source>seksueel expliciet</source>
        <translation>sexually explicit</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="81"/>
        <source>DM</source>
        <translation>DM</translation>
    </message>
</context>
</TS>
