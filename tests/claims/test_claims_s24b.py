"""Round s24, second wave, of claims: a title with a possessive suffix names its holder past the definite
adjectives that agree with it and past a rank or honorific ("وقال أمينها العام فلان"، "المتحدث باسمها الشيخ
فلان"): the holder is the source (khabar/claims/attribute.py, _holder_after_possessed).  The battery
tests/claims/data/claims_probes_s24b.yaml is run by test_claims_probes.py; these are its unit tests."""

import pytest

from tests.claims.reading import chains


@pytest.mark.parametrize("title", ["أمينها العام", "المتحدث باسمها الشيخ", "الناطق باسمها الدكتور",
                                   "رئيسها التنفيذي المهندس", "مبعوثه الخاص السيد"])
def test_the_holder_after_a_possessed_title_is_the_source(title):
    text = f"وقال {title} يوسف بن سالم العمري إن الاجتماع سيعقد في موعده."
    got = chains(text)   # (the name, whole or its first words: the scorer's overlap)
    assert len(got) == 1 and len(got[0]) == 1 and got[0][0].startswith("يوسف بن سالم")


@pytest.mark.parametrize("after", ["الأحد", "في بيان", "للصحفيين"])
def test_a_possessed_title_with_no_name_stays_the_source(after):
    got = chains(f"وقال أمينها العام {after} إن الاجتماع سيعقد في موعده.")
    assert len(got) == 1 and got[0][0].startswith("أمينها")


def test_a_holder_named_with_no_verb_of_saying_is_no_claim():
    assert chains("واستقبل أمينها العام يوسف بن سالم العمري وفدا من رجال الأعمال.") == []
