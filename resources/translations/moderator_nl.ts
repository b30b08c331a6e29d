<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="140"/>
        <source>Accounts</source>
        <extracomment>Where sign-ins go (tests point them at local fakes); passed to ConnectDialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="141"/>
        <source>Organisatieaccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="143"/>
        <source>Gedeelde accounts van de organisatie. Tokens staan alleen in de sleutelbos van het besturingssysteem, nooit in de database, logboeken of exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="145"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="145"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="146"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="146"/>
        <source>Login verloopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="147"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="147"/>
        <source>Extern id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="148"/>
        <source>Account koppelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="149"/>
        <source>Opnieuw koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="150"/>
        <source>Bestand importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="152"/>
        <source>Alleen teamleiders beheren accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="154"/>
        <source>Alleen teamleiders importeren bestanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="157"/>
        <source>Alleen teamleiders starten een synchronisatie; de app haalt zelf nieuwe berichten op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="159"/>
        <source>Verbinding testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="160"/>
        <location filename="../../ui/accounts/dialog.py" line="220"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="161"/>
        <source>Nu synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="162"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="186"/>
        <source>opnieuw koppelen nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="187"/>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="187"/>
        <source>verbonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="196"/>
        <source>geen einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="198"/>
        <source>vernieuwt zichzelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="251"/>
        <source>Gekoppeld: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="262"/>
        <source>Nogmaals klikken om te verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="264"/>
        <source>&apos;{0}&apos; verwijderen haalt ook alle berichten van dit account uit de werkruimte. Klik nogmaals om te bevestigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="278"/>
        <source>Account &apos;{0}&apos; verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="287"/>
        <source>Verbinding met {0} testen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="290"/>
        <source>Verbinding werkt: ingelogd als {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="303"/>
        <source>%v van %m accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="317"/>
        <source>Annuleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="322"/>
        <source>%n pagina(&apos;s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="323"/>
        <source>%n bericht(en), {new} nieuw</source>
        <translation>
            <numerusform>%n bericht, {new} nieuw</numerusform>
            <numerusform>%n berichten, {new} nieuw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/dialog.py" line="338"/>
        <source>Opnieuw koppelen nodig voor {0}: de login is verlopen of ingetrokken. Kies het account en klik op Opnieuw koppelen; berichten en logboek blijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="343"/>
        <source>%n account(s) niet gelukt.</source>
        <translation>
            <numerusform>%n account niet gelukt.</numerusform>
            <numerusform>%n accounts niet gelukt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="347"/>
        <source>Synchroniseren gestopt: %n nieuw(e) bericht(en) opgeslagen.</source>
        <translation>
            <numerusform>Synchroniseren gestopt: %n nieuw bericht opgeslagen.</numerusform>
            <numerusform>Synchroniseren gestopt: %n nieuwe berichten opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/dialog.py" line="350"/>
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
        <location filename="../../ui/actions.py" line="58"/>
        <location filename="../../ui/actions.py" line="60"/>
        <location filename="../../ui/actions.py" line="62"/>
        <location filename="../../ui/actions.py" line="65"/>
        <location filename="../../ui/actions.py" line="83"/>
        <source>Navigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>Volgend bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>Vorig bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61"/>
        <source>Zoeken in de wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>Wachtrij vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>Naar: Alles</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>Naar: Gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>Naar: DM&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91"/>
        <source>Laat collega&apos;s zien dat u dit bericht behandelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Naar: Geëscaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72"/>
        <source>Naar: Mij toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76"/>
        <source>Naar: Afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Focusmodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82"/>
        <source>Eén bericht tegelijk, zonder afleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="63"/>
        <source>Waarschuwen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="66"/>
        <source>Waarschuwen met een verwijzing naar de spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="19"/>
        <source>Modereren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="70"/>
        <source>Verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="74"/>
        <source>Zichtbaar maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="78"/>
        <source>Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="81"/>
        <source>Verwijderen op het platform (met bevestiging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="93"/>
        <source>Afhandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="96"/>
        <source>Gezien, geen actie nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="99"/>
        <source>Escaleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Verbergen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="105"/>
        <source>Beantwoorden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="20"/>
        <source>Reageren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="113"/>
        <source>Privébericht beantwoorden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="116"/>
        <source>DM beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="122"/>
        <source>Notitie toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="125"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90"/>
        <source>Oppakken / vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>Link naar bericht kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <location filename="../../ui/actions.py" line="113"/>
        <source>Algemeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="107"/>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108"/>
        <source>Moderatoren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111"/>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>Naar: Mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Acties die het platform niet uitvoerde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="85"/>
        <source>Verwijderen en auteur blokkeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="88"/>
        <source>Verwijderen en de auteur blokkeren op het kanaal (YouTube)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>Markeren als inbreng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="97"/>
        <source>Zet het bericht in het inbrengregister van het project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="100"/>
        <source>Peiling maken van dit bericht…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101"/>
        <source>Tel de reacties op dit bericht als stemmen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../ui/approvals/panel.py" line="92"/>
        <source>Ter goedkeuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="94"/>
        <source>Antwoorden van externe moderatoren gaan pas naar het platform als een communitymanager of teamleider ze heeft goedgekeurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="96"/>
        <source>Uw antwoorden wachten hier tot een collega ze heeft goedgekeurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="98"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="98"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="98"/>
        <source>Geschreven door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="99"/>
        <source>Antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="99"/>
        <source>Op bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="100"/>
        <source>Toelichting (verplicht bij afwijzen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="101"/>
        <source>Goedkeuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="102"/>
        <source>Afwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="143"/>
        <source>Goedgekeurd; het antwoord gaat naar het platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/approvals/panel.py" line="154"/>
        <source>Afgewezen; het antwoord wordt niet verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/audit/panel.py" line="258"/>
        <source>Moderatielogboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="260"/>
        <source>Elke waarschuwing, verwijdering, verberging en elk antwoord, met wie, wanneer en op grond van welke spelregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="262"/>
        <source>U ziet alleen uw eigen vermeldingen in het logboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="263"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="263"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="264"/>
        <source>Spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="264"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="264"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="268"/>
        <source>Gepseudonimiseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="270"/>
        <source>Zonder persoonsgegevens (namen, verstuurde teksten); de keten blijft controleerbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="271"/>
        <source>Exporteren als CSV (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="272"/>
        <source>Exporteren als JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="273"/>
        <source>Selectie exporteren voor controle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="275"/>
        <source>Wat het filter toont, met bericht, auteur en spelregel; Nederlandse kolommen, tijd in Amsterdam naast UTC. Alleen voor een teamleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="277"/>
        <source>Overzicht per moderator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="279"/>
        <source>Alleen een teamleider mag het logboek exporteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="286"/>
        <source>Alle tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="286"/>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="286"/>
        <source>Laatste 7 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="287"/>
        <source>Laatste 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="287"/>
        <source>Aangepast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="306"/>
        <source>Alle moderatoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="308"/>
        <source>Alle acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="309"/>
        <source>Alle spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="310"/>
        <source>Alle accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="422"/>
        <source>%n vermelding(en) geëxporteerd naar {0}.</source>
        <translation>
            <numerusform>%n vermelding geëxporteerd naar {0}.</numerusform>
            <numerusform>%n vermeldingen geëxporteerd naar {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="396"/>
        <source>Logboek exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="397"/>
        <location filename="../../ui/audit/panel.py" line="412"/>
        <source>CSV voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="397"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="404"/>
        <location filename="../../ui/audit/panel.py" line="419"/>
        <source>Exporteren naar {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="370"/>
        <source>%n vermelding(en)</source>
        <translation>
            <numerusform>%n vermelding</numerusform>
            <numerusform>%n vermeldingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="375"/>
        <source>Deze vermelding gaat niet over een bericht dat u kunt openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="411"/>
        <source>Selectie exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="437"/>
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
        <location filename="../../ui/item_actions.py" line="65"/>
        <source>waarschuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="72"/>
        <source>verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="76"/>
        <source>zichtbaar maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="80"/>
        <source>verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="107"/>
        <source>beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="115"/>
        <source>privébericht beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="95"/>
        <source>afhandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="101"/>
        <source>escaleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="124"/>
        <source>notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="44"/>
        <source>oppakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="45"/>
        <source>vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="46"/>
        <source>rol gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="47"/>
        <source>door platform uitgevoerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="48"/>
        <source>door platform geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="51"/>
        <source>regelset geactiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="52"/>
        <source>bewaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="53"/>
        <source>geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="54"/>
        <source>logboek afgetekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="55"/>
        <source>account verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="56"/>
        <source>goedgekeurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="57"/>
        <source>afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="58"/>
        <source>toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="64"/>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="65"/>
        <source>gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="66"/>
        <source>afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="67"/>
        <source>verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="68"/>
        <source>verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="69"/>
        <source>geëscaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="72"/>
        <source>teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="73"/>
        <source>communitymanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="74"/>
        <source>externe moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="75"/>
        <source>systeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="77"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="78"/>
        <source>Tijdstip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="79"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="80"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="81"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="82"/>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="83"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="84"/>
        <source>Spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="85"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="126"/>
        <source>naar {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="251"/>
        <source>Hash: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="87"/>
        <source>auteur blokkeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="49"/>
        <source>opnieuw verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="50"/>
        <source>verzending geannuleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="59"/>
        <source>auteur gewist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="60"/>
        <source>inzageverzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/model.py" line="61"/>
        <source>export met namen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../ui/rules/calibration.py" line="88"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="88"/>
        <source>Laatste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="89"/>
        <location filename="../../ui/rules/calibration.py" line="93"/>
        <source>Drempel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="91"/>
        <source> berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="92"/>
        <source>Berekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="93"/>
        <source>Zou markeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="94"/>
        <source>Aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="95"/>
        <source>Net boven de drempel (wordt gemarkeerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="96"/>
        <source>Net onder de drempel (blijft ongemoeid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="98"/>
        <source>Kies een categorie en een drempel en klik op Berekenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="116"/>
        <source>Nog geen gescoorde berichten: installeer het toxiciteitsmodel en laat het scoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/calibration.py" line="132"/>
        <source>{0} van de laatste {1} gescoorde berichten hebben een score voor &apos;{2}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../ui/item_actions.py" line="67"/>
        <source>Waarschuwen met een spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="82"/>
        <source>Bericht verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="108"/>
        <source>Beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="117"/>
        <source>Privébericht beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="102"/>
        <location filename="../../ui/item_actions.py" line="103"/>
        <source>Escaleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="126"/>
        <source>Notitie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="225"/>
        <source>{author} op {account}: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/compose_dialog.py" line="229"/>
        <source>%n geselecteerde berichten</source>
        <translation>
            <numerusform>%n geselecteerd bericht</numerusform>
            <numerusform>%n geselecteerde berichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="230"/>
        <source>Spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="231"/>
        <source>Sjabloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="216"/>
        <location filename="../../ui/triage/compose_dialog.py" line="232"/>
        <source>Naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="68"/>
        <source>Waarschuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="83"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="109"/>
        <location filename="../../ui/item_actions.py" line="118"/>
        <source>Versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="127"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="240"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="241"/>
        <source>Ctrl+Enter voert uit · Esc annuleert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="244"/>
        <source>Notitie voor collega&apos;s (niet zichtbaar voor de schrijver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="243"/>
        <source>Tekst die naar de schrijver gaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="215"/>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="218"/>
        <source>Een rol, of een collega die de berichten kan zien: die krijgt ze toegewezen (Mij toegewezen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="265"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="269"/>
        <source>Toewijzen aan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="289"/>
        <source>onze website</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/compose_dialog.py" line="359"/>
        <source>%n teken(s)</source>
        <translation>
            <numerusform>%n teken</numerusform>
            <numerusform>%n tekens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="361"/>
        <source> van {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/compose_dialog.py" line="316"/>
        <source>Te lang voor {platform}: {n} van de %n teken(s).</source>
        <translation>
            <numerusform>Te lang voor {platform}: {n} van de %n teken.</numerusform>
            <numerusform>Te lang voor {platform}: {n} van de %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="90"/>
        <source>Verwijderen en auteur blokkeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="91"/>
        <source>Blokkeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="319"/>
        <source>X telt een link als 23 tekens en een emoji of Chinees/Japans teken als 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="324"/>
        <source>{platform} laat een antwoord alleen toe binnen {hours} uur na het laatste bericht van deze persoon; dit bericht is van {when}. Antwoord via een openbare reactie of wacht tot de persoon opnieuw schrijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="330"/>
        <source>Instagram staat alleen antwoorden toe op reacties onder het bericht zelf, niet op antwoorden. Beantwoord de reactie waar dit antwoord onder staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="333"/>
        <source>Instagram staat geen antwoord toe op een verborgen reactie. Maak de reactie eerst zichtbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="342"/>
        <source>Kies een spelregel: dit sjabloon noemt er een.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/compose_dialog.py" line="343"/>
        <source>Er is geen actieve regelset om een spelregel uit te kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="204"/>
        <source>Opnieuw koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="204"/>
        <source>Account koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="207"/>
        <source>Log opnieuw in bij het platform. Het account houdt zijn berichten en zijn moderatielogboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="209"/>
        <source>Kies het platform en log in met een account dat de pagina of het kanaal beheert. Moderator krijgt alleen de toegang die u daar goedkeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="213"/>
        <source>inloggen in dit venster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="214"/>
        <source>inloggen via de browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="215"/>
        <source>nog niet ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="222"/>
        <source>Voor {0} is nog geen app-registratie ingevuld. Een teamleider vult die eenmalig in bij Instellingen &gt; App-registraties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="225"/>
        <source>Adres van de inlogpagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="226"/>
        <source>Pagina&apos;s en accounts om te koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="227"/>
        <source>Opnieuw openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="228"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="229"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="230"/>
        <source>bijv. Verbreding A27 Lexmond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="231"/>
        <source>Koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="252"/>
        <source>Log in bij {0} in de browser die nu opengaat en geef toestemming. Opent er niets? Kopieer dan het adres hieronder naar een browser. Moderator wacht vijf minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="277"/>
        <source>Log hieronder in bij {0} en geef toestemming voor de pagina&apos;s die u wilt koppelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="310"/>
        <source>Ingelogd; pagina&apos;s en accounts ophalen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="375"/>
        <source>Met deze login is &apos;{0}&apos; niet bereikbaar. Log in met een account dat deze pagina of dit kanaal beheert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="391"/>
        <source>Deze login geeft toegang tot het volgende. Vink aan wat u wilt koppelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="393"/>
        <source>Deze login geeft geen toegang tot een pagina, kanaal of account om te modereren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="413"/>
        <source>Vink ten minste één pagina of account aan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="135"/>
        <source>Verzenden gestopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/delivery_status.py" line="138"/>
        <source>%n actie(s) wacht(en) op verzenden</source>
        <translation>
            <numerusform>%n actie wacht op verzenden</numerusform>
            <numerusform>%n acties wachten op verzenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="140"/>
        <source>Alles verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="142"/>
        <source>Verzending via de teamworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="145"/>
        <source>De teamworker heeft nog niet gedraaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="147"/>
        <source>Teamworker niet actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="148"/>
        <location filename="../../ui/widgets/delivery_status.py" line="157"/>
        <source>Laatste ronde: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/delivery_status.py" line="152"/>
        <source>%n wachtend</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="162"/>
        <source>{account}: gesynchroniseerd {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="165"/>
        <source>fout: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/delivery_status.py" line="168"/>
        <source>%n mislukte actie(s)</source>
        <translation>
            <numerusform>%n mislukte actie</numerusform>
            <numerusform>%n mislukte acties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/delivery_status.py" line="170"/>
        <source>Laatste fout: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Dat is niet gelukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Dit verzoek klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>De gegevens kloppen niet of zijn beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Een onderdeel dat nodig is, is niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Een bestand of map kon niet worden aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>De werkruimte is even bezet; probeer het zo opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>De controle op wijzigingen achteraf is mislukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Dit kan niet in de huidige stand van het bericht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Dit bericht bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>Dit is geen moderatieactie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Vul eerst een tekst in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Kies eerst een spelregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Spelregel {rule} staat niet in de actieve regelset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Een collega heeft dit bericht al opgepakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>{by} was u voor: dit bericht is intussen {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>Er is niets om ongedaan te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Uw rol staat dit niet toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>De database van deze werkruimte is beschadigd of is geen Moderator-database. Zet een reservekopie terug of open een andere werkruimte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Deze computer heeft geen wachtwoordkluis voor de toegang tot platforms. Start of installeer er een (GNOME Keyring of KWallet; op Windows en macOS is die er al) en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>Het spelregelbestand klopt niet (regel {line}, kolom {column}). Verbeter het bestand en laad het opnieuw; de werkende spelregels blijven actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Dit bericht valt buiten uw accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Onbekend platform: {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Onbekende moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Het platform gaf een foutmelding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>De toegang tot het account is verlopen; koppel het account opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Het account mist een toestemming voor deze handeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Het platform vraagt om even te wachten; probeer het later opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Het bericht bestaat niet meer op het platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>Het platform staat deze handeling niet toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Het platform gaf een onverwacht antwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Het platform is even niet bereikbaar; probeer het later opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>Opnieuw koppelen nodig: de login bij het platform is verlopen of ingetrokken. Koppel het account opnieuw via Accounts; berichten en logboek blijven bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Dit bestand kan niet worden gelezen: het is beschadigd, geen UTF-8-tekst of geen gewoon bestand. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Dit bestand is groter, langer of dieper genest dan Moderator veilig kan lezen; de details noemen de grens. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Dit is geen leesbaar archiefpakket van Moderator: het is beschadigd of heeft niet de vorm die het pakket beschrijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>Rij {row} van {table} in deze werkruimte is beschadigd; de rest is ongewijzigd. Vraag de beheerder de rij te herstellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>De app-registratie voor dit platform is niet compleet. Vul die in bij Instellingen &gt; App-registraties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>Het platform gaf geen toestemming. Probeer het opnieuw en kies &apos;Toestaan&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Het antwoord van het platform hoort niet bij deze aanmelding. Begin opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>Het platform stuurde geen toegangscode terug. Begin opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>Het platform weigerde de aanmelding af te ronden. Controleer de app-registratie en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Het platform is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Niemand heeft binnen vijf minuten ingelogd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>Het inloggen is afgebroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Kan niet bij een bericht dat {status} is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>Dit kan niet bij een {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>{platform} biedt dit niet via de API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>{platform} staat dit niet toe bij een {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>Er ging iets mis ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>De opmaak klopt niet: controleer inspringing, dubbele punten en aanhalingstekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>Een bestand kan niet worden gelezen of bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>Het bestand is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>Dit staat er twee keer in; een naam mag maar één keer voorkomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>Hier ontbreekt een verplicht onderdeel of er staan er twee die niet samen kunnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="135"/>
        <source>Deze waarde is niet toegestaan; kies een van de genoemde waarden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>Dit zoekpatroon is ongeldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="139"/>
        <source>Deze waarde heeft niet de juiste vorm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141"/>
        <source>Deze spelregel klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>de berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>de markeringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>het moderatielogboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="149"/>
        <source>wacht op verzenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>wordt verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151"/>
        <source>verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>geannuleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>het bericht is op het platform al verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>het platform staat dit niet toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="160"/>
        <source>het account mist hiervoor een toestemming op het platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>de toegang tot het account is verlopen; koppel het account opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>het platform vraagt om even te wachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>het platform was even niet bereikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>het platform gaf een onverwacht antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>het platform gaf een foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>{reason}; nieuwe poging om {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="26"/>
        <source>Terugkoppeling vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="31"/>
        <source>Wat is er met deze inbreng gedaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="35"/>
        <source>Link naar verslag of besluit (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="41"/>
        <source>Inbreng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="42"/>
        <source>Terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="43"/>
        <source>Gegeven op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/feedback_dialog.py" line="44"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiltersView</name>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="52"/>
        <source>Alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="53"/>
        <source>Gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="55"/>
        <source>DM&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="59"/>
        <source>Niet opgepakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="61"/>
        <source>Geëscaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="63"/>
        <source>Afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="65"/>
        <source>Verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="67"/>
        <source>Verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="215"/>
        <source>WACHTRIJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="216"/>
        <source>ACCOUNTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="221"/>
        <source>Alle accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="70"/>
        <source>Mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="57"/>
        <source>Mij toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="256"/>
        <source>⚠ {0} — opnieuw koppelen nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/filters_view.py" line="258"/>
        <source>De login bij het platform is verlopen of ingetrokken. Koppel het account opnieuw via Accounts; berichten en logboek blijven bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="130"/>
        <location filename="../../ui/accounts/import_dialog.py" line="131"/>
        <source>Bestand importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="132"/>
        <source>Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="133"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="133"/>
        <source>Voor account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="134"/>
        <location filename="../../ui/accounts/import_dialog.py" line="140"/>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="134"/>
        <source>Datum en tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="135"/>
        <location filename="../../ui/accounts/import_dialog.py" line="139"/>
        <source>Schrijver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="135"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="136"/>
        <source>Bericht / onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="136"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="139"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="141"/>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="142"/>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="150"/>
        <source>Koppel eerst een account: geïmporteerde berichten horen altijd bij een account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="159"/>
        <source>Bestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="160"/>
        <source>Exports en tabellen (*.csv *.txt *.jsonl *.json *.js *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="178"/>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="212"/>
        <source>Regel {0} wordt overgeslagen: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="213"/>
        <location filename="../../ui/accounts/import_dialog.py" line="257"/>
        <source>Overgeslagen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="219"/>
        <source>Kies een bestand en een account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="275"/>
        <source>Dit bestand is een export van {0}; kies een account op dat platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/import_dialog.py" line="251"/>
        <source>%n bericht(en) geïmporteerd ({new} nieuw)</source>
        <translation>
            <numerusform>%n bericht geïmporteerd ({new} nieuw)</numerusform>
            <numerusform>%n berichten geïmporteerd ({new} nieuw)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/import_dialog.py" line="253"/>
        <source>%n regel(s) uit het bestand overgeslagen.</source>
        <translation>
            <numerusform>%n regel uit het bestand overgeslagen.</numerusform>
            <numerusform>%n regels uit het bestand overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/import_dialog.py" line="256"/>
        <source>Regel {0} overgeslagen: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/import_dialog.py" line="243"/>
        <source>%n bericht(en) opgeslagen</source>
        <translation>
            <numerusform>%n bericht opgeslagen</numerusform>
            <numerusform>%n berichten opgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/import_dialog.py" line="259"/>
        <source>Nog %n overgeslagen regel(s) staan niet in deze lijst.</source>
        <translation>
            <numerusform>Nog %n overgeslagen regel staat niet in deze lijst.</numerusform>
            <numerusform>Nog %n overgeslagen regels staan niet in deze lijst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../../ui/audit/panel.py" line="96"/>
        <source>Logboek wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="97"/>
        <source>De hashketen wordt op de achtergrond nagerekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="121"/>
        <source>Controle mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="125"/>
        <source>Opnieuw controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="106"/>
        <source>Logboek onveranderd — %n vermelding(en) gecontroleerd</source>
        <translation>
            <numerusform>Logboek onveranderd — %n vermelding gecontroleerd</numerusform>
            <numerusform>Logboek onveranderd — %n vermeldingen gecontroleerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="108"/>
        <source>Elke vermelding sluit aan op de vorige en de vastgelegde kop klopt ({0}). Gecontroleerd om {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/panel.py" line="113"/>
        <source>LOGBOEK GEBROKEN bij vermelding {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit/panel.py" line="114"/>
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
        <location filename="../../ui/triage/commands.py" line="83"/>
        <source>Kies eerst een bericht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="85"/>
        <source>Werkt op één bericht tegelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="119"/>
        <source>Alleen voor privéberichten; gebruik Beantwoorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="110"/>
        <source>Dit is een privébericht; gebruik Privébericht beantwoorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="109"/>
        <source>Vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="109"/>
        <source>Oppakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="159"/>
        <source>Er is geen actieve regelset: waarschuwen en verwijderen moeten een spelregel noemen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="203"/>
        <source>{ok} gelukt, {bad} mislukt: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/commands.py" line="214"/>
        <source>%n bericht(en) {what}.</source>
        <translation>
            <numerusform>%n bericht {what}.</numerusform>
            <numerusform>%n berichten {what}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="216"/>
        <source>Ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="238"/>
        <source>Een collega heeft dit bericht al opgepakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="242"/>
        <source>Vrijgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="242"/>
        <source>Opgepakt: collega&apos;s zien dat u dit doet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="311"/>
        <source>Link gekopieerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="270"/>
        <source>In het inbrengregister gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/commands.py" line="300"/>
        <source>Peiling gemaakt; zie Peilingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetailView</name>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="229"/>
        <location filename="../../ui/triage/item_detail.py" line="331"/>
        <source>Kies een bericht in de wachtrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="273"/>
        <source>{status}: {kind} van {author} op {platform}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="380"/>
        <source>opgepakt door {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="389"/>
        <source>toegewezen aan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="391"/>
        <source>nog geen reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="394"/>
        <source>eerste reactie na %n minuut/minuten</source>
        <translation>
            <numerusform>eerste reactie na %n minuut</numerusform>
            <numerusform>eerste reactie na %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="400"/>
        <source>%n eerdere bericht(en)</source>
        <translation>
            <numerusform>%n eerder bericht</numerusform>
            <numerusform>%n eerdere berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="402"/>
        <source>%n keer gewaarschuwd of verborgen</source>
        <translation>
            <numerusform>één keer gewaarschuwd of verborgen</numerusform>
            <numerusform>%n keer gewaarschuwd of verborgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="422"/>
        <source>Bij het bericht van het account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="426"/>
        <source>Reactie op {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="433"/>
        <source>Onzichtbare of richting-tekens zichtbaar gemaakt als ⟦…⟧.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="435"/>
        <source>Bevat %n gestapelde tekens (zalgo).</source>
        <translation>
            <numerusform>Bevat %n gestapeld teken (zalgo).</numerusform>
            <numerusform>Bevat %n gestapelde tekens (zalgo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/item_detail.py" line="453"/>
        <source>Bewerkt: %n eerdere versie(s), de laatste hieronder.</source>
        <translation>
            <numerusform>Bewerkt: %n eerdere versie, hieronder.</numerusform>
            <numerusform>Bewerkt: %n eerdere versies, de laatste hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="455"/>
        <source>Vorige versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="475"/>
        <source>Spelregels die overeenkomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="493"/>
        <source>ernst {sev} · voorstel: {act} · regelset v{ver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="502"/>
        <source>Deze regel staat niet (meer) in de actieve regelset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="523"/>
        <source>Toxiciteit per categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="528"/>
        <source>model: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="564"/>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="568"/>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="572"/>
        <source> (spelregel {rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="557"/>
        <source>Verstuurde tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="225"/>
        <location filename="../../ui/triage/item_detail.py" line="332"/>
        <source>Tekst van het bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="582"/>
        <source>Eerder van deze auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="541"/>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="544"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="555"/>
        <source>Interne notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="559"/>
        <source>Te versturen tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/item_detail.py" line="560"/>
        <source>Niet verzonden tekst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>{loaded} geladen van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Be&amp;richt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Bee&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>Wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Naar de wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Naar {panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Werkruimte: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="358"/>
        <source>%n actie(s) wacht(en) nog op verzending naar het platform. Wachten tot alles verzonden is?</source>
        <translation>
            <numerusform>%n actie wacht nog op verzending naar het platform. Wachten tot alles verzonden is?</numerusform>
            <numerusform>%n acties wachten nog op verzending naar het platform. Wachten tot alles verzonden is?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Nog niet alles verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Manipulatie-alarm: het moderatielogboek is veranderd sinds deze computer het de laatste keer controleerde. Laat een teamleider het logboek controleren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Sluit u nu af, dan gaat niets verloren: wat wacht, wordt bij de volgende start of door de teamworker verzonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Wachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Nu afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Afsluiten zodra alles verzonden is…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/widgets/message_bar.py" line="103"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_bar.py" line="104"/>
        <location filename="../../ui/widgets/message_bar.py" line="105"/>
        <source>Melding sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaLoginView</name>
    <message>
        <location filename="../../ui/accounts/meta_login.py" line="77"/>
        <source>Inlogpagina van Meta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeratorsDialog</name>
    <message>
        <location filename="../../ui/team/moderators.py" line="58"/>
        <location filename="../../ui/team/moderators.py" line="102"/>
        <source>Moderatoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="103"/>
        <location filename="../../ui/team/moderators.py" line="107"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="103"/>
        <location filename="../../ui/team/moderators.py" line="107"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="104"/>
        <location filename="../../ui/team/moderators.py" line="107"/>
        <source>Bereik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="104"/>
        <source>Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="105"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="107"/>
        <source>Einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="108"/>
        <source>Wachtwoord (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="110"/>
        <source>project:Naam, account:Naam (leeg: alles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="111"/>
        <source>Toegang eindigt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="112"/>
        <source>Alleen bij een nieuwe login of om het wachtwoord te vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="114"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="115"/>
        <source>Uitschakelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="117"/>
        <source>Alleen een teamleider beheert moderatoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="129"/>
        <source>uitgeschakeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="129"/>
        <source>actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="131"/>
        <source>alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="163"/>
        <source>{0} opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team/moderators.py" line="170"/>
        <source>{0} uitgeschakeld.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/panels.py" line="98"/>
        <source>Moderatielogboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="99"/>
        <source>Spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="100"/>
        <source>Statistieken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="103"/>
        <source>Ter goedkeuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="107"/>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="108"/>
        <source>Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="109"/>
        <source>Moderatoren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="101"/>
        <source>Inbrengregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="102"/>
        <source>Peilingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="32"/>
        <source>Peiling maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="38"/>
        <source>Eén optie per regel. Andere namen na een =, gescheiden door komma&apos;s: A=🌳,bomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="40"/>
        <source>Stemmen sluiten op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="51"/>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/poll_dialog.py" line="52"/>
        <source>Opties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollsPanel</name>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="111"/>
        <source>Peilingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="113"/>
        <source>Stemmen uit reacties, live geteld: één stem per auteur, de laatste vóór de sluitingstijd telt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="115"/>
        <source>Uitslag exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="116"/>
        <source>Unieke stemmers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="117"/>
        <source>Stem gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="118"/>
        <source>Te laat, niet geteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="119"/>
        <source>Onduidelijk, niet geteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="120"/>
        <source>Stemmen per optie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="121"/>
        <source>Stemden op meer dan één platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="122"/>
        <source>Telmethode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="140"/>
        <source>Nog geen peilingen. Maak er een met &apos;moderator poll define&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/polls_panel.py" line="161"/>
        <source>%n reacties gelezen</source>
        <translation>
            <numerusform>%n reactie gelezen</numerusform>
            <numerusform>%n reacties gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/polls_panel.py" line="163"/>
        <source>%n stemden vaker</source>
        <translation>
            <numerusform>%n stemde vaker</numerusform>
            <numerusform>%n stemden vaker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="165"/>
        <source>sluit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="166"/>
        <source>geen sluitingstijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/polls_panel.py" line="167"/>
        <source>%n reacties zonder stem</source>
        <translation>
            <numerusform>%n reactie zonder stem</numerusform>
            <numerusform>%n reacties zonder stem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="175"/>
        <source>Nog geen stemmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="178"/>
        <source>Niemand (voor zover de namen tonen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="186"/>
        <source>Uitslag exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="187"/>
        <source>CSV voor Excel (*.csv);;JSON-regels (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/polls_panel.py" line="192"/>
        <source>Uitslag geëxporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="61"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="62"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="63"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="64"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="65"/>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="66"/>
        <source>Spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="67"/>
        <source>Toxisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="68"/>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="101"/>
        <source>{n} u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="437"/>
        <source>spelregels {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="438"/>
        <source>geen spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="439"/>
        <source>{platform}, {kind} van {author}, {status}, {rules}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="491"/>
        <source>Opgepakt door {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="70"/>
        <source>Opgepakt door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/queue_model.py" line="486"/>
        <source>Spelregels die overeenkomen: {rules} (ernst: {sev})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachSection</name>
    <message>
        <location filename="../../ui/stats/reach.py" line="74"/>
        <source>Wie hoort u? Spreiding van de reacties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="75"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="77"/>
        <source>Aandeel van de actiefste schrijvers (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="78"/>
        <source>Nieuwe schrijvers per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="79"/>
        <source>Per platform: reacties en schrijvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="83"/>
        <location filename="../../ui/stats/reach.py" line="90"/>
        <source>Alle projecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="120"/>
        <source>Er zijn in deze periode geen reacties van burgers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/reach.py" line="121"/>
        <source>%n reacties</source>
        <translation>
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/reach.py" line="122"/>
        <source>van %n mensen.</source>
        <translation>
            <numerusform>van %n persoon.</numerusform>
            <numerusform>van %n mensen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/reach.py" line="124"/>
        <source>De helft van de reacties komt van %n mensen.</source>
        <translation>
            <numerusform>De helft van de reacties komt van %n persoon.</numerusform>
            <numerusform>De helft van de reacties komt van %n mensen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="126"/>
        <source>De 10% actiefste schrijvers plaatsten {0:.0%} van de reacties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/reach.py" line="129"/>
        <source>%n mensen reageerden vaker dan één keer.</source>
        <translation>
            <numerusform>%n persoon reageerde vaker dan één keer.</numerusform>
            <numerusform>%n mensen reageerden vaker dan één keer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="132"/>
        <source>Een kleine groep is dus goed voor een groot deel van wat u hoort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="135"/>
        <source>De reacties zijn redelijk gespreid over veel mensen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="137"/>
        <source>{0:.0%} is verborgen of verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="146"/>
        <source>Geen reacties in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="149"/>
        <source>top {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="152"/>
        <source>wk {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="153"/>
        <source>nieuwe schrijvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="158"/>
        <source>schrijvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/reach.py" line="159"/>
        <source>extra reacties van dezelfde schrijvers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="128"/>
        <source>Inbrengregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="130"/>
        <source>Inbreng van burgers per project en onderwerp, en wat ermee gedaan is (koppel terug). Markeer inbreng in de wachtrij via het menu van een bericht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="135"/>
        <source>Wacht op terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="136"/>
        <source>Terugkoppeling gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="136"/>
        <source>Alle inbreng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="141"/>
        <source>Onderwerp toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="142"/>
        <source>Terugkoppeling vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="143"/>
        <source>Exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="144"/>
        <source>Met namen (wordt gelogd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="145"/>
        <source>Inbreng per onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="146"/>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="146"/>
        <location filename="../../ui/participation/register_panel.py" line="148"/>
        <source>Inbreng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="148"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="148"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="148"/>
        <source>Onderwerpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="149"/>
        <source>Terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="163"/>
        <source>(geen project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="171"/>
        <source>Nog geen projecten: geef accounts een project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/register_panel.py" line="184"/>
        <source>%n keer inbreng</source>
        <translation>
            <numerusform>%n keer inbreng</numerusform>
            <numerusform>%n keer inbreng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/register_panel.py" line="185"/>
        <source>%n wacht op terugkoppeling</source>
        <translation>
            <numerusform>%n wacht op terugkoppeling</numerusform>
            <numerusform>%n wachten op terugkoppeling</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="205"/>
        <source>nog niet gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="207"/>
        <source>(tekst gewist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="229"/>
        <source>Onderwerp toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="230"/>
        <source>Nieuw onderwerp voor {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="239"/>
        <source>Kies eerst een inbreng in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="250"/>
        <source>Terugkoppeling vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="256"/>
        <source>Inbrengregister exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/register_panel.py" line="257"/>
        <source>CSV voor Excel (*.csv);;JSON-regels (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participation/register_panel.py" line="265"/>
        <source>%n regels geëxporteerd.</source>
        <translation>
            <numerusform>%n regel geëxporteerd.</numerusform>
            <numerusform>%n regels geëxporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationsBox</name>
    <message>
        <location filename="../../ui/settings/registrations.py" line="83"/>
        <source>App-registraties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="84"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="86"/>
        <source>client-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="89"/>
        <source>geheim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="89"/>
        <source>geheim (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="91"/>
        <source>Registreer dit adres als redirect-URL bij {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="108"/>
        <source>opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/registrations.py" line="126"/>
        <source>App-registraties opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../../ui/settings/retention.py" line="53"/>
        <source>Bewaartermijn (AVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/retention.py" line="54"/>
        <source>Teksten en namen wissen na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/retention.py" line="55"/>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/retention.py" line="56"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/retention.py" line="58"/>
        <source>Daarna blijven in het logboek alleen de handeling, de regel, het tijdstip, de moderator en de pseudonieme sleutel. Het wissen gebeurt bij het starten en dagelijks, en wordt zelf gelogd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/retention.py" line="66"/>
        <source>Bewaartermijn opgeslagen: %n dagen.</source>
        <translation>
            <numerusform>Bewaartermijn opgeslagen: %n dag.</numerusform>
            <numerusform>Bewaartermijn opgeslagen: %n dagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleFileLoader</name>
    <message>
        <location filename="../../ui/rules/loader.py" line="113"/>
        <source>Bestand kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="114"/>
        <source>Vergelijken met opgeslagen berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="115"/>
        <source>Activeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="117"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="117"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="117"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="117"/>
        <source>Probleem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="119"/>
        <source>Spelregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="119"/>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="119"/>
        <source>Nieuwe versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="119"/>
        <source>Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="120"/>
        <source>Treffers per spelregel op opgeslagen berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="121"/>
        <source>Voorbeelden die nieuw gemarkeerd worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="124"/>
        <source>Kies een gewijzigd regelbestand (YAML). Het wordt eerst gecontroleerd en vergeleken; de werkende spelregels blijven actief tot u activeert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="134"/>
        <source>Regelbestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="135"/>
        <source>Regelbestanden (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="143"/>
        <source>{0} wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules/loader.py" line="150"/>
        <source>Geldig: {0}, versie {1}, %n spelregel(s). Vergelijk met de opgeslagen berichten voordat u activeert.</source>
        <translation>
            <numerusform>Geldig: {0}, versie {1}, %n spelregel. Vergelijk met de opgeslagen berichten voordat u activeert.</numerusform>
            <numerusform>Geldig: {0}, versie {1}, %n spelregels. Vergelijk met de opgeslagen berichten voordat u activeert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules/loader.py" line="162"/>
        <source>Niet geladen: %n probleem/problemen. De werkende spelregels blijven actief.</source>
        <translation>
            <numerusform>Niet geladen: %n probleem. De werkende spelregels blijven actief.</numerusform>
            <numerusform>Niet geladen: %n problemen. De werkende spelregels blijven actief.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="183"/>
        <source>Vergelijken met opgeslagen berichten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules/loader.py" line="191"/>
        <source>%n bericht(en) vergeleken: {new} nieuw gemarkeerd, {gone} niet meer gemarkeerd, {other} door andere spelregels.</source>
        <translation>
            <numerusform>%n bericht vergeleken: {new} nieuw gemarkeerd, {gone} niet meer gemarkeerd, {other} door andere spelregels.</numerusform>
            <numerusform>%n berichten vergeleken: {new} nieuw gemarkeerd, {gone} niet meer gemarkeerd, {other} door andere spelregels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="219"/>
        <source>Versie {0} is nu actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="237"/>
        <source>Alleen een teamleider mag spelregels wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/loader.py" line="239"/>
        <source>Vergelijk eerst met de opgeslagen berichten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <location filename="../../ui/rules/tester.py" line="67"/>
        <source>Voorbeeldtekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="68"/>
        <source>Typ of plak een reactie om de spelregels te testen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="70"/>
        <source>Bewijs in de tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="71"/>
        <source>Geraakte spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="104"/>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="127"/>
        <source>Nog geen tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/tester.py" line="129"/>
        <source>Geen spelregel geraakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules/tester.py" line="131"/>
        <source>%n spelregel(s) geraakt.</source>
        <translation>
            <numerusform>%n spelregel geraakt.</numerusform>
            <numerusform>%n spelregels geraakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/rules/panel.py" line="120"/>
        <source>Spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="122"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="122"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="122"/>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="123"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="123"/>
        <source>Treffers 7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="124"/>
        <source>Publieke tekst (zo leest de deelnemer het)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="125"/>
        <source>Testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="125"/>
        <source>Nieuwe versie laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="126"/>
        <source>Drempels kalibreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="160"/>
        <source>Huisregels die moderatoren bij een waarschuwing of verwijdering aanhalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="164"/>
        <source>actief in deze werkruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="165"/>
        <source>standaardset (nog geen eigen regelset geactiveerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="166"/>
        <source>{0} — versie {1}, {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rules/panel.py" line="167"/>
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
        <location filename="../../ui/widgets/scoring_status.py" line="81"/>
        <source>Toxiciteitsmodel laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="83"/>
        <source>Toxiciteit scoren: {done} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="86"/>
        <source>Model {model}: alles gescoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="87"/>
        <source>Scores op Nederlandse tekst zijn indicatief: Nederlands zat niet in de trainingsdata van Detoxify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="90"/>
        <source>Geen toxiciteitsmodel geïnstalleerd — spelregels werken wel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="91"/>
        <source>Installeer een model met &quot;moderator model install BUNDEL&quot;; berichten worden dan alsnog gescoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scoring_status.py" line="94"/>
        <source>Toxiciteitsmodel: fout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="162"/>
        <location filename="../../ui/settings/dialog.py" line="163"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="164"/>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="165"/>
        <source>Taal van de interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="166"/>
        <source>Toxiciteitsmodel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="167"/>
        <source>Installeren uit bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="168"/>
        <source>Werkruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="171"/>
        <source>Teamdatabase (PostgreSQL): meerdere moderatoren werken tegelijk in dezelfde wachtrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="173"/>
        <source>Lokale werkruimte (SQLite) op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="174"/>
        <source>Andere werkruimte openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="175"/>
        <source>of teamdatabase: postgresql://gebruiker@server/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="176"/>
        <source>Verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="178"/>
        <source>Aanspreekvorm (interface, sjablonen en spelregels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="204"/>
        <source>Taal ingesteld op {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="226"/>
        <source>Status wordt opgehaald…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="227"/>
        <source>Geïnstalleerd: {0}. Berichten worden op deze computer gescoord; er gaat niets naar een externe dienst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="230"/>
        <source>Niet geïnstalleerd. Installeer een modelbestand om berichten op toxiciteit te scoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="232"/>
        <source>Status onbekend: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="238"/>
        <source>Modelbestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="239"/>
        <source>Modelbestanden (*.zip *.ckpt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="249"/>
        <source>Werkruimte kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="256"/>
        <source>Een teamdatabase-adres begint met postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="177"/>
        <source>Antwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="180"/>
        <source>Sjablonen bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="182"/>
        <source>Sjablonen bekijken…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="48"/>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="49"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="52"/>
        <source>Alles in de wachtrij kan met het toetsenbord. Sneltoetsen zijn aan te passen in de instellingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="94"/>
        <source>Sneltoets voor &apos;{0}&apos; is nu {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="96"/>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="113"/>
        <source>{0} is nodig om door het venster te bewegen; kies een andere toets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="116"/>
        <source>{0} is al de sneltoets voor &apos;{1}&apos;. Kies een andere toets of wijzig die eerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="122"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="125"/>
        <source>Standaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="126"/>
        <source>Standaardtoets voor {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shortcuts.py" line="128"/>
        <source>Sneltoets voor {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../ui/stats/panel.py" line="57"/>
        <source>{d} d {h} u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="59"/>
        <source>{h} u {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="61"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="155"/>
        <source>Statistieken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="165"/>
        <source>Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="166"/>
        <source>Berichten binnengekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="167"/>
        <source>Gemarkeerd door spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="168"/>
        <source>Mediane tijd tot eerste reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="169"/>
        <source>Moderatie-acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="171"/>
        <source>Berichten per dag per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="171"/>
        <source>Acties per moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="172"/>
        <source>Meest geraakte spelregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="203"/>
        <source>Statistieken niet beschikbaar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="225"/>
        <source>Geen berichten in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="243"/>
        <source>wk {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="249"/>
        <source>Nog geen acties in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="260"/>
        <source>Geen spelregels geraakt in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="208"/>
        <source>in de laatste %n dag(en)</source>
        <translation>
            <numerusform>in de laatste %n dag</numerusform>
            <numerusform>in de laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stats/panel.py" line="156"/>
        <source>Volume, markeringen, reactietijd en acties per moderator. Dagen in Nederlandse tijd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="211"/>
        <source>{flagged} van %n bericht(en)</source>
        <translation>
            <numerusform>{flagged} van %n bericht</numerusform>
            <numerusform>{flagged} van %n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="214"/>
        <source>over %n beantwoord(e) of afgehandeld(e) bericht(en)</source>
        <translation>
            <numerusform>over %n beantwoord of afgehandeld bericht</numerusform>
            <numerusform>over %n beantwoorde of afgehandelde berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="162"/>
        <source>Laatste %n dag(en)</source>
        <translation>
            <numerusform>Laatste %n dag</numerusform>
            <numerusform>Laatste %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stats/panel.py" line="218"/>
        <source>door %n moderator(en)</source>
        <translation>
            <numerusform>door %n moderator</numerusform>
            <numerusform>door %n moderatoren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/audit/summary.py" line="32"/>
        <source>Overzicht per moderator — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="35"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="35"/>
        <source>Acties per soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="35"/>
        <source>Vermeldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="36"/>
        <source>Teruggedraaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="36"/>
        <source>Goedgekeurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="36"/>
        <source>Afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="37"/>
        <source>Geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/summary.py" line="45"/>
        <source>Overzicht per moderator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/reply_templates.py" line="108"/>
        <location filename="../../ui/reply_templates.py" line="109"/>
        <source>Sjablonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="110"/>
        <source>Sjablonen voor antwoorden en waarschuwingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="112"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="112"/>
        <source>Tekst (u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="112"/>
        <source>Tekst (je)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="113"/>
        <source>Korte tekst (u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="113"/>
        <source>Korte tekst (je)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="116"/>
        <source>Variabelen: {author} = voornaam of @naam van de schrijver, {project} = project van het account, {rule_title}, {rule_text}, {rule_url} = de spelregel en waar alle spelregels staan. De korte tekst wordt gebruikt waar de gewone niet past (X: 280, TikTok: 150 tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="120"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="121"/>
        <source>Standaardtekst terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="133"/>
        <source> (aangepast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="164"/>
        <source>Voorbeeld: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="176"/>
        <source>Sjabloon opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_templates.py" line="180"/>
        <source>Niet opgeslagen: gebruik alleen de variabelen hieronder, met accolades eromheen. ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="30"/>
        <source>Markeren als inbreng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="32"/>
        <source>Inbreng voor {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="32"/>
        <source>(geen project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="36"/>
        <source>Onderwerpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/participation/mark_input.py" line="43"/>
        <source>Nieuw onderwerp (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/triage/view.py" line="285"/>
        <source>Laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="292"/>
        <source>Niets te doen in deze wachtrij. Goed bezig!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="294"/>
        <source>Geen berichten gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="389"/>
        <source>Zoeken in berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="390"/>
        <source>Enter zoekt, Esc gaat terug naar de wachtrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="392"/>
        <source>Wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="393"/>
        <source>Filters en accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="394"/>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="395"/>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/view.py" line="307"/>
        <source>%n bericht(en)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage/view.py" line="305"/>
        <source>%n bericht(en) geladen</source>
        <translation>
            <numerusform>%n bericht geladen</numerusform>
            <numerusform>%n berichten geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="349"/>
        <source>{n} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage/view.py" line="388"/>
        <source>Zoeken in berichten  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary.py" line="17"/>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="18"/>
        <source>gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="94"/>
        <location filename="../../ui/vocabulary.py" line="19"/>
        <source>afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="71"/>
        <location filename="../../ui/vocabulary.py" line="20"/>
        <source>verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="79"/>
        <location filename="../../ui/vocabulary.py" line="21"/>
        <source>verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="100"/>
        <location filename="../../ui/vocabulary.py" line="22"/>
        <source>geëscaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25"/>
        <source>reactie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="26"/>
        <source>antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="27"/>
        <source>privébericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="64"/>
        <source>gewaarschuwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="75"/>
        <source>zichtbaar gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="86"/>
        <source>verwijderd en auteur geblokkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="106"/>
        <source>beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="114"/>
        <source>beantwoord met een privébericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_actions.py" line="123"/>
        <source>notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="28"/>
        <source>vermelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="31"/>
        <source>opgepakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="32"/>
        <source>vrijgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="35"/>
        <source>communitymanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36"/>
        <source>externe moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="37"/>
        <source>teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="40"/>
        <source>laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="41"/>
        <source>middel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="42"/>
        <source>hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="43"/>
        <source>kritiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="46"/>
        <source>markeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="47"/>
        <source>verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="48"/>
        <source>verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="49"/>
        <source>escaleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="50"/>
        <source>beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53"/>
        <source>giftigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54"/>
        <source>ernstig giftig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55"/>
        <source>obsceen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="56"/>
        <source>bedreiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="57"/>
        <source>belediging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="58"/>
        <location filename="../../ui/vocabulary.py" line="59"/>
        <source>aanval op identiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="60"/>
        <source>seksueel expliciet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="81"/>
        <source>DM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
