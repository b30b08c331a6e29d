<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="152"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="153"/>
        <source>Organisatieaccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="155"/>
        <source>Gedeelde accounts van de organisatie. Tokens staan alleen in de sleutelbos van het besturingssysteem, nooit in de database, logboeken of exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="157"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="164"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="157"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="164"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="158"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="165"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="158"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="164"/>
        <source>Extern id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="159"/>
        <source>Verbinding testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="160"/>
        <location filename="../../ui/widgets/accounts_dialog.py" line="210"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="161"/>
        <source>Nu synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="162"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="163"/>
        <source>Account toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="165"/>
        <source>API-adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="165"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="168"/>
        <source>bijv. Verbreding A27 Lexmond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="169"/>
        <source>leeg = standaard API van het platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="170"/>
        <source>wordt in de sleutelbos bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="171"/>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="173"/>
        <source>Alleen teamleiders en communitymanagers beheren accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="220"/>
        <source>Vul ten minste een naam en een extern id in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="234"/>
        <source>Account &apos;{0}&apos; toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="247"/>
        <source>Nogmaals klikken om te verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="249"/>
        <source>&apos;{0}&apos; verwijderen haalt ook alle berichten van dit account uit de werkruimte. Klik nogmaals om te bevestigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="257"/>
        <source>Account &apos;{0}&apos; verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="266"/>
        <source>Verbinding met {0} testen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="269"/>
        <source>Verbinding werkt: ingelogd als {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="282"/>
        <source>%v van %m accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="296"/>
        <source>Annuleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="301"/>
        <source>{0}: {1} pagina&apos;s, {2} berichten ({3} nieuw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="310"/>
        <source>{0} account(s) niet gelukt: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="313"/>
        <source>Synchroniseren gestopt: {0} nieuwe berichten opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_dialog.py" line="316"/>
        <source>Gesynchroniseerd: {0} nieuwe berichten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pagina(&apos;s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bericht(en), {new} nieuw</source>
        <translation>
            <numerusform>%n bericht, {new} nieuw</numerusform>
            <numerusform>%n berichten, {new} nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) niet gelukt.</source>
        <translation>
            <numerusform>%n account niet gelukt.</numerusform>
            <numerusform>%n accounts niet gelukt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchroniseren gestopt: %n nieuw(e) bericht(en) opgeslagen.</source>
        <translation>
            <numerusform>Synchroniseren gestopt: %n nieuw bericht opgeslagen.</numerusform>
            <numerusform>Synchroniseren gestopt: %n nieuwe berichten opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gesynchroniseerd: %n nieuw(e) bericht(en).</source>
        <translation>
            <numerusform>Gesynchroniseerd: %n nieuw bericht.</numerusform>
            <numerusform>Gesynchroniseerd: %n nieuwe berichten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="37"/>
        <source>Volgende bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="38"/>
        <location filename="../../ui/actions.py" line="40"/>
        <location filename="../../ui/actions.py" line="42"/>
        <location filename="../../ui/actions.py" line="45"/>
        <location filename="../../ui/actions.py" line="60"/>
        <source>Navigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39"/>
        <source>Vorige bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41"/>
        <source>Zoeken in de wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="43"/>
        <source>Wachtrij vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="46"/>
        <source>Naar: Alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="47"/>
        <location filename="../../ui/actions.py" line="49"/>
        <location filename="../../ui/actions.py" line="51"/>
        <location filename="../../ui/actions.py" line="53"/>
        <location filename="../../ui/actions.py" line="55"/>
        <location filename="../../ui/actions.py" line="57"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="48"/>
        <source>Naar: Gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="50"/>
        <source>Naar: DM&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>Naar: Mij toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>Naar: Geëscaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>Naar: Afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>Focusmodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>Eén bericht tegelijk, zonder afleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>Waarschuwen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>Waarschuwen met een verwijzing naar de spelregel</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65"/>
        <source>Verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>Zichtbaar maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>Verwijderen op het platform (met bevestiging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Afhandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Gezien, geen actie nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>Escaleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Verbergen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>Beantwoorden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <location filename="../../ui/actions.py" line="88"/>
        <location filename="../../ui/actions.py" line="91"/>
        <location filename="../../ui/actions.py" line="95"/>
        <location filename="../../ui/actions.py" line="97"/>
        <source>Reageren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Privébericht beantwoorden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>DM beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>Notitie toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>Oppakken / vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>Laat collega&apos;s zien dat jij dit bericht behandelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>Link naar bericht kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <location filename="../../ui/actions.py" line="107"/>
        <source>Algemeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="102"/>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105"/>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="247"/>
        <source>Moderatielogboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="249"/>
        <source>Elke waarschuwing, verwijdering, verberging en elk antwoord, met wie, wanneer en op grond van welke spelregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="251"/>
        <source>Je ziet alleen je eigen regels in het logboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="252"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="252"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="253"/>
        <source>Spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="253"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="253"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="257"/>
        <source>Gepseudonimiseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="259"/>
        <source>Zonder persoonsgegevens (namen, verstuurde teksten); de keten blijft controleerbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="260"/>
        <source>Exporteren als CSV (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="261"/>
        <source>Exporteren als JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="263"/>
        <source>Alleen een teamleider mag het logboek exporteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="276"/>
        <source>Alle tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="276"/>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="276"/>
        <source>Laatste 7 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="277"/>
        <source>Laatste 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="277"/>
        <source>Aangepast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="296"/>
        <source>Alle moderatoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="298"/>
        <source>Alle acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="299"/>
        <source>Alle spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="300"/>
        <source>Alle accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="365"/>
        <source>{0} regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="366"/>
        <source>1 regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="384"/>
        <source>Logboek exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="385"/>
        <source>CSV voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="385"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="392"/>
        <source>Exporteren naar {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="398"/>
        <source>{0} regels geëxporteerd naar {1} (kop {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vermelding(en)</source>
        <translation>
            <numerusform>%n vermelding</numerusform>
            <numerusform>%n vermeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vermelding(en) geëxporteerd naar {path} (kop {head}).</source>
        <translation>
            <numerusform>%n vermelding geëxporteerd naar {path} (kop {head}).</numerusform>
            <numerusform>%n vermeldingen geëxporteerd naar {path} (kop {head}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="37"/>
        <source>waarschuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="38"/>
        <source>verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="39"/>
        <source>zichtbaar maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="40"/>
        <source>verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="41"/>
        <source>beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="42"/>
        <source>privébericht beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="43"/>
        <source>afhandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="44"/>
        <source>escaleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="45"/>
        <source>notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="46"/>
        <source>oppakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="47"/>
        <source>vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="48"/>
        <source>rol gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="49"/>
        <source>door platform uitgevoerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="50"/>
        <source>door platform geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="51"/>
        <source>regelset geactiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="52"/>
        <source>bewaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="55"/>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="56"/>
        <source>gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="57"/>
        <source>afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="58"/>
        <source>verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="59"/>
        <source>verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="60"/>
        <source>geëscaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="63"/>
        <source>teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="64"/>
        <source>communitymanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="65"/>
        <source>externe moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>systeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="68"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="69"/>
        <source>Tijdstip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="70"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="73"/>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="74"/>
        <source>Spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="75"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="117"/>
        <source>naar {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="237"/>
        <source>Hash: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="89"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="89"/>
        <source>Laatste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="90"/>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="94"/>
        <source>Drempel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="92"/>
        <source> berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="93"/>
        <source>Berekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="94"/>
        <source>Zou markeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="95"/>
        <source>Aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="96"/>
        <source>Net boven de drempel (wordt gemarkeerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="97"/>
        <source>Net onder de drempel (blijft ongemoeid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="99"/>
        <source>Kies een categorie en een drempel en klik op Berekenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="123"/>
        <source>Nog geen gescoorde berichten: installeer het toxiciteitsmodel en laat het scoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_calibration.py" line="139"/>
        <source>{0} van de laatste {1} gescoorde berichten hebben een score voor &apos;{2}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="162"/>
        <source>Waarschuwen met een spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="163"/>
        <source>Bericht verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="164"/>
        <source>Beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="165"/>
        <source>Privébericht beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="166"/>
        <location filename="../../ui/widgets/reply_dialog.py" line="187"/>
        <source>Escaleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="167"/>
        <source>Notitie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="174"/>
        <source>{author} op {account}: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/reply_dialog.py" line="178"/>
        <source>%n geselecteerde berichten</source>
        <translation>
            <numerusform>%n geselecteerd bericht</numerusform>
            <numerusform>%n geselecteerde berichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="179"/>
        <source>Spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="180"/>
        <source>Sjabloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="181"/>
        <source>Naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="183"/>
        <source>Waarschuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="184"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="185"/>
        <location filename="../../ui/widgets/reply_dialog.py" line="186"/>
        <source>Versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="188"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="192"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="193"/>
        <source>Ctrl+Enter voert uit · Esc annuleert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="194"/>
        <source>Notitie voor collega&apos;s (niet zichtbaar voor de schrijver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="197"/>
        <source>Tekst die naar de schrijver gaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="239"/>
        <source>onze website</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/reply_dialog.py" line="245"/>
        <source>%n teken(s)</source>
        <translation>
            <numerusform>%n teken</numerusform>
            <numerusform>%n tekens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reply_dialog.py" line="247"/>
        <source> van {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Te lang voor {platform}: {n} van de %n teken(s).</source>
        <translation>
            <numerusform>Te lang voor {platform}: {n} van de %n teken.</numerusform>
            <numerusform>Te lang voor {platform}: {n} van de %n tekens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiltersView</name>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="49"/>
        <source>Alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="50"/>
        <source>Gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="52"/>
        <source>DM&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="54"/>
        <source>Mij toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="56"/>
        <source>Niet opgepakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="58"/>
        <source>Geëscaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="60"/>
        <source>Afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="62"/>
        <source>Verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="64"/>
        <source>Verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="208"/>
        <source>WACHTRIJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="209"/>
        <source>ACCOUNTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="214"/>
        <source>Alle accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="99"/>
        <source>Logboek wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="100"/>
        <source>De hashketen wordt op de achtergrond nagerekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="109"/>
        <source>Logboek onveranderd — {0} regels gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="110"/>
        <source>Elke regel sluit aan op de vorige en de vastgelegde kop klopt ({0}). Gecontroleerd om {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="115"/>
        <source>LOGBOEK GEBROKEN bij regel {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="116"/>
        <source>{0}. De {1} regels daarvoor zijn in orde. Bewaar een export en meld dit aan de functionaris gegevensbescherming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="123"/>
        <source>Controle mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_panel.py" line="127"/>
        <source>Opnieuw controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logboek onveranderd — %n vermelding(en) gecontroleerd</source>
        <translation>
            <numerusform>Logboek onveranderd — %n vermelding gecontroleerd</numerusform>
            <numerusform>Logboek onveranderd — %n vermeldingen gecontroleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De %n vermelding(en) daarvoor zijn in orde. Bewaar een export en meld dit aan de functionaris gegevensbescherming.</source>
        <translation>
            <numerusform>De vermelding daarvoor is in orde. Bewaar een export en meld dit aan de functionaris gegevensbescherming.</numerusform>
            <numerusform>De %n vermeldingen daarvoor zijn in orde. Bewaar een export en meld dit aan de functionaris gegevensbescherming.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message>
        <location filename="../../ui/commands.py" line="97"/>
        <source>Kies eerst een bericht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="99"/>
        <source>Werkt op één bericht tegelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="103"/>
        <source>Kan niet bij een bericht dat {status} is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="106"/>
        <source>Alleen voor privéberichten; gebruik Beantwoorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="108"/>
        <source>Dit is een privébericht; gebruik Privébericht beantwoorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="112"/>
        <source>{platform} staat dit niet toe: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="130"/>
        <source>Vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="130"/>
        <source>Oppakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="166"/>
        <source>Er is geen actieve regelset: waarschuwen en verwijderen moeten een spelregel noemen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="206"/>
        <source>{ok} gelukt, {bad} mislukt: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands.py" line="217"/>
        <source>%n bericht(en) {what}.</source>
        <translation>
            <numerusform>%n bericht {what}.</numerusform>
            <numerusform>%n berichten {what}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="219"/>
        <source>Ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="240"/>
        <source>Een collega heeft dit bericht al opgepakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="244"/>
        <source>Vrijgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="244"/>
        <source>Opgepakt: collega&apos;s zien dat jij dit doet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="256"/>
        <source>Link gekopieerd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetailView</name>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="185"/>
        <location filename="../../ui/widgets/item_detail.py" line="250"/>
        <source>Kies een bericht in de wachtrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="317"/>
        <source>opgepakt door {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="323"/>
        <source>%n eerdere bericht(en)</source>
        <translation>
            <numerusform>%n eerder bericht</numerusform>
            <numerusform>%n eerdere berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="325"/>
        <source>%n keer gewaarschuwd of verborgen</source>
        <translation>
            <numerusform>één keer gewaarschuwd of verborgen</numerusform>
            <numerusform>%n keer gewaarschuwd of verborgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="347"/>
        <source>Bij het bericht van het account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="351"/>
        <source>Reactie op {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="358"/>
        <source>Onzichtbare of richting-tekens zichtbaar gemaakt als ⟦…⟧.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="360"/>
        <source>Bevat %n gestapelde tekens (zalgo).</source>
        <translation>
            <numerusform>Bevat %n gestapeld teken (zalgo).</numerusform>
            <numerusform>Bevat %n gestapelde tekens (zalgo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="380"/>
        <source>Bewerkt: %n eerdere versie(s), de laatste hieronder.</source>
        <translation>
            <numerusform>Bewerkt: %n eerdere versie, hieronder.</numerusform>
            <numerusform>Bewerkt: %n eerdere versies, de laatste hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="382"/>
        <source>Vorige versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="402"/>
        <source>Spelregels die overeenkomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="421"/>
        <source>ernst {sev} · voorstel: {act} · regelset v{ver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="430"/>
        <source>Deze regel staat niet (meer) in de actieve regelset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="437"/>
        <source>Toxiciteit per categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="450"/>
        <source>model: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="455"/>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="459"/>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="463"/>
        <source> (spelregel {rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="468"/>
        <source>Verstuurde tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="470"/>
        <source>Eerder van deze auteur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="176"/>
        <location filename="../../ui/widgets/main_window.py" line="201"/>
        <source>Dit onderdeel is nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="219"/>
        <source>{loaded} geladen van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="232"/>
        <source>Moderator — {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="233"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="233"/>
        <source>&amp;Wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="234"/>
        <source>Be&amp;richt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="234"/>
        <source>Bee&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="241"/>
        <source>Wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="242"/>
        <source>Naar de wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="246"/>
        <source>Naar {panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="247"/>
        <source>Werkruimte: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actie(s) wacht(en) nog op verzending naar het platform. Wachten tot alles verzonden is?</source>
        <translation>
            <numerusform>%n actie wacht nog op verzending naar het platform. Wachten tot alles verzonden is?</numerusform>
            <numerusform>%n acties wachten nog op verzending naar het platform. Wachten tot alles verzonden is?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/widgets/panels.py" line="32"/>
        <source>Moderatielogboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panels.py" line="34"/>
        <source>Spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panels.py" line="36"/>
        <source>Statistieken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panels.py" line="40"/>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panels.py" line="42"/>
        <source>Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/models/queue_model.py" line="60"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="61"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="62"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="63"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="64"/>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="65"/>
        <source>Regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="66"/>
        <source>Toxisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="67"/>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="97"/>
        <source>{n} u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="400"/>
        <source>Opgepakt door {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="69"/>
        <source>Opgepakt door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="294"/>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="395"/>
        <source>Spelregels die overeenkomen: {rules} (ernst: {sev})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleFileLoader</name>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="112"/>
        <source>Bestand kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="113"/>
        <source>Vergelijken met opgeslagen berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="114"/>
        <source>Activeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="116"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="116"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="116"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="116"/>
        <source>Probleem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="118"/>
        <source>Spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="118"/>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="118"/>
        <source>Nieuwe versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="118"/>
        <source>Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="119"/>
        <source>Treffers per spelregel op opgeslagen berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="120"/>
        <source>Voorbeelden die nieuw gemarkeerd worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="123"/>
        <source>Kies een gewijzigd regelbestand (YAML). Het wordt eerst gecontroleerd en vergeleken; de werkende spelregels blijven actief tot u activeert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="139"/>
        <source>Regelbestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="140"/>
        <source>Regelbestanden (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="148"/>
        <source>{0} wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="155"/>
        <source>Geldig: {0}, versie {1}, {2} spelregels. Vergelijk met de opgeslagen berichten voordat u activeert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="167"/>
        <source>Niet geladen: {0} probleem/problemen. De werkende spelregels blijven actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="185"/>
        <source>Vergelijken met opgeslagen berichten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="193"/>
        <source>{0} berichten vergeleken: {1} nieuw gemarkeerd, {2} niet meer gemarkeerd, {3} door andere spelregels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="220"/>
        <source>Versie {0} is nu actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="238"/>
        <source>Alleen een teamleider mag spelregels wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_loader.py" line="240"/>
        <source>Vergelijk eerst met de opgeslagen berichten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bericht(en) vergeleken: {new} nieuw gemarkeerd, {gone} niet meer gemarkeerd, {other} door andere spelregels.</source>
        <translation>
            <numerusform>%n bericht vergeleken: {new} nieuw gemarkeerd, {gone} niet meer gemarkeerd, {other} door andere spelregels.</numerusform>
            <numerusform>%n berichten vergeleken: {new} nieuw gemarkeerd, {gone} niet meer gemarkeerd, {other} door andere spelregels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Niet geladen: %n probleem/problemen. De werkende spelregels blijven actief.</source>
        <translation>
            <numerusform>Niet geladen: %n probleem. De werkende spelregels blijven actief.</numerusform>
            <numerusform>Niet geladen: %n problemen. De werkende spelregels blijven actief.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="68"/>
        <source>Voorbeeldtekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="69"/>
        <source>Typ of plak een reactie om de spelregels te testen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="71"/>
        <source>Bewijs in de tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="72"/>
        <source>Geraakte spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="111"/>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="134"/>
        <source>Nog geen tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="136"/>
        <source>Geen spelregel geraakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel_tester.py" line="138"/>
        <source>{0} spelregel(s) geraakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="133"/>
        <source>Spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="136"/>
        <source>Regelengine niet beschikbaar.

De spelregels kunnen pas getoond en getest worden als de regelengine (het pakket &apos;rules&apos;) is geïnstalleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="138"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="138"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="138"/>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="139"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="139"/>
        <source>Treffers 7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="140"/>
        <source>Publieke tekst (zo leest de deelnemer het)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="141"/>
        <source>Testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="141"/>
        <source>Nieuwe versie laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="142"/>
        <source>Drempels kalibreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="183"/>
        <source>Huisregels die moderatoren bij een waarschuwing of verwijdering aanhalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="187"/>
        <source>actief in deze werkruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="188"/>
        <source>standaardset (nog geen eigen regelset geactiveerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="189"/>
        <source>{0} — versie {1}, {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rules_panel.py" line="190"/>
        <source>geen publieke URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringStatus</name>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="97"/>
        <source>Toxiciteitsmodel: controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="82"/>
        <source>Toxiciteitsmodel laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="84"/>
        <source>Toxiciteit scoren: {done} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="87"/>
        <source>Model {model}: alles gescoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="88"/>
        <source>Scores op Nederlandse tekst zijn indicatief: Nederlands zat niet in de trainingsdata van Detoxify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="95"/>
        <source>Toxiciteitsmodel: fout ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="91"/>
        <source>Geen toxiciteitsmodel geïnstalleerd — spelregels werken wel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="92"/>
        <source>Installeer een model met &quot;moderator model install BUNDEL&quot;; berichten worden dan alsnog gescoord.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="136"/>
        <location filename="../../ui/widgets/settings_dialog.py" line="137"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="138"/>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="139"/>
        <source>Taal van de interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="140"/>
        <source>Toxiciteitsmodel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="141"/>
        <source>Installeren uit bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="142"/>
        <source>Werkruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="145"/>
        <source>Teamdatabase (PostgreSQL): meerdere moderatoren werken tegelijk in dezelfde wachtrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="147"/>
        <source>Lokale werkruimte (SQLite) op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="148"/>
        <source>Andere werkruimte openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="149"/>
        <source>of teamdatabase: postgresql://gebruiker@server/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="150"/>
        <source>Verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="168"/>
        <source>Taal ingesteld op {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="190"/>
        <source>Status wordt opgehaald…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="191"/>
        <source>Geïnstalleerd: {0}. Berichten worden op deze computer gescoord; er gaat niets naar een externe dienst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="194"/>
        <source>Niet geïnstalleerd. Installeer een modelbestand om berichten op toxiciteit te scoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="196"/>
        <source>Niet beschikbaar in deze versie (scoringsmodule ontbreekt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="198"/>
        <source>Status onbekend: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="204"/>
        <source>Modelbestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="205"/>
        <source>Modelbestanden (*.zip *.ckpt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="215"/>
        <source>Werkruimte kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="222"/>
        <source>Een teamdatabase-adres begint met postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="53"/>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="54"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="57"/>
        <source>Alles in de wachtrij kan met het toetsenbord. Sneltoetsen zijn aan te passen in de instellingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="58"/>
        <source>{d} d {h} u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="60"/>
        <source>{h} u {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="62"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="151"/>
        <source>Statistieken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="152"/>
        <source>Volume, markeringen, reactietijd en acties per moderator. Dagen in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="158"/>
        <source>Laatste {0} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="161"/>
        <source>Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="162"/>
        <source>Berichten binnengekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="163"/>
        <source>Gemarkeerd door spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="164"/>
        <source>Mediane tijd tot eerste reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="165"/>
        <source>Moderatie-acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="167"/>
        <source>Berichten per dag per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="167"/>
        <source>Acties per moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="168"/>
        <source>Meest geraakte spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="203"/>
        <source>Statistieken niet beschikbaar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="208"/>
        <source>in de laatste {0} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="211"/>
        <source>{0} van {1} berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="214"/>
        <source>over {0} beantwoorde of afgehandelde berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="218"/>
        <source>door {0} moderatoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="225"/>
        <source>Geen berichten in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="240"/>
        <source>wk {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="246"/>
        <source>Nog geen acties in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stats_panel.py" line="257"/>
        <source>Geen spelregels geraakt in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in de laatste %n dag(en)</source>
        <translation>
            <numerusform>in de laatste %n dag</numerusform>
            <numerusform>in de laatste %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{flagged} van %n bericht(en)</source>
        <translation>
            <numerusform>{flagged} van %n bericht</numerusform>
            <numerusform>{flagged} van %n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n beantwoord(e) of afgehandeld(e) bericht(en)</source>
        <translation>
            <numerusform>over %n beantwoord of afgehandeld bericht</numerusform>
            <numerusform>over %n beantwoorde of afgehandelde berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laatste %n dag(en)</source>
        <translation>
            <numerusform>Laatste %n dag</numerusform>
            <numerusform>Laatste %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="263"/>
        <source>Laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="270"/>
        <source>Niets te doen in deze wachtrij. Goed bezig!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="272"/>
        <source>Geen berichten gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/triage_view.py" line="283"/>
        <source>%n bericht(en) geladen</source>
        <translation>
            <numerusform>%n bericht geladen</numerusform>
            <numerusform>%n berichten geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/triage_view.py" line="285"/>
        <source>%n bericht(en)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="322"/>
        <source>{n} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="370"/>
        <source>Zoeken in berichten  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary.py" line="15"/>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="16"/>
        <source>gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="17"/>
        <location filename="../../ui/vocabulary.py" line="34"/>
        <source>afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="18"/>
        <location filename="../../ui/vocabulary.py" line="29"/>
        <source>verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="19"/>
        <location filename="../../ui/vocabulary.py" line="31"/>
        <source>verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="20"/>
        <location filename="../../ui/vocabulary.py" line="35"/>
        <source>geëscaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="23"/>
        <source>reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="24"/>
        <source>antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25"/>
        <source>privébericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="28"/>
        <source>gewaarschuwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="30"/>
        <source>zichtbaar gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="32"/>
        <source>beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="33"/>
        <source>privébericht beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36"/>
        <source>notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="37"/>
        <source>opgepakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="38"/>
        <source>vrijgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="41"/>
        <source>communitymanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="42"/>
        <source>externe moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="43"/>
        <source>teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="46"/>
        <source>laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="47"/>
        <source>middel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="48"/>
        <source>hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="49"/>
        <source>kritiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="52"/>
        <source>markeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53"/>
        <source>verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54"/>
        <source>verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55"/>
        <source>escaleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="56"/>
        <source>beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="59"/>
        <source>giftigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="60"/>
        <source>ernstig giftig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="61"/>
        <source>obsceen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="62"/>
        <source>bedreiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="63"/>
        <source>belediging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="64"/>
        <location filename="../../ui/vocabulary.py" line="65"/>
        <source>aanval op identiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="66"/>
        <source>seksueel expliciet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="90"/>
        <source>DM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n bericht(en) geïmporteerd ({new} nieuw)</source>
        <translation>
            <numerusform>%n bericht geïmporteerd ({new} nieuw)</numerusform>
            <numerusform>%n berichten geïmporteerd ({new} nieuw)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regel(s) uit het bestand overgeslagen.</source>
        <translation>
            <numerusform>%n regel uit het bestand overgeslagen.</numerusform>
            <numerusform>%n regels uit het bestand overgeslagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message numerus="yes">
        <source>%n actie(s) wacht(en) op verzenden</source>
        <translation>
            <numerusform>%n actie wacht op verzenden</numerusform>
            <numerusform>%n acties wachten op verzenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mislukte actie(s)</source>
        <translation>
            <numerusform>%n mislukte actie</numerusform>
            <numerusform>%n mislukte acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wachtend</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollsPanel</name>
    <message numerus="yes">
        <source>%n reacties gelezen</source>
        <translation>
            <numerusform>%n reactie gelezen</numerusform>
            <numerusform>%n reacties gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reacties zonder stem</source>
        <translation>
            <numerusform>%n reactie zonder stem</numerusform>
            <numerusform>%n reacties zonder stem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stemden vaker</source>
        <translation>
            <numerusform>%n stemde vaker</numerusform>
            <numerusform>%n stemden vaker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReachSection</name>
    <message numerus="yes">
        <source>%n mensen reageerden vaker dan één keer.</source>
        <translation>
            <numerusform>%n persoon reageerde vaker dan één keer.</numerusform>
            <numerusform>%n mensen reageerden vaker dan één keer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reacties</source>
        <translation>
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De helft van de reacties komt van %n mensen.</source>
        <translation>
            <numerusform>De helft van de reacties komt van %n persoon.</numerusform>
            <numerusform>De helft van de reacties komt van %n mensen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>van %n mensen.</source>
        <translation>
            <numerusform>van %n persoon.</numerusform>
            <numerusform>van %n mensen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message numerus="yes">
        <source>%n keer inbreng</source>
        <translation>
            <numerusform>%n keer inbreng</numerusform>
            <numerusform>%n keer inbreng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regels geëxporteerd.</source>
        <translation>
            <numerusform>%n regel geëxporteerd.</numerusform>
            <numerusform>%n regels geëxporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wacht op terugkoppeling</source>
        <translation>
            <numerusform>%n wacht op terugkoppeling</numerusform>
            <numerusform>%n wachten op terugkoppeling</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message numerus="yes">
        <source>Bewaartermijn opgeslagen: %n dagen.</source>
        <translation>
            <numerusform>Bewaartermijn opgeslagen: %n dag.</numerusform>
            <numerusform>Bewaartermijn opgeslagen: %n dagen.</numerusform>
        </translation>
    </message>
</context>
</TS>
