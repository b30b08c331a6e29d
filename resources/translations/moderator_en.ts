<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
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
        <location filename="../../ui/widgets/filters_view.py" line="175"/>
        <source>WACHTRIJ</source>
        <translation>QUEUE</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="176"/>
        <source>ACCOUNTS</source>
        <translation>ACCOUNTS</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filters_view.py" line="181"/>
        <source>Alle accounts</source>
        <translation>All accounts</translation>
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
        <location filename="../../ui/widgets/item_detail.py" line="182"/>
        <location filename="../../ui/widgets/item_detail.py" line="236"/>
        <source>Kies een bericht in de wachtrij.</source>
        <translation>Choose an item in the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="303"/>
        <source>opgepakt door {name}</source>
        <translation>claimed by {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="309"/>
        <source>%n eerdere bericht(en)</source>
        <translation>
            <numerusform>%n earlier item</numerusform>
            <numerusform>%n earlier items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="311"/>
        <source>%n keer gewaarschuwd of verborgen</source>
        <translation>
            <numerusform>warned or hidden once</numerusform>
            <numerusform>warned or hidden %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="333"/>
        <source>Bij het bericht van het account</source>
        <translation>On the account’s post</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="337"/>
        <source>Reactie op {author}</source>
        <translation>Reply to {author}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="344"/>
        <source>Onzichtbare of richting-tekens zichtbaar gemaakt als ⟦…⟧.</source>
        <translation>Invisible or direction characters shown as ⟦…⟧.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="346"/>
        <source>Bevat %n gestapelde tekens (zalgo).</source>
        <translation>
            <numerusform>Contains %n stacked mark (zalgo).</numerusform>
            <numerusform>Contains %n stacked marks (zalgo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/item_detail.py" line="366"/>
        <source>Bewerkt: %n eerdere versie(s), de laatste hieronder.</source>
        <translation>
            <numerusform>Edited: %n earlier version, shown below.</numerusform>
            <numerusform>Edited: %n earlier versions, the latest below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="368"/>
        <source>Vorige versie</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="388"/>
        <source>Spelregels die overeenkomen</source>
        <translation>Matching house rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="407"/>
        <source>ernst {sev} · voorstel: {act} · regelset v{ver}</source>
        <translation>severity {sev} · suggested: {act} · rule set v{ver}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="416"/>
        <source>Deze regel staat niet (meer) in de actieve regelset.</source>
        <translation>This rule is not in the active rule set (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="423"/>
        <source>Toxiciteit per categorie</source>
        <translation>Toxicity per category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="436"/>
        <source>model: {m}</source>
        <translation>model: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="441"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="445"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="449"/>
        <source> (spelregel {rule})</source>
        <translation> (house rule {rule})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="454"/>
        <source>Verstuurde tekst</source>
        <translation>Text sent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_detail.py" line="456"/>
        <source>Eerder van deze auteur</source>
        <translation>Earlier from this author</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="171"/>
        <location filename="../../ui/widgets/main_window.py" line="196"/>
        <source>Dit onderdeel is nog niet beschikbaar.</source>
        <translation>This part is not available yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="214"/>
        <source>{loaded} geladen van {total}</source>
        <translation>{loaded} of {total} loaded</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="227"/>
        <source>Moderator — {where}</source>
        <translation>Moderator — {where}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="228"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="228"/>
        <source>&amp;Wachtrij</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="229"/>
        <source>Be&amp;richt</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="229"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="230"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="236"/>
        <source>Wachtrij</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="237"/>
        <source>Naar de wachtrij</source>
        <translation>Go to the queue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="241"/>
        <source>Naar {panel}</source>
        <translation>Go to {panel}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="242"/>
        <source>Werkruimte: {where}</source>
        <translation>Workspace: {where}</translation>
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
        <location filename="../../ui/models/queue_model.py" line="55"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="56"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="57"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="58"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="59"/>
        <source>Bericht</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="60"/>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="61"/>
        <source>Toxisch</source>
        <translation>Toxic</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="62"/>
        <source>Tijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="316"/>
        <source>Opgepakt door {name}</source>
        <translation>Claimed by {name}</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="64"/>
        <source>Opgepakt door</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="241"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="311"/>
        <source>Spelregels die overeenkomen: {rules} (ernst: {sev})</source>
        <translation>Matching house rules: {rules} (severity: {sev})</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="52"/>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="53"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shortcut_sheet.py" line="56"/>
        <source>Alles in de wachtrij kan met het toetsenbord. Sneltoetsen zijn aan te passen in de instellingen.</source>
        <translation>Everything in the queue works from the keyboard. Shortcuts can be changed in the settings.</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="251"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="258"/>
        <source>Niets te doen in deze wachtrij. Goed bezig!</source>
        <translation>Nothing to do in this queue. Well done!</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="260"/>
        <source>Geen berichten gevonden.</source>
        <translation>No items found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/triage_view.py" line="270"/>
        <source>%n bericht(en) geladen</source>
        <translation>
            <numerusform>%n item loaded</numerusform>
            <numerusform>%n items loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/triage_view.py" line="272"/>
        <source>%n bericht(en)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="302"/>
        <source>{n} van {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/triage_view.py" line="350"/>
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
        <source>giftigheid</source>
        <translation>toxicity</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53"/>
        <source>ernstig giftig</source>
        <translation>severe toxicity</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54"/>
        <source>obsceen</source>
        <translation>obscene</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55"/>
        <source>bedreiging</source>
        <translation>threat</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="56"/>
        <source>belediging</source>
        <translation>insult</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="57"/>
        <location filename="../../ui/vocabulary.py" line="58"/>
        <source>aanval op identiteit</source>
        <translation>identity attack</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="59"/>
        <source>seksueel expliciet</source>
        <translation>sexually explicit</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="83"/>
        <source>DM</source>
        <translation>DM</translation>
    </message>
</context>
</TS>
