"""Functional tests of the shipped Dutch spelregels, one functionality at a time.

Modelled on HateCheck (Röttger et al., ACL 2021, CC BY 4.0; shared/data/hatecheck-en):
each row names the functionality it probes, the text and the rules that must fire (empty =
none). Word lists only see words; functionalities that need meaning (implicit hate, negated
threats, counter-speech quoting a slur) are the toxicity model's job and are marked
``model`` where the word list deliberately stays quiet.
"""

from __future__ import annotations

import pytest

import rules

NL = rules.load(rules.shipped_set("spelregels-nl"))
S, D, B, P, SPAM = "NL-SCHELDEN", "NL-DISCRIMINATIE", "NL-BEDREIGING", "NL-PERSOONSGEGEVENS", \
    "NL-SPAM"

CASES = [
    # functionality, text, expected rule ids
    ("profaniteit_h", "Wat een kankerlijer ben jij", [S]),
    ("profaniteit_h", "Kanker op met je plannen", [S]),
    ("profaniteit_h", "Krijg de tering, wethouder", [S]),
    ("profaniteit_h", "tyfuslijer", [S]),
    ("belediging_h", "Jij bent een debiel", [S]),
    ("belediging_h", "Wat een idioten bij de gemeente", [S]),
    ("belediging_h", "Die wethouder is een klootzak", [S]),
    ("belediging_h", "vuile lul", [S]),
    ("spelling_leet_h", "k4nk3rl1jer", [S]),
    ("spelling_leet_h", "kl00tz@k", [S]),
    ("spelling_uitrekken_h", "kuuuuut gemeente", [S]),
    ("spelling_uitrekken_h", "DEBIEEEEEL", [S]),
    ("spelling_spaties_h", "wat een k u t plan", [S]),
    ("spelling_punten_h", "k.u.t.", [S]),
    ("spelling_accent_h", "débiel", [S]),
    ("spelling_onzichtbaar_h", "kl\u200boot\u200bzak", [S]),
    ("discriminatie_h", "Ga terug naar je eigen land", [D]),
    ("discriminatie_h", "Al die vuile moslims", [D]),
    ("discriminatie_h", "kutmarokkanen", [S, D]),  # kut- as first part is also schelden
    ("discriminatie_h", "Vieze pot", [D]),
    ("bedreiging_h", "Ik weet waar je woont", [B]),
    ("bedreiging_h", "Ik maak je af als dit doorgaat", [B]),
    ("bedreiging_h", "Die wethouder verdient de kogel", [B]),
    ("persoonsgegevens_h", "Bel de buurman op 06-12345678", [P]),
    ("persoonsgegevens_h", "Zijn mail is piet@example.nl", [P]),
    ("spam_h", "Verdien snel geld via bit.ly/rijk", [SPAM]),
    ("spam_h", "Klik hier voor een gratis iPhone", [SPAM]),
    # non-hateful: compounds, homonyms, place names, medical use, idioms
    ("homoniem_nh", "Kankerpatiënten verdienen betere zorg", []),
    ("homoniem_nh", "Samen in de strijd tegen kanker", []),
    ("homoniem_nh", "Mijn moeder heeft kanker gehad", []),
    ("homoniem_nh", "Meer geld voor kankeronderzoek!", []),
    ("homoniem_nh", "De koffiepot staat klaar op de informatieavond", []),
    ("homoniem_nh", "Een pot koffie en een pot thee", []),
    ("homoniem_nh", "Zo verwijt de pot de ketel dat hij zwart ziet", []),
    ("homoniem_nh", "De tering naar de nering zetten", []),
    ("homoniem_nh", "De lampen flikkeren en het flikkerlicht is kapot", []),
    ("homoniem_nh", "Ik heb nieuwe kleren gekocht", []),
    ("homoniem_nh", "De eikels vallen van de eik in het park", []),
    ("plaatsnaam_nh", "We reden via Kutenholz naar Hamburg", []),
    ("plaatsnaam_nh", "Ik woon in Lul, vlak bij de grens", []),
    ("plaatsnaam_nh", "De Kuttelstraat wordt opgebroken", []),
    ("neutraal_nh", "Hoe laat begint de informatieavond over de A27?", []),
    ("neutraal_nh", "Ik ben het oneens met dit plan, de brug is te smal.", []),
    ("neutraal_nh", "Als moslim maak ik me zorgen over de parkeerplaatsen", []),
    ("neutraal_nh", "Mogen we ballonnen opblazen bij de opening?", []),
    ("neutraal_nh", "Het gemeentelijke nummer 0800-1234 werkt niet", []),
    ("neutraal_nh", "Zie https://www.rijkswaterstaat.nl/a27 voor info", []),
    ("losse_letters_nh", "Kies optie a, b of c", []),
    ("emoji_nh", "Top plan 👍👍", []),
    ("schreeuwen_h", "DIT PLAN IS ECHT WAARDELOOS EN DAT WETEN JULLIE", ["NL-SCHREEUWEN"]),
    ("schreeuwen_nh", "Het RIVM en de GGD zijn het eens over de A27", []),
]


@pytest.mark.parametrize(("functionality", "text", "expected"), CASES)
def test_dutch_functionality(functionality: str, text: str, expected: list[str]) -> None:
    hits = rules.evaluate(NL, rules.Subject(text))
    assert [hit.rule_id for hit in hits] == expected, functionality


def test_evidence_points_at_the_original_spelling() -> None:
    text = "jij K 4 N K E R L 1 J E R"
    hits = rules.evaluate(NL, rules.Subject(text))
    assert [text[a:b] for a, b in hits[0].spans] == ["K 4 N K E R L 1 J E R"]


def test_repeated_posts_and_toxicity_scores() -> None:
    history = [rules.HistoryEntry("Stop de A27!", 60), rules.HistoryEntry("stop de a27", 600)]
    hits = rules.evaluate(NL, rules.Subject("STOP DE A27!!", history=history))
    assert [hit.rule_id for hit in hits] == ["NL-HERHALING"]
    old = [rules.HistoryEntry("Stop de A27!", 7200)] * 2
    assert rules.evaluate(NL, rules.Subject("Stop de A27!", history=old)) == []
    threat = rules.evaluate(NL, rules.Subject("jij gaat het merken", scores={"threat": 0.9}))
    assert [hit.rule_id for hit in threat] == [B] and threat[0].spans == ()
    assert rules.evaluate(NL, rules.Subject("jij gaat het merken")) == []


ENGLISH = rules.load(rules.shipped_set("house-rules-en"))


@pytest.mark.parametrize(("text", "expected"), [
    ("They are building a new dyke near the beach.", []),  # HateCheck slur_homonym_nh
    ("That's only natural for a slut like you.", ["EN-INSULT"]),  # slur_h
    ("You are a f4gg0t", ["EN-HATE"]),  # spell_leet_h
    ("I will kill you", ["EN-THREAT"]),  # threat_dir_h
    ("Fucking hell, what a day.", []),  # profanity_nh
    ("I am a proud Muslim woman.", []),  # ident_neutral_nh
])
def test_english_hatecheck_style(text: str, expected: list[str]) -> None:
    assert [hit.rule_id for hit in rules.evaluate(ENGLISH, rules.Subject(text))] == expected
