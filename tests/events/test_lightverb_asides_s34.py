"""Round s34's light-verb and relative-verb trigger gaps (khabar.events.code).

1. A bracketed short name or acronym right after the named subject of a light verb ("منظمة الصحة
   العالمية (WHO) مساعدات") is crossed by the search for the verb's noun, as a comma-set time is
   (code._bracket_aside_after); a bracket that runs on past a few words, or holds other punctuation,
   is not.
2. A three-letter verb with its written object pronoun ه right after a relative pronoun ("الرجل الذي
   قتله مسلحون") is the verb, not the verbal noun with a possessive (code._relative_him)."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded, _words


@pytest.mark.parametrize("text, kind", [
    ("وقدمت منظمة الصحة العالمية (WHO) مساعدات طبية إلى مستشفى المدينة.", "AID"),
    ("وسيّرت بعثة الأمم المتحدة (يونميس) قافلة مساعدات إلى المخيم.", "AID"),
    ("وسيّرت بعثة الأمم المتحدة (يونميس)، أمس الاثنين، قافلة مساعدات إلى المخيم.", "AID"),
    ("وشنت قوات الدعم السريع (الجنجويد) هجوما على البلدة.", "ASSAULT"),
])
def test_light_noun_past_a_bracketed_name(text, kind):
    assert any(t == kind for t, _ in coded(text)), coded(text)


def test_bracket_aside_bounds():
    from khabar.events.code import _bracket_aside_after

    words = _words("قدمت المنظمة (WHO) مساعدات")
    opening = next(k for k, w in enumerate(words) if w.norm == "(")
    assert words[_bracket_aside_after(words, opening)].norm == "مساعدات"
    long = _words("قدمت المنظمة (وهي هيئة تعمل في البلاد منذ عقود طويلة) مساعدات")
    opening = next(k for k, w in enumerate(long) if w.norm == "(")
    assert _bracket_aside_after(long, opening) is None       # a clause in brackets, no short name
    inner = _words("قدمت المنظمة (في البلاد، منذ عقود) مساعدات")
    opening = next(k for k, w in enumerate(inner) if w.norm == "(")
    assert _bracket_aside_after(inner, opening) is None      # punctuation inside: no name


@pytest.mark.parametrize("text, kind", [
    ("وعثر السكان على جثة المزارع الذي قتله مسلحون مجهولون قرب القرية.", "ASSAULT"),
    ("وكان المزارع يعمل في حقله حين قتله مسلحون مجهولون.", "ASSAULT"),   # a nominative plural after
])
def test_relative_him_verb(text, kind):
    assert any(t == kind for t, _ in coded(text)), coded(text)


def test_relative_him_reading():
    from khabar.entities.recognise import words_of
    from khabar.events.code import _Args, _relative_him
    from khabar.pipeline import run

    doc = run("وعثر السكان على جثة المزارع الذي قتله مسلحون.")
    words = words_of(doc)
    args = _Args(words, doc._.mentions)
    args.text = doc.text
    k = next(k for k, w in enumerate(words) if w.norm == "قتله")
    assert _relative_him(words, k, args) is not None
    doc = run("وأدان الوزير قتله في المدينة.")                # no relative before: the noun reading stays
    words = words_of(doc)
    args = _Args(words, doc._.mentions)
    args.text = doc.text
    k = next(k for k, w in enumerate(words) if w.norm == "قتله")
    assert _relative_him(words, k, args) is None


def test_relative_him_subject_after_the_verb():
    """The ه on the verb resumes the name before the relative: that name is the one killed, the name
    after the verb acts (code._antecedent gives no antecedent)."""
    events = coded("وزار الوزير منزل الكاتب سمير خليل الذي قتله مسلحون مجهولون قرب بيته.")
    assaults = [actors for t, actors in events if t == "ASSAULT"]
    assert assaults and all("سمير خليل" not in actors for actors in assaults), events
