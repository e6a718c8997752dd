"""Session 17's (round s20) figures pass: a people's broken plural counts people, a list item
joined across a construct genitive that ends definite, the injured told by their treatment in a
violent sentence, and the members of a dismantled cell as arrested.  Every sentence is written
for the test."""

import copy

import pytest

from khabar.figures import lexicon as lexicon_module
from khabar.figures.figures import _genitive_chain, _quoted_names
from khabar.figures.lexicon import Lexicon, _n, lexicon
from tests.figures.test_figures_s18 import brief


# -- the data and its loader ------------------------------------------------------------------

def test_the_new_lists_are_loaded_normalised():
    lex = lexicon()
    assert {_n("أتراك"), _n("ألمان"), _n("روس")} <= lex.nisba_broken
    assert lex.dismantled_to == "arrested" and lex.dismantled_of == frozenset({"other"})
    assert _n("تفكيك") in lex.dismantle_acts and _n("وفككت") in lex.dismantle_acts
    assert _n("الخلية") in lex.dismantled_bodies and _n("من") in lex.dismantle_joins
    assert lex.treated_category == "wounded"
    assert tuple(_n("يتلقون العلاج").split()) in lex.treatment_phrases


@pytest.mark.parametrize("link,key,value", [("dismantled", "to", "jailed"), ("treatment", "category", "hurt"),
                                            ("critical_state", "to", "grave")])
def test_an_unknown_category_in_a_new_link_is_refused(link, key, value, monkeypatch):
    original = lexicon_module.load

    def load(name):
        data = original(name)
        if name == "categories":
            data = copy.deepcopy(data)
            data["links"][link][key] = value
        return data

    monkeypatch.setattr(lexicon_module, "load", load)
    with pytest.raises(ValueError):
        Lexicon()


# -- a people's broken plural (units.yaml nisba.broken_plurals) -------------------------------

@pytest.mark.parametrize("text,expected", [
    ("قتل 12 شخصا بينهم خمسة أكراد في قصف على قرية.", ("خمسة أكراد", 5, "killed")),
    ("وأصيب 20 عاملا، بينهم سبعة هنود، في حريق بمصنع.", ("سبعة هنود", 7, "wounded")),
    ("واعتقلت الشرطة 9 أشخاص بينهم أربعة مغاربة.", ("أربعة مغاربة", 4, "arrested")),
    ("وأفرجت السلطات عن 15 سجينا بينهم ثلاثة ألمان.", ("ثلاثة ألمان", 3, "released")),
])
def test_a_peoples_broken_plural_takes_the_toll(text, expected):
    assert expected in brief(text)


def test_a_broken_plural_of_things_stays_out():
    assert brief("وصادرت الجمارك 30 شحنة بينها ثلاثة أطنان من الدقيق.")[0][2] == "other"


# -- a construct genitive that ends definite (figures._genitive_chain) ------------------------

@pytest.mark.parametrize("words,chain", [
    (["كتائب", "القسام"], True),
    (["الفرقة", "الرابعة"], True),
    (["سرايا", "القدس"], True),
    (["في", "الرقة"], False),  # a place, no genitive
    (["كتائب", "حماس"], False),  # no definite end: a bare name
    ([], False),
])
def test_a_genitive_chain_ends_definite_and_holds_no_particle(words, chain):
    forms = ["قادة"] + [_n(w) for w in words]
    assert _genitive_chain(forms, lexicon(), 1, len(forms)) is chain


def test_a_list_item_after_a_partitive_with_a_named_body_is_of_the_toll():
    found = brief("وأصيب 14 شخصا، بينهم اثنان من عناصر قوات الأمن وطفلان.")
    assert ("اثنان من عناصر", 2, "wounded") in found
    assert [f for f in found if f[0] == "طفلان"] == [("طفلان", 2, "wounded")]


# -- the injured told by their treatment (categories.yaml links.treatment) -------------------

def test_treatment_after_an_attack_counts_the_injured():
    assert brief("وقال المسعفون إن 18 شخصا يتلقون العلاج بعد انفجار السيارة المفخخة.") == [
        ("18 شخصا", 18, "wounded")]


def test_treatment_with_no_violent_cause_counts_no_casualty():
    assert brief("وأوضح المستشفى أن 18 شخصا يتلقون العلاج من الجفاف.") == [("18 شخصا", 18, "other")]


def test_the_injured_by_their_own_noun_stay_injured_in_treatment():
    assert brief("وأعلنت الوزارة أن 30 مصابا يتلقون العلاج في مستشفيات العاصمة.") == [("30 مصابا", 30, "wounded")]


# -- the members of a dismantled cell (categories.yaml links.dismantled) ----------------------

@pytest.mark.parametrize("text,expected", [
    ("وأعلنت المديرية تفكيك شبكة لتهريب البشر تتكون من 6 أفراد.", ("6 أفراد", 6, "arrested")),
    ("فككت الشرطة القضائية عصابة من أربعة أشخاص.", ("أربعة أشخاص", 4, "arrested")),
])
def test_a_dismantled_cells_members_are_arrested(text, expected):
    assert brief(text) == [expected]


@pytest.mark.parametrize("text", [
    "وتتكون الشبكة من 6 أفراد بحسب التحقيق.",  # no dismantling
    "وأعلنت المديرية تفكيك شبكة لتهريب البشر، فيما أنقذت 6 أشخاص من الغرق.",  # no join before
])
def test_no_dismantling_no_arrest(text):
    assert all(f[2] != "arrested" for f in brief(text))


# -- a short name in straight quotes (figures._quoted_names) ----------------------------------

def _quotes(text):
    from khabar.figures.numbers import Words

    words = Words(text, 0, len(text))
    return [words.forms[i] for i in sorted(_quoted_names(words))], words


def test_a_short_name_in_quotes_is_no_clause_break():
    names, _ = _quotes('اغتال مسلحون من "الشباب المسلم" قائد الأمن')
    assert names == ['"', '"']


@pytest.mark.parametrize("text", [
    'وقال: "إن الوضع تحت السيطرة الكاملة الآن" ثم غادر',  # a quote of speech: more words
    'وقال: "قتلنا 5" ثم غادر',  # a number inside
    'وقال: "نعم، سنرد" ثم غادر',  # punctuation inside
])
def test_a_quote_of_speech_still_ends_a_clause(text):
    assert _quotes(text)[0] == []


def test_a_quoted_name_lets_a_killing_reach_the_joined_count():
    assert brief('قتل مسلحون من "جماعة أنصار الدين" زعيم الفصيل و5 من عناصره.') == [
        ("5 من عناصره", 5, "killed")]


# -- a toll's noun before و (figures._listed_before) ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("قتيلان و14 إصابة في تصادم حافلتين على الطريق الصحراوي", ("14 إصابة", 14, "wounded")),
    ("جريح و3 قتلى في اشتباك مسلح بالقرية", ("3 قتلى", 3, "killed")),
])
def test_a_toll_noun_before_and_is_no_cue_of_the_next_count(text, expected):
    assert expected in brief(text)


def test_an_event_noun_right_before_the_count_still_governs_it():
    assert ("3 متظاهرين", 3, "wounded") in brief("وانتهت المواجهات بمقتل شرطي وإصابة 3 متظاهرين.")


# -- the state of some of the injured (categories.yaml links.critical_state) ------------------

def test_the_count_of_a_critical_state_is_of_the_injured():
    assert ("6 منهم", 6, "wounded") in brief("ونقل المصابون إلى المستشفى الجامعي، وحالة 6 منهم حرجة.")


def test_a_state_with_no_grave_adjective_is_no_toll():
    assert brief("وتابعت الوزارة حالة 6 أطفال في المدرسة.") == [("6 أطفال", 6, "other")]
