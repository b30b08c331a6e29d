<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
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
        <location filename="../../ui/widgets/filters_view.py" line="175"/>
        <source>WACHTRIJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="176"/>
        <source>ACCOUNTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="181"/>
        <source>Alle accounts</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/widgets/item_detail.py" line="182"/>
        <location filename="../../ui/widgets/item_detail.py" line="236"/>
        <source>Kies een bericht in de wachtrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="303"/>
        <source>opgepakt door {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="309"/>
        <source>%n eerdere bericht(en)</source>
        <translation>
            <numerusform>%n eerdere bericht</numerusform>
            <numerusform>%n eerdere berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="311"/>
        <source>%n keer gewaarschuwd of verborgen</source>
        <translation>
            <numerusform>één keer gewaarschuwd of verborgen</numerusform>
            <numerusform>%n keer gewaarschuwd of verborgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="333"/>
        <source>Bij het bericht van het account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="337"/>
        <source>Reactie op {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="344"/>
        <source>Onzichtbare of richting-tekens zichtbaar gemaakt als ⟦…⟧.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="346"/>
        <source>Bevat %n gestapelde tekens (zalgo).</source>
        <translation>
            <numerusform>Bevat %n gestapeld teken (zalgo).</numerusform>
            <numerusform>Bevat %n gestapelde tekens (zalgo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="366"/>
        <source>Bewerkt: %n eerdere versie(s), de laatste hieronder.</source>
        <translation>
            <numerusform>Bewerkt: %n eerdere versie, hieronder.</numerusform>
            <numerusform>Bewerkt: %n eerdere versies, de laatste hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="368"/>
        <source>Vorige versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="388"/>
        <source>Spelregels die overeenkomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="407"/>
        <source>ernst {sev} · voorstel: {act} · regelset v{ver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="416"/>
        <source>Deze regel staat niet (meer) in de actieve regelset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="423"/>
        <source>Toxiciteit per categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="436"/>
        <source>model: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="441"/>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="445"/>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="449"/>
        <source> (spelregel {rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="454"/>
        <source>Verstuurde tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="456"/>
        <source>Eerder van deze auteur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="171"/>
        <location filename="../../ui/widgets/main_window.py" line="196"/>
        <source>Dit onderdeel is nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="214"/>
        <source>{loaded} geladen van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="227"/>
        <source>Moderator — {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="228"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="228"/>
        <source>&amp;Wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="229"/>
        <source>Be&amp;richt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="229"/>
        <source>Bee&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="230"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="236"/>
        <source>Wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="237"/>
        <source>Naar de wachtrij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="241"/>
        <source>Naar {panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="242"/>
        <source>Werkruimte: {where}</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/models/queue_model.py" line="55"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="56"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="57"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="58"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="59"/>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="60"/>
        <source>Regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="61"/>
        <source>Toxisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="62"/>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="316"/>
        <source>Opgepakt door {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="64"/>
        <source>Opgepakt door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="241"/>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="311"/>
        <source>Spelregels die overeenkomen: {rules} (ernst: {sev})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="52"/>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="53"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="56"/>
        <source>Alles in de wachtrij kan met het toetsenbord. Sneltoetsen zijn aan te passen in de instellingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="251"/>
        <source>Laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="258"/>
        <source>Niets te doen in deze wachtrij. Goed bezig!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="260"/>
        <source>Geen berichten gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/triage_view.py" line="270"/>
        <source>%n bericht(en) geladen</source>
        <translation>
            <numerusform>%n bericht geladen</numerusform>
            <numerusform>%n berichten geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/triage_view.py" line="272"/>
        <source>%n bericht(en)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="302"/>
        <source>{n} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="350"/>
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
        <source>giftigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53"/>
        <source>ernstig giftig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54"/>
        <source>obsceen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55"/>
        <source>bedreiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="56"/>
        <source>belediging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="57"/>
        <location filename="../../ui/vocabulary.py" line="58"/>
        <source>aanval op identiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="59"/>
        <source>seksueel expliciet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="83"/>
        <source>DM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
