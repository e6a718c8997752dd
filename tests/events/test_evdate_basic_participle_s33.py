"""Round s33 (dates, second wave): a listed participle of the basic verb form (فاعل) after a comma
is a circumstantial (الحال) like a derived one (data/circumstantial.yaml `basic`,
component._circumstantial): it takes the main clause's day, not that of a clause between.
A منذ time that closes a state's noun phrase 60-80 characters on dates it (`_SINCE_REACH`).
Sentences made up for these tests."""

import khabar
from khabar.events import component

PUBLISHED = "2025-03-05"        # a Wednesday


def _span(text: str, word: str) -> tuple[int, int]:
    return text.index(word), text.index(word) + len(word)


def test_a_listed_basic_participle_after_a_comma_is_circumstantial():
    text = "رحبت الحكومة بالاتفاق، داعية الأطراف إلى احترامه"
    assert component._circumstantial(text, _span(text, "داعية"))
    text = "أكد الوزير موقف بلاده، رافضًا أي تدخل أجنبي"
    assert component._circumstantial(text, _span(text, "رافضًا"))


def test_an_unlisted_faail_word_or_no_comma_is_not():
    text = "وصل الوفد إلى المدينة، طالبا اللقاء بالمحافظ"
    assert not component._circumstantial(text, _span(text, "طالبا"))
    text = "أكد الوزير موقف بلاده داعيا إلى الحوار"
    assert not component._circumstantial(text, _span(text, "داعيا"))


def _dated(text: str) -> list[tuple[str, list[str], str | None]]:
    record = khabar.read(text, published=PUBLISHED)
    return [(v["type"], [t["text"] for t in v["triggers"]], v["date"]) for v in record.events]


def test_the_basic_participle_takes_the_main_clauses_day_not_a_relative_clauses():
    dated = _dated("بغداد - خاص\n\nأدانت وزارة الخارجية العراقية، الثلاثاء، الهجوم الذي وقع الأحد الماضي "
                   "على السفارة الأمريكية، داعية الحكومة إلى ملاحقة المنفذين.")
    assert ("REQUEST", ["داعية"], "2025-03-04") in dated


def test_the_basic_participle_takes_the_main_clauses_day_not_a_reported_clauses():
    dated = _dated("بغداد - خاص\n\nقال وزير الخارجية العراقي فؤاد حسين، الثلاثاء، إن الهجوم الذي استهدف "
                   "السفارة الأمريكية في الشهر الماضي عمل إرهابي، داعيا الحكومة الإيرانية إلى الحوار.")
    assert ("REQUEST", ["داعيا"], "2025-03-04") in dated


# --- a منذ time that closes a state's long noun phrase (component._SINCE_REACH)

def test_a_since_time_after_a_states_two_sides_and_place_dates_it():
    dated = _dated("دمشق - خاص\n\nويأتي ذلك وسط تبادل يومي لإطلاق النار بين القوات الحكومية وفصائل المعارضة "
                   "المسلحة في ريف إدلب منذ الثالث من يناير الماضي.")
    assert ("ASSAULT", ["إطلاق النار"], "2025-01-03") in dated
