# ruff: noqa: E501, RUF001
"""Generate the Moderator demo workspace data (accounts.json and items.jsonl).

Run ``python resources/demo/generate.py``. The output is deterministic: the same
seed and the same text pools always give byte-identical files.

Every organisation, account, person, phone number, e-mail address and link in
here is invented. Phone numbers use the 06-1234xxxx pattern, e-mail addresses
use example.nl / example.com, thread links use www.example.org.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

SEED = 20261127
TZ = timezone(timedelta(hours=1))
END = datetime(2026, 11, 27, 18, 0, tzinfo=TZ)
START = END - timedelta(days=14)
OUT_DIR = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# Organisations and their accounts
# ---------------------------------------------------------------------------

ACCOUNTS: list[dict[str, str]] = [
    {
        "platform": "facebook",
        "external_id": "104857392615482",
        "name": "Rijkswegen Nederland – A27 Lexmond",
        "project": "Verbreding A27 Lexmond",
    },
    {
        "platform": "instagram",
        "external_id": "17841405822953117",
        "name": "rijkswegen.a27lexmond",
        "project": "Verbreding A27 Lexmond",
    },
    {
        "platform": "x",
        "external_id": "1460213378902",
        "name": "Gemeente Zuiderveen",
        "project": "Gemeente Zuiderveen – Marktplein en dienstverlening",
    },
    {
        "platform": "facebook",
        "external_id": "100394857261734",
        "name": "Gemeente Zuiderveen",
        "project": "Gemeente Zuiderveen – Marktplein en dienstverlening",
    },
    {
        "platform": "linkedin",
        "external_id": "urn:li:organization:80412377",
        "name": "Ministerie van Wonen en Leefomgeving",
        "project": "Programma Warmtenetten Wijk voor Wijk",
    },
    {
        "platform": "youtube",
        "external_id": "UCw7LageLanden3xQ9dijk",
        "name": "Waterschap Lage Landen",
        "project": "Dijkversterking Lekoever",
    },
    {
        "platform": "tiktok",
        "external_id": "7130448821936",
        "name": "waterschaplagelanden",
        "project": "Dijkversterking Lekoever",
    },
    {
        "platform": "instagram",
        "external_id": "17841463310027458",
        "name": "provincieveenland",
        "project": "Windpark De Kromme Akkers",
    },
    {
        "platform": "x",
        "external_id": "1588830041276",
        "name": "Provincie Veenland",
        "project": "Windpark De Kromme Akkers",
    },
]

# ---------------------------------------------------------------------------
# People (all invented). Dutch names, plus a few non-Dutch ones.
# ---------------------------------------------------------------------------

# fmt: off
DUTCH_FIRST = [
    "Jan", "Kees", "Ruud", "Marieke", "Annelies", "Sanne", "Daan", "Bram", "Lotte",
    "Fleur", "Henk", "Gerda", "Wim", "Ria", "Ton", "Ineke", "Joost", "Femke", "Thijs",
    "Noor", "Sven", "Ilse", "Roel", "Mirjam", "Bas", "Esther", "Gert-Jan", "Willemijn",
    "Pieter", "Hanneke", "Koen", "Lieke", "Erik", "Anouk", "Rob", "Petra", "Dirk",
    "Margreet", "Stijn", "Yvonne", "Frank", "Tineke", "Jeroen", "Sandra", "Martijn",
    "Els", "Arjen", "Wendy", "Hans", "Corrie", "Niels", "Jolanda", "Jesse", "Demi",
    "Tim", "Iris", "Rik", "Marloes", "Gijs", "Nienke", "Harm", "Jannie", "Teun", "Loes",
]
DUTCH_LAST = [
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van den Berg", "Kok",
    "Jacobs", "de Haan", "Vermeulen", "van Dijk", "Schouten", "van der Linden",
    "Hoekstra", "Koster", "Prins", "Huisman", "Kuipers", "van Wijk", "Post", "Kramer",
    "Verhoeven", "Boersma", "Willems", "Lammers", "van Beek", "Timmermans", "Rademaker",
]
OTHER_PEOPLE = [
    ("Mohamed", "El Amrani"), ("Fatima", "Bouzid"), ("Youssef", "Haddouchi"),
    ("Samira", "Ait Taleb"), ("Emre", "Yıldırım"), ("Ayşe", "Kaya"), ("Priya", "Ramdin"),
    ("Rajesh", "Mahabier"), ("Kasia", "Nowakowska"), ("Tomasz", "Wiśniewski"),
    ("Ana", "Ferreira"), ("Luca", "Bianchi"), ("James", "Whitfield"), ("Emily", "Hartley"),
    ("Oleksandr", "Kovalenko"), ("Mei", "Lin"), ("Kwame", "Owusu"), ("Diego", "Morales"),
    ("Sophie", "Laurent"), ("Lars", "Nordgren"),
]

# Named people that the hand-written scenarios refer to (poll voters, the
# repeat poster, the threatening commenter, ...). They are added to the pool.
FIXED_PEOPLE = [
    "Harry Blom", "Gré Rademaker", "Dennis van Dam", "Bianca Koolhoven", "Ferry Stoop",
    "Marco Pronk", "Rinus Bol", "Cor van Gelder", "Truus Hofman", "Jaap Rietveld",
]
# fmt: on

# ---------------------------------------------------------------------------
# Threads and hand-written texts
# ---------------------------------------------------------------------------


@dataclass
class ThreadSpec:
    """One post/video with its own hand-written comments."""

    key: str
    title: str
    texts: list[str]
    extra: int = 6  # comments drawn from the organisation pool and general pools
    mix: dict[str, float] = field(default_factory=dict)


# ---- Verbreding A27 Lexmond (facebook + instagram) -------------------------

A27_ANY = [
    "Wanneer is dit nou eindelijk klaar? Sta elke ochtend een half uur stil bij de Lekbrug",
    "Goed dat er eindelijk iets gebeurt aan die flessenhals, dat werd tijd",
    "Hoeveel gaat dit allemaal kosten en wie betaalt dat? Wij zeker weer",
    "Is er al bekend of de afrit Lexmond open blijft tijdens de bouw?",
    "Die trillingen van het heien voel ik tot in mijn keuken. Wie is daar aansprakelijk voor bij schade?",
    "Komt er ook een snelheidsverlaging na de verbreding? Nu al 100 en niemand houdt zich eraan",
    "Ik mis in het plan een goede fietsverbinding naar Vianen, nu moet je echt omfietsen",
    "Mooi werk jongens, ik rij er dagelijks langs en zie het elke week opschieten 👍",
    "Wordt er ook gedacht aan de dassen en ringslangen langs het talud? Daar zitten er echt een hoop",
    "Meer asfalt = meer auto's. Dat weet iedereen toch al sinds de jaren 70",
    "Zijn de bouwtekeningen ergens in te zien? Kan ze niet vinden op de site",
    "Waarom werken jullie niet gewoon in 3 ploegen, dan ben je in de helft van de tijd klaar",
    "Mijn vader woont aan de dijk en heeft geen brief gehad over de werkzaamheden. Hoe kan dat?",
    "Kan er bij de nieuwe geluidswal ook een wandelpad komen? Zou mooi zijn voor het dorp",
    "Ik snap best dat het moet maar de communicatie kan echt beter. Borden staan er pas een dag van tevoren",
    "Er rijden 's nachts vrachtwagens door de Dorpsstraat ipv over de bouwweg. Kan daar op gehandhaafd worden?",
    "Top dat jullie hier zo snel reageren op vragen, complimenten voor het webcareteam",
    "Stikstof is voor boeren een probleem maar voor jullie snelweg ineens niet? Leg dat maar eens uit",
    "Worden de bomen die gekapt zijn ook ergens anders teruggeplant?",
    "Hoezo 2029?? Er stond eerst 2027 in de folder",
    "Blij mee, hopelijk minder sluipverkeer door Lexmond straks",
    "Welk nummer kan ik bellen als er 's nachts geluidsoverlast is? De 0800 lijn neemt niet op",
    "Als ondernemer aan de Provincialeweg merk ik het echt in mijn omzet. Komt er een regeling?",
    "Gaat de carpoolplaats bij Hagestein weg? Daar staat mijn auto elke dag",
]

A27_THREADS_FB = [
    ThreadSpec(
        "a27-nacht",
        "Let op: nachtafsluitingen A27 tussen Lexmond en Hagestein van 17 t/m 21 november (21.00–05.00 uur). Verkeer wordt omgeleid via de A2 en A15.",
        [
            "Super, weer 40 minuten omrijden naar mijn nachtdienst in het ziekenhuis 🙄",
            "Geldt dit ook voor de hulpdiensten of kunnen die er wel door?",
            "Is de oprit Everdingen richting Utrecht dan ook dicht?",
            "Fijn dat het op tijd gemeld wordt, vorig jaar stond ik ineens voor een dichte weg",
            "Waarom uitgerekend in de week van de Black Friday drukte, wie bedenkt dat",
            "Omleiding via de A2 is prima te doen hoor, niet zo zeuren mensen",
            "De omleidingsborden bij Vianen wijzen de verkeerde kant op, stond gisteren ineens op de parallelbaan",
            "Gaan jullie ook 's nachts heien? Dan kan ik een week niet slapen",
            "Vrachtwagenchauffeur hier. Die omleiding via de A15 kost ons een uur per rit. Graag eerder melden aan de transportsector.",
            "Hoe laat precies weer open? Ik moet om 5 uur in Gorinchem zijn",
        ],
        extra=8,
    ),
    ThreadSpec(
        "a27-info",
        "Kom naar de informatieavond op dinsdag 25 november in De Lekzaal in Lexmond (19.30 uur). U kunt in gesprek met de omgevingsmanager en de aannemer.",
        [
            "Kan ik ook online meekijken? Ik werk die avond",
            "Komen er ook mensen van de gemeente? Want die verwijzen steeds naar jullie en jullie naar hen",
            "Ik kom zeker, heb een hoop vragen over de geluidswal achter onze tuin",
            "Is De Lekzaal toegankelijk met een rolstoel?",
            "Weer zo'n avond waar alles al besloten is en wij mogen mogen knikken",
            "Zorg aub voor een microfoon deze keer, achterin hoorde je vorige keer helemaal niks",
            "Fijn initiatief! Hopelijk komt er ook een verslag voor wie niet kan",
            "Kunnen we vragen vooraf insturen? Ik ben niet zo'n prater in een zaal",
            "Is er koffie? 😄 dan kom ik",
        ],
        extra=6,
    ),
    ThreadSpec(
        "a27-geluid",
        "Geluidsschermen langs Lexmond: we ontwerpen ze samen met de omgeving. Wat vindt u belangrijk? Laat het ons weten in de reacties.",
        [
            "Zo hoog mogelijk! Wij horen de snelweg nu al tot in de slaapkamer met het raam dicht",
            "Graag begroeid, die kale betonnen schermen zijn zo lelijk",
            "Doorzichtig bij de dijk alsjeblieft, anders zie je de rivier niet meer vanaf het fietspad",
            "Kunnen er zonnepanelen op? Ze zijn er toch al",
            "Stiller asfalt (ZOAB) helpt meer dan zo'n scherm, dat heeft de buurt aan de A2 ook gemerkt",
            "Aan de oostkant komt helemaal geen scherm volgens de tekening, terwijl daar ook huizen staan. Hoe zit dat?",
            "Scherm van hout graag, past beter bij het dorp",
            "Wij wonen op 80 meter van de weg en vallen net buiten de norm. Belachelijk, geluid stopt niet bij een lijn op de kaart",
            "Zorg dat er geen graffiti op kan komen, anders is het binnen een maand een zooi",
            "Vogels vliegen zich te pletter tegen die glazen schermen, neem aub stickers of ander glas",
            "Wanneer wordt het definitieve ontwerp bekend?",
        ],
        extra=7,
    ),
    ThreadSpec(
        "a27-bomen",
        "Langs de Lekdijk kappen we deze maand 212 bomen voor de verbreding. We planten er 350 terug in de omgeving. Hieronder leggen we uit waarom en waar.",
        [
            "212 bomen voor een paar minuten minder file. Triest.",
            "350 jonge boompjes is niet hetzelfde als 212 oude eiken, dat weten jullie zelf ook wel",
            "Waar komen die nieuwe bomen dan precies? Graag bij de school aan de Kerkweg",
            "Er zitten uilen in die populieren bij de afrit, is daar ecologisch onderzoek naar gedaan?",
            "Goed uitgelegd, dank jullie wel. Jammer maar begrijpelijk",
            "Het hout gaat zeker naar een biomassacentrale. Groene energie hahaha",
            "Kunnen bewoners wat van het hout krijgen? Voor de kachel of voor de moestuin",
            "Mijn kinderen zijn er echt verdrietig om, ze klommen altijd in die boom bij het pontje",
        ],
        extra=7,
    ),
    ThreadSpec(
        "a27-fiets",
        "Vanaf 1 december bouwen we de nieuwe fietstunnel bij Lexmond. Fietsers en voetgangers worden 6 maanden omgeleid via de Zouweweg.",
        [
            "6 maanden?? Mijn kinderen fietsen daar elke dag naar school in Vianen. Die omleiding is in het donker levensgevaarlijk",
            "Komt er verlichting langs de omleiding? Nu is het daar pikkedonker",
            "Eindelijk een tunnel! Die oversteek was echt een ramp",
            "Kan er tijdelijk een verkeersregelaar staan bij de kruising met de Provincialeweg in de ochtendspits?",
            "Wordt de tunnel ook breed genoeg voor bakfietsen en scootmobielen?",
            "Graag camera's in die tunnel, anders wordt het een hangplek",
            "Hoe lang wordt de omleiding precies in kilometers? Voor mijn moeder op de e-bike maakt dat veel uit",
        ],
        extra=6,
    ),
    ThreadSpec(
        "a27-update",
        "Update november: de eerste pijler van de nieuwe Lekbrug staat! Bekijk de voortgang in het fotoalbum.",
        [
            "Indrukwekkend! Wat een machines 😮",
            "Wat een werk. Respect voor de mannen en vrouwen die dit in de regen doen",
            "Mooie foto's, maar wanneer gaat het nou echt sneller op de weg",
            "Mijn zoon (6) wil er elke dag langs om te kijken, hij wil later ook brugbouwer worden 😍",
            "Is het beton dat gebruikt wordt CO2-arm? Daar hoor ik graag meer over",
            "Hoe diep gaan die palen de grond in?",
            "Leuk om te volgen zo, ga zo door!",
        ],
        extra=6,
    ),
]

A27_THREADS_IG = [
    ThreadSpec(
        "a27-ig-drone",
        "Dronebeelden van de nieuwe pijler bij de Lekbrug 🚁🌉 #A27Lexmond #bouwupdate",
        [
            "Vet 🔥🔥",
            "wow dit is echt gaaf gefilmd",
            "Welke drone gebruiken jullie? 😅",
            "Mooi die rivier zo van bovenaf 😍",
            "en wanneer is het klaar 👀",
            "Ik zie mijn huis!! 📍",
            "Prachtig maar de file blijft 😤",
        ],
        extra=6,
    ),
    ThreadSpec(
        "a27-ig-team",
        "Maak kennis met ons bouwteam 👷‍♀️👷 Deze week: Sanne, uitvoerder en al 12 jaar in de wegenbouw.",
        [
            "Go Sanne! 💪 Meer vrouwen in de bouw",
            "Zo leuk om te zien wie er achter de schermen werkt",
            "Hoe word je uitvoerder? Zit zelf op het mbo bij infra",
            "Respect 👏👏",
            "Die helm staat je goed 😄",
        ],
        extra=5,
    ),
    ThreadSpec(
        "a27-ig-zon",
        "Zonsopkomst boven de bouwplaats bij Lexmond 🌅 Elke ochtend om 6.30 uur starten we hier.",
        [
            "Prachtig plaatje 😍",
            "6.30?? Dus daarom word ik elke ochtend wakker van de piepende bouwkranen",
            "Mooie foto maar mijn slaap is minder mooi 😴",
            "🌅🌅🌅",
        ],
        extra=5,
    ),
]

# The emoji poll on Instagram: 🌿 = begroeid, 🪟 = glas, 🪵 = hout.
A27_POLL_TITLE = "Stem mee! Hoe moeten de geluidsschermen bij Lexmond eruitzien? Reageer met 🌿 (begroeid), 🪟 (glas) of 🪵 (hout). Stemmen kan t/m 26 november."
A27_POLL_VOTES: list[tuple[str, str]] = [
    ("p:Marieke de Wit", "🌿"),
    ("p:Daan Kuipers", "🌿🌿🌿"),
    ("p:Lotte Hendriks", "🪟 dan zie je de dijk nog"),
    ("p:Harry Blom", "🪵"),
    ("p:Femke van Beek", "🌿 groen groen groen"),
    ("p:Bram Kok", "🪟"),
    ("p:Ilse Timmermans", "ik stem 🪵 past bij het dorp"),
    ("p:Jesse Vos", "🌿"),
    ("p:Ayşe Kaya", "🪟🪟"),
    ("p:Lotte Hendriks", "toch 🌿, glas wordt zo vies 😅"),
    ("p:Noor Smit", "🌿💚"),
    ("p:Gijs Dekker", "🪵🪵"),
    ("p:Emily Hartley", "🪟 please, the view over the river is the best part"),
    ("p:Demi Bos", "🌿 + bloemen voor de bijen 🐝"),
    ("p:Harry Blom", "🪵 (nog een keer voor de zekerheid haha)"),
    ("p:Tim Post", "Maakt niet uit, als het maar stil is"),
    ("p:Marloes Verhoeven", "🪟"),
    ("p:Rik van Dijk", "🌿"),
]

A27_POLL_REPLIES: list[tuple[int, str]] = [
    (4, "Ja en dan met bloemen 🌼"),
    (12, "Agreed! 🪟"),
]

# ---- Gemeente Zuiderveen (x + facebook) ------------------------------------

ZV_ANY = [
    "Wanneer gaat de gemeente eens iets doen aan de hondenpoep in het park",
    "Bij de bushalte op de Stationsweg is de lantaarnpaal al 3 weken kapot, al 2x gemeld via de app",
    "Goed bezig Zuiderveen 👏",
    "Waarom is het gemeentehuis op vrijdagmiddag dicht? Niet iedereen kan overdag",
    "De ozb is weer omhoog en de stoep voor mijn deur ligt er nog steeds scheef bij",
    "Kan de gemeente niet eens een keer gewoon een brief sturen ipv alles via social media",
    "Hoe zit het met de parkeervergunningen in het centrum als het Marktplein dicht is?",
    "Ik heb een melding gedaan over een omgevallen boom in de Beukenlaan maar niks meer gehoord",
    "Complimenten voor de mensen van de buitendienst, staan er bij elk weer",
    "Wordt er ook nagedacht over meer bankjes voor ouderen in het centrum? Mijn moeder kan niet zo ver lopen",
    "Wethouder, kom eens kijken in Parkwijk hoe het er 's avonds aan toe gaat",
    "Jullie website werkt niet op mijn telefoon, krijg steeds een foutmelding bij het formulier",
    "De markt op de Kerkstraat is veel gezelliger eigenlijk, laat hem daar maar",
    "Waar kan ik terecht met vragen over de energietoeslag?",
    "Ik zou graag meedenken over het centrum. Komt er een klankbordgroep?",
    "Alles wordt duurder in deze gemeente behalve de service",
    "Hoe vaak moet je nog bellen voordat er iets gebeurt met die scheve stoeptegels?",
    "Fijn dat jullie de kerstverlichting weer ophangen 🎄✨",
    "Zuiderveen is echt een fijne gemeente om te wonen, laat je niet gek maken door de zeurpieten hier",
    "Kan er een zebrapad bij de basisschool aan de Lindelaan? Elke ochtend bijna-ongelukken",
    "Waarom krijgen nieuwe inwoners geen welkomstpakket meer?",
    "Graag meer prullenbakken langs het kanaal, na elk mooi weekend ligt er een hoop troep",
]

ZV_THREADS_X = [
    ThreadSpec(
        "zv-x-markt",
        "Maandag 17/11 start de herinrichting van het Marktplein. De weekmarkt verhuist tijdelijk naar de Kerkstraat. Meer info: www.example.nl/marktplein",
        [
            "Hoe lang duurt dit?",
            "En de kerstmarkt dan? Gaat die gewoon door?",
            "Eindelijk! Dat plein was al jaren een parkeerplaats met een kraam ertussen",
            "Kerkstraat is veel te smal voor de markt, dat wordt een chaos met de fietsers",
            "De ondernemers aan het plein zijn weer de klos. 4 maanden geen aanloop",
            "Komen er ook laadpalen terug?",
            "Blijven de bomen staan?",
        ],
        extra=6,
    ),
    ThreadSpec(
        "zv-x-afval",
        "Vanaf 1 januari halen we restafval 1x per 4 weken op. GFT en PMD vaker. Vragen? Stel ze hieronder.",
        [
            "1x per 4 weken met een baby in huis? Dat gaat niet passen met luiers",
            "Krijgen we dan ook een grotere container?",
            "Prima, wij scheiden alles en hebben amper restafval",
            "Dus wel hetzelfde betalen en minder ophalen. Logisch.",
            "Is er een regeling voor mensen met incontinentiemateriaal?",
            "Wanneer komt de nieuwe afvalkalender online?",
            "Bij ons in de straat staan de PMD-zakken nu al een week op straat te waaien",
        ],
        extra=7,
    ),
    ThreadSpec(
        "zv-x-glad",
        "Vannacht kans op gladheid ❄️ Onze strooiwagens rijden vanaf 03.00 uur over de hoofdroutes en fietspaden.",
        [
            "Ook in de Rozenstraat? Daar ligt het elk jaar spiegelglad",
            "Dank aan de strooiers die 's nachts hun bed uit gaan 🙏",
            "Fietspad langs het kanaal is nooit gestrooid, elk jaar weer",
            "Kunnen we zelf zout halen bij de gemeentewerf?",
        ],
        extra=5,
    ),
    ThreadSpec(
        "zv-x-raad",
        "Donderdag 20 november om 19.30 uur vergadert de gemeenteraad over de begroting 2027. Live te volgen via www.example.nl/raad",
        [
            "Gaat het ook over het zwembad?",
            "Ik kan de stukken niet vinden op de site, link werkt niet",
            "Wordt er ook ondertiteld? Voor slechthorenden is dat echt nodig",
            "Fijn dat het live is 👍",
            "Begroting 2027 en ze weten nog niet eens wat het Marktplein kost",
        ],
        extra=6,
    ),
    ThreadSpec(
        "zv-x-jong",
        "Ben jij tussen de 14 en 23 en wil je meepraten over Zuiderveen? Meld je aan voor de jongerenraad! 🙌 www.example.nl/jongerenraad",
        [
            "Krijg je er ook wat voor? 😂",
            "Ik heb me aangemeld! Zin in",
            "Eindelijk wordt er naar jongeren geluisterd. Kunnen we het dan over een hangplek hebben",
            "Is het ook voor jongeren uit de kernen of alleen uit het dorp zelf?",
        ],
        extra=4,
    ),
    ThreadSpec(
        "zv-x-parkeren",
        "Vanaf 1 december is parkeren in het centrum ook op zaterdag betaald (€1,80 per uur). Bewoners met een vergunning merken er niks van. Meer: www.example.nl/parkeren",
        [
            "Dit is de doodsteek voor de winkels in het centrum. Dan rij ik wel naar de mall in de stad",
            "€1,80?? Voor een half uurtje bakker en slager",
            "Komt er een blauwe zone of een eerste half uur gratis? Zoals in de buurgemeenten",
            "Terecht, de fiets is er ook nog. Het centrum staat elke zaterdag vol blik",
            "Hebben de ondernemers hier ook iets over te zeggen gehad?",
            "Hoe zit het met mantelzorgers die bij hun ouders in het centrum langsgaan?",
            "Kan ik met de app betalen of moet dat weer met zo'n kapotte automaat",
        ],
        extra=8,
        mix={"negative": 0.4, "shouting": 0.1},
    ),
]

ZV_THREADS_FB = [
    ThreadSpec(
        "zv-fb-speeltuin",
        "Nieuwe speeltuin in Parkwijk: dank jullie wel voor alle tekeningen van de kinderen! 🎨 We hebben er een ontwerp van gemaakt. Wat vinden jullie ervan?",
        [
            "Wat leuk dat de tekeningen echt gebruikt zijn! Mijn dochter herkent haar glijbaan 😍",
            "Komt er ook een hek omheen? Er lopen daar veel honden los",
            "Graag ook iets voor de grotere kinderen, een basketbalveldje of zo",
            "Toegankelijk voor kinderen in een rolstoel? Mijn zoon kan nu nergens spelen",
            "Mooi ontwerp! Graag ook bankjes met schaduw voor de ouders en opa's en oma's",
            "Wanneer gaat de schop de grond in?",
            "En wie ruimt straks de troep op die de hangjongeren er 's avonds achterlaten",
            "Zandbak graag niet, dat wordt één grote kattenbak",
        ],
        extra=6,
    ),
    ThreadSpec(
        "zv-fb-weg",
        "Wegwerkzaamheden Stationsweg: van 24 november tot 19 december vervangen we het riool. Bekijk de planning en de omleidingen op www.example.nl/stationsweg",
        [
            "Hoe kom ik met de auto bij mijn garage op nummer 40?",
            "Wordt de vuilnis in die weken wel opgehaald?",
            "Precies in de decembermaand, wat een timing voor de winkels",
            "Graag de omleiding ook voor de bus goed aangeven, vorige keer stond iedereen voor niks bij de halte",
            "Bedankt voor de duidelijke brief, zo kan het dus ook",
            "Kunnen jullie niet 's avonds werken? Overdag is het echt onbegaanbaar",
        ],
        extra=6,
    ),
    ThreadSpec(
        "zv-fb-inloop",
        "Inloopavond Marktplein: donderdag 20 november van 17.00 tot 20.00 uur in het gemeentehuis. Bekijk de schetsen en geef je mening!",
        [
            "Jammer dat het tegelijk is met de raadsvergadering, ik wilde naar allebei",
            "Ik was er, goede gesprekken gehad. Vooral de ideeën over meer groen vond ik mooi",
            "Er waren veel te weinig mensen van de gemeente, stond een half uur te wachten",
            "Worden de reacties van de inloopavond ook online gezet?",
            "Leuke avond, fijne mensen. Ben benieuwd wat er met onze ideeën gebeurt",
        ],
        extra=5,
    ),
    ThreadSpec(
        "zv-fb-molenweg",
        "Opvang van 60 statushouders aan de Molenweg: we krijgen veel vragen. Hier vind je de antwoorden op de meest gestelde vragen: www.example.nl/molenweg. Stel gerust je vraag, maar houd het netjes. Lees onze spelregels.",
        [
            "Waarom wordt de buurt pas ingelicht als alles al rond is?",
            "Welkom aan de nieuwe bewoners! Wij willen graag helpen met taalles",
            "Hoe zit het met de wachtlijst voor sociale huur voor onze eigen kinderen? Daar hoor ik niemand over",
            "Ik woon zelf aan de Molenweg en maak me wel zorgen over de drukte, is er een aanspreekpunt?",
            "Er is plek zat in Zuiderveen, doe niet zo moeilijk mensen",
            "Komt er begeleiding vanuit Vluchtelingenwerk?",
            "Kunnen buurtbewoners een keer kennismaken? Dat maakt het voor iedereen makkelijker",
            "Altijd hetzelfde: eerst beslissen en dan 'in gesprek gaan'",
            "Ik heb zelf 20 jaar geleden zo'n plek gehad. Nu ben ik verpleegkundige in jullie ziekenhuis. Geef mensen een kans.",
        ],
        extra=8,
        mix={"insult": 0.25, "negative": 0.3},
    ),
]

# Letter/emoji poll on Facebook: A 🌳 bomen en bankjes, B ⛲ waterspeelplaats, C 🎪 ruimte voor markt en evenementen.
ZV_POLL_TITLE = "PEILING 🗳️ Wat komt er in het midden van het nieuwe Marktplein? Stem A (🌳 bomen en bankjes), B (⛲ waterspeelplaats) of C (🎪 open ruimte voor markt en evenementen). Reageer met de letter of het emoji. Eén stem per persoon, je laatste stem telt!"
ZV_POLL_VOTES: list[tuple[str, str]] = [
    ("p:Gré Rademaker", "A"),
    ("p:Jaap Rietveld", "C, de markt hoort op het plein"),
    ("p:Wendy Jacobs", "B!! De kinderen hebben hier niks in het centrum"),
    ("p:Ton Hoekstra", "a"),
    ("p:Bianca Koolhoven", "🌳"),
    ("p:Truus Hofman", "Stem A. Wel graag met schaduw, het plein is in de zomer een bakplaat"),
    ("p:Stijn van der Linden", "⛲"),
    ("p:Mohamed El Amrani", "B"),
    ("p:Cor van Gelder", "C"),
    ("p:Ria de Haan", "🎪 voor de kermis"),
    ("p:Wendy Jacobs", "⛲⛲⛲"),
    ("p:Priya Ramdin", "A 🌳"),
    ("p:Ferry Stoop", "D: gewoon weer parkeerplaatsen 🚗"),
    ("p:Dennis van Dam", "b"),
    ("p:Gré Rademaker", "Toch maar B eigenlijk, mijn kleinkinderen willen water 😅"),
    ("p:Anouk Brouwer", "A of B, allebei mooi"),
    ("p:Rinus Bol", "C"),
    ("p:Harm Schouten", "Stem C, de ondernemers hebben het al moeilijk genoeg"),
    ("p:Iris Lammers", "🌳🌳"),
    ("p:Luca Bianchi", "B for the kids please ⛲"),
    ("p:Jolanda Prins", "AAA"),
    ("p:Marco Pronk", "Geen van allen. Laat het plein gewoon zoals het is, er is niks mis mee"),
    ("p:Jaap Rietveld", "C (en ik blijf erbij)"),
    ("p:Nienke Kramer", "B ⛲"),
    ("p:Teun Willems", "🎪"),
    ("p:Ton Hoekstra", "Correctie: C. Na het lezen van de reacties van de marktkooplui"),
    ("p:Loes de Graaf", "a!"),
    ("p:Emre Yıldırım", "B 👍"),
    ("p:Petra Meijer", "stem A want er is al zo weinig groen in het centrum"),
    ("p:Sven Kuipers", "c"),
    ("p:Yvonne van Wijk", "🌳 A"),
    ("p:Dirk Boersma", "C"),
    ("p:Bianca Koolhoven", "🌳 (en nog steeds!)"),
    ("p:Hans de Boer", "Waarom kan het niet A en B samen? Bomen met een fontein ertussen"),
    ("p:Kasia Nowakowska", "B"),
    ("p:Corrie Dijkstra", "A"),
    ("p:Arjen Visser", "⛲"),
    ("p:Wendy Jacobs", "B (nog een keer hoor 😂)"),
    ("p:Femke Mulder", "🅰️"),
    ("p:Gijs Smits", "🅲"),
]

ZV_POLL_REPLIES: list[tuple[int, str]] = [
    (2, "Ja! Mijn kinderen zouden het geweldig vinden"),
    (12, "Er is een parkeergarage op 200 meter hoor 🙄"),
    (21, "Er is wél iets mis mee, het is een grijze vlakte"),
    (33, "Goed idee eigenlijk, waarom niet allebei?"),
]

# ---- Ministerie van Wonen en Leefomgeving (linkedin) ----------------------

MIN_ANY = [
    "Mooi initiatief. Wat mij betreft verdient de betaalbaarheid voor huurders meer aandacht in de volgende fase.",
    "Interessant! Hoe verhoudt dit zich tot de Wcw en de rol van publieke warmtebedrijven?",
    "Goed om te zien dat gemeenten meer ruimte krijgen. Maar zonder extra capaciteit lukt het niet, de ambtelijke organisaties zitten vol.",
    "Wij hebben als woningcorporatie veel geleerd van de eerste proeftuinen. Graag delen we onze ervaringen.",
    "Zijn de evaluatierapporten van de eerste tranche openbaar? Kan ze niet vinden.",
    "Weer een programma, weer een logo, weer een webinar. Ondertussen zitten mensen nog steeds in de kou.",
    "De netcongestie wordt in dit verhaal structureel onderschat.",
    "Dank voor het delen. Ik heb het doorgestuurd naar onze wethouder duurzaamheid.",
    "Hoe worden bewoners die niet digitaal vaardig zijn betrokken bij de wijkaanpak?",
    "Sterk programma, maar de doorlooptijd van vergunningen blijft de grootste bottleneck.",
    "Is er ook aandacht voor kleine dorpskernen? Daar is een collectief warmtenet vaak niet rendabel.",
    "Als installateur zie ik dagelijks hoe groot het tekort aan vakmensen is. Investeer in het mbo!",
    "Top dat jullie zo open communiceren over wat wel en niet werkte. Dat zie je niet vaak bij de overheid.",
    "De aansluitbijdrage van €5000 voor een eigenaar-bewoner is voor veel mensen onhaalbaar.",
    "Graag meer nadruk op lagetemperatuurnetten en bodemenergie, niet alleen restwarmte.",
    "Kunnen jullie het dashboard met voortgangscijfers ook als open data beschikbaar maken?",
]

LI_MIX = {"insult": 0.03, "shouting": 0.01, "english": 0.2, "odd": 0.02}

MIN_THREADS_LI = [
    ThreadSpec(
        "min-tranche",
        "Het Programma Warmtenetten Wijk voor Wijk zoekt gemeenten voor de tweede tranche proeftuinen. Aanmelden kan tot 15 januari. Lees meer: www.example.nl/warmtenetten",
        [
            "Gaan we doen! Onze gemeente heeft al een wijk in gedachten.",
            "Wat zijn de criteria voor selectie? Tellen sociaaleconomische factoren mee?",
            "Vorige tranche was de aanvraagprocedure erg zwaar voor kleine gemeenten. Is dat aangepast?",
            "Waarom de deadline midden in de kerstperiode? Dat is lastig voor collegebesluiten.",
            "Gefeliciteerd met de volgende stap 🎉",
            "Is er budget voor procesbegeleiding en participatie, of alleen voor infrastructuur?",
        ],
        extra=6,
        mix=LI_MIX,
    ),
    ThreadSpec(
        "min-consult",
        "Terugblik op de consultatie: we ontvingen 1.284 reacties. In dit document leest u wat we met uw inbreng hebben gedaan.",
        [
            "Fijn dat er teruggekoppeld wordt! Dat mis ik vaak bij consultaties.",
            "Onze zienswijze over tariefregulering zie ik nergens terug. Jammer.",
            "Heldere samenvatting, dank. Zou mooi zijn als dit de standaard wordt.",
            "1.284 reacties en er verandert vrijwel niks aan het wetsvoorstel. Wat was het nut?",
            "Wordt er ook een vervolgsessie georganiseerd met de koepels?",
        ],
        extra=6,
        mix=LI_MIX,
    ),
    ThreadSpec(
        "min-vacature",
        "Vacature: programmamanager warmtetransitie (32–36 uur) in Den Haag. Ben jij degene die gemeenten, netbeheerders en bewoners verbindt?",
        [
            "Interessante functie! Is hybride werken mogelijk?",
            "Gedeeld in mijn netwerk 👍",
            "Wat is de salarisschaal?",
            "Open voor kandidaten zonder overheidservaring?",
        ],
        extra=4,
        mix=LI_MIX,
    ),
    ThreadSpec(
        "min-webinar",
        "Webinar 2 december: betaalbare aansluitkosten voor huurders en eigenaar-bewoners. Met sprekers van gemeenten, corporaties en de Woonbond. Aanmelden via www.example.nl/webinar",
        [
            "Aangemeld! Komt er een opname voor wie niet live kan?",
            "Goed dat huurders aan tafel zitten. Worden er ook VvE's betrokken?",
            "Kunnen er vooraf vragen worden ingediend?",
            "Helaas valt het tegelijk met de ALV van onze coöperatie. Graag de slides na afloop.",
        ],
        extra=4,
        mix=LI_MIX,
    ),
]

# ---- Waterschap Lage Landen (youtube + tiktok) ------------------------------

WS_ANY = [
    "Hoe lang blijft het fietspad over de dijk dicht?",
    "Mooi uitgelegd, eindelijk snap ik waarom het nodig is",
    "Dus onze waterschapsbelasting gaat weer omhoog?",
    "Worden de huizen direct aan de dijk gecompenseerd voor de overlast?",
    "Heel interessant, ik wist niet dat dijken van binnen zo in elkaar zitten",
    "Jullie doen belangrijk werk, zonder jullie stonden we hier allemaal onder water 💧",
    "Wat gebeurt er met de oude bomen op de dijk? Die horen toch bij het landschap",
    "Kunnen schoolklassen een keer komen kijken? Ik ben leerkracht groep 7",
    "Is zand niet gewoon schaars tegenwoordig? Waar komt dat allemaal vandaan",
    "Klimaatverandering bestaat niet, dit is allemaal geldklopperij",
    "Wanneer rijden de vrachtwagens niet meer door het dorp? Mijn huis trilt ervan",
    "Goed dat het gebeurt voordat het misgaat. In 1995 waren we hier bijna geëvacueerd",
    "Komt er na de versterking weer een bankje bovenop de dijk? Daar zat mijn opa altijd",
    "Kunnen jullie ondertiteling toevoegen? Ik ben doof en wil het graag volgen",
    "Wordt de dijk ook hoger of alleen breder?",
    "Wat een saaie video, doe eens iets met muziek 😴",
]

WS_THREADS_YT = [
    ThreadSpec(
        "ws-yt-animatie",
        "Dijkversterking Lekoever – animatie van het ontwerp (2026)",
        [
            "Heldere animatie! Welke software gebruiken jullie hiervoor?",
            "Op 1:42 zie je dat het fietspad aan de binnenkant komt. Klopt dat? Dat is een stuk minder mooi uitzicht",
            "Dit ziet er goed uit. Hoe zit het met de uiterwaarden, blijven die toegankelijk?",
            "Waar komt de tijdelijke bouwweg precies? Niet te zien in de animatie",
            "Mooi gemaakt, maar in het echt ziet het er nooit zo groen uit 😉",
            "Great animation! Is there an English version? I live in Lexmond but my Dutch is not good enough yet.",
            "Kunnen jullie de animatie ook op de website zetten? YouTube is op mijn werk geblokkeerd",
        ],
        extra=7,
    ),
    ThreadSpec(
        "ws-yt-live",
        "Informatieavond Dijkversterking Lekoever – 18 november 2026 (terugkijken)",
        [
            "Geluid was heel slecht, op 23:10 hoor je de vragen uit de zaal helemaal niet",
            "Dank voor het uitzenden! Kon er zelf niet bij zijn",
            "De vraag van de mevrouw over de kelders is niet beantwoord. Graag alsnog",
            "Waarom wordt er niets gezegd over de planschade?",
            "Goede avond. De dijkgraaf nam echt de tijd voor iedereen 👏",
            "Vanaf 1:05:00 wordt het pas interessant voor wie aan de Lekdijk West woont",
        ],
        extra=6,
    ),
    ThreadSpec(
        "ws-yt-uitleg",
        "Waarom moet de dijk eigenlijk sterker? | Uitleg in 3 minuten",
        [
            "Piping was nieuw voor mij. Heel goed uitgelegd!",
            "Gebruik ik in mijn les aardrijkskunde, dankjewel 🙏",
            "Dus eigenlijk is de dijk nu niet veilig? Daar schrik ik wel van",
            "Wat is de kans op een overstroming nu en straks? Graag in getallen",
            "This is so well explained. Netherlands really knows water.",
        ],
        extra=6,
    ),
    ThreadSpec(
        "ws-yt-vlog",
        "Vlog: een dag met dijkwachter Gerrit tijdens hoogwater 🌊",
        [
            "Gerrit is een held! 💪",
            "Wat een mooi beroep. Kan je je ook aanmelden als vrijwillige dijkwacht?",
            "Ik ken Gerrit nog van de voetbal, goed bezig man!",
            "Meer van dit soort video's graag, veel leuker dan die animaties",
            "Hoe koud was het die nacht? 🥶",
        ],
        extra=5,
    ),
]

WS_THREADS_TT = [
    ThreadSpec(
        "ws-tt-pov",
        "POV: je bent dijkwachter en het is storm 🌊🌬️ #waterschap #dijk #hoogwater",
        [
            "dit is zo onderschat werk 🙌",
            "de muziek 😂😂",
            "hoe word je dit",
            "POV: ik kijk dit vanaf de bank met een kopje thee ☕",
            "meer van dit!!",
            "ik woon achter deze dijk en slaap nu iets beter 😅",
        ],
        extra=6,
    ),
    ThreadSpec(
        "ws-tt-zand",
        "Hoeveel vrachtwagens zand zijn er nodig voor 1 km dijk? 🤯🚚 (antwoord in de video)",
        [
            "ik gokte 200 💀",
            "zoveel??",
            "en die rijden allemaal langs mijn huis 🫠",
            "wacht wat 😳",
            "Dit is wel echt interessant ngl",
            "waar komt al dat zand vandaan",
        ],
        extra=6,
    ),
    ThreadSpec(
        "ws-tt-stage",
        "Wij zoeken stagiairs! 💧 Mbo, hbo of wo, van civiele techniek tot communicatie. Link in bio.",
        [
            "stuur ik mijn cv gewoon via de link?",
            "ook voor mbo niveau 2?",
            "ik heb gesolliciteerd 🙏🙏",
            "Is er stagevergoeding?",
        ],
        extra=4,
    ),
    ThreadSpec(
        "ws-tt-vragen",
        "Dijkwerker Mo reageert op jullie vragen 🎤 deel 2 #dijkversterking #vraagenantwoord",
        [
            "Mo is echt goed in uitleggen haha",
            "kan je ook vertellen wat je verdient 👀",
            "vraag: waarom werken jullie niet in de zomer?",
            "Haha die laatste vraag 😂😂",
            "Mo voor burgemeester",
            "wat is die gele machine op 0:14",
        ],
        extra=5,
    ),
]

# ---- Provincie Veenland, Windpark De Kromme Akkers (instagram + x) --------

VL_ANY = [
    "Hoeveel huishoudens kunnen er straks van stroom voorzien worden?",
    "Die molens komen op 600 meter van onze woning. Niemand die ons iets gevraagd heeft",
    "Goed dat de provincie doorpakt. We moeten van het gas af",
    "Wat gebeurt er met de waarde van onze huizen?",
    "Kunnen omwonenden mee-investeren? In Duitsland kan dat gewoon",
    "De slagschaduw wordt in de rapporten flink onderschat, kijk maar naar wat er in de Noordoostpolder gebeurt",
    "Graag ook zonnepanelen op alle daken van bedrijventerreinen eerst",
    "Wat doen jullie voor de vogels en vleermuizen?",
    "Ik ben voor windenergie maar niet op deze plek. Het veenweidegebied is uniek",
    "Hoe hoog worden ze precies? Ik hoorde 250 meter",
    "Bedankt voor de duidelijke informatie op de bewonersavond",
    "Weer een besluit over de hoofden van de dorpen heen",
    "Hoe zit het met het laagfrequent geluid? Daar zijn nog helemaal geen normen voor",
    "Eindelijk lokale energie, ik word graag lid van de energiecoöperatie",
]

VL_THREADS_IG = [
    ThreadSpec(
        "vl-ig-visual",
        "Zo komt Windpark De Kromme Akkers eruit te zien: visualisatie vanaf de Veenweg 🌬️",
        [
            "Zo ziet het er helemaal niet zo erg uit eigenlijk",
            "De werkelijkheid is 3x zo groot als op dit plaatje 🙄",
            "Mooi! 💚",
            "Kunnen jullie ook een visualisatie maken vanaf het dorp zelf?",
            "Horizonvervuiling 🤢",
        ],
        extra=5,
    ),
    ThreadSpec(
        "vl-ig-fonds",
        "Het omgevingsfonds is open: 1 miljoen euro voor projecten van bewoners rond het windpark 💚 Dien je idee in!",
        [
            "Zoethoudertje",
            "Ons dorpshuis heeft een nieuw dak nodig, kunnen we daarvoor aanvragen?",
            "Geweldig, de voetbalclub wil graag ledverlichting!",
            "Wie beslist er over de aanvragen?",
            "1 miljoen over hoeveel jaar?",
        ],
        extra=4,
    ),
    ThreadSpec(
        "vl-ig-wandeling",
        "Zondag wandelden we met 40 bewoners over de plek waar de turbines komen 🥾🍂 Dank voor de goede gesprekken!",
        [
            "Was heel fijn, goed georganiseerd 👌",
            "Jammer dat het zo kort was, we hadden nog veel vragen",
            "Mooie foto's van de polder. Geniet er nog maar van zolang het kan 😢",
            "Volgende keer ook op een doordeweekse avond? Niet iedereen kan op zondag",
        ],
        extra=4,
    ),
]

VL_THREADS_X = [
    ThreadSpec(
        "vl-x-besluit",
        "Provinciale Staten besluiten woensdag 26 november over het inpassingsplan Windpark De Kromme Akkers. De vergadering is openbaar en live te volgen.",
        [
            "Mag je als bewoner inspreken?",
            "Het besluit is toch allang genomen",
            "Ik kom met de hele buurt op de publieke tribune",
            "Goed dat het openbaar is. Succes Statenleden met deze lastige afweging",
            "Link naar de livestream?",
        ],
        extra=6,
    ),
    ThreadSpec(
        "vl-x-onderzoek",
        "Slagschaduw en geluid: bekijk de resultaten van het onafhankelijk onderzoek op www.example.nl/krommeakkers",
        [
            "Onafhankelijk? Betaald door de ontwikkelaar zeker",
            "Waar staat welke stilstandvoorziening er komt?",
            "Helder rapport, duidelijke kaarten 👍",
            "Is het gemeten bij west- of oostenwind? Dat maakt nogal uit",
        ],
        extra=6,
    ),
    ThreadSpec(
        "vl-x-terugblik",
        "Terugblik op de participatiebijeenkomst in Dorpshuis Oudeveen. Dank aan alle 140 bewoners die kwamen! Het verslag staat online.",
        [
            "Verslag klopt niet, de helft van de kritiek is weggelaten",
            "Was een goede avond, ondanks de emoties",
            "140 mensen en er waren maar 3 medewerkers van de provincie",
            "Dank voor het verslag!",
        ],
        extra=5,
    ),
]

# ---------------------------------------------------------------------------
# General pools, used across accounts
# ---------------------------------------------------------------------------

THANKS = [
    "Dank voor de info!",
    "Duidelijk, bedankt 👍",
    "Fijn dat jullie het zo goed uitleggen",
    "Top, dank je wel!",
    "Thanks voor het delen",
    "Heel fijn dat er zo snel gereageerd wordt. Complimenten!",
    "Bedankt voor het luisteren naar de bewoners 🙏",
    "Goed geregeld 👏",
    "Dank jullie wel voor het harde werken",
    "Helder verhaal, zo kan het dus ook",
    "Wat fijn dat jullie de moeite nemen om alles te beantwoorden",
    "Netjes gedaan 👌",
    "Eindelijk een overheid die gewoon uitlegt wat er gebeurt. Dank!",
    "Dankjewel voor de snelle hulp vorige week, het is opgelost",
]

NEGATIVE = [
    "Wat een geldverspilling weer",
    "Pff daar gaan we weer",
    "Hier zit toch niemand op te wachten",
    "Het zal allemaal wel. Ze doen toch wat ze zelf willen",
    "Lekker bezig weer 🙄",
    "Typisch overheid: eerst besluiten, dan 'participatie'",
    "Inspraak is hier gewoon voor de bühne",
    "Wie heeft dit bedacht? Slechtste plan in jaren",
    "Ik geloof er niks van",
    "Eerst zien dan geloven",
    "Zoveel geld en het wordt er niet beter op",
    "Dit gaat nooit werken, let maar op",
    "Weer een prachtige plaat en straks valt het allemaal tegen",
    "Mijn belastinggeld aan het werk 😒",
    "Jullie luisteren toch niet, waarom zou ik nog reageren",
    "Het wordt steeds erger in dit land",
    "Dus gewoon weer over de hoofden van de bewoners heen",
    "Ik heb er geen goed gevoel bij",
    "Zal wel weer duurder uitvallen dan begroot. Zoals altijd",
    "Lachwekkend.",
    "Niemand heeft om dit plan gevraagd",
]

INSULTS = [
    "Wat een kutplan weer van die sukkels op het kantoor",
    "Kankerlijers zijn het allemaal daar",
    "Tering wat zijn jullie een stelletje idioten",
    "k.u.t.p.l.a.n",
    "kuuuuuut plan",
    "Jullie zijn echt debiel of zo",
    "Die projectleider is een complete idioot",
    "Sukkels. Allemaal.",
    "Krijg de tyfus met je plannetjes",
    "Wat een k4nkerzooi",
    "teringzooi is het hier sinds jullie begonnen zijn",
    "Idioot, heb je wel eens buiten je kantoor gekeken?",
    "Stelletje kl0otzakken",
    "Rot toch op met je participatie, jullie zijn gewoon zakkenvullers",
    "Ga lekker janken in Den Haag sukkels",
    "Wat een k\u200bu\u200bt\u200bp\u200bl\u200ba\u200bn",
    "t e r i n g l i j e r s",
    "Jij bent echt de grootste mongool die ik ken @webcare",
]

THREATS = [
    "Die projectleider moet oppassen. Ik weet waar je woont en ik weet welke auto je hebt.",
    "Als die wethouder nog één keer hier in de straat komt gaat hij het merken. Ik weet waar hij woont.",
]

SPAM = [
    "💰 Verdien €3.500 per week vanuit huis met crypto! Ik deed het ook 👉 https://bit.ly/3CrYpT0W1n",
    "Ik was ook sceptisch maar dankzij mevrouw Jansen op WhatsApp verdien ik nu dagelijks. Stuur haar een bericht 👉 https://tinyurl.com/rijk-met-btc",
    "Sneakers -70% alleen vandaag!!! 👟 www.goedkope-sneakers-outlet.example.com",
    "Wil je meer volgers? 🚀 Check mijn profiel 🔥🔥 https://bit.ly/volgers-kopen-nu",
    "Gefeliciteerd! Je bent geselecteerd voor een gratis iPhone 16. Claim hier: http://prijs-winnaar.example.com/claim?id=88412",
    "Beste bitcoin trader: Mark de Boer. Hij heeft mijn investering verdrievoudigd. Neem contact op via https://t.me/example_trader_mark",
    "🔥 Hete singles in jouw buurt 🔥 https://bit.ly/3xSingl3s",
    "Goedkope Ray-Ban zonnebrillen €19,95 ➡️ www.zonnebril-sale.example.com",
    "Check my channel for free giveaways!! 🎁🎁 https://tinyurl.com/giveaway-free-now",
    "Uw pakket kon niet worden bezorgd. Plan een nieuwe bezorging: https://bit.ly/pakket-NL-bezorg",
    "Mijn oom verdient €800 per dag met dit simpele trucje 😱 http://snel-rijk.example.com",
    "Nederlandse vrouwen zijn gek op dit afslankmiddel 👉 https://tinyurl.com/slank-in-7-dagen",
]

SHOUTING = [
    "DIT IS TOTAAL BELACHELIJK!!! NIEMAND HEEFT HIER OM GEVRAAGD!!!",
    "LUISTER NOU EENS NAAR DE BEWONERS IN PLAATS VAN ALTIJD JE EIGEN ZIN DOORDRUKKEN",
    "WANNEER KRIJG IK EEN ANTWOORD OP MIJN MAIL??? AL 3 WEKEN NIKS GEHOORD",
    "SCHANDALIG. GEWOON SCHANDALIG.",
    "IK BEN HET ER HELEMAAL MEE EENS!!!! GOED PLAN",
    "HALLO??? IS ER IEMAND DIE DIT LEEST???",
]

# Texts that contain markup or odd Unicode, to check the UI shows them literally.
ODD = [
    "<b>Belangrijk:</b> de informatie op jullie site klopt niet meer sinds de update!",
    'Bekijk mijn foto van de situatie <img src=http://tracker.example.com/pixel.gif onerror="alert(1)">',
    "<script>alert('hallo moderator')</script> haha kijken of dit werkt",
    '<a href="http://gratis-geld.example.com">Klik hier</a> voor meer info over het project',
    "Is dit <i>echt</i> de bedoeling?? <br><br> Ik dacht het niet",
    "Bestand met de metingen: rapport_\u202egpj.exe (even openen aub)",
    "\u202eDit is een tekst die van rechts naar links wordt getoond",
]

# Other people's personal data (for the personal-data rule).
PERSONAL = [
    "Bel gewoon de uitvoerder, Kees Bakker, zijn privénummer is 06-12345678. Die neemt tenminste op.",
    "Mail de wethouder zelf maar, haar privé-adres is p.vandermeer@example.nl. Succes!",
    "Stort de schadevergoeding voor mijn scheurende muur maar op NL91 ABNA 0417 1643 00 t.n.v. H. Dekker, dan zijn we klaar 😉",
    "Mijn buurvrouw Ria Smit (Dorpsstraat 14) heeft ook schade, haar nummer is 0612348765, bel haar maar even.",
]

ENGLISH = [
    "Is there any information available in English? Many expats live here too.",
    "Thanks for the update, very clear!",
    "How long will the road be closed? I commute to Utrecht every day.",
    "Great project, looking forward to it.",
    "This is a waste of taxpayers' money.",
    "Will there be compensation for residents living next to the construction site?",
    "Can you please share the map in a higher resolution?",
    "Honestly the communication has been excellent so far 👍",
    "Why is everything always decided before residents are consulted?",
    "Love seeing the progress photos!",
    "Is the information evening accessible for non-Dutch speakers?",
    "The detour signs are confusing, I got lost twice.",
    "Who do I contact about noise complaints at night?",
    "Very interesting, thanks for sharing.",
    "I moved here last year and this page helps me understand what's going on, thank you",
]

# Very long texts (a few).
LONG = [
    (
        "Ik wil toch even mijn verhaal kwijt, want ik heb het gevoel dat er niet geluisterd wordt. "
        "Wij wonen nu 31 jaar aan de dijk, mijn man is hier geboren en zijn vader ook. In al die jaren "
        "hebben we heel wat plannen voorbij zien komen. Eerst de ruilverkaveling, toen de nieuwe "
        "provinciale weg, toen de verbreding van het kanaal. Elke keer was er een informatieavond, elke "
        "keer kregen we een mooie folder, en elke keer werd er gezegd dat er 'rekening gehouden zou "
        "worden met de omgeving'. En elke keer bleek achteraf dat het allemaal al lang vastlag. "
        "Ik zeg niet dat dit project niet nodig is. Ik snap heus wel dat het verkeer toeneemt en dat er "
        "iets moet gebeuren. Maar ik zou zo graag één keer meemaken dat een opmerking van een bewoner "
        "echt iets verandert. Op de vorige avond heb ik gevraagd of de bouwweg niet langs de "
        "achterkant van de boerderijen kan, zodat de vrachtwagens niet langs de school rijden. Er werd "
        "gezegd 'goed punt, dat nemen we mee'. Nu zie ik in de nieuwe planning dat de bouwweg precies "
        "daar komt waar hij eerst ook al zou komen. Wat is er dan meegenomen? Niemand heeft ons "
        "teruggebeld, niemand heeft uitgelegd waarom het niet kon. Dat is het enige wat ik vraag: "
        "leg het uit. Als het niet kan, zeg dan waarom. Dan kan ik het misschien niet leuk vinden, "
        "maar dan begrijp ik het tenminste. Nu voelt het alsof die avonden alleen maar georganiseerd "
        "worden zodat er in een rapport kan staan dat de bewoners 'betrokken' zijn. Ik hoop echt dat "
        "iemand dit leest en er iets mee doet. Met vriendelijke groet, een bezorgde bewoner."
    ),
    (
        "Lang verhaal, sorry. Ik ben zelf civiel ingenieur (gepensioneerd) en heb de rapporten op de "
        "website doorgenomen. Een paar inhoudelijke punten: 1) in bijlage C wordt uitgegaan van een "
        "verkeersgroei van 1,2% per jaar, terwijl de laatste tellingen eerder op 0,6% wijzen. Dat "
        "heeft gevolgen voor de hele onderbouwing van de capaciteitsuitbreiding. 2) De "
        "geluidsberekeningen gaan uit van dubbellaags ZOAB over de hele lengte, maar in de planning "
        "zie ik dat het laatste stuk bij de afrit met gewoon asfalt wordt afgewerkt 'in verband met "
        "onderhoudskosten'. Dan kloppen de contouren niet meer. 3) De zettingsberekeningen voor de "
        "nieuwe aanaardingen lijken geen rekening te houden met de slappe kleilaag die bij de "
        "sonderingen van 2019 is aangetroffen (zie het geotechnisch rapport, tabel 4.3). Ik zeg niet "
        "dat het fout is, misschien is dat elders opgelost, maar ik kan het nergens terugvinden. "
        "4) Het ecologisch onderzoek is uitgevoerd in de maanden november tot februari, wat voor "
        "vleermuizen en amfibieën nu juist de minst geschikte periode is. Ik zou het op prijs stellen "
        "als iemand van het technische team hierop zou willen reageren, eventueel ook per mail of "
        "telefonisch. Ik heb geen belang bij vertraging, integendeel, maar ik vind wel dat de "
        "onderbouwing moet kloppen. Alvast bedankt voor de moeite en veel succes met het project."
    ),
    (
        "Nou daar gaan we dan. Ik lees hier allemaal reacties van mensen die vinden dat het allemaal "
        "prachtig is en dat we blij moeten zijn. Prima, iedereen zijn mening. Maar woon jij naast de "
        "bouwplaats? Word jij elke ochtend om half 7 wakker van piepende vrachtwagens die "
        "achteruitrijden? Staat jouw auto elke dag onder een laag grijs stof? Moet jij elke dag 20 "
        "minuten omrijden om je kind naar de opvang te brengen? Nee? Dan is het makkelijk praten. "
        "Ik heb al drie keer gebeld met het klachtennummer en elke keer krijg ik iemand anders aan "
        "de lijn die van niks weet. Elke keer moet ik mijn verhaal opnieuw doen. Eén keer is er "
        "iemand komen kijken en die zei dat het 'binnen de normen' was. Binnen de normen. Ik wil die "
        "persoon wel eens een week hier laten slapen. En dan die borden met 'Wij werken aan een "
        "betere bereikbaarheid, excuses voor het ongemak'. Ongemak. Het is geen ongemak, het is "
        "mijn leven voor de komende drie jaar. Ik verwacht niet dat er iets verandert door dit "
        "bericht, maar ik wil wel dat het gezegd is. Misschien leest iemand die er iets over te "
        "zeggen heeft het. Zo niet, dan heb ik het in ieder geval van me af geschreven."
    ),
    (
        "Dear team, I am writing in English because my Dutch is still basic, I hope that is okay. "
        "We moved to the area eighteen months ago from Manchester and we really like living here. "
        "However, we find it very difficult to follow what is happening with the project. All the "
        "letters we receive are in Dutch, and while Google Translate helps, the technical terms "
        "do not translate well and we are never sure whether we need to do something or not. For "
        "example, we received a letter about 'bouwrijp maken' and 'tijdelijke ontsluiting' and "
        "honestly we still do not know whether our driveway will be blocked or not. There are quite "
        "a few international families on our street, and several of them told me the same thing. "
        "Would it be possible to publish a short English summary of the most important dates and "
        "measures on the website? Even one page would help a lot. We would also be happy to attend "
        "the information evening if someone there could answer questions in English. Thank you "
        "very much, and thank you for the work you are doing. Kind regards, a new neighbour."
    ),
]

# Generic replies from other citizens (to a top-level comment).
REPLY_AGREE = [
    "Helemaal mee eens",
    "Precies dit 👆",
    "Eens!",
    "Dit dus",
    "Zo is het maar net",
    "Ja dat vroeg ik me ook al af",
    "Goed punt",
    "Zeker waar",
    "Ik sluit me hierbij aan",
    "💯",
    "Heb precies hetzelfde meegemaakt",
    "Zo herkenbaar",
    "Same here",
    "Ja inderdaad, bij ons in de straat ook",
    "Goed gezegd 👏",
    "Dat denk ik nou ook altijd",
    "Dat zeg ik al jaren",
    "Helemaal waar, bij mijn ouders precies zo",
    "Eens, en dan ook nog snel graag",
    "Ja! Heb ik ook al gevraagd vorige week",
    "Wij ook, niks meer van gehoord",
    "Hier ook zo",
    "Zo waar 😂",
    "Ik hoop dat ze dit lezen",
]
REPLY_DISAGREE = [
    "Nou, ik vind het juist goed eigenlijk",
    "Overdrijf niet zo joh",
    "Staat gewoon op de website hoor, even zoeken",
    "Je kan ook gewoon naar de avond gaan en het vragen",
    "Is al lang beantwoord, scroll even naar boven",
    "Zo erg is het toch niet?",
    "Altijd maar klagen hier",
    "Dat klopt niet, dat is vorige week al uitgelegd",
    "Bron?",
    "Ik zie het anders. Er moet gewoon iets gebeuren",
    "Mensen willen alles maar er mag niks veranderen",
    "Jij woont er niet eens, makkelijk praten",
    "Lees eerst even de brief, staat er allemaal in",
    "Het is echt niet zo zwart-wit hoor",
    "Kom op zeg, er wordt hier keihard gewerkt",
    "Dat was vroeger toch precies hetzelfde",
    "Nee hoor, bij ons gaat het prima",
    "Waar haal je dat vandaan?",
    "Volgens mij begrijp je het verkeerd",
    "En wat stel jij dan voor?",
]
REPLY_MENTION = [
    "@{parent} ik denk dat je even moet bellen, via de site kom je er niet uit",
    "@{parent} zelfde vraag hier, al antwoord gehad?",
    "@{parent} volgens mij staat het in de nieuwsbrief van vorige week",
    "@{parent} dat heb ik ook gemeld, kreeg een automatisch antwoord en verder niks",
    "@{parent} zullen we samen naar de avond gaan? Sta je sterker",
    "@{parent} helemaal gelijk, goed dat je het zegt",
    "@{parent} wat een onzin zeg",
    "@{parent} haha ja 😂",
    "@{parent} stuur ze een DM, dan reageren ze sneller",
    "@{parent} jij ook hier 😄",
    "@{parent} ik had precies dezelfde vraag, ben benieuwd",
    "@{parent} klopt, zat er zelf bij",
]

# Replies from the organisation account itself (webcare). Specific answers to
# specific questions first; any other question may get a generic answer.
ORG_ANSWERS: dict[str, str] = {
    "Is er al bekend of de afrit Lexmond open blijft tijdens de bouw?": "Hoi {parent}, dank voor je vraag. De afrit Lexmond blijft open tijdens de bouw, behalve tijdens de nachtafsluitingen. De actuele planning staat op www.example.nl/a27lexmond.",
    "Die trillingen van het heien voel ik tot in mijn keuken. Wie is daar aansprakelijk voor bij schade?": "Hoi {parent}, vervelend om te lezen. Schade door trillingen kun je melden via www.example.nl/a27lexmond/schade. Een onafhankelijk bureau beoordeelt elke melding.",
    "Kan ik ook online meekijken? Ik werk die avond": "Hoi {parent}, ja! De informatieavond wordt live uitgezonden. De link zetten we een dag van tevoren op deze pagina.",
    "Is De Lekzaal toegankelijk met een rolstoel?": "Hoi {parent}, ja, De Lekzaal is rolstoeltoegankelijk en er is een gehandicaptenparkeerplaats voor de deur.",
    "Kan er bij de nieuwe geluidswal ook een wandelpad komen? Zou mooi zijn voor het dorp": "Dank voor je idee, {parent}! We nemen het mee in het ontwerp van de geluidsschermen en laten in januari weten wat we ermee gedaan hebben.",
    "Wanneer wordt het definitieve ontwerp bekend?": "Hoi {parent}, het definitieve ontwerp presenteren we in maart, op een bewonersavond en hier op de pagina.",
    "Komt er verlichting langs de omleiding? Nu is het daar pikkedonker": "Hoi {parent}, goed punt. Er komt tijdelijke verlichting langs de hele omleiding, vanaf 1 december.",
    "Hoe lang duurt dit?": "Hoi {parent}, de werkzaamheden duren tot half maart. Tot die tijd staat de weekmarkt in de Kerkstraat.",
    "En de kerstmarkt dan? Gaat die gewoon door?": "Hoi {parent}, ja! De kerstmarkt gaat gewoon door, dit jaar in de Kerkstraat en op het kerkplein 🎄",
    "Krijgen we dan ook een grotere container?": "Hoi {parent}, dat kan. Je vraagt gratis een grotere container aan via www.example.nl/afval.",
    "Is er een regeling voor mensen met incontinentiemateriaal?": "Hoi {parent}, ja, daarvoor kun je een extra container aanvragen. Stuur ons gerust een DM als je hulp wilt bij de aanvraag.",
    "Wanneer komt de nieuwe afvalkalender online?": "Hoi {parent}, de nieuwe afvalkalender staat vanaf 15 december in de app en op www.example.nl/afval.",
    "Ik kan de stukken niet vinden op de site, link werkt niet": "Hoi {parent}, sorry, de link was kapot. Hij werkt weer: www.example.nl/raad/stukken",
    "Hoe kom ik met de auto bij mijn garage op nummer 40?": "Hoi {parent}, nummer 40 blijft bereikbaar via de Spoorlaan. Alleen op 3 en 4 december is je garage niet bereikbaar; je krijgt daar nog een brief over.",
    "Worden de reacties van de inloopavond ook online gezet?": "Hoi {parent}, ja, het verslag met alle reacties zetten we binnen twee weken op www.example.nl/marktplein.",
    "Ik woon zelf aan de Molenweg en maak me wel zorgen over de drukte, is er een aanspreekpunt?": "Hoi {parent}, we begrijpen je zorgen. Er komt een vast aanspreekpunt voor omwonenden; de contactgegevens sturen we deze week rond.",
    "Kunnen buurtbewoners een keer kennismaken? Dat maakt het voor iedereen makkelijker": "Dank je voor dit mooie voorstel, {parent}! We organiseren in januari een kennismakingsmiddag. Je hoort er binnenkort meer over.",
    "Zijn de evaluatierapporten van de eerste tranche openbaar? Kan ze niet vinden.": "Dank voor uw vraag, {parent}. De evaluatierapporten staan op www.example.nl/warmtenetten/evaluatie.",
    "Is er budget voor procesbegeleiding en participatie, of alleen voor infrastructuur?": "Goede vraag, {parent}. Procesbegeleiding en participatie vallen binnen de regeling; de details volgen in de handreiking.",
    "Aangemeld! Komt er een opname voor wie niet live kan?": "Dank voor uw aanmelding, {parent}. Ja, de opname en de slides komen na afloop online.",
    "Hoe lang blijft het fietspad over de dijk dicht?": "Hoi {parent}, het fietspad is naar verwachting tot eind maart 2027 dicht. De omleiding staat aangegeven met gele borden.",
    "Kunnen jullie ondertiteling toevoegen? Ik ben doof en wil het graag volgen": "Dank je, {parent}! We voegen deze week ondertiteling toe 👍",
    "Is zand niet gewoon schaars tegenwoordig? Waar komt dat allemaal vandaan": "Hoi {parent}, goede vraag! Het zand komt uit de rivier zelf, van het verdiepen van de vaargeul.",
    "waar komt al dat zand vandaan": "uit de rivier zelf! 🌊 van het verdiepen van de vaargeul",
    "ook voor mbo niveau 2?": "zeker! we hebben ook plekken voor mbo niveau 2 😊",
    "Is er stagevergoeding?": "Ja, €400 per maand bij een volledige stage 💧",
    "Great animation! Is there an English version? I live in Lexmond but my Dutch is not good enough yet.": "Hi {parent}, thank you! We're adding English subtitles this week.",
    "Hoe hoog worden ze precies? Ik hoorde 250 meter": "Hoi {parent}, de turbines worden maximaal 200 meter hoog (tiphoogte). Alle details staan in het inpassingsplan.",
    "Kunnen omwonenden mee-investeren? In Duitsland kan dat gewoon": "Dank voor je reactie, {parent}. Omwonenden kunnen mee-investeren via de energiecoöperatie; in januari is er een informatieavond.",
    "Mag je als bewoner inspreken?": "Hoi {parent}, ja. Je meldt je aan om in te spreken via de griffie: www.example.nl/statengriffie",
    "Link naar de livestream?": "Hoi {parent}, hier: www.example.nl/staten/live",
    "Ons dorpshuis heeft een nieuw dak nodig, kunnen we daarvoor aanvragen?": "Hoi {parent}, zeker! Verduurzaming van dorpshuizen past precies in het fonds. Kijk op www.example.nl/omgevingsfonds 💚",
}
ORG_REPLIES: dict[str, list[str]] = {
    "a27": [
        "Hoi {parent}, goede vraag! We zoeken het voor je uit en komen er hier op terug.",
        "Hoi {parent}, dank voor je vraag. We hebben hem doorgezet naar de omgevingsmanager. Je hoort snel van ons.",
        "Hoi {parent}, op www.example.nl/a27lexmond staat de actuele planning. Staat je antwoord er niet bij? Stuur ons dan een privébericht.",
    ],
    "zv": [
        "Hoi {parent}, dank voor je vraag! We hebben hem doorgezet naar de juiste collega. Je hoort binnen 5 werkdagen van ons.",
        "Hoi {parent}, goede vraag. We zoeken het uit en laten het je hier weten.",
        "Hoi {parent}, stuur ons even een DM, dan kijken we samen naar je situatie.",
    ],
    "min": [
        "Dank voor uw vraag, {parent}. We komen er in de handreiking op terug, die in januari verschijnt.",
        "Goede vraag, {parent}. Onze programmamanager neemt graag contact met u op.",
    ],
    "ws": [
        "Hoi {parent}, goede vraag! We zoeken het uit en komen er hier op terug.",
        "Hoi {parent}, stuur ons een bericht via www.example.nl/lekoever/contact, dan nemen we je vraag mee.",
    ],
    "vl": [
        "Hoi {parent}, dank voor je vraag. Het antwoord staat in de vragenlijst op www.example.nl/krommeakkers. Staat het er niet bij? Laat het ons weten.",
        "Hoi {parent}, goede vraag. We zoeken het uit en komen er hier op terug.",
    ],
}

# Direct messages: conversation openers and follow-ups per organisation.
DM_CONVERSATIONS: dict[str, list[list[str]]] = {
    "a27": [
        [
            "Goedemiddag, sinds het heien zijn er scheuren in onze voorgevel gekomen. Bij wie kan ik dit melden? Ik woon aan de Dijkweg.",
            "Ik heb foto's gemaakt, kan ik die hier sturen?",
            "Hallo? Al 2 dagen geen reactie...",
        ],
        [
            "Hoi, ik ben student en schrijf een scriptie over participatie bij infraprojecten. Mag ik iemand van het team interviewen?",
        ],
        [
            "Mijn schoonmoeder (87) heeft geen internet en snapt de brieven niet. Kan iemand haar bellen? Haar nummer is 06-12340987, ze heet mevrouw Kramer.",
            "Ze is het beste bereikbaar 's ochtends 🙏",
        ],
        [
            "Waarom wordt mijn reactie op jullie pagina steeds verwijderd? Ik schreef alleen de waarheid",
            "Dit is censuur. Ik ga naar de krant.",
        ],
        [
            "Hi, I run a small B&B near Lexmond. Guests keep asking about the night closures. Is there an English overview I can share with them?",
        ],
        [
            "hoi! mag ik jullie dronefoto gebruiken voor mijn profielwerkstuk? 🙏",
            "natuurlijk met bronvermelding",
        ],
        [
            "⚠️ Meta Support: uw pagina wordt binnen 24 uur verwijderd wegens schending van auteursrecht. Verifieer uw account via https://bit.ly/meta-verify-page-nl",
        ],
        [
            "Waarom reageren jullie wel op leuke berichten en niet op mijn vraag over de geluidswal?? Ik woon aan de Lekdijk 3",
        ],
        [
            "Goedemorgen, ik heb een vraag over de aankoop van ons perceel. Ons BSN is 111222333, dat vroeg de taxateur. Klopt het dat jullie dat nodig hebben?",
        ],
    ],
    "zv": [
        [
            "Goedenavond, ik wil graag klagen over een medewerker van de milieustraat. Hij was erg onbeschoft tegen mijn vader.",
            "Het was afgelopen zaterdag rond 11 uur.",
        ],
        [
            "Hoi! Ik zou graag een buurtbarbecue organiseren in het park in het voorjaar. Heb ik daar een vergunning voor nodig?",
        ],
        [
            "Ik heb al 3 weken geen uitkering ontvangen en niemand neemt op bij de sociale dienst. Ik weet niet meer wat ik moet doen. Ik heb kinderen.",
            "Sorry voor het bericht hier maar ik ben echt wanhopig",
        ],
        [
            "Beste gemeente, de container van mijn buren staat al weken op de stoep en blokkeert de doorgang voor mijn rollator.",
        ],
        [
            "Ik ben benaderd door iemand die zegt van de gemeente te zijn en mijn meterstanden wil opnemen. Klopt dat?",
            "Hij had geen pasje bij zich",
        ],
        [
            "Wanneer komt de nieuwe afvalkalender? Ik kan hem niet vinden in de app",
        ],
        [
            "Hello, I am new in Zuiderveen. How do I register at the municipality? The website is only in Dutch.",
            "Thank you!",
        ],
        [
            "JULLIE HEBBEN MIJN FIETS WEGGEHAALD BIJ HET STATION. WAAR KAN IK HEM OPHALEN????",
        ],
    ],
    "vl": [
        [
            "Goedendag, wij wonen op 550 meter van de geplande turbine nummer 4. Komen wij in aanmerking voor de burenregeling?",
            "We hebben ook een bed & breakfast, geldt er een aparte regeling voor bedrijven?",
        ],
        [
            "Ik ben journalist bij een regionale krant. Kan ik een reactie krijgen van de gedeputeerde over het onderzoek?",
        ],
        [
            "Hoi, ik maak foto's van de polder voor een expositie in het dorpshuis. Mag ik jullie visualisatie daarnaast hangen?",
        ],
        [
            "Hey! 🌸 We love your page. Promote it to 50k real followers today, DM us for the price list 💯",
        ],
        [
            "Ik doe mee met de energiecoöperatie en wil graag informatie over de participatievorm.",
        ],
        [
            "Jullie moeten je diep schamen. Mijn moeder slaapt al weken niet van de zorgen.",
            "Ik weet heus wel dat jullie hier niks aan kunnen doen maar iemand moet het horen",
        ],
    ],
}

# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------

ZALGO_BASE = "HET EINDE IS NABIJ"


def zalgo(rng: random.Random, text: str) -> str:
    """Return ``text`` with combining marks stacked on every letter."""
    marks = [chr(c) for c in range(0x0300, 0x036F)]
    out = []
    for ch in text:
        out.append(ch)
        if ch != " ":
            out.extend(rng.choice(marks) for _ in range(rng.randint(3, 8)))
    return "".join(out)


@dataclass
class Person:
    """An invented commenter."""

    name: str
    first: str
    last: str


@dataclass
class Item:
    """One generated item before serialisation."""

    platform: str
    account: str
    external_id: str
    kind: str
    text: str
    author_name: str
    author_id: str
    created: datetime
    thread_id: str
    thread_title: str
    thread_url: str
    parent: str | None
    hidden: bool = False
    category: str = "project"

    def to_json(self) -> dict[str, Any]:
        """Return the item in the ingest format."""
        return {
            "platform": self.platform,
            "account_external_id": self.account,
            "external_id": self.external_id,
            "kind": self.kind,
            "text": self.text,
            "author_name": self.author_name,
            "author_external_id": self.author_id,
            "created_at": self.created.isoformat(),
            "thread_external_id": self.thread_id,
            "thread_title": self.thread_title,
            "thread_url": self.thread_url,
            "parent_external_id": self.parent,
            "permalink": permalink(self),
            "hidden_on_platform": self.hidden,
            "deleted_on_platform": False,
        }


def permalink(item: Item) -> str:
    """Return a fictional permalink for an item."""
    if item.kind == "dm":
        return (
            f"https://www.example.org/{item.platform}/messages/{item.thread_id}/{item.external_id}"
        )
    return f"{item.thread_url}?comment={item.external_id}"


class Generator:
    """Seeded generator for the demo workspace."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.items: list[Item] = []
        self.used_ids: set[str] = set()
        self.author_ids: dict[tuple[str, str], str] = {}
        self.people = self._make_people()
        self.by_name = {p.name: p for p in self.people}
        self.general_decks: dict[str, list[str]] = {}

    # -- people ------------------------------------------------------------
    def _make_people(self) -> list[Person]:
        rng = self.rng
        names: list[tuple[str, str]] = []
        seen: set[str] = set()
        while len(names) < 190:
            pair = (rng.choice(DUTCH_FIRST), rng.choice(DUTCH_LAST))
            if " ".join(pair) not in seen:
                seen.add(" ".join(pair))
                names.append(pair)
        names.extend(OTHER_PEOPLE)
        for full in FIXED_PEOPLE:
            first, last = full.split(" ", 1)
            names.append((first, last))
        people = []
        for first, last in names:
            name = f"{first} {last}"
            if name not in {p.name for p in people}:
                people.append(Person(name, first, last))
        return people

    def person(self, name: str) -> Person:
        """Return a person by full name, adding them if unknown."""
        if name not in self.by_name:
            first, last = name.split(" ", 1)
            p = Person(name, first, last)
            self.people.append(p)
            self.by_name[name] = p
        return self.by_name[name]

    def pick_person(self, regulars: list[Person]) -> Person:
        """Pick a commenter; a few regulars write much of an account's traffic."""
        if self.rng.random() < 0.3:
            return self.rng.choice(regulars)
        return self.rng.choice(self.people)

    def display_name(self, p: Person, platform: str) -> str:
        """Return how the person's name shows on a platform."""
        rng = random.Random(f"{p.name}/{platform}")
        last = p.last.replace(" ", "").replace("-", "").lower()
        first = p.first.replace("-", "").lower()
        if platform in {"instagram", "tiktok"}:
            style = rng.randint(0, 3)
            handles = [
                f"{first}.{last}",
                f"{first}_{last[:4]}{rng.randint(70, 99)}",
                f"{first}{last[0]}_{rng.choice(['nl', 'xo', 'official', '010', 'vibes'])}",
                f"{first}{rng.randint(1, 999)}",
            ]
            return handles[style]
        if platform == "x":
            style = rng.randint(0, 2)
            return [
                p.name,
                f"{p.first} {p.last[0]}.",
                f"{p.first} {rng.choice(['🚲', '🌷', '⚽', '🇳🇱', '🌍'])}",
            ][style]
        if platform == "youtube":
            return f"@{first}{last}{rng.randint(1, 99)}" if rng.random() < 0.5 else p.name
        return p.name

    def author_id(self, p: Person, platform: str) -> str:
        """Return a stable per-platform external id for a person."""
        key = (p.name, platform)
        if key not in self.author_ids:
            rng = random.Random(f"author/{p.name}/{platform}")
            if platform == "youtube":
                aid = "UC" + "".join(
                    rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                    for _ in range(22)
                )
            elif platform == "linkedin":
                aid = "urn:li:person:" + "".join(
                    rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                    for _ in range(10)
                )
            else:
                aid = str(rng.randint(10**14, 10**15 - 1))
            self.author_ids[key] = aid
        return self.author_ids[key]

    # -- ids and times -----------------------------------------------------
    def new_id(self, platform: str, thread_id: str) -> str:
        """Return a fresh item id in the platform's style."""
        rng = self.rng
        while True:
            if platform == "facebook":
                eid = f"{thread_id.rsplit('_', maxsplit=1)[-1]}_{rng.randint(10**14, 10**15 - 1)}"
            elif platform == "instagram":
                eid = str(rng.randint(17_800_000_000_000_000, 18_099_999_999_999_999))
            elif platform == "youtube":
                eid = "Ugz" + "".join(
                    rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                    for _ in range(23)
                )
            elif platform == "linkedin":
                eid = f"urn:li:comment:({thread_id},{rng.randint(7 * 10**18, 8 * 10**18)})"
            elif platform == "x":
                eid = str(rng.randint(1_990_000_000_000_000_000, 1_999_999_999_999_999_999))
            else:  # tiktok
                eid = str(rng.randint(7_440_000_000_000_000_000, 7_449_999_999_999_999_999))
            if eid not in self.used_ids:
                self.used_ids.add(eid)
                return eid

    def thread_id(self, platform: str, account: str) -> str:
        """Return a fresh thread (post/video) id in the platform's style."""
        rng = self.rng
        if platform == "facebook":
            return f"{account}_{rng.randint(10**15, 10**16 - 1)}"
        if platform == "instagram":
            return str(rng.randint(18_000_000_000_000_000, 18_099_999_999_999_999))
        if platform == "youtube":
            return "".join(
                rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                for _ in range(11)
            )
        if platform == "linkedin":
            return f"urn:li:activity:{rng.randint(7 * 10**18, 8 * 10**18)}"
        if platform == "x":
            return str(rng.randint(1_980_000_000_000_000_000, 1_989_999_999_999_999_999))
        return str(rng.randint(7_430_000_000_000_000_000, 7_439_999_999_999_999_999))

    def daytime(self, t: datetime) -> datetime:
        """Nudge night-time moments to the morning (people sleep, mostly)."""
        if t.hour < 6 and self.rng.random() < 0.85:
            t = t.replace(hour=self.rng.randint(6, 9))
        return t

    def after(self, t: datetime, mean_minutes: float, min_minutes: float = 1.0) -> datetime:
        """Return a moment after ``t`` (exponential gap), never past END."""
        gap = min_minutes + self.rng.expovariate(1.0 / mean_minutes)
        out = self.daytime(t + timedelta(minutes=gap))
        if out <= t:
            out = t + timedelta(minutes=min_minutes)
        latest = END - timedelta(seconds=1)
        if out > latest:
            span = (latest - t).total_seconds()
            out = t + timedelta(seconds=max(1.0, span * self.rng.uniform(0.3, 0.95)))
        out = out.replace(microsecond=0)
        return out if out > t else out + timedelta(seconds=1)

    def post_time(self) -> datetime:
        """Return a moment for a new post in the window (leaving room for comments)."""
        span = (END - START - timedelta(hours=20)).total_seconds()
        t = START + timedelta(seconds=self.rng.uniform(0, span))
        t = t.replace(
            hour=self.rng.choice([8, 9, 10, 11, 12, 14, 15, 16, 17, 19]),
            minute=self.rng.choice([0, 0, 15, 30, 45]),
            second=0,
        )
        if t < START:
            t += timedelta(days=1)
        return min(t, END - timedelta(hours=20))

    # -- decks ---------------------------------------------------------------
    def draw(self, name: str, pool: list[str]) -> str:
        """Draw from a shuffled deck, reshuffling when it runs out."""
        deck = self.general_decks.get(name)
        if not deck:
            deck = list(pool)
            self.rng.shuffle(deck)
            self.general_decks[name] = deck
        return deck.pop()

    def draw_general(self, mix: dict[str, float]) -> tuple[str, str]:
        """Draw one general text, weighted by category."""
        weights = {
            "thanks": 0.2,
            "negative": 0.25,
            "insult": 0.1,
            "spam": 0.1,
            "english": 0.12,
            "shouting": 0.05,
            "odd": 0.04,
        }
        weights.update(mix)
        cats = list(weights)
        cat = self.rng.choices(cats, weights=[weights[c] for c in cats])[0]
        pools = {
            "thanks": THANKS,
            "negative": NEGATIVE,
            "insult": INSULTS,
            "spam": SPAM,
            "english": ENGLISH,
            "shouting": SHOUTING,
            "odd": ODD,
        }
        return self.draw(cat, pools[cat]), cat

    # -- items ---------------------------------------------------------------
    def add(self, item: Item) -> Item:
        """Record an item."""
        self.items.append(item)
        return item

    def comment(
        self,
        acc: dict[str, str],
        thread: tuple[str, str, str, datetime],
        person: Person,
        text: str,
        when: datetime,
        *,
        category: str = "project",
        parent: Item | None = None,
    ) -> Item:
        """Add a comment (or a reply, when ``parent`` is given)."""
        platform = acc["platform"]
        tid, title, url, _ = thread
        hidden = category == "spam" and self.rng.random() < 0.35
        return self.add(
            Item(
                platform=platform,
                account=acc["external_id"],
                external_id=self.new_id(platform, tid),
                kind="reply" if parent else "comment",
                text=text,
                author_name=self.display_name(person, platform),
                author_id=self.author_id(person, platform),
                created=when,
                thread_id=tid,
                thread_title=title,
                thread_url=url,
                parent=parent.external_id if parent else None,
                hidden=hidden,
                category=category,
            )
        )

    def org_reply(self, acc: dict[str, str], org: str, parent: Item) -> Item:
        """Add a reply written by the organisation account itself."""
        template = ORG_ANSWERS.get(parent.text) or self.draw(f"org-{org}", ORG_REPLIES[org])
        text = template.format(parent=parent.author_name.split(" ")[0].lstrip("@"))
        return self.add(
            Item(
                platform=acc["platform"],
                account=acc["external_id"],
                external_id=self.new_id(acc["platform"], parent.thread_id),
                kind="reply",
                text=text,
                author_name=acc["name"],
                author_id=acc["external_id"],
                created=self.after(parent.created, 180, 10),
                thread_id=parent.thread_id,
                thread_title=parent.thread_title,
                thread_url=parent.thread_url,
                parent=parent.external_id,
                category="org",
            )
        )

    def make_thread(
        self, acc: dict[str, str], slug: str, title: str, when: datetime | None = None
    ) -> tuple[str, str, str, datetime]:
        """Create a thread id, url and post time."""
        tid = self.thread_id(acc["platform"], acc["external_id"])
        kind = {
            "youtube": "watch",
            "tiktok": "video",
            "x": "status",
            "linkedin": "feed/update",
        }.get(acc["platform"], "posts")
        url = f"https://www.example.org/{acc['platform']}/{slug}/{kind}/{tid.replace(':', '-')}"
        return tid, title, url, when or self.post_time()

    def fill_thread(
        self,
        acc: dict[str, str],
        org: str,
        spec: ThreadSpec,
        *,
        org_pool: list[str],
        regulars: list[Person],
        slug: str,
    ) -> None:
        """Generate top-level comments and replies for one thread."""
        thread = self.make_thread(acc, slug, spec.title)
        posted = thread[3]
        texts: list[tuple[str, str]] = [(t, "project") for t in spec.texts]
        for _ in range(spec.extra):
            if self.rng.random() < 0.5:
                texts.append((self.draw(f"any-{org}", org_pool), "project"))
            else:
                texts.append(self.draw_general(spec.mix))
        self.rng.shuffle(texts)
        tops: list[Item] = []
        t = posted
        for text, cat in texts:
            t = self.after(t, 70, 1)
            tops.append(
                self.comment(acc, thread, self.pick_person(regulars), text, t, category=cat)
            )
        # the organisation answers the questions it has a specific answer for
        for parent in tops:
            if parent.text in ORG_ANSWERS and self.rng.random() < 0.85:
                self.org_reply(acc, org, parent)
        # replies: about a third of the top-level count
        for _ in range(max(1, len(tops) // 3 + self.rng.randint(0, 2))):
            parent = self.rng.choice(tops)
            if parent.category in {"spam"}:
                continue
            if (
                parent.text.rstrip().endswith("?")
                and parent.text not in ORG_ANSWERS
                and self.rng.random() < 0.3
            ):
                self.org_reply(acc, org, parent)
                continue
            person = self.pick_person(regulars)
            r = self.rng.random()
            if r < 0.4:
                text = self.draw("agree", REPLY_AGREE)
            elif r < 0.75:
                text = self.draw("disagree", REPLY_DISAGREE)
            else:
                first = parent.author_name.split(" ")[0].lstrip("@")
                text = self.draw("mention", REPLY_MENTION).format(parent=first)
            self.comment(
                acc,
                thread,
                person,
                text,
                self.after(parent.created, 90, 1),
                category="reply",
                parent=parent,
            )

    def poll(
        self,
        acc: dict[str, str],
        slug: str,
        title: str,
        *,
        votes: list[tuple[str, str]],
        replies: list[tuple[int, str]],
        when: datetime,
    ) -> None:
        """Generate a poll thread where people vote with letters or emoji."""
        thread = self.make_thread(acc, slug, title, when=when)
        t = thread[3]
        vote_items = []
        for who, text in votes:
            t = self.after(t, 55, 2)
            vote_items.append(
                self.comment(acc, thread, self.person(who[2:]), text, t, category="poll")
            )
        # a few replies under votes (these are not votes themselves)
        for index, text in replies:
            parent = vote_items[index]
            self.comment(
                acc,
                thread,
                self.rng.choice(self.people),
                text,
                self.after(parent.created, 40, 2),
                category="reply",
                parent=parent,
            )

    def dms(self, acc: dict[str, str], org: str, conversations: list[list[str]]) -> None:
        """Generate direct-message conversations (one per person)."""
        platform = acc["platform"]
        for messages in conversations:
            person = self.rng.choice(self.people)
            conv = (
                "t_" + str(self.rng.randint(10**14, 10**15 - 1))
                if platform != "x"
                else f"{acc['external_id']}-{self.author_id(person, platform)}"
            )
            name = self.display_name(person, platform)
            title = f"Privébericht van {name}"
            url = f"https://www.example.org/{platform}/messages/{conv}"
            t = self.post_time()
            for text in messages:
                t = self.after(t, 120, 1)
                self.add(
                    Item(
                        platform=platform,
                        account=acc["external_id"],
                        external_id=("m_" if platform != "x" else "")
                        + self.new_id(platform, conv).replace("t_", ""),
                        kind="dm",
                        text=text,
                        author_name=name,
                        author_id=self.author_id(person, platform),
                        created=t,
                        thread_id=conv,
                        thread_title=title,
                        thread_url=url,
                        parent=None,
                        category="dm",
                    )
                )

    def special(self) -> None:
        """Add the hand-placed cases: threats, personal data, repeats, long texts, zalgo."""
        acc = {a["external_id"]: a for a in ACCOUNTS}
        by_thread: dict[str, list[Item]] = {}
        for it in self.items:
            if it.kind != "dm":
                by_thread.setdefault(it.thread_id, []).append(it)

        def thread_of(account_id: str, index: int) -> tuple[str, str, str, datetime]:
            threads = sorted(
                {
                    (i.thread_id, i.thread_title, i.thread_url)
                    for i in self.items
                    if i.account == account_id and i.kind != "dm" and i.category != "poll"
                }
            )
            tid, title, url = threads[index % len(threads)]
            first = min(i.created for i in by_thread[tid])
            return tid, title, url, first

        def put(account_id: str, index: int, who: str, text: str, category: str) -> Item:
            th = thread_of(account_id, index)
            return self.comment(
                acc[account_id],
                th,
                self.person(who),
                text,
                self.after(th[3], 600, 5),
                category=category,
            )

        fb_a27 = "104857392615482"
        x_zv, fb_zv = "1460213378902", "100394857261734"
        li_min, yt_ws, tt_ws = (
            "urn:li:organization:80412377",
            "UCw7LageLanden3xQ9dijk",
            "7130448821936",
        )
        ig_vl, x_vl = "17841463310027458", "1588830041276"

        put(fb_a27, 1, "Dennis van Dam", THREATS[0], "threat")
        put(x_zv, 0, "Marco Pronk", THREATS[1], "threat")
        put(fb_a27, 2, "Ferry Stoop", PERSONAL[0], "personal")
        put(fb_zv, 1, "Rinus Bol", PERSONAL[1], "personal")
        put(fb_a27, 3, "Harry Blom", PERSONAL[2], "personal")
        put(yt_ws, 0, "Cor van Gelder", PERSONAL[3], "personal")
        put(fb_a27, 4, "Truus Hofman", LONG[0], "long")
        put(yt_ws, 1, "Jaap Rietveld", LONG[1], "long")
        put(fb_zv, 2, "Bianca Koolhoven", LONG[2], "long")
        put(fb_a27, 0, "James Whitfield", LONG[3], "long")
        put(tt_ws, 0, "Jesse Vos", zalgo(self.rng, ZALGO_BASE) + " 🌊🌊", "odd")
        put(
            li_min,
            0,
            "Lars Nordgren",
            "Great initiative. In Sweden we learned that municipal ownership of heat networks makes a real difference for affordability. Happy to share our experience.",
            "english",
        )
        put(
            li_min,
            1,
            "Emily Hartley",
            "Congratulations on the transparent follow-up. Would be great to see an English summary for international investors as well.",
            "english",
        )

        # Every hand-written text appears at least once: place what the decks left over.
        used = {i.text for i in self.items}
        leftovers = [
            (INSULTS, [fb_a27, x_zv, fb_zv, yt_ws, tt_ws, ig_vl, x_vl, "17841405822953117"]),
            (ODD, [fb_a27, x_zv, fb_zv, yt_ws, ig_vl, "17841405822953117"]),
            (SHOUTING, [fb_a27, x_zv, fb_zv, x_vl]),
            (SPAM, [fb_a27, fb_zv, yt_ws, tt_ws, ig_vl, li_min, "17841405822953117"]),
            (ENGLISH, [fb_a27, fb_zv, x_zv, yt_ws, "17841405822953117"]),
            (A27_ANY, [fb_a27, "17841405822953117"]),
            (ZV_ANY, [x_zv, fb_zv]),
            (MIN_ANY, [li_min]),
            (WS_ANY, [yt_ws, tt_ws]),
            (VL_ANY, [ig_vl, x_vl]),
        ]
        for pool, account_ids in leftovers:
            for text in pool:
                if text not in used:
                    who = self.rng.choice(self.people).name
                    put(self.rng.choice(account_ids), self.rng.randint(0, 9), who, text, "leftover")

        # One person posts the same text four times within an hour (X, Veenland).
        th = thread_of(x_vl, 0)
        p = self.person("Gré Rademaker")
        t = self.after(th[3], 300, 10)
        for _ in range(4):
            self.comment(
                acc[x_vl],
                th,
                p,
                "STOP DE WINDMOLENS!!! Niemand in Oudeveen wil ze. Luister naar de bewoners!!! #krommeakkers",
                t,
                category="repeat",
            )
            t = self.after(t, 9, 3)
        # And someone repeats a spam link on Instagram.
        th = thread_of(ig_vl, 1)
        p = self.person("Lars Nordgren")
        t = self.after(th[3], 200, 10)
        for _ in range(3):
            self.comment(
                acc[ig_vl],
                th,
                p,
                "🌞 Gratis zonnepanelen via de overheid?! Check of jij in aanmerking komt 👉 https://bit.ly/zon-gratis-NL",
                t,
                category="spam",
            )
            t = self.after(t, 6, 1)

    def run(self) -> list[Item]:
        """Generate all items."""
        acc = {(a["platform"], a["name"]): a for a in ACCOUNTS}
        plan = [
            (
                "a27",
                acc["facebook", "Rijkswegen Nederland – A27 Lexmond"],
                A27_THREADS_FB,
                A27_ANY,
                "verbreding-a27-lexmond",
            ),
            (
                "a27",
                acc["instagram", "rijkswegen.a27lexmond"],
                A27_THREADS_IG,
                A27_ANY,
                "rijkswegen.a27lexmond",
            ),
            ("zv", acc["x", "Gemeente Zuiderveen"], ZV_THREADS_X, ZV_ANY, "GemZuiderveen"),
            (
                "zv",
                acc["facebook", "Gemeente Zuiderveen"],
                ZV_THREADS_FB,
                ZV_ANY,
                "gemeentezuiderveen",
            ),
            (
                "min",
                acc["linkedin", "Ministerie van Wonen en Leefomgeving"],
                MIN_THREADS_LI,
                MIN_ANY,
                "ministerie-wonen-leefomgeving",
            ),
            (
                "ws",
                acc["youtube", "Waterschap Lage Landen"],
                WS_THREADS_YT,
                WS_ANY,
                "waterschaplagelanden",
            ),
            (
                "ws",
                acc["tiktok", "waterschaplagelanden"],
                WS_THREADS_TT,
                WS_ANY,
                "waterschaplagelanden",
            ),
            (
                "vl",
                acc["instagram", "provincieveenland"],
                VL_THREADS_IG,
                VL_ANY,
                "provincieveenland",
            ),
            ("vl", acc["x", "Provincie Veenland"], VL_THREADS_X, VL_ANY, "ProvVeenland"),
        ]
        for org, account, threads, pool, slug in plan:
            regulars = self.rng.sample(self.people, 8)
            for spec in threads:
                self.fill_thread(account, org, spec, org_pool=pool, regulars=regulars, slug=slug)
        self.poll(
            acc["facebook", "Gemeente Zuiderveen"],
            "gemeentezuiderveen",
            ZV_POLL_TITLE,
            votes=ZV_POLL_VOTES,
            replies=ZV_POLL_REPLIES,
            when=datetime(2026, 11, 19, 12, 0, tzinfo=TZ),
        )
        self.poll(
            acc["instagram", "rijkswegen.a27lexmond"],
            "rijkswegen.a27lexmond",
            A27_POLL_TITLE,
            votes=A27_POLL_VOTES,
            replies=A27_POLL_REPLIES,
            when=datetime(2026, 11, 21, 9, 30, tzinfo=TZ),
        )
        self.special()
        self.dms(
            acc["facebook", "Rijkswegen Nederland – A27 Lexmond"],
            "a27",
            DM_CONVERSATIONS["a27"][:4],
        )
        self.dms(acc["instagram", "rijkswegen.a27lexmond"], "a27", DM_CONVERSATIONS["a27"][4:])
        self.dms(acc["facebook", "Gemeente Zuiderveen"], "zv", DM_CONVERSATIONS["zv"][:5])
        self.dms(acc["x", "Gemeente Zuiderveen"], "zv", DM_CONVERSATIONS["zv"][5:])
        self.dms(acc["instagram", "provincieveenland"], "vl", DM_CONVERSATIONS["vl"][:4])
        self.dms(acc["x", "Provincie Veenland"], "vl", DM_CONVERSATIONS["vl"][4:])
        self.items.sort(key=lambda i: (i.created, i.platform, i.external_id))
        vary_shared_texts(self.items)
        return self.items


# Categories whose identical texts are the point (spam waves, one author repeating, votes).
_VERBATIM = {"spam", "repeat", "poll", "org", "threat", "dm"}
_VARIANTS = (
    lambda t: t[:1].lower() + t[1:],
    lambda t: t + " 🙂",
    lambda t: t + " 👍",
    lambda t: t[:1].lower() + t[1:] + " 🙂",
    lambda t: t + " 😊",
    lambda t: t[:1].lower() + t[1:] + " 👍",
)


def vary_shared_texts(items: list[Item]) -> None:
    """Let two different people not post the very same longer text.

    The decks reshuffle when they run out, so a reply could come back word for word from
    someone else; real people vary a little. Uses no random numbers, so every other
    draw stays as it was. (An erasure request then removes exactly one author's texts.)
    """
    first_author: dict[str, str] = {}
    used = {i.text for i in items}
    for item in items:
        if item.category in _VERBATIM or len(item.text) < 25:
            continue
        owner = first_author.setdefault(item.text, item.author_id)
        if owner == item.author_id:
            continue
        for vary in _VARIANTS:
            text = vary(item.text)
            if text not in used:
                used.add(text)
                first_author[text] = item.author_id
                item.text = text
                break


def render(seed: int = SEED) -> tuple[str, str, list[Item]]:
    """Return the text of accounts.json, the text of items.jsonl, and the items."""
    items = Generator(seed).run()
    accounts = json.dumps(ACCOUNTS, ensure_ascii=False, indent=2) + "\n"
    lines = "".join(json.dumps(item.to_json(), ensure_ascii=False) + "\n" for item in items)
    return accounts, lines, items


def main() -> None:
    """Write accounts.json and items.jsonl next to this script."""
    accounts, lines, items = render()
    (OUT_DIR / "accounts.json").write_text(accounts, encoding="utf-8", newline="\n")
    (OUT_DIR / "items.jsonl").write_text(lines, encoding="utf-8", newline="\n")
    kinds: dict[str, int] = {}
    for item in items:
        key = f"{item.platform}/{item.kind}"
        kinds[key] = kinds.get(key, 0) + 1
    print(f"{len(items)} items")
    for key in sorted(kinds):
        print(f"  {key}: {kinds[key]}")


if __name__ == "__main__":
    main()
