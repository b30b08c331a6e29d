"""The Dutch README inside every package: what each file is and how to check it by hand."""

README = """Moderator - archiefpakket
==========================

Dit pakket bevat de moderatie van sociale-mediakanalen van de organisatie over een periode,
zo vastgelegd dat het zonder Moderator te lezen en te controleren is (Archiefwet 1995).
Persoonsgegevens zijn zoveel mogelijk weggelaten: auteurs staan er alleen in met een
pseudonieme sleutel; namen van burgers niet.

Bestanden
---------
manifest.json           Wat dit pakket is, wanneer gemaakt, de kop van het logboek
                        ("audit_head") en de SHA-256 van elk ander bestand.
README.txt              Dit bestand.
audit.jsonl             Het moderatielogboek: elke handeling, één JSON-regel per handeling.
                        Persoonlijke inhoud (verzonden tekst, naam) is weggelaten; alleen
                        de vingerafdruk ("content_digest") staat erin.
rulesets/NAAM@VERSIE.yaml  Elke versie van de spelregels die in deze werkruimte gold.
besluiten.jsonl         Elk besluit (verbergen, verwijderen, waarschuwen, ...) met de
                        regel, de tekst van die regel zoals gepubliceerd, de versie van
                        de spelregels en de rol van de moderator.
verklaringen.jsonl      Een motivering (statement of reasons) voor elk verbergen en
                        verwijderen.
eigen-berichten.jsonl   Antwoorden en waarschuwingen van de organisatie zoals verzonden,
                        en berichten van de eigen accounts zoals ze op het platform staan.
verborgen-verwijderd.jsonl  Verborgen en verwijderde reacties die nog binnen de
                        bewaartermijn vallen (tekst en pseudonieme sleutel).
inbrengregister.jsonl   Het participatieregister: inbreng per project en onderwerp en de
                        terugkoppeling die is gegeven (gepseudonimiseerd).
peilingen.json          De uitslag van elke peiling met de telmethode in woorden.
mdto/BESTAND.mdto.xml   Per bestand een beschrijving naar het model van MDTO
                        (Metagegevens Duurzaam Toegankelijke Overheidsinformatie,
                        Nationaal Archief): informatieobject en bestand, met
                        checksum, omvang, formaat, periode en beperkingen.

Controleren
-----------
1. Bereken de SHA-256 van elk bestand (bijvoorbeeld met `sha256sum`) en vergelijk die met
   "files" in manifest.json. Elk bestand moet erin staan en niets anders mag er zijn.
2. audit.jsonl is een hashketen. De "hash" van regel N is de SHA-256 over de UTF-8-bytes
   van de compacte JSON-lijst
   [seq, at, moderator, role, action, item_ref, account_id, rule_id, ruleset_version,
   detail, content_digest, prev_hash]
   (zonder spaties; niet-ASCII-tekens zoals ze zijn; alleen aanhalingstekens, backslashes
   en stuurtekens ge-escaped, die laatste als \\b \\f \\n \\r \\t of \\u00xx in kleine
   letters; account_id een getal of null). Dat zijn dezelfde bytes als Python's
   json.dumps(velden, ensure_ascii=False, separators=(",", ":")) of SQLite's json_array().
   "prev_hash" is de hash van regel N-1 (64 nullen voor regel 1). De laatste regel moet
   gelijk zijn aan "audit_head" in manifest.json.
3. `moderator archive verify PAKKET.zip` doet dit allemaal, ook zonder de database, en
   noemt elk gewijzigd, ontbrekend of toegevoegd bestand.
"""
