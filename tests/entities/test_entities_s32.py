"""Round s32 (groups helper): anonymous speakers the claims read are GROUP entities
(khabar/entities/speakers.py, data/speaking_groups.yaml).  Composed sentences."""

from __future__ import annotations

import khabar
from khabar.entities.speakers import speaking_heads
from khabar.text.normalise import normalise_word
from tests.entities.reading import entities_of, owner_of


def test_the_speaking_heads_load_as_normalised_words():
    heads = speaking_heads()
    assert normalise_word("مسؤولون") in heads and normalise_word("مصدر") in heads
    assert all(" " not in head and not head.startswith("ال") for head in heads)


def test_bare_officials_who_speak_are_a_group():
    entities = entities_of("وقال مسؤولون إن ثلاثة أشخاص أصيبوا في انفجار قرب السوق.")
    group = owner_of(entities, "مسؤولون")
    assert group is not None and group["type"] == "GROUP" and group["anonymous"]


def test_a_spokesperson_named_by_no_name_is_a_group():
    entities = entities_of("ودانت وزارة الخارجية الهولندية التفجير، وقال متحدث باسمها إن الحكومة تتابع التحقيق.")
    group = owner_of(entities, "متحدث باسمها")
    assert group is not None and group["type"] == "GROUP"


def test_a_source_in_a_body_after_according_to_is_a_group():
    record = khabar.read("وأغلقت القوات الطريق الرئيسي صباح اليوم، بحسب مصدر في الدفاع المدني.", published="2024-06-10")
    groups = [e for e in record.entities if e["type"] == "GROUP"]
    assert any(m["text"].startswith("مصدر") for e in groups for m in e["mentions"])
    source = next(s for c in record.claims for s in c["sources"] if s["text"].startswith("مصدر"))
    assert source["entity"] in {e["id"] for e in groups}


def test_one_surface_is_one_group():
    entities = entities_of("وقال مسؤولون إن الطريق أغلق. وأضاف مسؤولون أن المعبر سيفتح غدا.")
    assert len([e for e in entities if e["type"] == "GROUP"]) == 1


def test_officials_who_do_not_speak_are_no_group():
    entities = entities_of("وحضر المؤتمر مسؤولون ورجال أعمال من عدة دول.")
    assert owner_of(entities, "مسؤولون") is None


def test_a_letter_is_no_correspondent():
    entities = entities_of("وقررت الحكومة تعليق الاتفاق، بحسب مراسلة اطلعت عليها الصحيفة.")
    assert not any(e["type"] == "GROUP" and e["mentions"][0]["text"].startswith("مراسلة") for e in entities)


def test_a_definite_back_reference_makes_no_group_of_its_own():
    from khabar.entities.speakers import speaking_groups
    entities: list[dict] = []
    claims = [{"sources": [{"entity": None, "anonymous": True, "start": 5, "end": 11, "text": "المصدر", "country": None}]}]
    speaking_groups(entities, claims, "وقال المصدر إن الطريق أغلق")
    assert entities == [] and claims[0]["sources"][0]["entity"] is None


def test_one_official_of_no_body_is_no_group_and_one_of_a_body_is():
    assert owner_of(entities_of("وقال مسؤول إن الطريق سيفتح غدا."), "مسؤول") is None
    entities = entities_of("ونفى مسؤول في الحركة، طلب عدم ذكر اسمه، أي علاقة بالهجوم.")
    assert any(e["type"] == "GROUP" and e["mentions"][0]["text"].startswith("مسؤول") for e in entities)


# --- residents after a witness or a pronoun and من are where they come from (patterns.yaml origin_before_residents)

def test_residents_a_witness_comes_from_are_no_group_of_their_own():
    entities = entities_of("وقال شاهد عيان من سكان القرية إن الجرافات هدمت ثلاثة منازل.")
    assert owner_of(entities, "شاهد عيان") is not None
    assert not any(m["text"].startswith("سكان") for e in entities for m in e["mentions"])


def test_residents_after_a_pronoun_are_no_group():
    entities = entities_of("وأوقفت الشرطة المشتبه به، وهو من سكان الحي الشرقي.")
    assert not any(m["text"].startswith("سكان") for e in entities for m in e["mentions"])


def test_a_crowd_of_residents_stays_a_group():
    entities = entities_of("وخرج مئات من أهالي البلدة في مظاهرة تطالب بالإفراج عن المعتقلين.")
    assert any(e["type"] == "GROUP" and "أهالي البلدة" in m["text"] for e in entities for m in e["mentions"])
