"""Session 16's (second wave) argument mechanism, one behaviour each: a crowd counted by its size
is the actor of its protest, a GROUP entity of its own or a mention of the article's protesters
(khabar/events/crowds.py; arguments.yaml crowd_*)."""

import pytest

import khabar


def coded(text: str) -> list[tuple[str, list[str]]]:
    record = khabar.read(text, published="2025-11-30")
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]]) for v in record.events]


def _words(text: str):
    from khabar.entities.recognise import words_of
    from khabar.pipeline import run

    return words_of(run(text))


@pytest.mark.parametrize("text, crowd", [
    ("خرج آلاف السودانيين إلى الشوارع", "آلاف السودانيين"),
    ("خرج عشرات الآلاف من المواطنين إلى الشوارع", "عشرات الآلاف من المواطنين"),
    ("خرج الآلاف من أبناء الهوسا في مواكب", "الآلاف من أبناء الهوسا"),
    ("تظاهر المئات أمام البرلمان", "المئات"),
    ("تظاهر عشرات الآلاف في باريس", "عشرات الآلاف"),
])
def test_crowd_end_spans_count_link_and_whom(text, crowd):
    from khabar.events.crowds import crowd_end

    words = _words(text)
    end = crowd_end(words, 1)
    assert end is not None and " ".join(w.norm for w in words[1:end]) == " ".join(w.norm for w in _words(crowd))


@pytest.mark.parametrize("text", [
    "تظاهر آلاف في باريس",             # an indefinite count alone counts no one we can name
    "تظاهر عشرات من في الساحة",        # من with no people after it
    "تظاهر الطلاب أمام الجامعة",       # no count word: no crowd opens there
])
def test_crowd_end_needs_a_count_and_whom(text):
    from khabar.events.crowds import crowd_end

    assert crowd_end(_words(text), 1) is None


def test_crowd_before_its_verb_with_qad():
    assert ("PROTEST", ["آلاف الجزائريين"]) in coded("وكان آلاف الجزائريين قد خرجوا الجمعة في مسيرات بالعاصمة.")


def test_crowd_replaces_the_state_of_its_nisba():
    events = coded("وتظاهر آلاف الإيرانيين أمام السفارة في طهران.")
    assert ("PROTEST", ["آلاف الإيرانيين"]) in events and ("PROTEST", ["Iran"]) not in events


def test_crowd_after_a_gathering_verb_acts_the_protest_noun():
    events = coded("وخرج الآلاف، اليوم الخميس، في مواكب بالخرطوم بحري للمطالبة بالحكم المدني.")
    assert ("PROTEST", ["الآلاف"]) in events


def test_crowd_is_one_party_with_the_articles_protesters():
    record = khabar.read("وقال متظاهرون إن الأسعار لم تعد تحتمل.\n\n"
                         "وخرج آلاف الأردنيين إلى الشوارع في عمان احتجاجا على رفع الأسعار.", published="2025-11-30")
    group = next(e for e in record.entities if e["name"] == "متظاهرون")
    assert {m["text"] for m in group["mentions"]} == {"متظاهرون", "آلاف الأردنيين"}
    assert any(v["type"] == "PROTEST" and v["actor"] == [group["id"]] for v in record.events)
    assert not any(e["name"] == "آلاف الأردنيين" for e in record.entities)


def test_one_entity_per_crowd_surface():
    record = khabar.read("وتظاهر المئات أمام البرلمان. وفي اليوم التالي تظاهر المئات أمام الوزارة.", published="2025-11-30")
    crowds = [e for e in record.entities if e["name"] == "المئات"]
    assert len(crowds) == 1 and len(crowds[0]["mentions"]) == 2 and crowds[0]["type"] == "GROUP"


@pytest.mark.parametrize("text", [
    "وخرج آلاف المصريين إلى الشوارع احتفالا بفوز المنتخب الوطني.",       # a celebration is no protest
    "وأسفر القصف عن مقتل العشرات من المدنيين خلال الاحتجاجات في المدينة.",  # a toll, no gathering verb
])
def test_no_crowd_party_where_no_crowd_protests(text):
    record = khabar.read(text, published="2025-11-30")
    assert not any(m.get("via") == "crowd" for e in record.entities for m in e["mentions"])


def test_crowd_words_are_data():
    from khabar.events.code import arguments

    a = arguments()
    assert {"ابناء", "ذوي", "انصار"} <= a["crowd_kin_heads"] and a["crowd_joined_suffixes"] == ("وا",)
    assert {"خرج", "احتشد", "تجمع"} <= a["crowd_gathering_verbs"]
    assert {"متظاهرون", "المحتجين"} <= a["crowd_protester_nouns"]


def test_crowd_lists_are_checked(monkeypatch):
    from khabar.events import code

    real = code.load_yaml
    monkeypatch.setattr(code, "load_yaml", lambda text: {**real(text), "crowd_joined_suffixes": 3})
    code.arguments.cache_clear()
    try:
        with pytest.raises(ValueError, match="crowd_joined_suffixes"):
            code.arguments()
    finally:
        code.arguments.cache_clear()


@pytest.mark.parametrize("text", [
    "وأغلق المطار منذ الجمعة الماضي بعد سقوط قذائف في محيطه.",
    "وأفادت خلية الإعلام الأمني بسقوط صواريخ على المنطقة الخضراء وسط بغداد.",
])
def test_projectiles_that_fell_are_an_attack_with_no_actor(text):
    assert ("ASSAULT", []) in coded(text)


def test_an_actorless_attack_noun_still_names_the_one_told():
    events = coded("وقصف الجيش مواقع المسلحين أمس. وأسفر الهجوم عن مقتل ثلاثة.")
    assert ("ASSAULT", []) not in events            # "الهجوم" with no actor of its own: the army's act


def test_falls_of_one_day_are_one_attack():
    record = khabar.read("وأغلق المطار بعد سقوط قذائف في محيطه، وتوقفت الرحلات بعد سقوط قذائف أخرى.",
                         published="2025-11-30")
    assert sum(1 for v in record.events if v["type"] == "ASSAULT" and not v["actor"]) == 1
