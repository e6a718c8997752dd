"""A verb its clause and paragraph left undated shares the time after the next verb of its sentence
joined to it by a comma and a split-off و (round s34, `_next_verb_time` in
khabar/events/component.py): the verbs of one subject share the adverbials after both.  Made-up
sentences."""

import khabar

PUBLISHED = "2024-03-09"                          # a Saturday


def _dates(sentence: str) -> dict[str, str | None]:
    record = khabar.read("خبر عاجل\n\n" + sentence, published=PUBLISHED)
    return {e["trigger"]["text"]: e["date"] for e in record.events}


def test_two_verbs_joined_after_a_comma_share_the_later_time():
    dates = _dates("وأغلقت قوات الأمن الطرق المؤدية إلى الميناء، واعتقلت أربعة مشتبه بهم في حي السوق ليل الجمعة، "
                   "بحسب مصدر أمني.")
    assert dates.get("أغلقت") == "2024-03-08"
    assert dates.get("اعتقلت") == "2024-03-08"


def test_a_time_set_off_by_commas_after_the_second_verb_counts_too():
    dates = _dates("وانتشرت قوة من الشرطة في محيط المبنى عقب الهجوم، وأوقفت، مساء أمس، شخصين يشتبه في تورطهما.")
    assert dates.get("انتشرت") == "2024-03-08"


def test_no_time_after_the_second_verb_leaves_the_first_undated():
    dates = _dates("وأغلقت قوات الأمن الطرق المؤدية إلى الميناء، وقالت إنها ستعقد مؤتمرا صحفيا مساء الجمعة.")
    assert dates.get("أغلقت", "absent") is None
