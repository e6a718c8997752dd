"""A verb in the perfect joined to an earlier act of its sentence that a منذ time dated, by '، و' or a
contrast opener (فيما، بينما), shares that act's time (round s34, `_joined_since` in
khabar/events/component.py); an imperfect of a state that goes on does not.  Made-up sentences."""

import khabar

PUBLISHED = "2024-03-06"                          # a Wednesday


def _dates(sentence: str) -> dict[str, str | None]:
    record = khabar.read("خبر عاجل\n\n" + sentence, published=PUBLISHED)
    return {e["trigger"]["text"]: e["date"] for e in record.events}


def test_a_verb_after_comma_and_wa_shares_the_since_day():
    dates = _dates("وحاصرت القوات الحكومية منذ مساء الاثنين حي الشيخ مقصود في حلب، واعتقلت عشرات الشبان.")
    assert dates.get("حاصرت") == "2024-03-04"
    assert dates.get("اعتقلت") == "2024-03-04"


def test_a_verb_after_a_contrast_opener_shares_the_since_day():
    dates = _dates("وقطعت السلطات خدمة الإنترنت في العاصمة منذ صباح الأربعاء، فيما انتشرت مدرعات الجيش حول مقر الحزب.")
    assert dates.get("انتشرت") == "2024-03-06"


def test_an_imperfect_after_the_opener_stays_undated():
    dates = _dates("وأغلقت الشرطة منذ فجر الخميس الطرق المؤدية إلى الميناء، فيما تعتقل الشرطة المحتجين.")
    assert dates.get("أغلقت") == "2024-02-29"
    assert "تعتقل" in dates and dates["تعتقل"] is None
