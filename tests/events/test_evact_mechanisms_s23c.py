"""Round s23 (second wave): a body that reports harm without doing it (a ministry of health, a medical
committee, an observatory, a rescue service; arguments.yaml reporter_heads) is never the inferred actor of
an act of force (reporter_act_types) its announcement tells of ("أعلنت لجنة أطباء السودان مقتل … في قصف");
a body that does such acts (police, army, interior ministry) still takes the arrest or strike it
announces, and an attacker named in the act's own phrase stays its actor."""

from khabar.entities.recognise import words_of
from khabar.pipeline import run
from tests.events.test_evact_mechanisms_s16b import coded


def _reporter_of(text: str) -> bool:
    from khabar.events.code import _reporter

    doc = run(text)
    words, mentions = words_of(doc), sorted(doc._.mentions, key=lambda m: m.start)
    return _reporter(words, mentions[:1])


def test_reporter_heads_are_loaded():
    from khabar.events.code import arguments
    from khabar.text.normalise import normalise_word as n

    a = arguments()
    assert (n("وزارة"), n("الصحة")) in a["reporter_heads"] and (n("المرصد"),) in a["reporter_heads"]
    assert (n("الشرطة"),) not in a["reporter_heads"] and (n("وزارة"),) not in a["reporter_heads"]
    assert a["reporter_act_types"] == {"ASSAULT", "COERCE"}


def test_reporter_reads_the_mention_opening():
    assert _reporter_of("وزارة الصحة الفلسطينية أعلنت ذلك.")
    assert _reporter_of("المرصد السوري لحقوق الإنسان أعلن ذلك.")
    assert not _reporter_of("وزارة الداخلية العراقية أعلنت ذلك.")    # a longer head needs all its words
    assert not _reporter_of("الشرطة السودانية أعلنت ذلك.")


def _assaulters(text: str) -> list[list[str]]:
    return [actors for t, actors in coded(text) if t == "ASSAULT"]


def test_announcer_of_deaths_is_not_the_striker():
    for text in ("وأعلنت نقابة الصحفيين الفلسطينيين مقتل صحفي في غارة على دير البلح.",
                 "وأعلن الدفاع المدني في غزة انتشال جثامين عشرة شهداء سقطوا في قصف على حي الشجاعية."):
        assert all(not actors for actors in _assaulters(text)), _assaulters(text)


def test_attacker_in_the_act_phrase_stays():
    assert ["Israel Defense Forces"] in _assaulters(
        "وأعلنت وزارة الصحة الفلسطينية مقتل شاب برصاص الجيش الإسرائيلي قرب رام الله.")


def test_acting_body_keeps_what_it_announces():
    arrests = [a for t, a in coded("وأعلنت وزارة الداخلية العراقية اعتقال خمسة مطلوبين في البصرة.") if t == "COERCE"]
    assert arrests == [["Ministry of Interior (Iraq)"]]
    assert ["Israel Defense Forces"] in _assaulters("وأعلن الجيش الإسرائيلي قصف مواقع لحزب الله في جنوب لبنان.")
