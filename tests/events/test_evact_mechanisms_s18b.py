"""Session 18 second wave's argument mechanism: a threat or a refusal a named person vows for his own
state, in the future or after لن, is the speaker's act (arguments.yaml spoken_for_types); a stance in
the present, another state's act, a body's or an unnamed source's words stay the state's.  Whoever
announces a toll is not the actor of the act the toll counts (arguments.yaml toll_heads).  An outlet
in quotation marks after لـ is governed by the preposition, no subject."""

import pytest

from tests.events.test_evact_mechanisms_s16b import _words, coded


@pytest.mark.parametrize("text, verb, vowed", [
    ("إن مصر لن تسمح بذلك", "تسمح", True),
    ("إن مدريد سترد بحزم", "ترد", True),
    ("إن واشنطن «لن تتسامح»", "تتسامح", True),         # across the quotation mark
    ("إن طهران تحتفظ بحق الرد", "تحتفظ", False),
    ("إن الصين ترفض العقوبات", "ترفض", False),
])
def test_vowed(text, verb, vowed):
    from khabar.events.code import _vowed

    words = _words(text)
    i = next(k for k, w in enumerate(words) if w.norm == verb)
    assert _vowed(words, i) is vowed


def test_spoken_for_types_loaded():
    from khabar.events import code

    assert {"THREATEN", "REJECT"} == code.arguments()["spoken_for_types"]


@pytest.mark.parametrize("text, kind, actor, not_actor", [
    # the speaker vows for his own state
    ("وقال الرئيس عبد الفتاح السيسي إن مصر لن تسمح بتهجير الفلسطينيين.", "REJECT", "Abdel Fattah el-Sisi", "Egypt"),
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو سترد على أي خطوة عدائية.", "THREATEN", "Sergey Lavrov",
     "Russian Federation"),
    # another state's man: the state he speaks of acts
    ("وقال الرئيس الأمريكي جو بايدن إن إيران لن تسمح للمفتشين بدخول المنشآت.", "REJECT", "Iran", "Joe Biden"),
    # a body or an unnamed source speaks: the state stays
    ("وقالت وزارة الخارجية المصرية إن مصر لن تسمح بالمساس بأمنها.", "REJECT", "Egypt", None),
    ("وقال مصدر دبلوماسي إن مصر لن تسمح بتهجير سكان غزة.", "REJECT", "Egypt", None),
    # a stance in the present stays the state's
    ("وقال وزير الخارجية الكويتي إن الكويت تحتفظ بحق الرد على أي اعتداء.", "THREATEN", "Kuwait", None),
])
def test_speaker_of_a_vow(text, kind, actor, not_actor):
    found = [actors for t, actors in coded(text) if t == kind]
    assert any(actor in actors for actors in found), found
    if not_actor:
        assert not any(not_actor in actors for actors in found), found


def test_toll_heads_loaded():
    from khabar.events.code import arguments

    heads = arguments()["toll_heads"]
    assert {"حصيله", "قتلي"} <= heads and "عدد" not in heads   # normalised as _bare reads a word


@pytest.mark.parametrize("text, kind, announcer, actor", [
    ("وأعلنت وزارة الداخلية حصيلة ضحايا الهجوم على الكنيسة.", "ASSAULT", "وزارة الداخلية", None),
    ("وأعلنت وزارة الصحة، اليوم الأحد، ارتفاع حصيلة القصف الإسرائيلي على غزة إلى 40 قتيلا.", "ASSAULT",
     "Ministry of Health (Palestine)", "Israel"),
    # no toll between: the verb's subject still acts the noun it governs
    ("وأعلن الجيش السوداني استعادة السيطرة على مدينة ود مدني.", "COERCE", None, "Sudanese Armed Forces"),
])
def test_toll_announcer_is_no_actor(text, kind, announcer, actor):
    found = [actors for t, actors in coded(text) if t == kind]
    if announcer:
        assert not any(announcer in actors for actors in found), found
    if actor:
        assert any(actor in actors for actors in found), found


@pytest.mark.parametrize("text, name, governed", [
    ('وأفاد شهود عيان لـ"الحياة الجديدة" بأن', "الحياه", True),
    ("وقال لـ«الشرق الأوسط» إن", "الشرق", True),
    ("وقال للجزيرة إن", "الجزيره", True),
    ('وقالت "حماس" إن', "حماس", False),          # a quoted name with no preposition is a subject
])
def test_preposition_before(text, name, governed):
    from khabar.events.code import _preposition_before

    words = _words(text)
    k = next(k for k, w in enumerate(words) if w.norm == name)
    assert _preposition_before(words, k) is governed
