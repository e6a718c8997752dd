"""Round s33 (dates): the mechanisms that date an event from another mention of its act
(khabar/events/component.py): a headline's present-tense verb told again in the lead
(`_headline_lead_days`, data/headline_verbs.yaml), a relative clause's verb after an event noun as a
seed of its day (`_relative_verb`), and a dual event noun read as its singular (`_event_noun`).
Sentences made up for these tests."""

from types import SimpleNamespace

import khabar
from khabar.events import component

PUBLISHED = "2025-03-05"        # a Wednesday: "أمس الثلاثاء" is 2025-03-04


def _dated(text: str) -> list[tuple[str, list[str], str | None]]:
    record = khabar.read(text, published=PUBLISHED)
    return [(v["type"], [t["text"] for t in v["triggers"]], v["date"]) for v in record.events]


# --- a headline's present-tense verb and its stem

def test_a_present_verb_loses_its_person_prefix():
    assert component._verb_stem("يختتم") == "ختتم"
    assert component._verb_stem("تعترف") == "عترف"


def test_a_word_with_no_person_prefix_or_too_short_has_no_stem():
    assert component._verb_stem("قصف") is None
    assert component._verb_stem("يدع") is None


def test_a_doubled_verbal_noun_is_no_present_verb():
    assert component._verb_stem("تقديم") is None       # "يقرر تقديم شكوى": a light verb's noun
    assert component._doubled_noun("تعليق")
    assert not component._doubled_noun("تعلق")


def test_the_lead_retells_the_verb_in_the_perfect_or_imperfect():
    assert component._same_verb("اختتم", "ختتم")
    assert component._same_verb("واستقبل", "ستقبل")
    assert component._same_verb("أحكمت", "حكم")
    assert component._same_verb("يعترف", "عترف")
    assert component._same_verb("منح،", "منح")


def test_the_lead_retells_a_three_letter_stem_by_its_doubled_verbal_noun():
    assert component._same_verb("تعليق", "علق")
    assert component._same_verb("التعليق", "علق")
    assert component._same_verb("بتجميد", "جمد")


def test_other_words_are_not_the_verb():
    assert not component._same_verb("تعليقات", "علق")   # a plural noun ("comments")
    assert not component._same_verb("المنحة", "منح")
    assert not component._same_verb("استقبال", "ستقبل")


def test_the_lead_skips_datelines_and_stops_after_its_paragraphs():
    text = ("head\n\nالرباط - خاص\n\n" + "أ" * 70 + "\n\n" + "ب" * 70 + "\n\n" + "ج" * 70)
    spans = component._lead_spans(text, 4)
    assert [text[s:e][0] for s, e in spans] == ["أ", "ب"]


class _Headline:
    start, end = 0, 30


def _headline_event(word: str, kind: str = "verb") -> dict:
    return {"type": "SANCTION", "date": None, "time": None, "_kind": kind,
            "trigger": {"start": 5, "end": 5 + len(word), "text": word}}


def _find(times: dict[int, dict]):
    return lambda offset, triggers=(): times.get(offset)


def test_an_undated_headline_verb_takes_the_time_of_its_word_in_the_lead():
    text = "الوزارة تعلق الرحلات الجوية\n\n" + "أعلنت الوزارة مساء أمس تعليق جميع الرحلات الجوية إلى المنطقة حتى إشعار آخر"
    at = text.index("تعليق جميع")
    events = [_headline_event("تعلق")]
    component._headline_lead_days(events, _Headline, text, _find({at: {"id": "t1", "value": "2025-03-04T20:00"}}))
    assert (events[0]["date"], events[0]["time"]) == ("2025-03-04", "t1")


def test_a_headline_noun_or_a_dated_headline_act_is_left_alone():
    text = "الوزارة تعلق الرحلات الجوية\n\n" + "أعلنت الوزارة مساء أمس تعليق جميع الرحلات الجوية إلى المنطقة حتى إشعار آخر"
    at = text.index("تعليق جميع")
    noun, dated = _headline_event("تعلق", kind="noun"), _headline_event("تعلق")
    dated["date"] = "2025-03-01"
    component._headline_lead_days([noun, dated], _Headline, text, _find({at: {"id": "t1", "value": "2025-03-04"}}))
    assert noun["date"] is None and dated["date"] == "2025-03-01"


def test_a_lead_word_with_no_time_leaves_the_headline_act_undated():
    text = "الوزارة تعلق الرحلات الجوية\n\n" + "أعلنت الوزارة تعليق جميع الرحلات الجوية إلى المنطقة حتى إشعار آخر بسبب الأحوال"
    events = [_headline_event("تعلق")]
    component._headline_lead_days(events, _Headline, text, _find({}))
    assert events[0]["date"] is None


def test_a_read_article_dates_its_headline_act_by_the_lead():
    dated = _dated("الحكومة الموريتانية تعلق الدراسة في المدارس بسبب الفيضانات\n\nنواكشوط - خاص\n\n"
                   "أعلنت الحكومة الموريتانية، مساء أمس الثلاثاء، تعليق الدراسة في جميع مدارس العاصمة لمدة أسبوع، "
                   "بسبب الأمطار الغزيرة التي أغرقت عددا من الأحياء.\n\n"
                   "وقال وزير التعليم في مؤتمر صحفي إن القرار يهدف إلى حماية التلاميذ.")
    assert ("SANCTION", ["تعلق"], "2025-03-04") in dated


# --- round s32's inherited change: a relative clause's verb, a dual noun

def _event(kind: str, start: int) -> SimpleNamespace:
    return SimpleNamespace(kind=kind, trigger=(start, start + 5))


def test_a_verb_right_after_a_relative_pronoun_tells_the_noun_before_it():
    text = "ارتفعت حصيلة الهجوم الذي استهدف مساء أمس مسجدا في المدينة"
    assert component._relative_verb(_event("verb", text.index("استهدف")), text)


def test_a_verb_with_no_relative_pronoun_before_it_or_a_noun_is_no_relative_verb():
    text = "ارتفعت حصيلة الهجوم واستهدف المسلحون مسجدا في المدينة"
    assert not component._relative_verb(_event("verb", text.index("المسلحون") - 7), text)
    text = "ارتفعت حصيلة الهجوم الذي استهدف مسجدا"
    assert not component._relative_verb(_event("noun", text.index("استهدف")), text)


def test_a_dual_event_noun_reads_as_its_singular():
    assert component._event_noun("الهجومين") is not None
    assert component._event_noun("الهجومين") == component._event_noun("الهجوم")


def test_a_participle_plural_is_no_dual_event_noun():
    assert component._event_noun("المعتقلين") is None


# --- a circumstantial participle after the main clause (data/circumstantial.yaml)

def test_a_participle_after_a_comma_is_circumstantial():
    text = "اتهم الوزير إسرائيل بالوقوف وراء الانفجار، متوعدا بالرد"
    assert component._circumstantial(text, (text.index("متوعدا"), text.index("متوعدا") + 6))
    text = "وقالت الوزارة إن قواتها نفذت ضربات، متهمة المسلحين بإطلاق مسيرات"
    assert component._circumstantial(text, (text.index("متهمة"), text.index("متهمة") + 5))


def test_a_participle_with_no_comma_or_a_listed_event_noun_is_not():
    text = "اتهم الوزير إسرائيل متوعدا بالرد"
    assert not component._circumstantial(text, (text.index("متوعدا"), text.index("متوعدا") + 6))
    text = "أقر البرلمان القانون، موافقة على طلب الحكومة"
    assert not component._circumstantial(text, (text.index("موافقة"), text.index("موافقة") + 6))


def test_the_participle_takes_the_main_clauses_day_not_a_relative_clauses():
    dated = _dated("طهران - خاص\n\nاتهم وزير الخارجية الإيراني، اليوم الأربعاء، إسرائيل بالوقوف وراء الانفجار "
                   "الذي وقع أمس الثلاثاء في منشأة صناعية قرب أصفهان، متوعدا بالرد في الوقت المناسب.")
    assert ("THREATEN", ["متوعدا"], "2025-03-05") in dated


def test_the_participle_takes_the_main_clauses_day_not_its_objects():
    dated = _dated("موسكو - خاص\n\nقالت وزارة الدفاع الروسية إن طائراتها نفذت، الثلاثاء، غارات على مواقع للمسلحين "
                   "في ريف إدلب، متهمة إياهم بإطلاق طائرات مسيرة على قاعدة حميميم خلال الأسبوع الماضي.")
    assert ("ACCUSE", ["متهمة"], "2025-03-04") in dated
