"""The EVENT DATE battery of round s19 (tests/events/data/event_date_probes_s19.yaml): composed
sentences and paragraphs with the date each event must get, and unit tests of that round's dating
mechanisms (khabar/events/component.py: verbs joined by و share a time after both; a birth year
dates no act, triggers.yaml `dated_participles`).
Its battery runs with every round's in tests/events/test_event_date_batteries.py."""

from pathlib import Path

import pytest
import yaml

import khabar
from khabar.events import component
from khabar.events.code import dated_participle

DATA = yaml.safe_load((Path(__file__).parent / "data" / "event_date_probes_s19.yaml").read_text("utf-8"))


# --- verbs joined by و: the later one does not take the time after both from the first

def _span(text: str, word: str) -> tuple[int, int]:
    return text.index(word), text.index(word) + len(word)


def _always_verb(offset: int) -> bool:
    return True


def test_a_verb_joined_by_waw_with_no_break_is_coordinated():
    text = "واعتقلت الشرطة شابا وصادرت سيارته مساء السبت"
    assert component._coordinated_verb(text, _span(text, "اعتقلت"), _span(text, "صادرت"), _always_verb)


def test_no_coordination_past_a_comma_or_without_a_split_conjunction_or_for_a_noun():
    comma = "واقتحمت الشرطة المسجد، واعتقلت عددا من المصلين، صباح اليوم"
    assert not component._coordinated_verb(comma, _span(comma, "اقتحمت"), _span(comma, "اعتقلت"), _always_verb)
    relative = "وأعلنت الوزارة إيقاف شقيق المرأة التي فجرت نفسها أمس"
    trigger = _span(relative, "إيقاف")
    assert not component._coordinated_verb(relative, trigger, _span(relative, "فجرت"), _always_verb)  # ف of the root
    noun = "واتهمت الحكومة الحوثيين والهجوم السبت"
    assert not component._coordinated_verb(noun, _span(noun, "اتهمت"), _span(noun, "الهجوم"), lambda offset: False)


def _dated(text: str) -> dict[str, str | None]:
    record = khabar.read(text, published=DATA["published"])
    return {v["trigger"]["text"]: v["date"] for v in record.events}


def test_joined_verbs_share_the_time_after_both_but_a_noun_between_keeps_it():
    assert _dated("واعتقلت الشرطة المغربية شابين وحجزت كميات من المخدرات مساء الجمعة بمدينة فاس.")["اعتقلت"] \
        == "2025-11-28"
    accused = _dated("واتهمت الحكومة اليمنية الحوثيين بالمسؤولية عن الهجوم على ميناء المخا السبت الماضي.")
    assert accused["اتهمت"] is None


# --- a birth year is the person's, not the day of an act

def test_birth_words_make_the_time_after_them_their_nouns():
    assert dated_participle("منفذ الهجوم، وهو من مواليد عام ")
    assert dated_participle("المتهم، المولود ")
    assert not dated_participle("واعتقلت الشرطة المتهم في ")


def test_a_birth_year_dates_no_act_of_its_sentence_or_paragraph():
    text = ("وقال المتحدث باسم الداخلية إن الشرطة اعتقلت منفذ الهجوم، وهو من مواليد عام 1998، في منزله. "
            "وصادرت الشرطة أسلحة من المنزل.")
    dated = _dated(text)
    assert dated["اعتقلت"] is None and dated.get("صادرت") is None


# --- a clause of sequence: its time is its own act's, not the main verb's

def test_sequence_openers_are_found_as_words():
    for text in ("حالة الطوارئ بعد أن اجتاحت", "السفير بعدما نشرت", "المعبر بعد ان هاجم"):
        assert component._SEQUENCE.search(text), text
    for text in ("بعد ساعات من الهجوم", "وأعلن بعدها", "بعدأن", "قبل أن يصل"):
        assert not component._SEQUENCE.search(text), text


def test_a_time_in_a_clause_of_sequence_dates_its_act_not_the_main_verb():
    dated = _dated("وأغلقت السلطات التونسية معبر رأس جدير بعد أن هاجم مسلحون نقطة أمنية قرب الحدود فجر السبت.")
    assert dated["أغلقت"] is None and dated["هاجم"] == "2025-11-29"
    # … while an act of that clause with no time of its own goes on with the main clause's day
    dispersed = _dated("واقتحم محتجون عراقيون السفارة السويدية في بغداد فجر الخميس قبل أن تفرقهم قوات الأمن.")
    assert dispersed["تفرق"] == "2025-11-27"
