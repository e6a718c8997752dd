"""Session 18, third claims pass: relays in the styles new outlets write.  An outlet named after
a claim with no verb of its own ("…، على ذمة صحيفة X"، "…، حسب وكالة X") or after كما with a
relaying verb ("…، كما نقلت عنه صحيفة X") relays the claim before it; a fronted statement or
interview an agency carried ("وفي تصريح نقلته وكالة X، قال …") names that agency after the
speaker; "استنادا إلى" names a source as حسب does, and a law or an article it rests on names none."""

from __future__ import annotations

import pytest

import khabar
from tests.claims.reading import chains as _chains


def test_the_new_according_to_phrases_and_heads_load_normalised():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert ("استنادا", "الي") in cues["according"]["استنادا"]
    assert ("بالاستناد", "الي") in cues["according"]["بالاستناد"]
    assert "عمده" in cues["speaker_heads"]


@pytest.mark.parametrize("text, chains", [
    ("وأكد مصدر مطلع أن المفاوضات ستستأنف، على ذمة صحيفة الشرق الأوسط.", [["مصدر مطلع", "صحيفة الشرق الأوسط"]]),
    ("وقال الوزير إن المفاوضات ستستأنف، بحسب وكالة الأنباء الرسمية.", [["الوزير", "وكالة الأنباء الرسمية"]]),
    # no claim before: the outlet is the source of what it reports
    ("وقتل عشرون شخصا في القصف، حسب وكالة الأنباء الرسمية.", [["وكالة الأنباء الرسمية"]]),
    # people or a body after حسب are a second source, not a relay
    ("وقال الوزير إن المفاوضات ستستأنف، حسب مصادر طبية.", [["الوزير"], ["مصادر طبية"]]),
])
def test_an_outlet_named_after_the_claim_relays_it(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وقال قائد الشرطة إن التحقيقات جارية، كما نقلت عنه صحيفة النهار.", [["قائد الشرطة", "صحيفة النهار"]]),
    ("وقال قائد الشرطة إن التحقيقات جارية، كما ذكرت صحيفة النهار.", [["قائد الشرطة", "صحيفة النهار"]]),
    # a report of its own after كما
    ("وقال قائد الشرطة إن التحقيقات جارية، كما ذكرت الصحيفة أن الوزير استقال.", [["قائد الشرطة"], ["الصحيفة"]]),
    # a speaker, not an outlet, after كما قال
    ("وقال قائد الشرطة إن التحقيقات جارية، كما قال الوزير إن الأمن مستتب.", [["قائد الشرطة"], ["الوزير"]]),
    # nothing said before: the outlet is the source
    ("وقتل عشرون شخصا، كما نقلت صحيفة النهار.", [["صحيفة النهار"]]),
])
def test_an_outlet_after_kama_relays_what_was_said_before(text, chains):
    assert _chains(text) == chains


def test_a_fronted_statement_an_agency_carried_names_it_after_the_speaker():
    assert _chains("وفي تصريح نقلته وكالة الأنباء القطرية، قال وزير الدولة للشؤون الخارجية إن الوساطة مستمرة.") == \
        [["وزير الدولة للشؤون الخارجية", "وكالة الأنباء القطرية"]]
    assert _chains("وفي بيان نشرته وكالة الأنباء الرسمية، قال الجيش إن قواته استعادت البلدة.") == \
        [["الجيش", "وكالة الأنباء الرسمية"]]


@pytest.mark.parametrize("text", [
    "وفي كلمة بثها التلفزيون الرسمي، قال الرئيس إن البلاد بخير.",   # the channel rule: a platform
    "وفي بيان نشرته على موقعها، قالت الوزارة إن الأسعار ستنخفض.",   # its own site, no outlet
])
def test_a_fronted_statement_with_no_agency_relays_nothing(text):
    chains = _chains(text)
    assert len(chains) == 1 and len(chains[0]) == 1


@pytest.mark.parametrize("text, chains", [
    ("واستنادا إلى مصادر طبية، قتل ثلاثة أشخاص.", [["مصادر طبية"]]),
    ("وقتل ثلاثة أشخاص، استنادا إلى مصادر طبية في المدينة.", [["مصادر طبية"]]),
    ("واستنادا إلى المادة 12 من الدستور، أصدر الرئيس مرسوما بحل البرلمان.", []),
    ("واستنادا إلى توجيهات الرئيس، قررت الحكومة خفض الأسعار.", []),
])
def test_istinadan_ila_names_a_source_and_a_law_names_none(text, chains):
    assert _chains(text) == chains


def test_a_village_mayor_speaks():
    assert _chains("وأكد عمدة القرية أن المياه مقطوعة منذ أسبوع.") == [["عمدة القرية"]]


# -- the article's own outlet heard from more Latin spellings -------------------------------------

def test_the_new_latin_hearing_data_loads_with_its_schema():
    from khabar.claims.component import _letters

    letters = _letters()
    assert "agency" in letters["media_words"]
    assert {"للانباء", "الاخباريه"} <= letters["arabic_kind_words"]   # normalised
    assert set(letters["arabizi_digits"]) <= set("0123456789")
    assert letters["egyptian_g"] == letters["arabic"]["ج"]


@pytest.mark.parametrize("arabic, latin", [
    ('جريدة "العمق"', "Al3omk"),              # a digit for ع (Arabizi)
    ("الفجر", "El Fagr"),                     # Egyptian g for ج
    ("الجمهورية", "Al Gomhuria"),
    ("وكالة خبر للأنباء", "Khabar News Agency"),   # the kind of outlet said in both scripts
    ("سرايا", "Sarayanews"),                  # a media word glued to the name
])
def test_an_outlets_latin_name_is_heard_in_its_arabic_name(arabic, latin):
    from khabar.claims.component import _heard_as, _latin_variants

    assert any(_heard_as(arabic, keys) for keys in _latin_variants(latin))


@pytest.mark.parametrize("arabic, latin", [
    ("عربي 21", "Arabi 21"),         # (control: a number stays a number)
    ("الغد", "Al Ghad"),
])
def test_numbers_and_plain_names_are_heard_as_before(arabic, latin):
    from khabar.claims.component import _heard_as, _latin_variants

    assert any(_heard_as(arabic, keys) for keys in _latin_variants(latin))


@pytest.mark.parametrize("arabic, latin", [
    ("وكالة الأنباء الفرنسية", "Khabar News Agency"),
    ("الفجر", "Al Ghad"),
    ("صحيفة عربي", "Arabi21"),       # 21 is a number, not two letters
    ("سرايا", "Sarnews"),            # too little left before the glued word to tell
])
def test_other_outlets_are_not_heard_as_the_own(arabic, latin):
    from khabar.claims.component import _heard_as, _latin_variants

    assert not any(_heard_as(arabic, keys) for keys in _latin_variants(latin))


def test_the_own_outlet_told_is_dropped_from_the_chain():
    text = "وأفاد مصدر أمني لجريدة \"العمق\" بأن عناصر الأمن أوقفت تسعة أشخاص."
    record = khabar.read(text, published="2024-06-10", source={"outlet": "Al3omk"})
    assert [[s["text"] for s in c["sources"]] for c in record.claims] == [["مصدر أمني"]]
    other = khabar.read(text, published="2024-06-10", source={"outlet": "Hespress"})
    assert [len(c["sources"]) for c in other.claims] == [2]


# -- closing relays: the originator after عن past a quoted name, the act of speech after a fronted phrase

@pytest.mark.parametrize("text, chain", [
    ('وتوافدت حشود إلى المدينة، بحسب ما نقلت وكالة "رويترز" عن شيوخ عشائر في المحافظة.',
     ["شيوخ عشائر في المحافظة", "رويترز"]),
    ('وقتل 56 عنصرا، بحسب ما نقلت شبكة "السويداء 24" المحلية عن شهود في المنطقة.', ["شهود", 'شبكة "السويداء 24"']),
    ('وقتل خمسة، بحسب ما نقلت صحيفة "الأيام" عن مصدر طبي.', ["مصدر طبي", 'صحيفة "الأيام"']),
])
def test_the_originator_after_an_outlets_quoted_name(text, chain):
    assert _chains(text) == [chain]


def test_a_quoted_name_with_no_preposition_after_it_relays_no_one():
    assert _chains('وقتل خمسة، بحسب ما نقلت صحيفة "الأيام" المحلية.') == [['صحيفة "الأيام"']]


@pytest.mark.parametrize("text, chain", [
    ("وعلى الضفة الأخرى، أشاد رئيس الحكومة الإسبانية بيدرو سانشيز بتعاون السلطات المغربية، حسب ما نقلته وكالة الأنباء الإسبانية.",
     ["بيدرو سانشيز", "وكالة الأنباء الإسبانية"]),
    ("ونعى الرئيس المحافظ، وفق ما نقلته وكالة الأنباء اليمنية.", ["الرئيس", "وكالة الأنباء اليمنية"]),
    ('وتوعد قائد الجيش، خلال تشييع أحد الضباط، بأن "الدماء لن تذهب هدرا"، بحسب ما نقل التلفزيون القومي.',
     ["قائد الجيش", "التلفزيون القومي"]),
])
def test_an_act_of_speech_relayed_after_it_keeps_its_speaker(text, chain):
    assert _chains(text) == [chain]


def test_an_act_that_is_no_speech_relayed_after_a_fronted_phrase_stays_the_outlets():
    assert _chains("وفي صنعاء، قصفت الطائرات مواقع عسكرية، بحسب ما نقلت وكالة الأنباء.") == [["وكالة الأنباء"]]


def test_an_act_of_speech_before_another_clause_is_not_what_the_outlet_relays():
    text = "وأدانت وزارة الخارجية الهجوم، فيما اعتقلت الشرطة مستوطنين اثنين، حسبما ذكرت صحيفة هآرتس."
    assert _chains(text) == [["صحيفة هآرتس"]]


@pytest.mark.parametrize("text, chain", [
    ("وأفاد مدير خدمة آمين للإسعاف عبد القادر عبد الرحمن بأن من بين القتلى سائقا.", ["عبد القادر عبد الرحمن"]),
    ("وقال نائب المحافظ للشؤون الأمنية حسين رضائي إن الهجوم فشل.", ["حسين رضائي"]),
    ("وقال المدير العام للمنظمة إن الوضع خطير.", ["المدير العام للمنظمة"]),   # no name after the qualifier
])
def test_a_title_names_its_holder_past_a_qualifier_of_lam(text, chain):
    assert _chains(text) == [chain]
