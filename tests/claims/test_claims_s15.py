"""Session 15 mechanisms of the claims stage, found by the precision battery
(tests/claims/data/claims_probes_s15.yaml): a quote that closes the sentence right after a verb is
what was said, not who said it; sayings and texts (a proverb, a banner, a slogan) speak no claim;
a quoted body goes on to its occasion ("«حماس» في بيان"); an interview with the speaker's pronoun
relays ("في حديثه لـ…"); a relaying verb with no named subject names its originator after عن; a
noun after a preposition is no subject before a verb; a construct's definite object is no part of
the speaker; أنكر, ظن report (denied, believed); and the article's own outlet is known by its
Latin name in any of the knowledge base's entries of that name, and without the kind of outlet it is
("218 News" is "218 TV")."""

from __future__ import annotations

import pytest

import khabar
from tests.claims.reading import chains as _chains


def test_the_new_lists_load_normalised():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert {"مثل", "لافته", "شعار"} <= cues["saying_heads"]   # ة → ه, as words are matched
    assert "بيت" not in cues["saying_heads"]                    # البيت الأبيض speaks
    assert not cues["saying_heads"] & cues["speaker_heads"]
    assert {"في", "الي", "علي", "لدي"} <= cues["prepositions_before_no_subject"]   # normalised as words are
    assert not {"ل", "ب"} & cues["prepositions_before_no_subject"]
    assert cues["verbs"]["انكر"] == "denied" and cues["verbs"]["ظن"] == "believed"
    assert {"انكر", "ظن"} <= cues["needs_clause"]
    assert "ظنا" in cues["other_verb_forms"]


@pytest.mark.parametrize("text, chains", [
    ("ورفع أنصار النادي لافتة ضخمة تقول «نحن معك حتى النهاية».", []),
    ("وقال المدرب إن الفريق جاهز. ورفع أنصار النادي لافتة ضخمة تقول «نحن معك حتى النهاية».", [["المدرب"]]),
    ("وقالت «حماس»: «لن نقبل بأي اتفاق لا يضمن وقف الحرب».", [["حماس"]]),
    ("وتقول «يونيسيف» إن مليون طفل بحاجة إلى مساعدة.", [["يونيسيف"]]),
])
def test_a_quote_that_closes_the_sentence_is_what_was_said(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وكما يقول المثل الشعبي: «الجار قبل الدار»، تضامن السكان مع جيرانهم.", []),
    ("وقال الوزير إن الوضع صعب، وكما يقول المثل: «الصبر مفتاح الفرج».", [["الوزير"]]),
    ("وقال الوزير إن الوضع صعب. ورفع المحتجون شعارات تقول إن الحكومة فاسدة.", [["الوزير"]]),
    ("وقال البيت الأبيض إن الرئيس سيزور المنطقة.", [["البيت الأبيض"]]),
])
def test_a_saying_or_a_banner_speaks_no_claim(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, source", [
    ("وقالت «حماس» في بيان إن الاحتلال يتحمل المسؤولية.", "حماس"),
    ("وأكدت «الأونروا» في تصريح أن المخزون نفد.", "الأونروا"),
])
def test_a_quoted_body_goes_on_to_its_occasion(text, source):
    assert _chains(text) == [[source]]


@pytest.mark.parametrize("norm, found", [
    ("حديث", True), ("حديثه", True), ("حديثها", True), ("تصريحاتهم", True), ("مقابلته", True),
    ("حادث", False), ("بيانه", False),
])
def test_an_interview_noun_may_carry_the_speakers_pronoun(norm, found):
    from khabar.claims.attribute import _interview_noun

    assert _interview_noun(norm) is found


def test_his_interview_with_an_outlet_relays_a_pronoun_speaker():
    text = ("وقال الخبير العسكري فايز الدويري إن المعركة طويلة. "
            "وأضاف في حديثه لـ«عربي 21» أن المقاومة ما زالت تملك المبادرة.")
    assert _chains(text) == [["فايز الدويري"], ["فايز الدويري", "عربي 21"]]


@pytest.mark.parametrize("text, chains", [
    ("وذكرت صحيفة «هآرتس» أن الجيش يستعد للهجوم. ونقلت عن مصادر عسكرية أن العملية ستبدأ قريبا.",
     [["هآرتس"], ["مصادر عسكرية", "هآرتس"]]),
    ("وقال المتحدث إن الوضع هادئ. ونقل عن وزير النفط العراقي قوله إن الصادرات ستزيد.",
     [["المتحدث"], ["وزير النفط العراقي"]]),
    ("ونقل عن وزير النفط العراقي قوله إن الصادرات ستزيد الشهر المقبل.", [["وزير النفط العراقي"]]),
])
def test_a_relaying_verb_with_no_named_subject_names_its_originator(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("ونفذت القوات الأمريكية غارة في سوريا قالت إنها استهدفت قياديا في تنظيم داعش.", []),
    ("وكانت القيادة العامة لقوات سوريا الديمقراطية قد أعلنت أن السجن تحت السيطرة.", [["قوات سوريا الديمقراطية"]]),
    ("ومسؤول في وزارة الخارجية قال إن الوفد سيصل غدا.", [["مسؤول في وزارة الخارجية"]]),
    ("وإسرائيل قالت إن الهجوم فشل.", [["إسرائيل"]]),
])
def test_a_noun_after_a_preposition_is_no_subject_before_a_verb(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, source", [
    ("وانتقد وزير الداخلية القرار، مؤكدا أنه يضر بالأمن.", "وزير الداخلية"),
    ("وقال رئيس الوزراء الإسرائيلي إن الحرب مستمرة.", "رئيس الوزراء الإسرائيلي"),
    ("وقال مدير الأمن العام إن التحقيقات مستمرة.", "مدير الأمن العام"),
    ("وقالت وكالة الأنباء التابعة للجبهة إن القتال بدأ.", "وكالة الأنباء التابعة للجبهة"),
    ("وقال رئيس الحكومة الجديدة إن الأولوية للاقتصاد.", "رئيس الحكومة الجديدة"),
])
def test_a_construct_speaker_ends_before_a_definite_object(text, source):
    assert _chains(text)[-1] == [source]


@pytest.mark.parametrize("norm, adjective", [
    ("التابعه", True), ("الجديده", True), ("السابقه", True), ("العقوبه", False), ("الخطه", False),
])
def test_feminine_faail_and_fail_are_title_adjectives(norm, adjective):
    from khabar.claims.attribute import _title_adjective

    assert _title_adjective(norm) is adjective


@pytest.mark.parametrize("text, expected", [
    ("وأنكر المتهم أن يكون قد التقى الضحية ليلة الحادث.", [(["المتهم"], "denied")]),
    ("ويظن مراقبون أن الحكومة ستلجأ إلى الاقتراض.", [(["مراقبون"], "believed")]),
    ("وأنكر المتهم التهم الموجهة إليه.", []),
    ("ورشق مواطنون غاضبون الموكب بالحجارة، ظنا منهم أن المحافظ كان برفقته.", []),
])
def test_denying_and_thinking_report_with_their_clause(text, expected):
    claims = khabar.read(text, published="2024-06-10").claims
    assert [([s["text"] for s in c["sources"]], c["certainty"]) for c in claims] == expected


@pytest.mark.parametrize("name, variants", [
    ("218 News", {("218nws", "218ns"), ("218", "218")}),
    ("Sky News Arabia", {("skynwsrb", "sknsrb"), ("skyrb", "skrb")}),
    ("Al Rai", {("r", "r")}),
    ("News", {("nws", "ns")}),   # nothing left without the kind of outlet: the name as written
])
def test_an_outlets_latin_name_is_also_compared_without_the_kind_of_outlet(name, variants):
    from khabar.claims.component import _latin_variants

    assert _latin_variants(name) == variants


@pytest.mark.parametrize("text, outlet, chain", [
    ("وقال مصدر أمني لـ«الراي» إن الانتحاري لم يكن مدرجا.", "Al Rai", ["مصدر أمني"]),
    ("وقال مصدر أمني لـ«الراية» إن الانتحاري لم يكن مدرجا.", "Al Rai", ["مصدر أمني", "الراية"]),
    ("وقال مصدر في المؤسسة لقناة 218 إن الإنتاج تراجع.", "218 News", ["مصدر في المؤسسة"]),
    ("وقال مصدر في المؤسسة لقناة 218 إن الإنتاج تراجع.", "Libya Observer", ["مصدر في المؤسسة", "قناة 218"]),
    ("بيروت ـ (أ ف ب) ـ وقال مصدر في مجلس الرقة لـ«رأي اليوم» إن العودة لن تكون ممكنة.", "Rai Al Youm",
     ["مصدر في مجلس الرقة"]),
    ("وقال مصدر لقناة الجزيرة إن الوفد وصل.", "Sky News Arabia", ["مصدر", "قناة الجزيرة"]),
])
def test_the_articles_own_outlet_by_its_latin_name_is_no_relay(text, outlet, chain):
    claims = khabar.read(text, source={"outlet": outlet}).claims
    assert [[s["text"] for s in c["sources"]] for c in claims] == [chain]


@pytest.mark.parametrize("text, chain", [
    ("وكشف رئيس الحكومة الحبيب الصيد في تصريح إلى القناة الوطنية الأولى أن المهاجمين تونسيان.",
     ["الحبيب الصيد", "القناة الوطنية الأولى"]),
    ("وقال الوزير في حديث إلى «الشرق الأوسط» إن الخطة جاهزة.", ["الوزير", "الشرق الأوسط"]),
    ("وقال الرئيس في اتصال هاتفي إلى نظيره الفرنسي إن بلاده تدعم الحوار.", ["الرئيس"]),
    ("وقال الوزير في تصريح إلى الصحفيين إن الخطة جاهزة.", ["الوزير"]),
])
def test_an_interview_given_ila_an_outlet_relays(text, chain):
    assert _chains(text) == [chain]
