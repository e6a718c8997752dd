"""Round-14 recognition mechanisms: a name ends where an office starts, a body among a
title's qualifiers ends at the holder's name, a name no list knows is read between a title
and what was said, a title that ends on a place's head word keeps the place, and residents
and trades are located by a place after في."""

import pytest

import khabar


def _mentions(text: str) -> set[tuple[str, str]]:
    found = khabar.read(text, published="2024-06-10").entities
    return {(e["type"], m["text"]) for e in found for m in e["mentions"]}


@pytest.mark.parametrize("text, name, office", [
    ("وقال العقيد سامي الحمدان قائد اللواء الثالث إن الهجوم صد.", "سامي الحمدان", "قائد"),
    ("وقال المهندس عادل الشريف وكيل وزارة النقل إن الجسر سيفتتح.", "عادل الشريف", "وكيل"),
    ("وقال المقدم حسن بن عمر المتحدث باسم الحرس الوطني إن الدورية تعرضت لكمين.", "حسن بن عمر", "المتحدث"),
])
def test_a_name_after_a_title_ends_where_the_next_office_starts(text, name, office):
    got = _mentions(text)
    assert ("PER", name) in got
    assert not any(kind == "PER" and office in surface for kind, surface in got), got


def test_a_one_word_definite_title_that_is_also_a_family_name_stays_in_the_name():
    """"الشيخ" after a given name is the family's name, not an office (only indefinite title
    words and titles of two words or more end a name)."""
    assert ("PER", "خالد الشيخ") in _mentions("وقال اللواء خالد الشيخ إن الهجوم صد.")


def test_a_body_among_the_qualifiers_ends_at_the_holders_name():
    got = _mentions("وقال رئيس هيئة الانتخابات فاروق بوعسكر إن النتائج ستعلن غدا.")
    assert {("ORG", "هيئة الانتخابات"), ("PER", "فاروق بوعسكر")} <= got
    assert not any("فاروق" in surface for kind, surface in got if kind == "ORG")


@pytest.mark.parametrize("text, name", [
    ("وقال الوزير اللبناني السابق وئام وهاب إن الحرب قادمة.", "وئام وهاب"),
    ("وقال مدير منظمة اليونيسف أديل خضر إن الأطفال يعانون.", "أديل خضر"),
    ("وقالت رئيسة المفوضية هندرين محمد، في مؤتمر صحفي، إن المشاركة بلغت 72 بالمئة.", "هندرين محمد"),
])
def test_a_name_no_list_knows_is_read_between_a_title_and_what_was_said(text, name):
    assert ("PER", name) in _mentions(text)


@pytest.mark.parametrize("text, words", [
    ("وقال الوزير في تصريح صحفي إن الحرب قادمة.", "تصريح صحفي"),              # a preposition passed over
    ("وقال رئيس الحكومة الجديد كذلك إن الإصلاحات ستبدأ.", "كذلك"),           # an adverb
    ("وقال رئيس الوزراء العراقي مساء أمس إن بغداد لن تسمح بذلك.", "مساء"),    # a frequent word
    ("ويترأس البابا قداسا يحضره نحو 135 ألف مصل.", "ألف مصل"),               # a number
    ("وتفقد رئيس الوزراء، يرافقه وزير النقل، موقع الحادث.", "موقع الحادث"),     # punctuation
])
def test_no_framed_name_where_the_words_are_no_name(text, words):
    got = _mentions(text)
    assert not any(kind == "PER" and words in surface for kind, surface in got), got


def test_a_title_that_ends_on_a_place_head_keeps_the_place():
    got = _mentions("وقال عامل إقليم الحوز عبد الرحيم الخياطي إن فرق الإنقاذ وصلت.")
    assert {("GPE", "إقليم الحوز"), ("PER", "عبد الرحيم الخياطي")} <= got
    assert not any("عامل" in surface for _, surface in _mentions("ويعمل عامل البناء في ظروف صعبة داخل الإقليم."))


@pytest.mark.parametrize("text, group, place", [
    ("وقال سكان في حي الشجاعية إن القصف لم يتوقف.", "سكان في حي الشجاعية", ("LOC", "حي الشجاعية")),
    ("وقال أهالي في بلدة عرسال إن النيران التهمت الخيام.", "أهالي في بلدة عرسال", ("GPE", "عرسال")),
    ("وقال مزارعون في سهل البقاع إن الجفاف أتلف المحاصيل.", "مزارعون في سهل البقاع", ("LOC", "سهل البقاع")),
])
def test_residents_and_trades_are_located_by_a_place_after_fi(text, group, place):
    got = _mentions(text)
    assert ("GROUP", group) in got and place in got


def test_a_place_after_fi_does_not_make_a_group_of_officials_or_a_bare_population():
    """Officials need their body ("مسؤولون في سهل البقاع" locates no party); residents before
    no place ("سكان في ظروف صعبة") are no group."""
    assert not any(kind == "GROUP" for kind, _ in _mentions("ويعيش سكان في ظروف صعبة."))
    assert not any(kind == "GROUP" for kind, _ in _mentions("وقال مسؤولون في سهل البقاع إن الجفاف شديد."))


def test_round_14_lexicons_load():
    from khabar.entities.recognise import _patterns
    from khabar.text.normalise import normalise_word as n

    p = _patterns()
    assert {n(w) for w in ["سكان", "أهالي", "مزارعون", "صيادون", "تجار"]} <= p["placed_group_heads"]
    assert not {n(w) for w in ["مسؤولون", "مصادر", "محللون"]} & p["placed_group_heads"]
    assert {n(w) for w in ["قيادي", "عنصر", "أعضاء", "سياسيون"]} <= p["group_heads"]
    assert n("رابطة") in p["org_heads"] and n("تنسيقية") in p["org_idafa_heads"]
    assert (n("عامل"), n("إقليم")) in [title for title, _ in p["titles"][n("عامل")]]


_ARTICLE = ("الشرطة تحقق في حادث سير مروع على الطريق الصحراوي\n{}\n10 يونيو 2024\n\n"
            "وقال المتحدث باسم الشرطة إن التحقيقات مستمرة في الحادث الذي وقع مساء أمس.\n")


@pytest.mark.parametrize("byline, outlet", [
    ("عمان - الدستور", "الدستور"), ("تونس (الشروق)", "الشروق"), ("كود - الحسيمة //", "كود"),
    ("عدن الغد / خاص", "عدن الغد"), ("بغداد / الموصل - المدى", "المدى"),
])
def test_the_byline_names_the_outlet_beside_its_places_and_desk(byline, outlet):
    assert ("ORG", outlet) in _mentions(_ARTICLE.format(byline))


@pytest.mark.parametrize("byline", ["رام الله - محمد أحمد", "غزة - وكالات", "بيروت - خاص", "كتب - سامي يوسف"])
def test_a_byline_of_a_reporter_or_a_desk_names_no_outlet(byline):
    got = _mentions(_ARTICLE.format(byline))
    line_orgs = [surface for kind, surface in got if kind == "ORG" and surface in byline]
    assert not line_orgs, got


def test_the_byline_outlet_is_read_only_in_the_byline():
    """The same "place - word" shape in a sentence of the body is no byline."""
    got = _mentions("وقال المتحدث إن الطريق بين عمان - الزرقاء مغلق.")
    assert not any(kind == "ORG" for kind, _ in got), got


def test_an_outlet_told_in_quotes_needs_a_verb_or_noun_of_telling_before_it():
    assert ("ORG", "الراي") in _mentions("وقال مصدر أمني لـ«الراي» إن الانتحاري لم يكن مدرجا.")
    assert not any(kind == "ORG" for kind, _ in _mentions("ودعا الحزب لـ\"المقاومة الشاملة\" ضد الاحتلال."))
    # a sentence's end between the verb and the quote: "... قال. لـ«…»" is no telling
    assert not any(kind == "ORG" for kind, _ in _mentions("وهذا ما قال. لـ«المستقبل» حساباته."))


def test_byline_lexicons_load():
    from khabar.entities.recognise import _patterns
    from khabar.text.normalise import normalise_word as n

    p = _patterns()
    assert {n("خاص"), n("وكالات")} <= p["byline_desks"]
    assert {n("قال"), n("تصريح")} <= p["telling_words"] and n("دعا") not in p["telling_words"]


@pytest.mark.parametrize("text, name", [
    ("وقال المحامي خالد علي إن النيابة أفرجت عن موكله.", "خالد علي"),
    ("وقال المهندس محمد علي العروي إن الأعمال متواصلة.", "محمد علي العروي"),
])
def test_ali_written_with_its_ya_stays_in_a_name(text, name):
    assert ("PER", name) in _mentions(text)


def test_ali_before_a_common_definite_word_is_the_preposition():
    """"حصل محمد علي الجائزة": some outlets write على with a ya; before a common word it is
    the preposition, and the name does not run over it."""
    got = _mentions("وحصل اللاعب محمد علي الجائزة الكبرى.")
    assert not any("الجائزة" in surface for _, surface in got), got
