"""Session 14's argument mechanisms, one behaviour each: the traveller meets the host, the
recipient a type expects after its preposition, a plural in -ات after a masculine verb is its
object, and arguments.yaml's new keys with their schema check."""

import pytest

import khabar


def coded(text: str) -> list[tuple[str, list[str], list[str]]]:
    record = khabar.read(text, published="2025-03-12")
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]], [names[a] for a in v["recipient"]]) for v in record.events]


def test_the_arguments_file_has_travel_verbs_and_type_recipients():
    from khabar.events.code import arguments

    a = arguments()
    assert {"وصل", "زار", "توجه"} <= a["travel_verbs"] and "قال" not in a["travel_verbs"]
    assert a["type_recipients"]["AID"] == ("الي", "ل") and "علي" in a["type_recipients"]["SANCTION"]
    assert "CONSULT" not in a["type_recipients"]


def test_type_recipients_schema_is_checked():
    from khabar.events.code import _type_recipients

    with pytest.raises(ValueError, match="type_recipients"):
        _type_recipients({"AID": "إلى"})
    with pytest.raises(ValueError, match="type_recipients"):
        _type_recipients(None)
    assert _type_recipients({"AID": ["إلى"]}) == {"AID": ("الي",)}


@pytest.mark.parametrize("text", [
    "ووصل وزير الخارجية الأمريكي ماركو روبيو إلى الرياض والتقى ولي العهد السعودي.",
    "وتوجه وزير الخارجية الأمريكي ماركو روبيو إلى الرياض، حيث التقى ولي العهد السعودي.",
    "ووصل وزير الخارجية الأمريكي ماركو روبيو إلى الرياض. والتقى ولي العهد السعودي.",
    "وفي يوم الأحد، زار وزير الخارجية الأمريكي ماركو روبيو الرياض. والتقى ولي العهد السعودي.",
])
def test_a_traveller_meets_the_host_named_after_the_meeting_verb(text):
    meetings = [(a, r) for t, a, r in coded(text) if t == "CONSULT" and "Mohammed bin Salman" in a + r]
    assert meetings and all(a == ["Marco Rubio"] and r == ["Mohammed bin Salman"] for a, r in meetings)


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الأمريكي ماركو روبيو إن الوضع خطير. والتقى ولي العهد السعودي.",
    "ووصل وزير الخارجية الأمريكي ماركو روبيو إلى مطار الملك خالد. واستقبله ولي العهد السعودي."   # no visit: an airport (s20b),
])
def test_no_journey_or_a_pronoun_object_keeps_the_name_after_the_verb_its_subject(text):
    meetings = [a for t, a, _ in coded(text) if t == "CONSULT"]
    assert ["Mohammed bin Salman"] in meetings and ["Marco Rubio"] not in meetings


def test_journeyed_reads_the_opening_verb_or_the_verb_after_a_time_adverbial():
    from khabar.entities.recognise import words_of
    from khabar.events.code import journeyed
    from khabar.pipeline import run

    assert journeyed(words_of(run("ووصلت الوزيرة إلى بيروت.")))
    assert journeyed(words_of(run("وفي يوم الأحد، زار الوزير بغداد.")))
    assert not journeyed(words_of(run("وقال الوزير إنه وصل إلى بغداد.")))


def test_a_typed_recipient_after_the_preposition_or_its_owner_after_a_bare_noun():
    assert ("AID", ["United Arab Emirates"], ["Sudan"]) in coded("وقدمت دولة الإمارات مساعدات إنسانية عاجلة إلى السودان.")
    assert ("ASSAULT", ["Israel"], ["Hezbollah"]) in coded("وشنت طائرات إسرائيلية غارات على مواقع لحزب الله في البقاع.")
    # a place after في is where, not whom: no recipient
    assert ("AID", ["United Arab Emirates"], []) in coded("وقدمت دولة الإمارات مساعدات في السودان.")


def test_a_plural_in_at_after_a_masculine_verb_is_its_object_so_the_speaker_acts():
    assert any(t == "ACCUSE" and a == ["Sergey Lavrov"]
               for t, a, _ in coded("وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار، وانتقد العقوبات الغربية."))
    # a feminine verb before the same plural: the plural may be its subject, no pronoun is read
    assert not any(t == "ACCUSE" and a == ["Sergey Lavrov"]
                   for t, a, _ in coded("وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار، وانتقدت السلطات الغربية."))


HEADLINED = """السعودية والإمارات تقطعان العلاقات الدبلوماسية مع قطر

أعلنت السعودية، فجر اليوم الاثنين، قطع علاقاتها الدبلوماسية مع قطر.

وقال مسؤول إماراتي إن بلاده ستتخذ خطوة مماثلة."""


def test_an_undated_headline_event_takes_the_day_of_its_body_twin():
    record = khabar.read(HEADLINED, published="2025-03-10")   # a Monday
    names = {e["id"]: e["name"] for e in record.entities}
    headline = [v for v in record.events if v["trigger"]["text"] == "تقطعان العلاقات"]
    assert [([names[a] for a in v["actor"]], v["date"]) for v in headline] == \
        [(["Saudi Arabia", "United Arab Emirates"], "2025-03-10")]


def test_a_headline_event_with_no_twin_sharing_an_actor_stays_undated():
    from types import SimpleNamespace

    from khabar.events.component import _headline_days

    headline = SimpleNamespace(start=0, end=40)
    events = [{"type": "SANCTION", "actor": ["e1"], "date": None, "time": None, "trigger": {"start": 5}},
              {"type": "SANCTION", "actor": ["e2"], "date": "2025-03-10", "time": "t1", "trigger": {"start": 60}},
              {"type": "ACCUSE", "actor": ["e1"], "date": "2025-03-09", "time": "t2", "trigger": {"start": 90}}]
    _headline_days(events, headline)
    assert events[0]["date"] is None
    events[1]["actor"] = ["e1", "e2"]
    _headline_days(events, headline)
    assert (events[0]["date"], events[0]["time"]) == ("2025-03-10", "t1")


@pytest.mark.parametrize("titles", ["رئيس مجلس الوزراء", "رئيس مجلس الوزراء وزير الخارجية", ""])
def test_the_receiver_of_a_call_stands_behind_a_chain_of_offices(titles):
    text = f"وتلقى {titles} الشيخ محمد بن عبدالرحمن آل ثاني اتصالا هاتفيا من وزير الخارجية الأمريكي ماركو روبيو."
    assert ("CONSULT", ["Marco Rubio"], ["Mohammed bin Abdulrahman Al Thani"]) in coded(" ".join(text.split()))


def test_a_receiving_verb_beyond_the_reach_of_titles_is_not_the_act_s():
    # the verb of receiving is a clause away: the call's maker is still its actor, no receiver
    text = "وتلقى الوزير رسالة. وأجرى رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني اتصالا هاتفيا مع وزير الخارجية الأمريكي ماركو روبيو."
    assert ("CONSULT", ["Mohammed bin Abdulrahman Al Thani"], ["Marco Rubio"]) in coded(text)


def test_a_closing_quotation_mark_is_told_from_an_opening_one():
    from khabar.entities.recognise import words_of
    from khabar.events.code import _after_closed_quote
    from khabar.pipeline import run

    def at_verb(text: str) -> bool:
        words = words_of(run(text))
        return _after_closed_quote(words, next(k for k, w in enumerate(words) if w.norm == "اتهمت"))

    assert at_verb("قالت إن القوات «اقتحمت المستشفى»، واتهمت إسرائيل.")
    assert at_verb('قالت إن القوات "اقتحمت المستشفى"، واتهمت إسرائيل.')
    assert not at_verb("قالت إن القوات اقتحمت المستشفى، واتهمت إسرائيل.")
    assert not at_verb('قالت إن القوات اقتحمت المستشفى، و"اتهمت إسرائيل".')


@pytest.mark.parametrize("text, kind, actor", [
    ("وقال الجيش الإسرائيلي إن حماس أطلقت صواريخ. وأضاف أن قواته قصفت مواقع الحركة.", "ASSAULT", "Israel Defense Forces"),
    ('وقال الجيش الإسرائيلي إن حماس "أطلقت الصواريخ"، وأضاف أن قواته قصفت مواقع الحركة.', "ASSAULT", "Israel Defense Forces"),
    ("وأعلنت حركة الشباب أن مقاتليها هاجموا قاعدة عسكرية.", "ASSAULT", "Al-Shabaab (Somalia)"),
])
def test_the_speakers_own_forces_are_the_speaker_acting(text, kind, actor):
    assert [actor] in [a for t, a, _ in coded(text) if t == kind]


def test_a_persons_own_forces_are_not_read_as_the_speaker_itself():
    from khabar.events.code import _speaker_itself

    coded_ = coded("وقال نتنياهو إن قواته قصفت غزة.")
    assert all(a != ["Israel Defense Forces"] for _, a, _ in coded_)
    assert _speaker_itself([], 3) == []


def test_the_owner_after_a_bare_object_is_the_recipient():
    assert ("ASSAULT", ["Ministry of National Defense (Turkey)"], ["Kurdistan Workers' Party"]) in \
        coded("وأعلنت وزارة الدفاع التركية أن قواتها قصفت مواقع لحزب العمال الكردستاني شمالي العراق.")
