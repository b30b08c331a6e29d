"""Mapping a downloaded classifier's labels onto Moderator's categories."""

from __future__ import annotations

import pytest

from moderator.errors import DataError, UsageError
from moderator.scoring.labels import model_labels, parse_spec, resolve

LABELS = ("LABEL_0", "LABEL_1", "haat")


def test_spec_maps_labels_by_name_number_and_rest() -> None:
    spec = parse_spec("LABEL_1=toxicity, 2=identity_attack ,*=-")
    assert spec == {"LABEL_1": "toxicity", "2": "identity_attack", "*": "-"}
    mapped = resolve(LABELS, spec)
    assert mapped.as_dict() == {"LABEL_0": "-", "LABEL_1": "toxicity", "haat": "identity_attack"}
    assert mapped.categories == ("toxicity", "identity_attack")
    assert mapped.indices("identity_attack") == [2]


def test_two_labels_may_feed_one_category_and_case_is_forgiven() -> None:
    mapped = resolve(LABELS, {"label_0": "negeer", "LABEL_1": "toxicity", "HAAT": "toxicity"})
    assert mapped.categories == ("toxicity",)
    assert mapped.indices("toxicity") == [1, 2]


def test_unmapped_label_is_refused_in_dutch_and_english() -> None:
    with pytest.raises(UsageError) as err:
        resolve(LABELS, {"LABEL_1": "toxicity"})
    text = str(err.value)
    assert "niet gekoppeld" in text and "not mapped" in text
    assert "LABEL_0, haat" in text and "--labels" in text and "identity_attack" in text


@pytest.mark.parametrize(("mapping", "words"), [
    ({"LABEL_1": "toxic", "*": "-"}, ["onbekende categorie", "unknown category", "'toxic'"]),
    ({"hate": "toxicity", "*": "-"}, ["geen label", "no label 'hate'", "LABEL_0, LABEL_1, haat"]),
    ({"*": "-"}, ["alle labels genegeerd", "every label is ignored"]),
])
def test_bad_mappings_say_what_is_wrong(mapping: dict[str, str], words: list[str]) -> None:
    with pytest.raises(UsageError) as err:
        resolve(LABELS, mapping)
    assert all(w in str(err.value) for w in words)


def test_spec_without_equals_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="LABEL=CATEGORIE"):
        parse_spec("LABEL_1:toxicity")


def test_config_labels_in_output_order() -> None:
    assert model_labels({"id2label": {"1": "toxisch", "0": "neutraal"}}) == ("neutraal", "toxisch")
    assert model_labels({"num_labels": 2}) == ("LABEL_0", "LABEL_1")
    with pytest.raises(DataError, match=r"0\.\.n-1"):
        model_labels({"id2label": {"0": "a", "2": "b"}})
