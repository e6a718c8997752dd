"""Round 26 (times): a future cue does not reach a time it cannot govern — a سـ inside a short quoted
name closed before the time ("الناقلة "ستينا إمبيرو""), and a time after منذ ("since" counts from a
past point).  Found in alhurra-2019-07-21 (with the same ship's name in bbcarabic-2019-07-20 and
skynewsarabia-2019-07-20) and alhurra-2022-04-10."""

import khabar


def _times(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t["text"], t["value"]) for t in khabar.read(text, published=published).times]


def test_a_quoted_name_is_no_future_verb():
    # 2026-11-29 is a Sunday: Friday is the 27th, not the 4th of December
    found = _times('قال الجيش الأحد إن السفينة "ستيلا ماريس" كانت راسية في الميناء عندما استهدفتها مسيرة مساء الجمعة.',
                   "2026-11-29")
    assert ("مساء الجمعة", "2026-11-27") in found


def test_a_quoted_sentence_keeps_its_plan():
    found = _times('قال المبعوث إنه "سيعود إلى المنطقة بعد أيام لمتابعة الاتفاق"، على أن تعقد جولة جديدة في نهاية يناير.',
                   "2026-11-29")
    assert ("نهاية يناير", "2027-01") in found


def test_since_counts_from_the_past_after_a_future_cue():
    found = _times("أعلن الوزير أنه سيلتقي نظيره غدا الاثنين، في أول لقاء بينهما منذ بدء الأزمة في 12 فبراير.",
                   "2026-11-29")
    assert ("12 فبراير", "2026-02-12") in found


def test_a_future_cue_still_reaches_a_month_without_since():
    found = _times("أعلن الوزير أنه سيلتقي نظيره في 12 فبراير.", "2026-11-29")
    assert ("12 فبراير", "2027-02-12") in found
