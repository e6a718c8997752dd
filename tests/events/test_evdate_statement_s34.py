"""An act its clause and paragraph left undated takes the time of the statement it was told in
("في بيان صدر مساء الأربعاء"), though its object stands between as a trigger of its own (round s34,
`_statement_time` in khabar/events/component.py).  Made-up sentences."""

import khabar

PUBLISHED = "2024-03-09"                          # a Saturday


def _dates(sentence: str) -> dict[str, str | None]:
    record = khabar.read("خبر عاجل\n\n" + sentence, published=PUBLISHED)
    return {e["trigger"]["text"]: e["date"] for e in record.events}


def test_a_condemnation_takes_its_statements_day():
    dates = _dates("دان مجلس الأمن الدولي الهجوم في بيان صدر مساء الأربعاء، مطالبا بمحاسبة المنفذين.")
    assert dates.get("دان") == "2024-03-06"


def test_a_time_right_after_the_statement_noun():
    dates = _dates("وأدانت وزارة الخارجية الأردنية الهجوم في بيان الاثنين، معربة عن تضامنها مع مصر.")
    assert dates.get("أدانت") == "2024-03-04"


def test_a_time_past_the_statements_phrase_is_not_its_day():
    dates = _dates("وأدانت وزارة الخارجية الأردنية الهجوم في بيان، معربة عن تضامنها مع مصر مساء الاثنين.")
    assert dates.get("أدانت", "absent") is None
