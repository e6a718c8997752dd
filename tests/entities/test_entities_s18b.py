"""Round-18b mechanisms for GROUP entities: an anonymous source in a body no rule names is one
group with that body ("مصدر في شرطة ديالى"), the people a case suspects are a group ("المشتبه
بهم"، "المشتبه فيهم") but not the participle as a thing's adjective or a number's counted noun,
a document is no group even as a source ("تقديرات أممية": gold-format.md, session 14), and an
agency's local reporter ("مندوب الوكالة الوطنية للإعلام") is a correspondent, an envoy none;
attackers and suicide bombers are groups, one with the gunmen a report named first."""

from pathlib import Path

import pytest
import yaml

import khabar
from khabar.entities.recognise import _patterns
from khabar.text.normalise import normalise_word

ROUND_18B_LISTS = ("delegate_outlet_heads", "source_body_heads", "suspect_heads", "suspect_pronouns", "suspect_person_nouns",
                   "suspect_things", "definite_cardinals")


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(e["type"], m["text"]) for e in khabar.read(text, published="2024-06-10").entities for m in e["mentions"]}


@pytest.mark.parametrize("name", ROUND_18B_LISTS)
def test_round_18b_lexicons_load_normalised(name):
    raw = yaml.safe_load((Path(khabar.__file__).parent / "entities" / "data" / "patterns.yaml").read_text("utf-8"))
    assert isinstance(raw[name], list) and raw[name] and all(isinstance(w, str) for w in raw[name])
    assert _patterns()[name] == {normalise_word(w) for w in raw[name]}


def test_documents_are_no_group_heads():
    p = _patterns()
    assert p["document_heads"] and not p["document_heads"] & p["group_heads"]


def test_a_source_in_an_unnamed_body_is_one_group_with_it():
    got = _mentions("وقال مصدر في شرطة سامراء إن دورية تعرضت لإطلاق نار.")
    assert ("GROUP", "مصدر في شرطة سامراء") in got
    assert ("GPE", "سامراء") in got   # the place inside the body stays a mention
    assert ("GROUP", "مصادر بهيئة الطيران المدني") in _mentions("وأكدت مصادر بهيئة الطيران المدني أن المطار أغلق.")


def test_the_unnamed_body_ends_at_a_verb_a_time_or_a_preposition():
    got = _mentions("وقال مصدر في شرطة نينوى طلب عدم ذكر اسمه إن الهجوم وقع ليلا.")
    assert ("GROUP", "مصدر في شرطة نينوى") in got
    got = _mentions("وقال مصدر في الوزارة الأربعاء إن الاتفاق جاهز.")
    assert not any("الأربعاء" in text for _, text in got)
    got = _mentions("وقال مصدر في لجنة التحقيق لـ«الأيام» إن التقرير اكتمل.")
    assert ("GROUP", "مصدر في لجنة التحقيق") in got


def test_a_source_with_no_body_head_after_it_makes_no_group():
    got = _mentions("وأفاد مصدر بأن الطريق أغلق.")
    assert not any(kind == "GROUP" for kind, _ in got)


def test_suspects_are_one_group_whatever_the_preposition():
    assert ("GROUP", "المشتبه بهم") in _mentions("واعتقلت الشرطة المشتبه بهم في سرقة المتجر.")
    assert ("GROUP", "المشتبه فيهم") in _mentions("وأحالت النيابة المشتبه فيهم على القضاء.")
    assert ("GROUP", "الأشخاص المشتبه بهم") in _mentions("وتلاحق الشرطة الأشخاص المشتبه بهم في الحريق.")
    found = khabar.read("واعتقلت الشرطة مشتبها بهم في الحادث، وأحالت المشتبه بهم إلى النيابة.",
                        published="2024-06-10").entities
    groups = [e for e in found if e["type"] == "GROUP"]
    assert len(groups) == 1 and len(groups[0]["mentions"]) == 2


@pytest.mark.parametrize("text", [
    "وعثرت الشرطة على سيارة مشتبه بها في الشارع.",
    "وسجلت الوزارة حالات الحصبة المشتبه بها في الإقليم.",
    "واعتقلت القوات 25 مشتبها به في المنطقة.",
    "واعتقلت القوات عشرات المشتبه بهم في المنطقة.",
    "ونقل المشتبه في إصابته إلى المستشفى.",
])
def test_the_suspect_participle_of_a_thing_or_a_count_is_no_group(text):
    assert not any(kind == "GROUP" and "مشتبه" in surface for kind, surface in _mentions(text))


@pytest.mark.parametrize("text, document", [
    ("ووفق تقديرات أممية فإن الجوع يهدد الملايين.", "تقديرات أممية"),
    ("وأفادت تقارير إعلامية بأن الاجتماع تأجل.", "تقارير إعلامية"),
])
def test_a_document_is_no_group(text, document):
    assert ("GROUP", document) not in _mentions(text)


def test_an_agency_reporter_is_a_correspondent_and_an_envoy_is_none():
    got = _mentions("وأفاد مندوب وكالة الأنباء السعودية بأن الوفد وصل إلى جدة.")
    assert ("GROUP", "مندوب وكالة الأنباء السعودية") in got
    for text in ("وقال مندوب الأمم المتحدة إن الهدنة صامدة.", "وقال مندوب السودان لدى الاتحاد الأفريقي إن الوساطة مستمرة."):
        assert not any(kind == "GROUP" for kind, _ in _mentions(text)), text


def test_attackers_join_the_gunmen_named_before():
    found = khabar.read("واقتحم مسلحون مجهولون مركزا للشرطة، وتبادلت القوات إطلاق النار مع المهاجمين لساعات.",
                        published="2024-06-10").entities
    groups = [sorted(m["text"] for m in e["mentions"]) for e in found if e["type"] == "GROUP"]
    assert groups == [["المهاجمين", "مسلحون مجهولون"]]


def test_suicide_bomber_is_a_group_only_as_a_noun():
    assert ("GROUP", "انتحاري") in _mentions("وفجر انتحاري نفسه قرب الحاجز.")
    assert not any(kind == "GROUP" for kind, _ in _mentions("وأسفر هجوم انتحاري عن مقتل جنديين."))
    found = khabar.read("وهاجم انتحاريان الحاجز. وقالت الشرطة إن الانتحاريين قتلا.", published="2024-06-10").entities
    assert [len(e["mentions"]) for e in found if e["type"] == "GROUP"] == [2]


def test_an_indefinite_nisba_after_a_definite_group_is_its_predicate():
    got = _mentions("وأكدت الوزارة أن المهاجمين سوريون.")
    assert ("GROUP", "المهاجمين") in got and ("GROUP", "المهاجمين سوريون") not in got
    assert ("GROUP", "المسؤولون الأمريكيون") in _mentions("وقال المسؤولون الأمريكيون إن الاتفاق قريب.")


def test_a_source_inside_a_body_runs_over_a_known_name_of_several_words():
    """"مصدر في شرطة ذي قار"، "مديرية أمن بني سويف": the body's name the knowledge base knows is read
    whole, so the source ends after it and a relay right after (لـ«السومرية نيوز») stays its relay."""
    record = khabar.read("وقال مصدر في شرطة ذي قار لـ«السومرية نيوز» إن مسلحين اغتالوا ناشطا.")
    assert any(e["type"] == "GROUP" and e["mentions"][0]["text"] == "مصدر في شرطة ذي قار" for e in record.entities)
    assert [[s["text"] for s in c["sources"]] for c in record.claims] == [["مصدر في شرطة ذي قار", "السومرية نيوز"]]
    record = khabar.read("وقال مصدر في مديرية أمن بني سويف إن الشرطة ضبطت المتهمين.")
    assert any(e["mentions"][0]["text"] == "مصدر في مديرية أمن بني سويف" for e in record.entities)
