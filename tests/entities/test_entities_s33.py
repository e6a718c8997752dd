"""Round s33 (groups helper): the members a counted set lists after بينهم are no GROUP of their own
(patterns.yaml counted_members), and a spokesperson of a body named by a pronoun who speaks is a GROUP
(data/speaking_groups.yaml pronoun_body_heads).  Composed sentences."""

from __future__ import annotations

import khabar
from tests.entities.reading import entities_of, owner_of


def _groups(entities: list[dict]) -> list[str]:
    return [m["text"] for e in entities if e["type"] == "GROUP" for m in e["mentions"]]


def test_the_members_of_a_toll_are_no_group():
    entities = entities_of("وأسفر التفجير عن مقتل 12 شخصا وإصابة 30 آخرين، بينهم مسؤولون محليون وعاملون في منظمات إغاثة.")
    assert not any(text.startswith(("مسؤولون", "منظمات")) for text in _groups(entities))


def test_the_members_of_the_detained_are_no_group():
    entities = entities_of("واعتقلت الشرطة عشرات الأشخاص، بينهم صحافيون ومحامون، خلال المسيرة.")
    assert not any(text.startswith(("صحافيون", "محامون")) for text in _groups(entities))


def test_a_counted_noun_after_between_opens_the_list_too():
    entities = entities_of("وقال المحافظ إن بين القتلى خمسة مواطنين أتراك وعاملا في الفندق.")
    assert not any(text.startswith("خمسة مواطنين") or text.startswith("مواطنين") for text in _groups(entities))


def test_between_them_and_another_party_opens_no_list():
    entities = entities_of("واندلعت مواجهات بينهم وبين مسلحين من العشائر قرب الحقل النفطي.")
    assert any(text.startswith("مسلحين") for text in _groups(entities))


def test_a_group_after_the_list_clause_ends_stays():
    entities = entities_of("وقتل سبعة أشخاص بينهم طفلان عندما أطلق مسلحون مجهولون النار على السوق.")
    assert any(text.startswith("مسلحون") for text in _groups(entities))


def test_a_group_that_speaks_outside_a_list_stays():
    entities = entities_of("وقال مسؤولون محليون إن الانفجار أسفر عن مقتل 12 شخصا.")
    assert any(text.startswith("مسؤولون") for text in _groups(entities))


def test_a_spokesperson_of_a_body_named_by_a_pronoun_is_a_group():
    record = khabar.read("ونددت وزارة الخارجية الهولندية بالهجوم، وقال المتحدث باسمها إن لاهاي تتابع التحقيق.",
                         published="2024-06-10")
    group = owner_of(record.entities, "المتحدث باسمها")
    assert group is not None and group["type"] == "GROUP"
    source = next(s for c in record.claims for s in c["sources"] if s["text"] == "المتحدث باسمها")
    assert source["entity"] == group["id"]


def test_a_spokesperson_in_the_accusative_is_a_group():
    entities = entities_of("ونقلت الإذاعة عن متحدثا باسمها قوله إن البث سيستأنف مساء اليوم.")
    group = owner_of(entities, "متحدثا باسمها")
    assert group is not None and group["type"] == "GROUP"


def test_a_named_spokesperson_is_no_group():
    entities = entities_of("وقال المتحدث باسمها سامي الحسن إن الوزارة تتابع التحقيق.")
    assert owner_of(entities, "المتحدث باسمها") is None


# --- groups a photo caption shows and the body never names are no entity (component._without_caption_groups)

_CAPTIONED = """تصوير: وكالة الأنباء
{caption}، الخميس 26 كانون الثاني 2023

خمسة قتلى في قصف على سوق شعبي في غزة

غزة - وكالة الأنباء

الجمعة 27 كانون الثاني 2023 - 09:40 صباحًا

قتل خمسة أشخاص وأصيب عشرة آخرون في قصف استهدف سوقا شعبيا في مدينة غزة صباح اليوم، وفق مصادر طبية.{more}
"""


def test_a_group_only_a_caption_shows_is_no_entity():
    text = _CAPTIONED.format(caption="مواطنون يتفقدون منزلا مدمرا في حي الشجاعية عقب القصف", more="")
    record = khabar.read(text, published="2023-01-27")
    assert any(c["kind"] == "caption" for c in record.meta["captions"])
    assert owner_of(record.entities, "مواطنون") is None


def test_a_caption_group_the_body_names_stays():
    text = _CAPTIONED.format(caption="مشيعون يحملون جثامين الضحايا في حي الشجاعية",
                             more="\n\nوقال مشيعون إن القصف استهدف السوق دون إنذار.")
    record = khabar.read(text, published="2023-01-27")
    assert any(m["text"] == "مشيعون" and m["start"] > 200 for e in record.entities if e["type"] == "GROUP"
               for m in e["mentions"])


# --- a collective right after a preposition of place is where, no party (patterns.yaml setting_prepositions)

def test_the_media_reports_appear_in_are_no_group():
    entities = entities_of("وقال متحدث باسم الجيش إنه لا يعلق على تقارير في وسائل إعلام أجنبية.")
    assert not any(text.startswith("وسائل") for text in _groups(entities))


def test_the_states_a_hashtag_trends_in_are_no_group():
    entities = entities_of("وتصدر الوسم مواقع التواصل الاجتماعي في عدد من الدول العربية.")
    assert not any("الدول" in text for text in _groups(entities))


def test_a_body_a_member_is_of_keeps_its_mention():
    entities = entities_of("وقال مصدر في الفصائل الفلسطينية إن الاتفاق صامد.")
    assert any("الفصائل" in text for text in _groups(entities))
    assert owner_of(entities_of("وقال مسؤول في السلطات المحلية إن الطرق أغلقت."), "السلطات المحلية") is not None



# --- the outskirts of a place are no parties (patterns.yaml outskirts_heads)

def test_the_outskirts_of_a_town_are_no_group():
    entities = entities_of("وسقطت قذيفتان على أطراف بلدة كفرشوبا صباح اليوم.")
    assert not any(text.startswith("أطراف") for text in _groups(entities))


def test_the_parties_a_nisba_qualifies_stay_a_group():
    entities = entities_of("وقالت الأطراف الليبية إنها تلتزم بوقف إطلاق النار.")
    assert any(text.startswith("الأطراف") for text in _groups(entities))


# --- "some of" a generic plural that no event, claim or figure names is no entity (component._without_idle_partitives)

def test_some_mourners_named_by_no_layer_are_no_group():
    entities = entities_of("وشيعت الجنازة في مقبرة البلدة بمشاركة أقاربه وعدد من المحامين والناشطين.")
    assert not any(text.startswith("عدد من") for text in _groups(entities))


def test_some_of_a_plural_that_acts_stays_a_group():
    record = khabar.read("وطالب عدد من النواب بمحاسبة المقصرين.", published="2024-06-10")
    group = owner_of(record.entities, "عدد من النواب")
    assert group is not None and any(group["id"] in e["actor"] for e in record.events)
