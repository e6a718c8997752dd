"""Round-21 mechanisms (entities as unseen outlets write them): the bare "المحافظة" is the
governorate the article named, else its city's; the gendarmerie, Lebanon's "القوى الأمنية",
"القوات الحكومية" and a federal government are state bodies (unless a known name runs past
them: "مصالح الدرك الوطني الجزائري"); cafes and restaurants are facility heads; a facility named after "ابن" and a
scholar's name; disasters named by the day they struck or by a place with its head, never after
a verb of striking; the Palestinian factions' body in the knowledge base."""

from pathlib import Path

import pytest
import yaml

import khabar
from tests.entities.test_entities_s16 import _mentions
from tests.entities.test_entities_s20b import _entity_of


@pytest.mark.parametrize("text, kb", [
    ("أعلنت قيادة شرطة محافظة البصرة اعتقال متهمين، وقال مصدر إن الوضع في المحافظة مستقر.", "basra"),
    ("وقال محافظ ذي قار إن قوات إضافية وصلت إلى المحافظة لحماية المتظاهرين.", "dhi-qar-governorate"),
    ("وقال مدير صحة كربلاء إن مستشفيات المحافظة استقبلت المصابين، وإن الوضع في كربلاء هادئ.", "karbala-governorate"),
])
def test_the_bare_governorate_is_the_one_the_article_is_about(text, kb):
    governorate = _entity_of(khabar.read(text, published="2024-06-10"), "المحافظة")
    assert governorate is not None and governorate["type"] == "GPE" and kb in (governorate["kb"] or ""), governorate


@pytest.mark.parametrize("text", [
    "ودعا المحافظ المواطنين إلى المحافظة على الهدوء في محافظة إربد.",         # keeping
    "ونظم المزارعون في محافظة الكرك وقفة أمام مبنى المحافظة.",                 # a building's part
    "وقال رئيس مجلس المحافظة إن محافظة كركوك بحاجة إلى دعم.",                 # a council's part
    "وصوتت الأحزاب المحافظة ضد القانون في محافظة نينوى.",                      # an adjective
    "ونزح السكان إلى المحافظة المجاورة هربا من القصف في محافظة درعا.",          # another governorate
    "وقال مصدر إن الوضع في المحافظة مستقر.",                                   # none named
])
def test_no_governorate_where_the_word_is_no_mention_of_one(text):
    assert not any(surface == "المحافظة" for _, surface in _mentions(text))


def test_the_bare_governorate_patterns_load_with_their_lists():
    from khabar.entities.recognise import _patterns
    from khabar.text.normalise import normalise_word

    bare = _patterns()["bare_governorate"]
    assert normalise_word("المحافظة") in bare["heads"]
    assert {normalise_word(w) for w in ("على", "المجاورة")} <= bare["not_after"]
    assert {normalise_word(w) for w in ("مبنى", "مجلس")} <= bare["owned_by"]
    assert normalise_word("على") not in bare["owned_by"]


@pytest.mark.parametrize("text, body", [
    ("وفرقت قوات الدرك الوقفة الاحتجاجية أمام البرلمان.", "قوات الدرك"),
    ("وقال مصدر إن مصالح الدرك فتحت تحقيقا في الحادث.", "مصالح الدرك"),
    ("وطالب الحزب الجيش والقوى الأمنية بالتدخل الحاسم.", "القوى الأمنية"),
    ("وكانت القوات الحكومية قد شنت هجوما على المدينة.", "القوات الحكومية"),
    ("وطالب المحتجون الحكومة الاتحادية بصرف الرواتب.", "الحكومة الاتحادية"),
])
def test_the_gendarmerie_security_and_government_forces_are_bodies_named_whole(text, body):
    assert ("ORG", body) in _mentions(text), _mentions(text)


@pytest.mark.parametrize("text, facility", [
    ('وأطلق المهاجم النار داخل مقهى "ميدنايت" قبل أن يفر.', 'مقهى "ميدنايت"'),
    ("ونقل المصابون إلى مستشفى ابن سينا في جنين.", "مستشفى ابن سينا"),
    ("ونقل إلى مستشفى ابن الخطيب في بغداد.", "مستشفى ابن الخطيب"),
])
def test_facilities_named_by_a_new_head_or_a_scholars_lineage(text, facility):
    assert ("FAC", facility) in _mentions(text), _mentions(text)


def test_a_known_name_running_past_a_body_phrase_wins():
    record = khabar.read("أحبطت مصالح الدرك الوطني الجزائري محاولة تهريب.", published="2024-06-10")
    assert any(e["kb"] == "khabar:org/algeria-national-gendarmerie" for e in record.entities), record.entities


def test_a_relative_after_ibn_names_no_facility():
    assert not any(s.startswith("مدرسة") for _, s in _mentions("وقال إن مدرسة ابن عمه تعرضت للقصف."))


@pytest.mark.parametrize("text, event", [
    ("ارتفعت حصيلة زلزال شبه جزيرة نوتو إلى 73 قتيلا.", "زلزال شبه جزيرة نوتو"),
    ("وتضررت البلدة في زلزال 6 شباط.", "زلزال 6 شباط"),
    ("وأودت فيضانات ولاية كيرالا بحياة المئات.", "فيضانات ولاية كيرالا"),
])
def test_disasters_named_by_their_day_or_a_headed_place(text, event):
    assert ("EVENT", event) in _mentions(text), _mentions(text)


@pytest.mark.parametrize("text", ["وضرب زلزال المغرب ليلة الجمعة.", "وهز زلزال ولاية كهرمان مرعش فجرا."])
def test_a_quake_after_a_verb_of_striking_names_no_event(text):
    assert not any(kind == "EVENT" for kind, _ in _mentions(text)), _mentions(text)


def test_the_session_knowledge_base_file_holds_whole_names_only():
    path = Path(khabar.__file__).parent / "knowledge" / "data" / "organizations-s21ent.yaml"
    entries = yaml.safe_load(path.read_text("utf-8"))
    assert entries and all(e["country"] and e["kind"] for e in entries)
    assert all(" " in alias for e in entries for alias in e["ar"])   # no one-word alias
    record = khabar.read("ودعت القوى الوطنية والإسلامية في نابلس إلى إضراب شامل.", published="2023-02-22")
    body = _entity_of(record, "القوى الوطنية والإسلامية")
    assert body is not None and body["type"] == "ORG" and body["country"] == "PSE", body
