"""Session 17's (round s20) argument mechanisms: an act ordered ("وأمر باعتقال …"، "وأصدر البرهان
قرارا بإعفاء …") is the orderer's (arguments.yaml order_verbs, order_issuers, order_nouns); a
body's own teams, patrols and crews in its claim ("أن فرقه أنقذت") stand for the body (own_state);
a force or an authority in idafa after a verbal noun, with an indefinite object right after it,
is the noun's agent ("بعد استهداف الحرس الثوري مقرات …")."""

import pytest

from tests.events.test_evact_mechanisms_s16b import _words, coded


def test_order_lists_loaded():
    from khabar.events import code

    a = code.arguments()
    assert {"امر", "امرت", "وجه", "اوعز"} <= a["order_verbs"]               # normalised: hamza → ا
    assert "توجه" not in a["order_verbs"]                                   # "went" as often as "directs"
    assert {"اصدر", "اصدرت"} <= a["order_issuers"] and {"قرارا", "امرا", "تعليمات"} <= a["order_nouns"]
    assert "امر" not in a["order_nouns"]                                    # the verb's own form: read as the verb
    assert a["own_state"]["فرقه"] == "self" and a["own_state_heads"]["دوريات"] == "self"


@pytest.mark.parametrize("text, at, verb, stop", [
    ("وأمر باعتقال المتورطين.", "اعتقال", "امر", "ب"),
    ("ووجه وزير الداخلية الشيخ فهد اليوسف باعتقال المتسببين.", "اعتقال", "وجه", "ب"),
    ("وأصدر قائد الجيش عبد الفتاح البرهان قرارا بإعفاء المدير.", "اعفاء", "اصدر", "قرارا"),
])
def test_order_verb_found(text, at, verb, stop):
    from khabar.events.code import _order_verb

    words, args = _words_args(text)
    i = next(k for k, w in enumerate(words) if w.norm == at)
    found = _order_verb(args, i)
    assert found is not None and words[found[0]].norm.endswith(verb) and words[found[1]].norm == stop


@pytest.mark.parametrize("text, at", [
    ("وطالب الحزب باعتقال المتورطين.", "اعتقال"),                 # a demand, not an order
    ("وأمر الرئيس، وهو غاضب، باعتقال المتورطين.", "اعتقال"),       # a clause between commas: not read across
    ("أمر الوزير بإغلاق المعبر، ودعا السكان إلى الهدوء، بعد اعتقال المتورطين.", "اعتقال"),
    ("وأصدرت الوزارة بيانا بشأن اعتقال المتورطين.", "اعتقال"),     # a statement is no order noun
])
def test_no_order_verb(text, at):
    from khabar.events.code import _order_verb

    words, args = _words_args(text)
    i = next(k for k, w in enumerate(words) if w.norm == at)
    assert _order_verb(args, i) is None


def _words_args(text: str):
    """The words of a made-up sentence and its argument index (mentions, no times)."""
    from khabar.entities.recognise import words_of
    from khabar.events.code import _Args
    from khabar.pipeline import run

    doc = run(text)
    words = words_of(doc)
    return words, _Args(words, doc._.mentions)


@pytest.mark.parametrize("text, at, verb, stop", [
    # round s34: an aside set off by commas between the subject and the order, read across
    ("وأمر الرئيس، في كلمة، باعتقال المتورطين.", "اعتقال", "امر", "ب"),
    ("وأمرت المحكمة، خلال جلسة علنية، بإيقاف المتهمين.", "ايقاف", "امرت", "ب"),
    ("وأصدر الوزير، في ساعة متأخرة، قرارات بإعفاء المديرين.", "اعفاء", "اصدر", "قرارات"),
    # … and a long title of the orderer (a judge at a named court), ten words back from ب
    ("وأمر قاضي التحقيق الأول لدى محكمة الجنايات الابتدائية في ولاية وهران، في بيان، "
     "بإيداع المتهمين الحبس المؤقت.", "ايداع", "امر", "ب"),
])
def test_order_verb_across_an_aside(text, at, verb, stop):
    from khabar.events.code import _order_verb

    words, args = _words_args(text)
    i = next(k for k, w in enumerate(words) if w.norm == at)
    found = _order_verb(args, i)
    assert found is not None and words[found[0]].norm.endswith(verb) and words[found[1]].norm == stop


@pytest.mark.parametrize("text, kind, actor", [
    ("وترأس رئيس الوزراء محمد شياع السوداني اجتماعا أمنيا طارئا، وأمر باعتقال المتورطين في الهجوم.",
     "COERCE", "Mohammed Shia al-Sudani"),                         # a pronoun subject: the name before
    ("وأمر الرئيس التونسي قيس سعيد بإيقاف المسؤولين عن الحادث.", "COERCE", "Kais Saied"),
    ("وقالت حكومة الدبيبة إن باشاغا \"أفشل مساعي التفاوض\"، وأمرت بإيقاف جميع ضباط الكتائب المهاجمة.",
     "COERCE", "حكومة الدبيبة"),                                   # after the closed quote: the speaker
    # round s34: a time or a phrase set off by commas between the orderer and the order
    ("وأمر الرئيس التونسي قيس سعيد، مساء الأحد، بإيقاف المسؤولين عن الحادث.", "COERCE", "Kais Saied"),
    ("وكان الرئيس التونسي قيس سعيد قد أصدر، ليلة الثلاثاء، قرارات باعتقال عدد من الضباط.",
     "COERCE", "Kais Saied"),                                    # SVO: the pronoun's antecedent before
])
def test_the_orderer_acts(text, kind, actor):
    assert any(t == kind and actor in actors for t, actors in coded(text)), coded(text)


def test_a_court_order_stays_one_act():
    events = coded("وأمرت المحكمة بسجن المتهم.")
    assert [t for t, _ in events].count("COERCE") == 1, events


@pytest.mark.parametrize("text, actor", [
    ("وأكد المركز الوطني لإدارة الطوارئ أن فرقه أنقذت أكثر من 200 شخص علقوا في مركباتهم.", "المركز الوطني لإدارة الطوارئ"),
    ("وقال الجيش اللبناني إن دورياته اعتقلت ثلاثة مطلوبين في بعلبك.", "Lebanese Armed Forces"),
])
def test_a_bodys_own_teams(text, actor):
    assert any(actor in actors for _, actors in coded(text)), coded(text)


@pytest.mark.parametrize("text, actor", [
    ("وجاء ذلك بعد يومين من استهداف الحرس الثوري مقرات لجماعة إرهابية في منطقة حدودية.",
     "Islamic Revolutionary Guard Corps"),
    ("وتأتي الزيارة بعد أيام من قصف الجيش الإسرائيلي مدرسة تؤوي نازحين في مدينة غزة.", "Israel Defense Forces"),
])
def test_a_force_in_idafa_before_its_object_acts(text, actor):
    assert any(t == "ASSAULT" and actor in actors for t, actors in coded(text)), coded(text)


class _Args:
    """The fields _agent_with_object reads: the words, the names' starts, where times stand."""

    def __init__(self, words, timed_words=()):
        self.words, self.starts = words, {}
        self.timed = lambda start, end: any(w.start == start and w.norm in timed_words for w in words)


@pytest.mark.parametrize("text, after_norm, agent", [
    ("وأدان الحزب استهداف الجيش مواقع في سيناء.", "مواقع", True),     # an indefinite object: the army acts
    ("وأدان الحزب استهداف الجيش في سيناء.", "في", False),             # a preposition: the army is hit
    ("وأدان الحزب استهداف الجيش أمس.", "امس", False),                 # a time: no object
    ("وأدان الحزب استهداف الجيش الثاني.", "الثاني", False),           # a definite word: an adjective
    ("وأدان الحزب استهداف المدرسة مواقع.", "مواقع", False),           # no force or authority in idafa
])
def test_agent_with_object(text, after_norm, agent):
    from khabar.events.code import _agent_with_object

    words = _words(text)
    after = next(k for k, w in enumerate(words) if w.norm == after_norm)
    assert _agent_with_object(_Args(words, ("امس",)), after - 1, after) is agent


# --- the main clause beside a فيما/بينما clause with a time takes that time (session 16's decision)

def _dates(text: str) -> list[tuple[str, str | None]]:
    import khabar

    return [(v["type"], v["date"]) for v in khabar.read(text, published="2026-03-15").events]


def test_main_clause_takes_the_contrast_clauses_time():
    dates = _dates("وقصفت المدفعية الإسرائيلية أطراف بلدة كفركلا، فيما اعتقلت قوات الاحتلال خمسة شبان مساء السبت.")
    assert ("ASSAULT", "2026-03-14") in dates and ("COERCE", "2026-03-14") in dates, dates


@pytest.mark.parametrize("text", [
    "ودانت الحكومة الصومالية الهجوم، فيما أغلقت الشرطة الطرق المؤدية إلى الشاطئ حتى صباح اليوم الأحد.",   # until
    "ودانت الحكومة الصومالية التفجير، فيما اعتقلت الشرطة مشتبها به في الهجوم الذي وقع مساء السبت.",   # the attack's day
])
def test_a_contrast_time_of_another_act_dates_no_main_clause(text):
    dates = _dates(text)
    assert ("ACCUSE", None) in dates, dates


def test_an_earlier_time_of_the_sentence_still_governs():
    dates = _dates("وقصفت المدفعية الإسرائيلية، الخميس، بلدة كفركلا، فيما اعتقلت قوات الاحتلال خمسة شبان مساء السبت.")
    assert ("ASSAULT", "2026-03-12") in dates, dates


# --- a counted noun after a verb of rescue is who is rescued, as after an arrest who is arrested

@pytest.mark.parametrize("text, actor, rescued", [
    ("وقالت الوزارة إن فرق الإنقاذ تعاملت مع عشرات البلاغات وأنقذت مئات العالقين في السيول.", "فرق الإنقاذ", "مئات العالقين"),
    ("وأنقذت فرق الدفاع المدني عشرات العالقين في منازلهم.", "الدفاع المدني", "عشرات العالقين"),
])
def test_the_counted_after_a_rescue_are_rescued(text, actor, rescued):
    import khabar

    record = khabar.read(text, published="2026-03-15")
    names = {e["id"]: e["name"] for e in record.entities}
    aid = [([names[a] for a in v["actor"]], [names[a] for a in v["recipient"]]) for v in record.events if v["type"] == "AID"]
    assert aid and all(rescued not in actors for actors, _ in aid) and any(actor in actors for actors, _ in aid), aid
