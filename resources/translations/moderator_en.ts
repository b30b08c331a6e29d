<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="152"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="153"/>
        <source>Organisatieaccounts</source>
        <translation>Organisation accounts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="155"/>
        <source>Gedeelde accounts van de organisatie. Tokens staan alleen in de sleutelbos van het besturingssysteem, nooit in de database, logboeken of exports.</source>
        <translation>The organisation’s shared accounts. Tokens are kept only in the operating system’s keyring, never in the database, logs or exports.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="157"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="164"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="157"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="164"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="158"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="165"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="158"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="164"/>
        <source>Extern id</source>
        <translation>External ID</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="159"/>
        <source>Verbinding testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="160"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="210"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="161"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="162"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="163"/>
        <source>Account toevoegen</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="165"/>
        <source>API-adres</source>
        <translation>API URL</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="165"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="168"/>
        <source>bijv. Verbreding A27 Lexmond</source>
        <translation>e.g. A27 Lexmond widening</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="169"/>
        <source>leeg = standaard API van het platform</source>
        <translation>empty = the platform’s default API</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="170"/>
        <source>wordt in de sleutelbos bewaard</source>
        <translation>kept in the keyring</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="171"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="173"/>
        <source>Alleen teamleiders en communitymanagers beheren accounts.</source>
        <translation>Only team leads and community managers manage accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="220"/>
        <source>Vul ten minste een naam en een extern id in.</source>
        <translation>Enter at least a name and an external ID.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="234"/>
        <source>Account &apos;{0}&apos; toegevoegd.</source>
        <translation>Account &apos;{0}&apos; added.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="247"/>
        <source>Nogmaals klikken om te verwijderen</source>
        <translation>Click again to remove</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="249"/>
        <source>&apos;{0}&apos; verwijderen haalt ook alle berichten van dit account uit de werkruimte. Klik nogmaals om te bevestigen.</source>
        <translation>Removing &apos;{0}&apos; also removes all of this account’s items from the workspace. Click again to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="257"/>
        <source>Account &apos;{0}&apos; verwijderd.</source>
        <translation>Account &apos;{0}&apos; removed.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="266"/>
        <source>Verbinding met {0} testen…</source>
        <translation>Testing the connection to {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="269"/>
        <source>Verbinding werkt: ingelogd als {0}.</source>
        <translation>Connection works: logged in as {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="282"/>
        <source>%v van %m accounts</source>
        <translation>%v of %m accounts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="296"/>
        <source>Annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="301"/>
        <source>{0}: {1} pagina&apos;s, {2} berichten ({3} nieuw)</source>
        <translation>{0}: {1} pages, {2} items ({3} new)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="310"/>
        <source>{0} account(s) niet gelukt: {1}</source>
        <translation>{0} account(s) failed: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="313"/>
        <source>Synchroniseren gestopt: {0} nieuwe berichten opgeslagen.</source>
        <translation>Sync stopped: {0} new items saved.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="316"/>
        <source>Gesynchroniseerd: {0} nieuwe berichten.</source>
        <translation>Synced: {0} new items.</translation>
    </message>
    <message numerus="yes">
        <source>%n pagina(&apos;s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bericht(en), {new} nieuw</source>
        <translation>
            <numerusform>%n item, {new} new</numerusform>
            <numerusform>%n items, {new} new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) niet gelukt.</source>
        <translation>
            <numerusform>%n account failed.</numerusform>
            <numerusform>%n accounts failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchroniseren gestopt: %n nieuw(e) bericht(en) opgeslagen.</source>
        <translation>
            <numerusform>Sync stopped: %n new item saved.</numerusform>
            <numerusform>Sync stopped: %n new items saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <location filename="../../ui/actions.py" line="37"/>
        <source>Volgende bericht</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="38"/>
        <location filename="../../ui/actions.py" line="40"/>
        <location filename="../../ui/actions.py" line="42"/>
        <location filename="../../ui/actions.py" line="45"/>
        <location filename="../../ui/actions.py" line="60"/>
        <source>Navigeren</source>
        <translation>Navigate</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39"/>
        <source>Vorige bericht</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41"/>
        <source>Zoeken in de wachtrij</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="43"/>
        <source>Wachtrij vernieuwen</source>
        <translation>Refresh queue</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="46"/>
        <source>Naar: Alles</source>
        <translation>Go to: All</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="47"/>
        <location filename="../../ui/actions.py" line="49"/>
        <location filename="../../ui/actions.py" line="51"/>
        <location filename="../../ui/actions.py" line="53"/>
        <location filename="../../ui/actions.py" line="55"/>
        <location filename="../../ui/actions.py" line="57"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="48"/>
        <source>Naar: Gemarkeerd</source>
        <translation>Go to: Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="50"/>
        <source>Naar: DM&apos;s</source>
        <translation>Go to: DMs</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>Naar: Mij toegewezen</source>
        <translation>Go to: Assigned to me</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>Naar: Geëscaleerd</source>
        <translation>Go to: Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>Naar: Afgehandeld</source>
        <translation>Go to: Handled</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>Focusmodus</source>
        <translation>Focus mode</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>Eén bericht tegelijk, zonder afleiding</source>
        <translation>One item at a time, no distractions</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>Waarschuwen…</source>
        <translation>Warn…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>Waarschuwen met een verwijzing naar de spelregel</source>
        <translation>Warn, citing the house rule</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <location filename="../../ui/actions.py" line="66"/>
        <location filename="../../ui/actions.py" line="69"/>
        <location filename="../../ui/actions.py" line="73"/>
        <location filename="../../ui/actions.py" line="77"/>
        <location filename="../../ui/actions.py" line="80"/>
        <location filename="../../ui/actions.py" line="83"/>
        <source>Modereren</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65"/>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>Zichtbaar maken</source>
        <translation>Unhide</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>Verwijderen op het platform (met bevestiging)</source>
        <translation>Remove on the platform (asks to confirm)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Afhandelen</source>
        <translation>Mark handled</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Gezien, geen actie nodig</source>
        <translation>Seen, no action needed</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>Escaleren…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Verbergen ongedaan maken</source>
        <translation>Undo hide</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>Beantwoorden…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <location filename="../../ui/actions.py" line="88"/>
        <location filename="../../ui/actions.py" line="91"/>
        <location filename="../../ui/actions.py" line="95"/>
        <location filename="../../ui/actions.py" line="97"/>
        <source>Reageren</source>
        <translation>Respond</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Privébericht beantwoorden…</source>
        <translation>Reply to DM…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>DM beantwoorden</source>
        <translation>Reply to DM</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>Notitie toevoegen…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>Oppakken / vrijgeven</source>
        <translation>Claim / release</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>Laat collega&apos;s zien dat jij dit bericht behandelt</source>
        <translation>Show colleagues you are handling this item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>Link naar bericht kopiëren</source>
        <translation>Copy link to item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <location filename="../../ui/actions.py" line="107"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="102"/>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="247"/>
        <source>Moderatielogboek</source>
        <translation>Moderation log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="249"/>
        <source>Elke waarschuwing, verwijdering, verberging en elk antwoord, met wie, wanneer en op grond van welke spelregel.</source>
        <translation>Every warning, removal, hide and reply: who, when, and under which house rule.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="251"/>
        <source>Je ziet alleen je eigen regels in het logboek.</source>
        <translation>You only see your own entries in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="252"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="252"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="253"/>
        <source>Spelregel</source>
        <translation>House rule</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="253"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="253"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="257"/>
        <source>Gepseudonimiseerd</source>
        <translation>Pseudonymised</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="259"/>
        <source>Zonder persoonsgegevens (namen, verstuurde teksten); de keten blijft controleerbaar.</source>
        <translation>Without personal data (names, texts sent); the chain stays verifiable.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="260"/>
        <source>Exporteren als CSV (Excel)…</source>
        <translation>Export as CSV (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="261"/>
        <source>Exporteren als JSONL…</source>
        <translation>Export as JSONL…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="263"/>
        <source>Alleen een teamleider mag het logboek exporteren.</source>
        <translation>Only a team lead may export the log.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="276"/>
        <source>Alle tijd</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="276"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="276"/>
        <source>Laatste 7 dagen</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="277"/>
        <source>Laatste 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="277"/>
        <source>Aangepast</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="296"/>
        <source>Alle moderatoren</source>
        <translation>All moderators</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="298"/>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="299"/>
        <source>Alle spelregels</source>
        <translation>All house rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="300"/>
        <source>Alle accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="365"/>
        <source>{0} regels</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="366"/>
        <source>1 regel</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="384"/>
        <source>Logboek exporteren</source>
        <translation>Export log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="385"/>
        <source>CSV voor Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="385"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="392"/>
        <source>Exporteren naar {0}…</source>
        <translation>Exporting to {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="398"/>
        <source>{0} regels geëxporteerd naar {1} (kop {2}).</source>
        <translation>{0} entries exported to {1} (head {2}).</translation>
    </message>
    <message numerus="yes">
        <source>%n vermelding(en)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <location filename="../../ui/models/audit_model.py" line="37"/>
        <source>waarschuwen</source>
        <translation>warn</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="38"/>
        <source>verbergen</source>
        <translation>hide</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="39"/>
        <source>zichtbaar maken</source>
        <translation>unhide</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="40"/>
        <source>verwijderen</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="41"/>
        <source>beantwoorden</source>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="42"/>
        <source>privébericht beantwoorden</source>
        <translation>reply to DM</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="43"/>
        <source>afhandelen</source>
        <translation>mark handled</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="44"/>
        <source>escaleren</source>
        <translation>escalate</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="45"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="46"/>
        <source>oppakken</source>
        <translation>claim</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="47"/>
        <source>vrijgeven</source>
        <translation>release</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="48"/>
        <source>rol gewijzigd</source>
        <translation>role changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="49"/>
        <source>door platform uitgevoerd</source>
        <translation>applied by platform</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="50"/>
        <source>door platform geweigerd</source>
        <translation>refused by platform</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="51"/>
        <source>regelset geactiveerd</source>
        <translation>rule set activated</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="52"/>
        <source>bewaartermijn</source>
        <translation>retention period</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="55"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="56"/>
        <source>gemarkeerd</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="57"/>
        <source>afgehandeld</source>
        <translation>handled</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="58"/>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="59"/>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="60"/>
        <source>geëscaleerd</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="63"/>
        <source>teamleider</source>
        <translation>team lead</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="64"/>
        <source>communitymanager</source>
        <translation>community manager</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="65"/>
        <source>externe moderator</source>
        <translation>external moderator</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>systeem</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="68"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="69"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="70"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="73"/>
        <source>Bericht</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="74"/>
        <source>Spelregel</source>
        <translation>House rule</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="75"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="117"/>
        <source>naar {0}</source>
        <translation>to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="237"/>
        <source>Hash: {0}</source>
        <translation>Hash: {0}</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="89"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="89"/>
        <source>Laatste</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="90"/>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="94"/>
        <source>Drempel</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="92"/>
        <source> berichten</source>
        <translation> items</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="93"/>
        <source>Berekenen</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="94"/>
        <source>Zou markeren</source>
        <translation>Would flag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="95"/>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="96"/>
        <source>Net boven de drempel (wordt gemarkeerd)</source>
        <translation>Just above the threshold (flagged)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="97"/>
        <source>Net onder de drempel (blijft ongemoeid)</source>
        <translation>Just below the threshold (left alone)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="99"/>
        <source>Kies een categorie en een drempel en klik op Berekenen.</source>
        <translation>Choose a category and a threshold, then click Calculate.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="123"/>
        <source>Nog geen gescoorde berichten: installeer het toxiciteitsmodel en laat het scoren.</source>
        <translation>No scored items yet: install the toxicity model and let it score.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="139"/>
        <source>{0} van de laatste {1} gescoorde berichten hebben een score voor &apos;{2}&apos;.</source>
        <translation>{0} of the last {1} scored items have a score for &apos;{2}&apos;.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="162"/>
        <source>Waarschuwen met een spelregel</source>
        <translation>Warn citing a house rule</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="163"/>
        <source>Bericht verwijderen</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="164"/>
        <source>Beantwoorden</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="165"/>
        <source>Privébericht beantwoorden</source>
        <translation>Reply to direct message</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="166"/>
        <location filename="../../ui/widgets/reply_dialog.py" line="187"/>
        <source>Escaleren</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="167"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="174"/>
        <source>{author} op {account}: “{text}”</source>
        <translation>{author} on {account}: “{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/reply_dialog.py" line="178"/>
        <source>%n geselecteerde berichten</source>
        <translation>
            <numerusform>%n selected item</numerusform>
            <numerusform>%n selected items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="179"/>
        <source>Spelregel</source>
        <translation>House rule</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="180"/>
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="181"/>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="183"/>
        <source>Waarschuwen</source>
        <translation>Warn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="184"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="185"/>
        <location filename="../../ui/widgets/reply_dialog.py" line="186"/>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="188"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="192"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="193"/>
        <source>Ctrl+Enter voert uit · Esc annuleert</source>
        <translation>Ctrl+Enter runs it · Esc cancels</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="194"/>
        <source>Notitie voor collega&apos;s (niet zichtbaar voor de schrijver)</source>
        <translation>Note for colleagues (not shown to the author)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="197"/>
        <source>Tekst die naar de schrijver gaat</source>
        <translation>Text sent to the author</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="239"/>
        <source>onze website</source>
        <translation>our website</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/reply_dialog.py" line="245"/>
        <source>%n teken(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="247"/>
        <source> van {limit}</source>
        <translation> of {limit}</translation>
    </message>
    <message numerus="yes">
        <source>Te lang voor {platform}: {n} van de %n teken(s).</source>
        <translation>
            <numerusform>Too long for {platform}: {n} of %n character.</numerusform>
            <numerusform>Too long for {platform}: {n} of %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiltersView</name>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="49"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="50"/>
        <source>Gemarkeerd</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="52"/>
        <source>DM&apos;s</source>
        <translation>DMs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="54"/>
        <source>Mij toegewezen</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="56"/>
        <source>Niet opgepakt</source>
        <translation>Unclaimed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="58"/>
        <source>Geëscaleerd</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="60"/>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="62"/>
        <source>Verborgen</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="64"/>
        <source>Verwijderd</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="208"/>
        <source>WACHTRIJ</source>
        <translation>QUEUE</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="209"/>
        <source>ACCOUNTS</source>
        <translation>ACCOUNTS</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="214"/>
        <source>Alle accounts</source>
        <translation>All accounts</translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="99"/>
        <source>Logboek wordt gecontroleerd…</source>
        <translation>Checking the log…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="100"/>
        <source>De hashketen wordt op de achtergrond nagerekend.</source>
        <translation>Recomputing the hash chain in the background.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="109"/>
        <source>Logboek onveranderd — {0} regels gecontroleerd</source>
        <translation>Log unchanged — {0} entries checked</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="110"/>
        <source>Elke regel sluit aan op de vorige en de vastgelegde kop klopt ({0}). Gecontroleerd om {1}.</source>
        <translation>Every entry links to the one before, and the recorded head matches ({0}). Checked at {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="115"/>
        <source>LOGBOEK GEBROKEN bij regel {0}</source>
        <translation>LOG BROKEN at entry {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="116"/>
        <source>{0}. De {1} regels daarvoor zijn in orde. Bewaar een export en meld dit aan de functionaris gegevensbescherming.</source>
        <translation>{0}. The {1} entries before it are intact. Keep an export and report this to the data protection officer.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="123"/>
        <source>Controle mislukt</source>
        <translation>Check failed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="127"/>
        <source>Opnieuw controleren</source>
        <translation>Check again</translation>
    </message>
    <message numerus="yes">
        <source>Logboek onveranderd — %n vermelding(en) gecontroleerd</source>
        <translation>
            <numerusform>Log unchanged — %n entry checked</numerusform>
            <numerusform>Log unchanged — %n entries checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <location filename="../../ui/commands.py" line="97"/>
        <source>Kies eerst een bericht.</source>
        <translation>Choose an item first.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="99"/>
        <source>Werkt op één bericht tegelijk.</source>
        <translation>Works on one item at a time.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="103"/>
        <source>Kan niet bij een bericht dat {status} is.</source>
        <translation>Not possible for an item that is {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="106"/>
        <source>Alleen voor privéberichten; gebruik Beantwoorden.</source>
        <translation>Only for direct messages; use Reply.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="108"/>
        <source>Dit is een privébericht; gebruik Privébericht beantwoorden.</source>
        <translation>This is a direct message; use Reply to DM.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="112"/>
        <source>{platform} staat dit niet toe: {reason}</source>
        <translation>{platform} does not allow this: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="130"/>
        <source>Vrijgeven</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="130"/>
        <source>Oppakken</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="166"/>
        <source>Er is geen actieve regelset: waarschuwen en verwijderen moeten een spelregel noemen.</source>
        <translation>No rule set is active: warnings and removals must cite a house rule.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="206"/>
        <source>{ok} gelukt, {bad} mislukt: {first}</source>
        <translation>{ok} done, {bad} failed: {first}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands.py" line="217"/>
        <source>%n bericht(en) {what}.</source>
        <translation>
            <numerusform>%n item {what}.</numerusform>
            <numerusform>%n items {what}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="219"/>
        <source>Ongedaan maken met Ctrl+Z.</source>
        <translation>Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="240"/>
        <source>Een collega heeft dit bericht al opgepakt.</source>
        <translation>A colleague has already claimed this item.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="244"/>
        <source>Vrijgegeven.</source>
        <translation>Released.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="244"/>
        <source>Opgepakt: collega&apos;s zien dat jij dit doet.</source>
        <translation>Claimed: colleagues see you are on it.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="256"/>
        <source>Link gekopieerd.</source>
        <translation>Link copied.</translation>
    </message>
</context>
<context>
    <name>ItemDetailView</name>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="185"/>
        <location filename="../../ui/widgets/item_detail.py" line="250"/>
        <source>Kies een bericht in de wachtrij.</source>
        <translation>Choose an item in the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="317"/>
        <source>opgepakt door {name}</source>
        <translation>claimed by {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="323"/>
        <source>%n eerdere bericht(en)</source>
        <translation>
            <numerusform>%n earlier item</numerusform>
            <numerusform>%n earlier items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="325"/>
        <source>%n keer gewaarschuwd of verborgen</source>
        <translation>
            <numerusform>warned or hidden once</numerusform>
            <numerusform>warned or hidden %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="347"/>
        <source>Bij het bericht van het account</source>
        <translation>On the account’s post</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="351"/>
        <source>Reactie op {author}</source>
        <translation>Reply to {author}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="358"/>
        <source>Onzichtbare of richting-tekens zichtbaar gemaakt als ⟦…⟧.</source>
        <translation>Invisible or direction characters shown as ⟦…⟧.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="360"/>
        <source>Bevat %n gestapelde tekens (zalgo).</source>
        <translation>
            <numerusform>Contains %n stacked mark (zalgo).</numerusform>
            <numerusform>Contains %n stacked marks (zalgo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="380"/>
        <source>Bewerkt: %n eerdere versie(s), de laatste hieronder.</source>
        <translation>
            <numerusform>Edited: %n earlier version, shown below.</numerusform>
            <numerusform>Edited: %n earlier versions, the latest below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="382"/>
        <source>Vorige versie</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="402"/>
        <source>Spelregels die overeenkomen</source>
        <translation>Matching house rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="421"/>
        <source>ernst {sev} · voorstel: {act} · regelset v{ver}</source>
        <translation>severity {sev} · suggested: {act} · rule set v{ver}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="430"/>
        <source>Deze regel staat niet (meer) in de actieve regelset.</source>
        <translation>This rule is not in the active rule set (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="437"/>
        <source>Toxiciteit per categorie</source>
        <translation>Toxicity per category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="450"/>
        <source>model: {m}</source>
        <translation>model: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="455"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="459"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="463"/>
        <source> (spelregel {rule})</source>
        <translation> (house rule {rule})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="468"/>
        <source>Verstuurde tekst</source>
        <translation>Text sent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="470"/>
        <source>Eerder van deze auteur</source>
        <translation>Earlier from this author</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="176"/>
        <location filename="../../ui/widgets/main_window.py" line="201"/>
        <source>Dit onderdeel is nog niet beschikbaar.</source>
        <translation>This part is not available yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="219"/>
        <source>{loaded} geladen van {total}</source>
        <translation>{loaded} of {total} loaded</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="232"/>
        <source>Moderator — {where}</source>
        <translation>Moderator — {where}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="233"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="233"/>
        <source>&amp;Wachtrij</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="234"/>
        <source>Be&amp;richt</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="234"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="241"/>
        <source>Wachtrij</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="242"/>
        <source>Naar de wachtrij</source>
        <translation>Go to the queue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="246"/>
        <source>Naar {panel}</source>
        <translation>Go to {panel}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="247"/>
        <source>Werkruimte: {where}</source>
        <translation>Workspace: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n actie(s) wacht(en) nog op verzending naar het platform. Wachten tot alles verzonden is?</source>
        <translation>
            <numerusform>%n action is still waiting to be sent to the platform. Wait until everything is sent?</numerusform>
            <numerusform>%n actions are still waiting to be sent to the platform. Wait until everything is sent?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/widgets/panels.py" line="32"/>
        <source>Moderatielogboek</source>
        <translation>Moderation log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panels.py" line="34"/>
        <source>Spelregels</source>
        <translation>House rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panels.py" line="36"/>
        <source>Statistieken</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panels.py" line="40"/>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panels.py" line="42"/>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/models/queue_model.py" line="60"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="61"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="62"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="63"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="64"/>
        <source>Bericht</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="65"/>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="66"/>
        <source>Toxisch</source>
        <translation>Toxic</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="67"/>
        <source>Tijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="97"/>
        <source>{n} u</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="400"/>
        <source>Opgepakt door {name}</source>
        <translation>Claimed by {name}</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="69"/>
        <source>Opgepakt door</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="294"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="395"/>
        <source>Spelregels die overeenkomen: {rules} (ernst: {sev})</source>
        <translation>Matching house rules: {rules} (severity: {sev})</translation>
    </message>
</context>
<context>
    <name>RuleFileLoader</name>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="112"/>
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="113"/>
        <source>Vergelijken met opgeslagen berichten</source>
        <translation>Compare with stored items</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="114"/>
        <source>Activeren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="116"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="116"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="116"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="116"/>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="118"/>
        <source>Spelregel</source>
        <translation>House rule</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="118"/>
        <source>Nu</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="118"/>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="118"/>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="119"/>
        <source>Treffers per spelregel op opgeslagen berichten</source>
        <translation>Hits per house rule on stored items</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="120"/>
        <source>Voorbeelden die nieuw gemarkeerd worden</source>
        <translation>Examples that become newly flagged</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="123"/>
        <source>Kies een gewijzigd regelbestand (YAML). Het wordt eerst gecontroleerd en vergeleken; de werkende spelregels blijven actief tot u activeert.</source>
        <translation>Choose a changed rule file (YAML). It is checked and compared first; the house rules in force stay active until you activate it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="139"/>
        <source>Regelbestand kiezen</source>
        <translation>Choose rule file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="140"/>
        <source>Regelbestanden (*.yaml *.yml)</source>
        <translation>Rule files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="148"/>
        <source>{0} wordt gecontroleerd…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="155"/>
        <source>Geldig: {0}, versie {1}, {2} spelregels. Vergelijk met de opgeslagen berichten voordat u activeert.</source>
        <translation>Valid: {0}, version {1}, {2} house rules. Compare with the stored items before you activate.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="167"/>
        <source>Niet geladen: {0} probleem/problemen. De werkende spelregels blijven actief.</source>
        <translation>Not loaded: {0} problem(s). The house rules in force stay active.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="185"/>
        <source>Vergelijken met opgeslagen berichten…</source>
        <translation>Comparing with stored items…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="193"/>
        <source>{0} berichten vergeleken: {1} nieuw gemarkeerd, {2} niet meer gemarkeerd, {3} door andere spelregels.</source>
        <translation>{0} items compared: {1} newly flagged, {2} no longer flagged, {3} by different house rules.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="220"/>
        <source>Versie {0} is nu actief.</source>
        <translation>Version {0} is now active.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="238"/>
        <source>Alleen een teamleider mag spelregels wijzigen.</source>
        <translation>Only a team lead may change house rules.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="240"/>
        <source>Vergelijk eerst met de opgeslagen berichten.</source>
        <translation>Compare with the stored items first.</translation>
    </message>
    <message numerus="yes">
        <source>%n bericht(en) vergeleken: {new} nieuw gemarkeerd, {gone} niet meer gemarkeerd, {other} door andere spelregels.</source>
        <translation>
            <numerusform>%n item compared: {new} newly flagged, {gone} no longer flagged, {other} by different house rules.</numerusform>
            <numerusform>%n items compared: {new} newly flagged, {gone} no longer flagged, {other} by different house rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Niet geladen: %n probleem/problemen. De werkende spelregels blijven actief.</source>
        <translation>
            <numerusform>Not loaded: %n problem. The rules in force stay active.</numerusform>
            <numerusform>Not loaded: %n problems. The rules in force stay active.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="68"/>
        <source>Voorbeeldtekst</source>
        <translation>Sample text</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="69"/>
        <source>Typ of plak een reactie om de spelregels te testen…</source>
        <translation>Type or paste a comment to test the house rules…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="71"/>
        <source>Bewijs in de tekst</source>
        <translation>Evidence in the text</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="72"/>
        <source>Geraakte spelregels</source>
        <translation>Matched house rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="111"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="134"/>
        <source>Nog geen tekst.</source>
        <translation>No text yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="136"/>
        <source>Geen spelregel geraakt.</source>
        <translation>No house rule matched.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="138"/>
        <source>{0} spelregel(s) geraakt.</source>
        <translation>{0} house rule(s) matched.</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="133"/>
        <source>Spelregels</source>
        <translation>House rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="136"/>
        <source>Regelengine niet beschikbaar.

De spelregels kunnen pas getoond en getest worden als de regelengine (het pakket &apos;rules&apos;) is geïnstalleerd.</source>
        <translation>Rule engine not available.

The house rules can only be shown and tested once the rule engine (the &apos;rules&apos; package) is installed.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="138"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="138"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="138"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="139"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="139"/>
        <source>Treffers 7 d</source>
        <translation>Hits 7 d</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="140"/>
        <source>Publieke tekst (zo leest de deelnemer het)</source>
        <translation>Public text (as the participant reads it)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="141"/>
        <source>Testen</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="141"/>
        <source>Nieuwe versie laden</source>
        <translation>Load new version</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="142"/>
        <source>Drempels kalibreren</source>
        <translation>Calibrate thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="183"/>
        <source>Huisregels die moderatoren bij een waarschuwing of verwijdering aanhalen.</source>
        <translation>House rules that moderators cite when they warn or remove.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="187"/>
        <source>actief in deze werkruimte</source>
        <translation>active in this workspace</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="188"/>
        <source>standaardset (nog geen eigen regelset geactiveerd)</source>
        <translation>default set (no custom rule set activated yet)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="189"/>
        <source>{0} — versie {1}, {2} · {3}</source>
        <translation>{0} — version {1}, {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="190"/>
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
        <location filename="../../ui/widgets/scoring_status.py" line="82"/>
        <source>Toxiciteitsmodel laden…</source>
        <translation>Loading toxicity model…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="84"/>
        <source>Toxiciteit scoren: {done} van {total}</source>
        <translation>Scoring toxicity: {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="87"/>
        <source>Model {model}: alles gescoord</source>
        <translation>Model {model}: all scored</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="88"/>
        <source>Scores op Nederlandse tekst zijn indicatief: Nederlands zat niet in de trainingsdata van Detoxify.</source>
        <translation>Scores on Dutch text are indicative only: Dutch was not in Detoxify’s training data.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="95"/>
        <source>Toxiciteitsmodel: fout ({error})</source>
        <translation>Toxicity model: error ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="91"/>
        <source>Geen toxiciteitsmodel geïnstalleerd — spelregels werken wel</source>
        <translation>No toxicity model installed — house rules still work</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="92"/>
        <source>Installeer een model met &quot;moderator model install BUNDEL&quot;; berichten worden dan alsnog gescoord.</source>
        <translation>Install a model with &quot;moderator model install BUNDLE&quot;; items are then scored after all.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="136"/>
        <location filename="../../ui/widgets/settings_dialog.py" line="137"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="138"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="139"/>
        <source>Taal van de interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="140"/>
        <source>Toxiciteitsmodel</source>
        <translation>Toxicity model</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="141"/>
        <source>Installeren uit bestand…</source>
        <translation>Install from file…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="142"/>
        <source>Werkruimte</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="145"/>
        <source>Teamdatabase (PostgreSQL): meerdere moderatoren werken tegelijk in dezelfde wachtrij.</source>
        <translation>Team database (PostgreSQL): several moderators work in the same queue at once.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="147"/>
        <source>Lokale werkruimte (SQLite) op deze computer.</source>
        <translation>Local workspace (SQLite) on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="148"/>
        <source>Andere werkruimte openen…</source>
        <translation>Open another workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="149"/>
        <source>of teamdatabase: postgresql://gebruiker@server/db</source>
        <translation>or team database: postgresql://user@server/db</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="150"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="168"/>
        <source>Taal ingesteld op {0}.</source>
        <translation>Language set to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="190"/>
        <source>Status wordt opgehaald…</source>
        <translation>Fetching status…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="191"/>
        <source>Geïnstalleerd: {0}. Berichten worden op deze computer gescoord; er gaat niets naar een externe dienst.</source>
        <translation>Installed: {0}. Items are scored on this computer; nothing is sent to an external service.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="194"/>
        <source>Niet geïnstalleerd. Installeer een modelbestand om berichten op toxiciteit te scoren.</source>
        <translation>Not installed. Install a model file to score items for toxicity.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="196"/>
        <source>Niet beschikbaar in deze versie (scoringsmodule ontbreekt).</source>
        <translation>Not available in this version (scoring module missing).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="198"/>
        <source>Status onbekend: {0}</source>
        <translation>Status unknown: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="204"/>
        <source>Modelbestand kiezen</source>
        <translation>Choose model file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="205"/>
        <source>Modelbestanden (*.zip *.ckpt)</source>
        <translation>Model files (*.zip *.ckpt)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="215"/>
        <source>Werkruimte kiezen</source>
        <translation>Choose workspace</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="222"/>
        <source>Een teamdatabase-adres begint met postgresql://</source>
        <translation>A team database address starts with postgresql://</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="53"/>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="54"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="57"/>
        <source>Alles in de wachtrij kan met het toetsenbord. Sneltoetsen zijn aan te passen in de instellingen.</source>
        <translation>Everything in the queue works from the keyboard. Shortcuts can be changed in the settings.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="58"/>
        <source>{d} d {h} u</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="60"/>
        <source>{h} u {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="62"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="151"/>
        <source>Statistieken</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="152"/>
        <source>Volume, markeringen, reactietijd en acties per moderator. Dagen in UTC.</source>
        <translation>Volume, flags, response time and actions per moderator. Days in UTC.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="158"/>
        <source>Laatste {0} dagen</source>
        <translation>Last {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="161"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="162"/>
        <source>Berichten binnengekomen</source>
        <translation>Items received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="163"/>
        <source>Gemarkeerd door spelregels</source>
        <translation>Flagged by house rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="164"/>
        <source>Mediane tijd tot eerste reactie</source>
        <translation>Median time to first response</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="165"/>
        <source>Moderatie-acties</source>
        <translation>Moderation actions</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="167"/>
        <source>Berichten per dag per platform</source>
        <translation>Items per day per platform</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="167"/>
        <source>Acties per moderator</source>
        <translation>Actions per moderator</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="168"/>
        <source>Meest geraakte spelregels</source>
        <translation>Most matched house rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="203"/>
        <source>Statistieken niet beschikbaar: {0}</source>
        <translation>Statistics not available: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="208"/>
        <source>in de laatste {0} dagen</source>
        <translation>in the last {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="211"/>
        <source>{0} van {1} berichten</source>
        <translation>{0} of {1} items</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="214"/>
        <source>over {0} beantwoorde of afgehandelde berichten</source>
        <translation>across {0} replied or handled items</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="218"/>
        <source>door {0} moderatoren</source>
        <translation>by {0} moderators</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="225"/>
        <source>Geen berichten in deze periode.</source>
        <translation>No items in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="240"/>
        <source>wk {0}</source>
        <translation>wk {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="246"/>
        <source>Nog geen acties in deze periode.</source>
        <translation>No actions in this period yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="257"/>
        <source>Geen spelregels geraakt in deze periode.</source>
        <translation>No house rules matched in this period.</translation>
    </message>
    <message numerus="yes">
        <source>in de laatste %n dag(en)</source>
        <translation>
            <numerusform>in the last %n day</numerusform>
            <numerusform>in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{flagged} van %n bericht(en)</source>
        <translation>
            <numerusform>{flagged} of %n item</numerusform>
            <numerusform>{flagged} of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n beantwoord(e) of afgehandeld(e) bericht(en)</source>
        <translation>
            <numerusform>across %n replied or handled item</numerusform>
            <numerusform>across %n replied or handled items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laatste %n dag(en)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="263"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="270"/>
        <source>Niets te doen in deze wachtrij. Goed bezig!</source>
        <translation>Nothing to do in this queue. Well done!</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="272"/>
        <source>Geen berichten gevonden.</source>
        <translation>No items found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/triage_view.py" line="283"/>
        <source>%n bericht(en) geladen</source>
        <translation>
            <numerusform>%n item loaded</numerusform>
            <numerusform>%n items loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/triage_view.py" line="285"/>
        <source>%n bericht(en)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="322"/>
        <source>{n} van {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="370"/>
        <source>Zoeken in berichten  ( / )</source>
        <translation>Search items  ( / )</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary.py" line="15"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="16"/>
        <source>gemarkeerd</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="17"/>
        <location filename="../../ui/vocabulary.py" line="34"/>
        <source>afgehandeld</source>
        <translation>handled</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="18"/>
        <location filename="../../ui/vocabulary.py" line="29"/>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="19"/>
        <location filename="../../ui/vocabulary.py" line="31"/>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="20"/>
        <location filename="../../ui/vocabulary.py" line="35"/>
        <source>geëscaleerd</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="23"/>
        <source>reactie</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="24"/>
        <source>antwoord</source>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25"/>
        <source>privébericht</source>
        <translation>direct message</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="28"/>
        <source>gewaarschuwd</source>
        <translation>warned</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="30"/>
        <source>zichtbaar gemaakt</source>
        <translation>unhidden</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="32"/>
        <source>beantwoord</source>
        <translation>replied</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="33"/>
        <source>privébericht beantwoord</source>
        <translation>DM replied</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="37"/>
        <source>opgepakt</source>
        <translation>claimed</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="38"/>
        <source>vrijgegeven</source>
        <translation>released</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="41"/>
        <source>communitymanager</source>
        <translation>community manager</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="42"/>
        <source>externe moderator</source>
        <translation>external moderator</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="43"/>
        <source>teamleider</source>
        <translation>team lead</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="46"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="47"/>
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="48"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="49"/>
        <source>kritiek</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="52"/>
        <source>markeren</source>
        <translation>flag</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53"/>
        <source>verbergen</source>
        <translation>hide</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54"/>
        <source>verwijderen</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55"/>
        <source>escaleren</source>
        <translation>escalate</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="56"/>
        <source>beantwoorden</source>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="59"/>
        <source>giftigheid</source>
        <translation>toxicity</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="60"/>
        <source>ernstig giftig</source>
        <translation>severe toxicity</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="61"/>
        <source>obsceen</source>
        <translation>obscene</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="62"/>
        <source>bedreiging</source>
        <translation>threat</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="63"/>
        <source>belediging</source>
        <translation>insult</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="64"/>
        <location filename="../../ui/vocabulary.py" line="65"/>
        <source>aanval op identiteit</source>
        <translation>identity attack</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="66"/>
        <source>seksueel expliciet</source>
        <translation>sexually explicit</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="90"/>
        <source>DM</source>
        <translation>DM</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n bericht(en) geïmporteerd ({new} nieuw)</source>
        <translation>
            <numerusform>%n item imported ({new} new)</numerusform>
            <numerusform>%n items imported ({new} new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regel(s) uit het bestand overgeslagen.</source>
        <translation>
            <numerusform>%n line of the file skipped.</numerusform>
            <numerusform>%n lines of the file skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message numerus="yes">
        <source>%n actie(s) wacht(en) op verzenden</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mislukte actie(s)</source>
        <translation>
            <numerusform>%n failed action</numerusform>
            <numerusform>%n failed actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wachtend</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollsPanel</name>
    <message numerus="yes">
        <source>%n reacties gelezen</source>
        <translation>
            <numerusform>%n reply read</numerusform>
            <numerusform>%n replies read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reacties zonder stem</source>
        <translation>
            <numerusform>%n reply without a vote</numerusform>
            <numerusform>%n replies without a vote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stemden vaker</source>
        <translation>
            <numerusform>%n voted more than once</numerusform>
            <numerusform>%n voted more than once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReachSection</name>
    <message numerus="yes">
        <source>%n mensen reageerden vaker dan één keer.</source>
        <translation>
            <numerusform>%n person replied more than once.</numerusform>
            <numerusform>%n people replied more than once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reacties</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De helft van de reacties komt van %n mensen.</source>
        <translation>
            <numerusform>Half of the replies come from %n person.</numerusform>
            <numerusform>Half of the replies come from %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>van %n mensen.</source>
        <translation>
            <numerusform>from %n person.</numerusform>
            <numerusform>from %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message numerus="yes">
        <source>%n keer inbreng</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regels geëxporteerd.</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wacht op terugkoppeling</source>
        <translation>
            <numerusform>%n awaiting feedback</numerusform>
            <numerusform>%n awaiting feedback</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message numerus="yes">
        <source>Bewaartermijn opgeslagen: %n dagen.</source>
        <translation>
            <numerusform>Retention period saved: %n day.</numerusform>
            <numerusform>Retention period saved: %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>
