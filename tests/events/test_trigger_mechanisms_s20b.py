"""Session 20's second trigger pass, each mechanism on its own: what دفع بـ sends names its act (ambulances,
teams, doses: AID; columns and units: MOBILIZE); a trigger that needs its object looks past the count before
it ("ضبط 4 ملايين حبة"); an official's arrival in a state or a city (وصل، وصول إلى) is a visit, an arrival at
a site or a count reached is none; an act prevented (ومنعت إسعاف المصابين) is none.  Their behaviour in composed sentences: data/trigger_probes_s20b.yaml."""

from test_events_trigger_probes import coded_triggers  # noqa: F401  (the fixture that spies on code_sentence)
from test_trigger_mechanisms_s18 import _coded, _words   # the s18 helpers: a sentence's coded events, plain words
from khabar.events.code import _n, _past_count, triggers


def test_the_new_lists_load_normalised():
    t = triggers()
    assert {_n("سيارات"), _n("جرعات"), _n("أرتال")} <= t["light"][_n("دفع")]
    assert t["light_nouns"][_n("جرعات")]["type"] == "AID" and t["light_nouns"][_n("أرتال")]["type"] == "MOBILIZE"
    assert _n("سيارات") not in t["relative_nouns"]             # a car is no act outside دفع بـ
    assert {_n("حبه"), _n("كيلوغراما"), _n("لتر")} <= t["nouns"][(_n("ضبط"),)]["needs"] and _n("ملايين") in t["count_scales"]
    assert t["verbs"][_n("وصل")]["arrival"] and t["nouns"][(_n("وصول"),)]["arrival"]
    assert _n("وفد") in t["visitors"] and _n("البلاد") in t["arrival_places"]


def test_a_count_is_passed_over():
    assert _past_count(_words("ضبط 4 ملايين حبة"), 1) == 3
    assert _past_count(_words("ضبط مليوني حبة"), 1) == 2
    assert _past_count(_words("ضبط 25 ألف قرص"), 1) == 3
    assert _past_count(_words("ضبط النفس"), 1) == 1                 # no count: the word itself


def test_what_dafa_sends_names_the_act(coded_triggers):
    assert ("AID", "دفعت الوزارة بـ3 آلاف جرعة") in \
        [e[:2] for e in _coded("ودفعت الوزارة بـ3 آلاف جرعة من المصل إلى المستشفيات.", coded_triggers)]
    assert any(t == "MOBILIZE" for t, _, _ in _coded("ودفع الجيش بأرتال عسكرية إلى الحدود.", coded_triggers))
    assert not _coded("ودفع المحافظ بملف الأزمة إلى مجلس الوزراء.", coded_triggers)
    assert not any(t in ("AID", "MOBILIZE") for t, _, _ in _coded("وكانت السيارات متوقفة أمام المبنى.", coded_triggers))


def test_a_counted_seizure(coded_triggers):
    assert ("COERCE", "ضبط") in [e[:2] for e in _coded("وأعلنت المديرية ضبط 4 ملايين حبة مخدرة.", coded_triggers)]
    assert ("COERCE", "ضبط") in [e[:2] for e in _coded("وأعلنت الجمارك ضبط 4 آلاف لتر من الوقود.", coded_triggers)]
    assert not any(t == "COERCE" for t, _, _ in _coded("وتسعى الوزارة إلى ضبط أسعار 20 سلعة.", coded_triggers))
    assert not any(t == "COERCE" for t, _, _ in _coded("ودعت الأطراف إلى ضبط 3 أيام من الهدوء.", coded_triggers))


def test_an_arrival_in_a_state_is_a_visit(coded_triggers):
    assert ("CONSULT", "وصل") in [e[:2] for e in _coded("ووصل وزير الخارجية الإيراني إلى دمشق.", coded_triggers)]
    assert ("CONSULT", "وصل") in [e[:2] for e in _coded("ووصل الوزير الهندي إلى البلاد مساء أمس.", coded_triggers)]
    assert ("CONSULT", "وصول") in [e[:2] for e in _coded("وتزامن ذلك مع وصول المبعوث الأممي إلى صنعاء.", coded_triggers)]


def test_an_arrival_at_a_site_or_a_count_is_none(coded_triggers):
    for text in ("ووصل المحافظ إلى موقع الانفجار.", "ووصل عدد القتلى إلى 40 شخصا.",
                 "ووصلت الطائرة إلى دمشق قادمة من بيروت.", "وأكدت الأمم المتحدة وصول 61 شاحنة إلى غزة.",
                 "ووصلت فرق الإنقاذ إلى بلدة جنديرس."):
        assert not any(t == "CONSULT" for t, _, _ in _coded(text, coded_triggers)), text


def test_an_act_prevented_is_none(coded_triggers):
    assert not any(t == "AID" for t, _, _ in _coded("وحاصرت القوات المستشفيات ومنعت إسعاف المصابين.", coded_triggers))
    assert not any(t == "AID" for t, _, _ in _coded("ومنعت القوات المواطنين من الاقتراب لإسعاف الجرحى.",
                                                    coded_triggers))
    assert not any(t == "ASSAULT" for t, _, _ in _coded("ونجحت الأجهزة في منع هجوم إرهابي.", coded_triggers))
    assert any(t == "AID" for t, _, _ in _coded("وقامت الفرق بإسعاف المصابين.", coded_triggers))   # done, not prevented
    assert any(t == "COERCE" for t, _, _ in _coded("ومنعت الشرطة المحتجين من الوصول، فاعتقلت عشرة منهم.",
                                                   coded_triggers))
