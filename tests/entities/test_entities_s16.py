"""Round-16 recognition mechanisms: a person's name ends on its article-led family name before
a common noun; members of a named body after من and forces named by whom they side with are
groups; a name's field stops before the time it takes place; a region's adjective names a
summit; a place's head word that only a far uncurated town spells the same heads its name."""

from pathlib import Path

import pytest
import yaml

import khabar
from khabar.entities.recognise import _patterns
from khabar.text.normalise import normalise_word


def _mentions(text: str) -> set[tuple[str, str]]:
    found = khabar.read(text, published="2024-06-10").entities
    return {(e["type"], m["text"]) for e in found for m in e["mentions"]}


def _texts(text: str) -> set[str]:
    return {surface for _, surface in _mentions(text)}


def test_round_16_lexicons_load_normalised():
    raw = yaml.safe_load((Path(khabar.__file__).parent / "entities" / "data" / "patterns.yaml").read_text("utf-8"))
    p = _patterns()
    for key in ("name_links", "compound_name_heads", "compound_name_seconds", "time_nouns", "member_group_heads",
                "allied_group_heads", "allegiance_adjectives"):
        assert isinstance(raw[key], list) and raw[key], key
        assert p[key] == {normalise_word(w) for w in raw[key]}, key
    assert normalise_word("آل") in p["name_links"] and normalise_word("الموالية") in p["allegiance_adjectives"]
    assert normalise_word("الخليجية") in p["events"]["region_adjectives"]
    assert normalise_word("القمة") in {phrase[0] for phrase in p["events"]["nisba_heads"]}
    # a time word is no adjective of a field, and no link of lineage is a given name's second
    assert not p["time_nouns"] & p["name_links"]


@pytest.mark.parametrize("text, name, overrun", [
    ("وأعلن قائد الفرقة العميد حسن الأمين انسحاب قواته من المدينة.", "حسن الأمين", "حسن الأمين انسحاب"),
    ("وقال المتحدث باسم الشرطة المقدم فهد القحطاني تصريحات للصحفيين.", "فهد القحطاني", "فهد القحطاني تصريحات"),
])
def test_a_name_ends_on_its_family_name_before_a_common_noun(text, name, overrun):
    texts = _texts(text)
    assert name in texts and not any(t.startswith(overrun) for t in texts), texts


@pytest.mark.parametrize("text, name", [
    ("وقال العقيد عبد الله السعيد إن الهجوم صد.", "عبد الله السعيد"),          # عبد + article-led second
    ("وقال المحلل صلاح الدين الجورشي إن الأزمة عميقة.", "صلاح الدين الجورشي"),  # compound given name
    ("وقالت فاطمة الزهراء بنعلي إن الحزب سيشارك.", "فاطمة الزهراء بنعلي"),    # a split family name
    ("وقال الشيخ أحمد العبدالله الأحمد الصباح إن الحكومة ستشكل.", "أحمد العبدالله الأحمد الصباح"),  # Gulf forebears
    ("وقال عضو مجلس الشورى محمد بن فهد آل ثاني إن القانون جاهز.", "محمد بن فهد آل ثاني"),  # links of lineage
])
def test_a_name_goes_on_past_an_article_led_word_where_a_name_follows(text, name):
    assert ("PER", name) in _mentions(text)


@pytest.mark.parametrize("text, group, part", [
    ("وأطلق جنود من الجيش النار على المحتجين.", "جنود من الجيش", "الجيش"),
    ("وقال مقاتلون من قوات الدعم السريع إنهم دخلوا المدينة.", "مقاتلون من قوات الدعم السريع", "قوات الدعم السريع"),
])
def test_members_of_a_named_body_after_min_are_the_body_alone(text, group, part):
    """Decided in session 17 (docs/gold-format.md): the named body is the party, no GROUP."""
    got = _mentions(text)
    assert ("ORG", part) in got and not any(kind == "GROUP" and text.startswith(group.split()[0])
                                            for kind, text in got), got


def test_the_members_named_again_are_mentions_of_the_body():
    """"المسلحين"، "المهاجمين" after "مسلحون من تنظيم داعش" are the body's men named again."""
    found = khabar.read("هاجم مسلحون من تنظيم داعش نقطة للشرطة. وقالت الشرطة إن المسلحين انسحبوا وإن المهاجمين "
                        "فروا.", published="2024-06-10").entities
    body = next(e for e in found if any(m["text"] == "تنظيم داعش" for m in e["mentions"]))
    assert {"المسلحين", "المهاجمين"} <= {m["text"] for m in body["mentions"]}, found
    assert not any(e["type"] == "GROUP" for e in found), found


def test_members_named_again_without_a_body_before_stay_a_group():
    """With no body's members named before, "المسلحين" is a group of its own."""
    found = khabar.read("وقالت الشرطة إن المسلحين انسحبوا من الموقع.", published="2024-06-10").entities
    assert any(e["type"] == "GROUP" and e["mentions"][0]["text"] == "المسلحين" for e in found), found


def test_elements_of_a_force_and_those_a_toll_counts_are_the_force_alone():
    """"عناصر من قوات الأمن" names the force, and "بينهم جنود من الجيش" counts the dead."""
    got = _mentions("وأطلق عناصر من الشرطة الغاز المسيل للدموع.")
    assert ("ORG", "الشرطة") in got and not any(kind == "GROUP" for kind, _ in got), got
    got = _mentions("وقتل عشرة أشخاص بينهم جنود من الجيش في الهجوم.")
    assert not any(text.startswith("جنود من") for _, text in got), got


def test_members_from_what_is_no_body_are_no_group():
    """"عناصر من المياه" (elements of water), "أفراد من العائلة": no named body after من."""
    assert not any(kind == "GROUP" for kind, _ in _mentions("وتتكون المادة من عناصر من المياه والأملاح."))
    assert not any(kind == "GROUP" for kind, _ in _mentions("وأصيب ثلاثة أفراد من العائلة في الحادث."))


@pytest.mark.parametrize("text, group", [
    ("وقالت مصادر إن قوات موالية للحكومة سيطرت على التلة.", "قوات موالية للحكومة"),
    ("وهاجمت مجموعات موالية لحفتر أطراف العاصمة.", "مجموعات موالية لحفتر"),
    ("وقصفت فصائل مدعومة من إيران قاعدة عسكرية.", "فصائل مدعومة من إيران"),
    ("وانتشرت كتائب طرابلسية موالية لحكومة الوفاق الوطني في الشوارع.", "كتائب طرابلسية موالية لحكومة الوفاق الوطني"),
])
def test_forces_named_by_whom_they_side_with_are_a_group(text, group):
    assert ("GROUP", group) in _mentions(text)


def test_allegiance_needs_a_named_side_and_leaves_a_known_body_whole():
    # no side after the allegiance adjective: no group
    assert not any(kind == "GROUP" for kind, _ in _mentions("وقال إن القوات الموالية انسحبت."))
    # a known body before the adjective keeps its own name
    got = _mentions("وقال إن قوات الدعم السريع الموالية لحميدتي انسحبت.")
    assert ("ORG", "قوات الدعم السريع") in got, got


def test_a_field_stops_before_the_time_it_takes_place():
    got = _mentions("وتنطلق الدورة الجديدة من مهرجان جرش للثقافة والفنون الشهر المقبل.")
    assert ("EVENT", "مهرجان جرش للثقافة والفنون") in got, got
    # a field's own adjectives still close it
    assert ("EVENT", "معرض القاهرة الدولي للكتاب") in _mentions("وقال المنظمون إن معرض القاهرة الدولي للكتاب استقبل زوارا.")


@pytest.mark.parametrize("text, event", [
    ("وتحدث الرئيس أمام القمة العربية في الرياض.", "القمة العربية"),
    ("وقال إن القمة الخليجية ستعقد الشهر المقبل.", "القمة الخليجية"),
])
def test_a_summit_is_named_by_a_region_adjective(text, event):
    assert ("EVENT", event) in _mentions(text)


def test_a_bare_summit_or_top_is_no_event():
    assert not any(kind == "EVENT" for kind, _ in _mentions("ووصل المتسلقون إلى القمة بعد ثلاثة أيام."))


def test_a_place_head_that_a_far_town_spells_heads_its_name():
    """ميدان is also Medan (Indonesia) in the gazetteer: before a name it is the square's head."""
    got = _mentions("وتجمع المتظاهرون في ميدان التحرير وسط القاهرة.")
    assert ("LOC", "ميدان التحرير") in got and ("GROUP", "المتظاهرون") in got, got
    assert not any(kind == "GPE" and text == "ميدان" for kind, text in got)


@pytest.mark.parametrize("text, group", [
    ("وقال مصدر من الهيئة إن النتائج ستعلن غدا.", "مصدر من الهيئة"),
    ("وقال مصدر من وزارة الصحة إن الحالات ارتفعت.", "مصدر من وزارة الصحة"),
])
def test_a_sources_min_names_the_body_it_is_of(text, group):
    assert ("GROUP", group) in _mentions(text)


def test_officials_from_a_country_are_no_group_of_its_body():
    """"مسؤولون من سوريا والعراق": where they come from; the countries are mentions of their own."""
    got = _mentions("وأعلن مسؤولون من سوريا والعراق الاتفاق.")
    assert ("GPE", "سوريا") in got and not any(text.startswith("مسؤولون من") for _, text in got), got


@pytest.mark.parametrize("text, place, kind", [
    # session 16 (docs/gold-format.md): an area of a city is LOC, an article-led proper name too
    ("وقع الانفجار في منطقة الصوابر بالعاصمة.", "منطقة الصوابر", "LOC"),
    ("ونزح السكان من منطقة الخوالدية بعد القصف.", "منطقة الخوالدية", "LOC"),
    ("وتجمعوا في حي الهدف وسط المخيم.", "حي الهدف", "LOC"),               # a word of the language
])
def test_an_area_named_by_an_article_led_proper_name_is_a_place(text, place, kind):
    assert (kind, place) in _mentions(text)


def test_an_area_named_by_words_of_the_language_is_no_gpe():
    assert ("GPE", "منطقة الغابات") not in _mentions("ووقعت الحادثة في منطقة الغابات شمال المدينة.")


def test_a_neighbourhood_keeps_its_article_led_name_a_place():
    """A quarter after حي is LOC (session 16), article-led or not."""
    assert ("LOC", "حي الحواشين") in _mentions("وتجمع الشبان في حي الحواشين وسط المخيم.")


@pytest.mark.parametrize("text, embassy, kind", [
    ("ورحبت السفارة البريطانية في عمان بالخطوة.", "السفارة البريطانية في عمان", "ORG"),     # it speaks: the mission
    ("فيما وصفت السفارة الكندية في بيروت الهجوم بأنه مروع.", "السفارة الكندية في بيروت", "ORG"),
    ("وتجمع المحتجون أمام السفارة الإيطالية في تونس.", "السفارة الإيطالية في تونس", "FAC"),  # stood before: the building
    ("بعد أن اقتحم محتجون السفارة الهولندية في بغداد.", "السفارة الهولندية في بغداد", "FAC"),
])
def test_an_embassy_that_speaks_is_the_mission_and_one_stormed_the_building(text, embassy, kind):
    assert (kind, embassy) in _mentions(text)


def test_the_site_of_what_happened_is_no_website():
    got = _mentions("ووصلت فرق الإسعاف إلى موقع الانفجارين في وسط المدينة.")
    assert not any(kind == "ORG" and text.startswith("موقع") for kind, text in got), got
    assert ("ORG", "موقع الحرة") in _mentions("وقال موقع الحرة إن الخبر صحيح.")   # an outlet still is


def test_an_embassy_after_a_verb_of_saying_is_the_mission():
    """أعلنت and قالت are stop words of names; as the verb of the embassy they still make it the mission."""
    assert ("ORG", "السفارة الأمريكية في الرباط") in _mentions("وأعلنت السفارة الأمريكية في الرباط تعليق خدماتها.")


@pytest.mark.parametrize("text, group, people", [
    ("واندلعت اشتباكات بين الجيش ومسلحين من التبو في مدينة مرزق.", "مسلحين من التبو", "التبو"),
    ("وقال مقاتلون من الطوارق إنهم سيطروا على البلدة.", "مقاتلون من الطوارق", "الطوارق"),
    ("وتجددت المواجهات بين القوات ومسلحين من العشائر في ريف دير الزور.", "مسلحين من العشائر", None),
])
def test_men_of_a_people_or_of_kin_after_min_are_a_group(text, group, people):
    """Round 20: a people (NORP) or kin noun after من is no body; the men are a group that ends there."""
    got = _mentions(text)
    assert ("GROUP", group) in got, got
    assert people is None or ("NORP", people) in got, got


def test_kin_group_nouns_load_as_normalised_phrases():
    p = _patterns()
    assert (normalise_word("العشائر"),) in p["kin_group_nouns"]
    assert (normalise_word("أبناء"), normalise_word("العشائر")) in p["kin_group_nouns"]
