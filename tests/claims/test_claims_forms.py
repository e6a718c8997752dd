"""Forms of Arabic news reporting that the dev articles do not all show: platforms,
passives, the outlet that learned from a source, "جاء في", more verbs of saying, the
chain a participle goes on with, and the country of an unnamed source."""

import khabar


def read(text, published="2024-06-10"):
    return khabar.read(text, published=published).claims


def chains(text):
    return [[s["text"] for s in c["sources"]] for c in read(text)]


def test_platforms_behind_a_noun_quotes_or_a_post_that_names_none():
    assert [c["platform"] for c in read("وكتب وزير الخارجية في تدوينة على فيسبوك أن الحكومة لن تتراجع.")] == ["Facebook"]
    assert [c["platform"] for c in read('وقال المتحدث في منشور على منصة "إكس" إن القصف مستمر.')] == ["X"]
    assert [c["platform"] for c in read("وقال المتحدث عبر تطبيق تلغرام إن القصف مستمر.")] == ["Telegram"]
    assert [c["platform"] for c in read("وقال المتحدث في تدوينة إن القصف مستمر.")] == [None]


def test_an_unnamed_source_takes_the_country_of_what_qualifies_it():
    sources = read("وقال ناطق باسم الحكومة المغربية لهسبريس إن القرار نهائي.")[0]["sources"]
    assert (sources[0]["anonymous"], sources[0]["country"]) == (True, "MAR")
    sources = read("وقالت مصادر دبلوماسية لوكالة الأنباء الفرنسية إن المفاوضات متعثرة.")[0]["sources"]
    assert sources[-1]["country"] == "FRA"
