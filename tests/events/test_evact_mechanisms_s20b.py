"""Session 17's second-wave (round s20b) argument mechanism: an unnamed source of a claim ("مصدر
أمني"، "مصادر نيابية") or a witness ("شهود عيان": arguments.yaml source_heads) tells acts and does
none of them, whichever
path chose it (the rules' nearest name, a distant speaker, the trained actor model); one that
names the body it speaks in ("مصدر رسمي في وزارة الخارجية") gives that body the speech acts it
utters for it (source_spoken_types)."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


def test_source_lists_loaded():
    from khabar.events import code

    a = code.arguments()
    assert {"مصدر", "مصادر", "المصدر", "المصادر", "شهود", "شاهد"} <= a["source_heads"]
    assert "مسؤول" not in a["source_heads"]          # an official may act: he is no mere source
    assert {"ACCUSE", "REQUEST", "REJECT", "THREATEN"} <= a["source_spoken_types"]
    assert "ASSAULT" not in a["source_spoken_types"] and "COERCE" not in a["source_spoken_types"]


@pytest.mark.parametrize("phrase, first, source", [
    ("مصدر أمني", "مصدر", True),
    ("مصادر نيابية", "مصادر", True),
    ("المصادر ذاتها", "المصادر", True),
    ("ومصدر في شرطة عدن", "ومصدر", True),               # the conjunction the segmenter left on
    ("شهود عيان", "شهود", True),                         # a witness tells too
    ("مسلحون مجهولون", "مسلحون", False),                  # unnamed, but a doer
])
def test_anonymous_source(phrase, first, source):
    from khabar.entities.recognise import Mention
    from khabar.events.code import anonymous_source

    mention = Mention(0, len(phrase), "GROUP", "name", anonymous=True)
    assert anonymous_source(mention, first) is source
    named = Mention(0, len(phrase), "GROUP", "name", anonymous=False)
    assert not anonymous_source(named, first)          # a named group is no unnamed source
    assert not anonymous_source(Mention(0, 4, "ORG", "name", anonymous=True), "مصدر")


def test_source_body_speaks_only():
    from khabar.entities.recognise import Mention
    from khabar.events.code import source_body

    ministry = Mention(14, 30, "ORG", "alias")
    source = Mention(0, 30, "GROUP", "name", anonymous=True, parts=[ministry])
    assert source_body(source, "ACCUSE") == [ministry]
    assert source_body(source, "COERCE") == []          # the source tells of an arrest: no actor
    assert source_body(Mention(0, 9, "GROUP", "name", anonymous=True), "ACCUSE") == []


@pytest.mark.parametrize("text, kind, source", [
    ("وقال مصدر حكومي لصحيفة الآن إن الحكومة ستقدم استقالتها خلال أيام.", "RETREAT", "مصدر حكومي"),
    ("وقال مصدر أمني إن النيابة قررت إخلاء سبيل ثمانية، فيما تقرر حبس الأربعة الآخرين.", "COERCE", "مصدر أمني"),
    ("وأفادت مصادر نيابية بأن رئيس الوزراء يعتزم مطالبة البرلمان بإقالة المحافظ.", "COERCE", "مصادر نيابية"),
    ("وقالت مصادر أمنية إن المشتبه بهم أعلنوا مبايعتهم زعيم التنظيم.", "SUPPORT", "مصادر أمنية"),
    ("وقال شهود عيان إنهم سمعوا إطلاق نار كثيف قبل أن تنتشر وحدات من الدرك في المنطقة.", "MOBILIZE", "شهود عيان"),
])
def test_source_is_no_actor(text, kind, source):
    assert not any(t == kind and source in actors for t, actors in coded(text)), coded(text)


def test_source_body_accuses():
    text = ("ونقلت وكالة سانا عن مصدر رسمي في وزارة الخارجية والمغتربين قوله إن القانون إرهاب اقتصادي، "
            "متهما واشنطن بمحاولة تجويع السوريين.")
    assert ("ACCUSE", ["Ministry of Foreign Affairs and Expatriates (Syria)"]) in coded(text), coded(text)


def test_named_actor_after_source_kept():
    # the source's claim names who acted: that subject stays the actor
    text = "وقال مصدر أمني لشفق نيوز إن قوة من الجيش العراقي اعتقلت ثلاثة مطلوبين في قضاء الطارمية."
    assert any(t == "COERCE" and "Iraqi Army" in actors for t, actors in coded(text)), coded(text)
