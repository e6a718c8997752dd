"""Round 23: the Hijri feast days by the other names outlets give them ("يوم النحر"، "عيد النحر"
of the day of sacrifice, "وقفة عرفة" of Arafah, "عيد الفطر السعيد") resolve like the names
already known, to the occurrence nearest the page's date; the bare word "النحر" is no time."""

import pytest

from khabar.times.detect import _feasts
from tests.times.test_times_s16 import times


@pytest.mark.parametrize("text, published, expected", [
    # the day of sacrifice is 10 Dhu al-Hijja, the day of Eid al-Adha, in 1445 and in 1444
    ("وأتم الحجاج رمي الجمرات في يوم النحر.", "2024-06-17", [("يوم النحر", "2024-06-16")]),
    ("وأدى المصلون صلاة عيد النحر في الساحات.", "2023-06-29", [("عيد النحر", "2023-06-28")]),
    # its first day, with the ordinal the other feasts take
    ("وتوقفت المعارك في أول أيام عيد النحر.", "2023-06-29", [("أول أيام عيد النحر", "2023-06-28")]),
    # Arafah's day under its Egyptian and Levantine name is 9 Dhu al-Hijja
    ("ويصوم كثيرون يوم وقفة عرفة.", "2024-06-14", [("وقفة عرفة", "2024-06-15")]),
    ("وتكتظ المساجد في وقفة عرفات.", "2023-06-26", [("وقفة عرفات", "2023-06-27")]),
    # the Fitr with its greeting epithet is 1 Shawwal, the whole phrase one time
    ("وتعطل الدوائر بمناسبة عيد الفطر السعيد.", "2024-04-07", [("عيد الفطر السعيد", "2024-04-10")]),
])
def test_feast_days_by_their_other_names(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text", [
    "وقال التاجر إن أسعار أضاحي النحر ارتفعت.",
    "وجرى النحر في المسلخ البلدي.",
])
def test_the_word_of_slaughter_alone_is_no_time(text):
    assert times(text, "2024-06-17") == []


def test_the_round_23_feast_names_load():
    """calendar.yaml `hijri_feasts`: the new names carry the Hijri month and day of the feast
    they name, the same as the names already there."""
    month_day = {name: (entry["month"], entry["day"]) for name, entry in _feasts().items()}
    assert month_day["يوم النحر"] == month_day["عيد النحر"] == month_day["عيد الأضحى"] == (12, 10)
    assert month_day["وقفة عرفة"] == month_day["وقفة عرفات"] == month_day["يوم عرفة"] == (12, 9)
    assert month_day["عيد الفطر السعيد"] == month_day["عيد الفطر"] == (10, 1)
