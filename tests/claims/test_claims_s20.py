"""Session 17's two claims decisions (docs/gold-format.md, "Decided in session 17"): claiming responsibility
is no claim, and announcing an act the announcer performs is no claim ("أعلنت البلدية إغلاق 15 بناية");
"أعلن أن …" and an announced fact that is no act of the announcer ("أعلنت الوزارة مقتل 5 جنود") stay claims."""

from __future__ import annotations

import pytest

import khabar
from khabar.claims import acts
from tests.claims.reading import chains as _chains


def test_the_data_file_loads_normalised_without_the_article():
    lists = acts.announced_acts()
    assert {"اغلاق", "اطلاق", "قبض", "افراج"} <= lists.acts   # (written الإفراج، القبض in the file)
    assert "مسؤوليه" in lists.responsibility
    assert not {"مقتل", "اصابه", "وفاه", "ارتفاع"} & lists.acts   # what befalls others is reported, not done


@pytest.mark.parametrize("raw", [
    {"acts": ["إغلاق"], "responsibility": [], "lead_ins": []},                        # a key missing
    {"acts": "إغلاق", "responsibility": [], "lead_ins": [], "adverbs": []},           # not a list
    {"acts": [""], "responsibility": [], "lead_ins": [], "adverbs": []},             # an empty word
    {"acts": [], "responsibility": [], "lead_ins": [], "adverbs": [], "extra": []},   # an unknown key
])
def test_the_schema_refuses_malformed_data(raw):
    with pytest.raises(ValueError):
        acts.parse(raw)


@pytest.mark.parametrize("word, expected", [
    ("الاغلاق", True), ("اغلاقا", True), ("انسحابه", True), ("مسؤوليتها", True), ("مسؤوليت", True),
    ("مقتل", False), ("اتجاه", False), ("الحكومه", False),
])
def test_an_act_noun_is_read_with_its_article_accusative_or_pronoun(word, expected):
    assert acts.act_noun(word) is expected


def _announces(sentence: str, names: tuple[str, ...] = ()) -> bool:
    norms = sentence.split()
    return acts.announces_act(norms, 0, lambda n: not n.isalnum() or n in ("ان", "الذي"),
                              lambda k: norms[k] in names)


@pytest.mark.parametrize("sentence, names, expected", [
    ("اعلنت البلديه اغلاق 15 بنايه", (), True),
    ("اعلن اغلاق المعبر", (), True),                                    # a pronoun subject
    ("اعلنت الوزاره عن اطلاق حمله", (), True),                          # after the lead-in عن
    ("اعلن الوزير امس اطلاق حمله", (), True),                           # after an adverb of time
    ("اعلن ماكرون اطلاق مبادره", ("ماكرون",), True),                    # after a name
    ("اعلن جهاز مكافحه الارهاب مقتل 5", (), False),                     # a genitive of the subject
    ("اعلنت الوزاره ان اغلاق المعبر تقرر", (), False),                 # a clause
    ("اعلنت الوزاره مقتل 5 جنود و اغلاق المعبر", (), False),           # a fact first, the act joined later
    ("اعلن رفض ه اغلاق المعبر", (), False),                             # the speaker's stance
    ('اعلنت الحركه تاجيل التسليم " الي حين التزام الاحتلال "', (), False),   # her words quoted
    ('اعلن اطلاق صندوق " التيرا "', (), True),                            # a quoted name
    ("اعلنت الوزاره ، في بيان ، اعتقال 5", (), True),                   # past an aside set off by commas
    ("اعلن التنظيم ، في بيان نشرته وكاله اعماق ، مسؤوليت ه", (), True),
    ("اعلن الجيش ، في بيان ، ان قوات ه اغلقت المعبر", (), False),      # the clause after the aside
    ("اعلنت الوزاره ، وقال الوزير اغلاق", (), False),                   # a comma that opens no aside stops
])
def test_the_object_of_the_verb_decides(sentence, names, expected):
    assert _announces(sentence, names) is expected


@pytest.mark.parametrize("words, expected", [
    (["،", "وفق", "ما", "نقلته"], True), (["،", "بحسب"], True),
    (["،", "في", "بيان", "نشرته"], False),   # a statement's carrier before the object: no report of it
])
def test_an_outlet_reports_an_announcement_after_an_according_to_word(words, expected):
    assert acts.relayed_by_report(words) is expected


@pytest.mark.parametrize("text, chains", [
    ("وأعلنت البلدية إغلاق 15 بناية آيلة للسقوط.", []),
    ("وأعلن الجيش الروسي اعتقال 11 شخصا، وفق ما نقلت وكالة تاس.", [["الجيش الروسي", "وكالة تاس"]]),
    ("وأعلن تنظيم داعش، في بيان نشرته وكالة أعماق التابعة له، مسؤوليته عن الهجوم.", []),
    ("وأعلن الرئيس في 12 يونيو إطلاق حملة وطنية للتشجير.", []),   # a time closes what stands before the object
    ("وأعلن تنظيم داعش مسؤوليته عن الهجوم، مؤكدا أن مقاتليه استهدفوا دورية للجيش.", [["تنظيم داعش"]]),
    ("وأعلنت حركة الشباب مسؤوليتها عن التفجير في بيان قالت فيه إن عناصرها قتلوا 20 جنديا.", [["حركة الشباب"]]),
    ("وأعلنت الوزارة مقتل 5 جنود في الهجوم.", [["الوزارة"]]),
    ("وأعلن الجيش أن قواته أغلقت المعبر.", [["الجيش"]]),
])
def test_claims_follow_the_two_decisions(text, chains):
    assert _chains(text) == chains
