"""Round-19 second wave: places below the city typed as session 16 decided (docs/gold-format.md,
"Decided in session 16").  A quarter after "حي" is LOC, whether the knowledge base knows the name
(as a town or a district) or not; an area after "منطقة" is LOC unless the knowledge base knows a town
or unit by the name or the text ties it to the unit that runs it (patterns.yaml quarter_heads,
district_place_heads, area_administered_by)."""

import pytest

import khabar
from khabar.entities.recognise import _patterns
from khabar.text.normalise import normalise_word
from tests.entities.test_entities_s19 import RAW, _entities, _mentions


def test_the_area_lists_have_their_schema_and_load_normalised():
    tie = RAW["area_administered_by"]
    assert set(tie) == {"participles", "unit_heads", "province_links", "province_heads"}
    assert all(isinstance(v, list) and v for v in tie.values())
    assert set(tie["province_heads"]) <= set(tie["unit_heads"])   # a province is a unit
    p = _patterns()
    assert normalise_word("إقليم") in p["area_administered_by"]["unit_heads"]
    assert normalise_word("التابعة") in p["area_administered_by"]["participles"]
    assert p["quarter_heads"] == {normalise_word("حي")}
    assert not p["quarter_heads"] & p["district_place_heads"]


@pytest.mark.parametrize("text, quarter", [
    ("وسمع دوي انفجار في حي ويبانكو شمالي مقديشو.", "حي ويبانكو"),          # a name the lexicon lacks
    ("واندلعت اشتباكات في حي تشانكايا بأنقرة.", "حي تشانكايا"),
])
def test_an_unknown_name_after_hay_is_a_quarter(text, quarter):
    got = _mentions(text)
    assert ("LOC", quarter) in got and ("GPE", quarter) not in got, got


def test_a_known_town_after_hay_is_the_quarter_of_that_name():
    """"حي الرشيدية": the knowledge base knows a town Errachidia; after حي the text names a
    quarter, read from the head, LOC; the town alone stays a GPE."""
    assert ("LOC", "حي الرشيدية") in _mentions("وشهد حي الرشيدية في مدينة وهران انقطاعا للكهرباء.")
    assert ("GPE", "الرشيدية") in _mentions("ووصل الوفد إلى مدينة الرشيدية جنوب شرقي المغرب.")


def test_a_known_district_alias_with_hay_types_its_entity_loc():
    """The alias "حي المزة" of a district entry: the entity is LOC, the bare name with it."""
    entities = _entities("وقصفت الطائرات حي المزة في دمشق، وقال سكان إن المزة شهدت دمارا.")
    mezzeh = [e for e in entities if any(m["text"] == "حي المزة" for m in e["mentions"])]
    assert mezzeh and all(e["type"] == "LOC" for e in mezzeh), mezzeh


@pytest.mark.parametrize("text, area, kind", [
    ("وانفجرت عبوة في منطقة القلوعة بمديرية المنصورة.", "منطقة القلوعة", "LOC"),   # a city's district places it
    ("واختطف في منطقة غوندام التابعة لإقليم تمبكتو.", "منطقة غوندام", "GPE"),
    ("ووقع الحادث في منطقة بوفيشة من ولاية سوسة.", "منطقة بوفيشة", "GPE"),
    ("ونقل الجرحى من منطقة الطلحية بمحافظة ديالى.", "منطقة الطلحية", "GPE"),
    ("وتجمع المحتجون في منطقة الطلحية وسط المدينة.", "منطقة الطلحية", "LOC"),
])
def test_an_area_is_a_place_unless_the_text_ties_it_to_a_unit(text, area, kind):
    assert (kind, area) in _mentions(text), _mentions(text)


def test_hara_heads_town_names_and_is_no_quarter_head():
    """"حارة حريك" is a municipality the knowledge base lists whole: GPE, its own name."""
    assert ("GPE", "حارة حريك") in _mentions("واستهدفت الغارة مبنى في حارة حريك بالضاحية الجنوبية.")


def test_an_area_the_article_names_as_a_village_is_that_village():
    """"منطقة إمليل" (LOC alone) beside "قرية إمليل": one town, GPE, with both mentions."""
    entities = _entities("وانتشرت عناصر الدرك بمنطقة إمليل. وقتلت السائحتان قرب قرية إمليل بإقليم الحوز.")
    imlil = [e for e in entities if any(m["text"] == "منطقة إمليل" for m in e["mentions"])]
    assert len(imlil) == 1 and imlil[0]["type"] == "GPE", imlil
    assert {m["text"] for m in imlil[0]["mentions"]} >= {"منطقة إمليل", "قرية إمليل"}
    alone = _entities("وانتشرت عناصر الدرك بمنطقة إمليل جنوب مراكش.")
    assert ("LOC", "منطقة إمليل") in {(e["type"], m["text"]) for e in alone for m in e["mentions"]}


def test_the_anonymous_speaker_lists_load_normalised():
    spec = RAW["anonymous_speakers"]
    assert set(spec) == {"titles", "qualifiers", "ends"}
    p = _patterns()["anonymous_speakers"]
    assert normalise_word("الناطقة") in p["titles"] and normalise_word("الإعلامي") in p["qualifiers"]


@pytest.mark.parametrize("text, speaker", [
    ("وقالت المتحدثة باسم الشرطة إن عشرة أشخاص اعتقلوا.", "المتحدثة باسم الشرطة"),
    ("وأكد الناطق الرسمي باسم وزارة الصحة أن المستشفيات استقبلت الجرحى.", "الناطق الرسمي باسم وزارة الصحة"),
    ("بحسب ما قاله المتحدث باسم الحركة لإذاعة محلية.", "المتحدث باسم الحركة"),
])
def test_a_spokesperson_named_by_title_and_body_only_is_a_group(text, speaker):
    assert ("GROUP", speaker) in _mentions(text), _mentions(text)


@pytest.mark.parametrize("text, title", [
    ("وقال المتحدث باسم وزارة الصحة أشرف القدرة إن الحصيلة ارتفعت.", "المتحدث باسم وزارة الصحة"),   # a name follows
    ("وقال أحمد المسماري، المتحدث باسم الجيش، إن القوات تقدمت.", "المتحدث باسم الجيش"),           # an apposition
    ("واستقبل الوزير المتحدث باسم الأمم المتحدة في مكتبه.", "المتحدث باسم الأمم المتحدة"),       # no verb of saying
])
def test_a_spokesperson_title_before_a_name_or_after_one_is_no_group(text, title):
    assert not any(kind == "GROUP" and surface.startswith(title) for kind, surface in _mentions(text)), _mentions(text)


def test_an_anonymous_title_the_article_gives_a_named_holder_joins_him():
    """"الناطق باسم الحكومة أن" after "الناطق الرسمي باسم الحكومة الناني ولد اشروقة": that man."""
    entities = _entities("وأعلن الناطق الرسمي باسم الحكومة الناني ولد اشروقة النتائج. "
                         "وأكد الناطق باسم الحكومة أن خدمة الإنترنت ستعود.")
    assert not any(e["type"] == "GROUP" for e in entities), entities
    holder = [e for e in entities if any(m["text"] == "الناطق باسم الحكومة" for m in e["mentions"])]
    assert len(holder) == 1 and holder[0]["type"] == "PER"


def test_the_copulas_are_dual_or_plural_and_load_normalised():
    """A singular كان opens a clause whose subject follows ("وكان مسؤولون أمريكيون قد أكدوا"):
    only the dual and plural forms, whose subject stands before them, are listed."""
    assert not {"كان", "كانت", "زال", "ظل", "بات", "أصبح"} & set(RAW["copulas"])
    assert normalise_word("زالوا") in _patterns()["copulas"]


@pytest.mark.parametrize("text, predicate", [
    ("وقالت كييف إن آلاف الأوكرانيين ما زالوا محتجزين في روسيا.", "محتجزين في روسيا"),
    ("وأفرج عن صحفيين اثنين كانا معتقلين في إيفين منذ أشهر.", "معتقلين في إيفين"),
])
def test_a_group_head_after_a_plural_verb_of_being_is_its_predicate(text, predicate):
    assert not any(surface.startswith(predicate.split()[0]) for _, surface in _mentions(text)), _mentions(text)


def test_a_group_head_after_a_singular_kana_is_its_subject():
    assert ("GROUP", "مسؤولون أمريكيون") in _mentions("وكان مسؤولون أمريكيون قد أكدوا أن الاتفاق قريب.")


def _told(text: str, outlet: str) -> set[tuple[str, str]]:
    record = khabar.read(text, published="2024-06-10", source={"outlet": outlet})
    return {(e["type"], m["text"]) for e in record.entities for m in e["mentions"]}


def test_the_own_outlets_correspondent_told_is_no_group():
    """"لمراسل إرنا" in IRNA's own article: the relay the record leaves implicit."""
    text = "وصرح محافظ كرمانشاه لمراسل إرنا بأن عمليات البحث انتهت."
    assert not any(surface.startswith("مراسل") for _, surface in _told(text, "IRNA Arabic"))
    # another outlet's correspondent, and the own correspondent who reports, stay groups
    assert ("GROUP", "مراسل إرنا") in _told(text, "Al Jazeera")
    assert ("GROUP", "مراسل إرنا") in _told("وأفاد مراسل إرنا بأن فرق الإنقاذ وصلت.", "IRNA Arabic")
