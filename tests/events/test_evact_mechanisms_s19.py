"""Session 19's argument mechanisms: a unit of a body right after the verb ("المديرية العامة لقوى
الأمن الداخلي"، "القيادة العامة لشرطة دبي"، "مديرية الأمن العام") stands for the body, which acts
(arguments.yaml unit_heads); and an aside set off by commas between a verb of announcing and the
verbal noun it announces costs no word of the noun's reach back to its controller ("وأعلنت المديرية
العامة لقوى الأمن الداخلي، في بيان صباح اليوم، توقيف …"); an unnamed source after a word that relays
an account ("وبحسب مصدر أمني تحدث لـ…، أوقفت …": actor_cues.yaml relays) is never the actor of the
material acts it tells."""

import pytest

from tests.events.test_evact_mechanisms_s16b import _words, coded


def test_unit_heads_loaded():
    from khabar.events import code

    heads = code.arguments()["unit_heads"]
    assert {"مديريه", "قياده", "اداره"} <= heads          # normalised, without the article
    assert "وزاره" not in heads                            # a ministry is a body's own name, not a unit


@pytest.mark.parametrize("text, kind, actor", [
    ("أوقفت المديرية العامة لقوى الأمن الداخلي 70 شخصا.", "COERCE", "Internal Security Forces (Lebanon)"),
    ("وأعلنت المديرية العامة لقوى الأمن الداخلي توقيف 70 شخصا.", "COERCE", "Internal Security Forces (Lebanon)"),
    ("وأعلنت القيادة العامة لشرطة دبي القبض على عصابة احتيال.", "COERCE", "Dubai Police"),
])
def test_unit_of_a_body_acts(text, kind, actor):
    assert any(t == kind and actor in actors for t, actors in coded(text)), coded(text)


def test_a_state_unit_is_not_the_state():
    # "رئاسة الجمهورية" is the presidency's office: the state named by its nisba does not act for it
    assert not any("Tunisia" in actors for _, actors in coded("وأعلنت رئاسة الجمهورية التونسية إعفاء وزير الداخلية من مهامه."))


@pytest.mark.parametrize("text, kind, actor", [
    ("وأعلنت المديرية العامة لقوى الأمن الداخلي، في بيان صباح اليوم، توقيف 70 شخصا.", "COERCE",
     "Internal Security Forces (Lebanon)"),
    ("وأعلنت وزارة الدفاع السورية، في بيان اليوم، استعادة السيطرة على بلدة خان شيخون.", "COERCE",
     "Ministry of Defense (Syria)"),
])
def test_an_aside_costs_no_reach(text, kind, actor):
    assert any(t == kind and actor in actors for t, actors in coded(text)), coded(text)


def test_a_toll_across_an_aside_stays_unowned():
    # the aside is skipped, but the toll's act is still not the announcer's
    assert not any(actors == ["وزارة الصحة"] for t, actors in coded(
        "وأعلنت وزارة الصحة، اليوم الأحد، ارتفاع حصيلة القصف على الحي إلى 12 قتيلا.") if t == "ASSAULT")


@pytest.mark.parametrize("text, source, relayed", [
    ("وبحسب مصدر أمني، اعتقلت الشرطة شخصين", "مصدر", True),
    ("حسب شهود عيان، أطلق مسلحون النار", "شهود", True),
    ("ووفق مسؤولين محليين، هاجم مسلحون القرية", "مسؤولين", True),
    ("وقال مصدر أمني إن الشرطة اعتقلت شخصين", "مصدر", False),   # a speaker, not a relayed source
])
def test_relayed(text, source, relayed):
    from khabar.events.code import _relayed

    words = _words(text)
    k = next(j for j, w in enumerate(words) if w.norm == source)
    assert _relayed(words, k) is relayed


@pytest.mark.parametrize("text, source", [
    ("وبحسب مصدر أمني تحدث لقناة محلية، أوقفت استخبارات الجيش شخصين للاشتباه بهما.", "مصدر أمني"),
    ("وبحسب مسؤولين محليين تحدثوا لوكالة الصحافة الفرنسية، فإن مسلحين طوقوا القرية وأطلقوا النار على سكانها.",
     "مسؤولين محليين"),
])
def test_relayed_source_does_not_act(text, source):
    assert not any(source in actors for _, actors in coded(text)), coded(text)
