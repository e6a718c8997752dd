"""An act its own clause and paragraph left undated takes the time of a later قبل أن clause of its
sentence (round s34, `_before_clause_time` in khabar/events/component.py): the act right before
another bounds it closely.  Not a time after publication.  Made-up sentences."""

import khabar

PUBLISHED = "2024-03-06"                          # a Wednesday


def _dates(sentence: str) -> dict[str, str | None]:
    record = khabar.read("خبر عاجل\n\n" + sentence, published=PUBLISHED)
    return {e["trigger"]["text"]: e["date"] for e in record.events}


def test_acts_before_a_dated_qabl_an_clause_share_its_day():
    dates = _dates("وقال مصدر أمني إن قوة من الشرطة طوقت المنزل وتبادلت إطلاق النار مع المطلوب، "
                   "قبل أن يسلم نفسه فجر الثلاثاء.")
    assert dates.get("طوقت") == "2024-03-05"
    assert dates.get("إطلاق النار") == "2024-03-05"


def test_an_arrest_before_a_release_shares_its_day():
    dates = _dates("وأفاد ناشطون بأن الشرطة أوقفت خمسة طلاب قبل أن تفرج عنهم صباح الأحد.")
    assert dates.get("أوقفت") == "2024-03-03"


def test_a_later_scheduled_time_dates_nothing_before_it():
    dates = _dates("ودعت الحكومة السكان إلى مغادرة منازلهم قبل أن تضرب العاصفة المدينة يوم الجمعة المقبل.")
    assert dates.get("ودعت", dates.get("دعت")) is None
