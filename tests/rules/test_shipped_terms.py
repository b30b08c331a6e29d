"""The shipped lists name what was found: a list term is one word with its own forms.

Evidence names a list term by its first form, so a term that lumps several words together
(``kut | kanker | ... | idioot``) would show a team lead ``kut`` for a comment that says
``idioot``.
"""

from __future__ import annotations

import rules

NL = rules.load(rules.shipped_set("spelregels-nl"))


def test_an_insult_is_named_by_the_word_found() -> None:
    hits = rules.evaluate(NL, rules.Subject("Wat een idioot"))
    assert [hit.rule_id for hit in hits] == ["NL-SCHELDEN"]
    listed = {(e.list, e.term) for e in hits[0].evidence if e.list}
    assert ("scheldwoorden", "idioot") in listed
    assert not any(term == "kut" for _, term in listed)
    plural = rules.evaluate(NL, rules.Subject("Wat een idioten"))  # a form of the same word
    assert "$scheldwoorden:idioot" in plural[0].terms
