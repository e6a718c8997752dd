"""Round s16's second-wave linking mechanisms: a bare surname that the knowledge base lists for
an office holder (عون for Lebanon's president in 2025, باردو for the Mossad chief in 2015) is that
person only when the article names the office's country other than through the surname; an
article that names no country gives the holder the benefit of the doubt."""

import khabar


def people(text, published):
    return [e for e in khabar.read(text, published=published).entities if e["type"] == "PER"]


def test_a_bare_surname_of_a_foreign_office_holder_is_no_person_in_an_article_about_another_country():
    # Tunisian "عون أمن" is a security agent; the article names Tunisia, never Lebanon
    found = people("وأفادت وزارة الداخلية التونسية بأن عون أمن أصيب في الهجوم على المعبد في جربة.", "2025-03-12")
    assert not [e for e in found if any(m["text"] == "عون" for m in e["mentions"])]


def test_the_same_surname_is_the_holder_where_the_article_names_the_office_country():
    found = people("وقال عون إن الجيش اللبناني سينتشر جنوب نهر الليطاني.", "2025-03-12")
    assert [e["kb"] for e in found if any(m["text"] == "عون" for m in e["mentions"])] == ["khabar:person/joseph-aoun"]


def test_a_bare_surname_is_the_holder_where_the_article_names_no_country():
    found = people("وقال نتنياهو إن الحرب لن تتوقف قبل تحقيق أهدافها.", "2024-06-10")
    assert [e["kb"] for e in found] == ["khabar:person/benjamin-netanyahu"]


def test_a_bare_surname_does_not_lend_its_own_country():
    # the surname's own candidate (Israel's Mossad chief) must not count as the article naming Israel
    found = people("تجمع المحتجون أمام البرلمان في باردو بتونس، وقالت الشرطة إن باردو أغلقت.", "2015-03-20")
    assert not [e for e in found if e.get("kb") == "khabar:person/tamir-pardo"]
