"""Round s35 (entities helper): a given name written in two words ("عبد الحميد", "عز الدين") is one
given name of a name's shape, and a link of lineage takes the forebear's name after it whatever word
it is (recognise._compound_given_end, _shaped_name_end; patterns.yaml theophoric_heads).  Composed
sentences."""

from __future__ import annotations

from khabar.entities.recognise import _recogniser
from tests.entities.reading import entities_of, owner_of


def _person(text: str, surface: str) -> bool:
    entity = owner_of(entities_of(text), surface)
    return entity is not None and entity["type"] == "PER"


def test_a_theophoric_name_in_two_words_opens_a_shaped_name():
    assert _person("وجاء عبد الحميد زروقي في المرتبة الثالثة بنسبة ضئيلة.", "عبد الحميد زروقي")


def test_a_compound_name_of_din_opens_a_shaped_name():
    assert _person("وحصل عز الدين بوزيدي على أقل من خمسة في المئة من الأصوات.", "عز الدين بوزيدي")


def test_a_lineage_link_takes_a_common_word_as_the_forebear():
    assert _person("وحل عبد الكريم بن شجرة، مرشح التيار المستقل، في المرتبة الثانية.", "عبد الكريم بن شجرة")


def test_two_compound_names_make_one_person():
    assert _person("وأعلن عبد الرحمن عبد الله فوزه بالمقعد.", "عبد الرحمن عبد الله")


def test_a_compound_given_name_alone_is_no_person():
    entities = entities_of("وافتتح الوزير شارع عبد العزيز الجديد أمس.")
    assert owner_of(entities, "عبد العزيز") is None


def test_the_compound_names_come_from_heads_and_seconds_only():
    compounds = _recogniser().compound_given
    assert ("عبد", "العزيز") in compounds and ("عز", "الدين") in compounds
    assert not any(first == "ان" for first, _ in compounds)   # أنالينا splits into no (أن, الينا)


def test_a_two_word_given_name_alone_still_names_a_known_person_after_a_speech_verb():
    entities = entities_of("قال الوزير سامي عبد الغفار إن الوفد وصل. وأضاف عبد الغفار أن المحادثات مستمرة.")
    person = owner_of(entities, "سامي عبد الغفار")
    assert person is not None and owner_of(entities, "عبد الغفار") is person


def test_a_direction_before_a_country_makes_no_region_the_knowledge_base_lacks():
    entities = entities_of("وتواصلت الاشتباكات في شمال مالي وغرب النيجر منذ أسابيع.")
    assert not any(e["type"] == "LOC" for e in entities)
    assert {"GPE"} == {owner_of(entities, "مالي")["type"], owner_of(entities, "النيجر")["type"]}


def test_a_region_the_knowledge_base_names_stays():
    entity = owner_of(entities_of("وقصفت الطائرات بلدة في جنوب لبنان فجر اليوم."), "جنوب لبنان")
    assert entity is not None and entity["type"] == "LOC"


def test_the_site_of_a_crash_or_of_one_of_two_blasts_is_no_website():
    for text, site in (("ووصلت فرق الإنقاذ إلى موقع التحطم بعد ساعات.", "موقع التحطم"),
                       ("وطوقت الشرطة موقع أحد التفجيرين في وسط المدينة.", "موقع أحد التفجيرين"),
                       ("وانتشرت القوات في موقع المداهمة فجرا.", "موقع المداهمة")):
        assert owner_of(entities_of(text), site) is None, text


def test_a_website_named_after_its_head_stays_an_organisation():
    entity = owner_of(entities_of('ونقل موقع "الحدث اليوم" عن مصادر قولها إن الاجتماع تأجل.'), 'موقع "الحدث اليوم"')
    assert entity is not None and entity["type"] == "ORG"
