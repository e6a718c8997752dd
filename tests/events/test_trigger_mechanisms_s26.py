"""Round s26's trigger mechanisms (the no-trigger kinds that recur across outlets in dev), each on sentences
composed for the test, none copied from the corpus: a statement aside set off by commas ("، في كلمة بثها
التلفزيون،") is no break between a vow or a warning and its complement (`_statement_aside_end`)."""

import khabar
from khabar.entities.recognise import Word
from khabar.events.code import _n, _statement_aside_end, _within, triggers


def _words(text: str) -> list[Word]:
    words, at = [], 0
    for token in text.split():
        words.append(Word(_n(token), at, at + len(token), is_punct=token in "،,.:؛"))
        at += len(token) + 1
    return words


def _events(text: str) -> list[tuple[str, list[str]]]:
    record = khabar.read(text)
    names = {e["id"]: e["name"] for e in record.entities}
    return [(e["type"], [names.get(a, a) for a in e.get("actor") or []]) for e in record.events]


def test_a_statement_aside_ends_after_its_closing_comma():
    words = _words("وتعهد الوزير ، في كلمة بثها التلفزيون الرسمي ، ب ملاحقه الجناه")
    assert _statement_aside_end(words, 2) == 9                                  # the word after the closing comma
    assert _statement_aside_end(_words("وتعهد الوزير ، في المدينة ، بملاحقة الجناة"), 2) is None   # no word of speech
    assert _statement_aside_end(_words("وتعهد الوزير ، في كلمة بثها التلفزيون . بملاحقة"), 2) is None   # no closing comma
    assert _within(words, 2, "reprisal")                                       # the complement read past the aside
    assert not _within(_words("وتعهد الوزير ، في المدينة ، ب ملاحقه الجناه"), 2, "reprisal")


def test_the_lists_the_aside_reads():
    t = triggers()
    assert {"في", "خلال", "عبر"} <= t["statement_aside_openers"]
    assert {"كلمه", "بيان", "تصريحات", "مقابله"} <= t["statement_aside_nouns"]


def test_a_vow_of_reprisal_across_a_statement_aside_is_a_threat():
    found = _events("وتعهد وزير الداخلية التونسي توفيق شرف الدين، في كلمة نقلها التلفزيون الرسمي، بملاحقة منفذي الهجوم.")
    assert any(kind == "THREATEN" for kind, _ in found)
    found = _events("وتعهد الرئيس الصومالي حسن شيخ محمود، في بيان نشرته الرئاسة، بمعاقبة المسؤولين عن التفجير.")
    assert any(kind == "THREATEN" for kind, _ in found)


def test_a_warning_of_a_danger_across_a_statement_aside_is_no_threat():
    found = _events("وحذر وزير الصحة المغربي خالد آيت الطالب، في مؤتمر صحفي، من انتشار الوباء في المدن الكبرى.")
    assert not any(kind == "THREATEN" for kind, _ in found)
