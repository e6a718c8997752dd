"""Session 14 mechanisms of the claims stage, found by the precision battery
(tests/claims/data/claims_probes_s14.yaml): nouns the lexicon lemmatises to a verb of saying,
names after ل that are no outlet (a plan, a law, a council), كشف "uncovered" with a plain object,
an adjective with a verb's form ("هدوء حذر"), and broken plurals of bodies as speaker heads."""

from __future__ import annotations

import pytest

import khabar
from tests.claims.reading import chains as _chains


def test_the_new_lists_load_normalised_with_their_schema():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert {"خطه", "قانون", "مجلس", "كتاب"} <= cues["not_outlet_heads"]   # ة → ه, as words are matched
    assert not cues["not_outlet_heads"] & cues["outlet_heads"]
    assert cues["reports_with_an"] == {"كشف"} and cues["reports_with_an"] <= cues["needs_clause"]
    assert cues["adjective_forms"] == {"حذر"} and cues["adjective_forms"] <= set(cues["verbs"])
    assert {"لجان", "احزاب", "قوي"} <= cues["speaker_heads"]


@pytest.mark.parametrize("norm, lemma", [
    ("كتابه", "كتب"), ("وكتابها", "كتب"), ("عبور", "عبر"), ("تشديد", "شدد"), ("تذكير", "ذكر"),
    ("توقعات", "توقع"), ("سجلات", "سجل"), ("مشار", "اشار"), ("متوقع", "توقع"), ("مصرح", "صرح"),
])
def test_a_noun_shaped_word_is_no_verb_of_its_lexicon_lemma(norm, lemma):
    from khabar.claims.attribute import _lexicon_noun, _verb_of

    assert _lexicon_noun(norm, lemma)
    assert _verb_of(norm, lemma) is None


@pytest.mark.parametrize("norm, lemma", [
    ("قالت", "قال"), ("واعتبرتها", "اعتبر"), ("يكتبون", "كتب"), ("وكتبوا", "كتب"), ("ودعت", "دعا"),
    ("تحدثت", "تحدث"), ("وتساءلت", "تساءل"), ("يري", "راي"), ("ووصفها", "وصف"), ("لفتت", "لفت"),
])
def test_a_verb_form_keeps_its_lexicon_lemma(norm, lemma):
    from khabar.claims.attribute import _lexicon_noun

    assert not _lexicon_noun(norm, lemma)


def test_a_book_named_after_the_verb_is_no_cue_of_its_own():
    chains = _chains("وقال الرئيس الأسبق في كتابه «أرض الأحلام» إن الحرب كان يمكن تجنبها.")
    assert len(chains) == 1 and chains[0][0].startswith("الرئيس الأسبق")


@pytest.mark.parametrize("told", ["لـ\"الخطة الخمسية\"", "لـ«مجلس الشورى»", "لمجلس الأمن"])
def test_a_plan_or_a_council_after_lam_relays_nothing(told):
    chains = _chains(f"وأشار الوزير {told} إلى أن التنفيذ بدأ فعلا.")
    assert len(chains) == 1 and len(chains[0]) == 1 and chains[0][0].startswith("الوزير")


@pytest.mark.parametrize("outlet", ["لـ«النهار»", "لـ\"المصري اليوم\"", "لصحيفة «الخبر»"])
def test_an_outlet_after_lam_still_relays(outlet):
    chains = _chains(f"وقال مصدر أمني {outlet} إن الجيش أوقف ثلاثة أشخاص.")
    assert len(chains) == 1 and len(chains[0]) == 2 and chains[0][0] == "مصدر أمني"


@pytest.mark.parametrize("text, found", [
    ("وكشفت الشرطة المغربية شبكة لتهريب المخدرات في مدينة الناظور.", False),
    ("وكشف وزير الصحة أن عدد الإصابات بلغ 300 إصابة.", True),
    ("وكشف وزير الصحة عن خطة لتطعيم مليون طفل.", True),
])
def test_kashafa_reports_with_a_clause_or_an(text, found):
    assert bool(_chains(text)) is found


@pytest.mark.parametrize("text, chains", [
    ("وساد هدوء حذر مدينة الفاشر صباح اليوم.", []),
    ("وقال وزير الدفاع إن قواته جاهزة، لكنه حذر من أن الوضع خطير.", [["وزير الدفاع"], ["وزير الدفاع"]]),
    ("والوزير حذر من أن الوضع خطير.", [["الوزير"]]),
])
def test_hadhar_after_an_indefinite_noun_is_an_adjective(text, chains):
    assert _chains(text) == chains


def test_a_broken_plural_of_bodies_heads_a_speaker():
    assert _chains("وقالت لجان المقاومة في الخرطوم، في بيان، إن القصف أدى إلى مقتل ستة مدنيين.") == \
        [["لجان المقاومة في الخرطوم"]]


@pytest.mark.parametrize("text, chain", [
    ("وتبنت حركة الشباب الهجوم في بيان بثته إذاعة الأندلس التابعة لها، زاعمة أن مقاتليها قتلوا عشرة جنود.",
     ["حركة الشباب"]),   # (its own radio is its platform, no relay: the channel rule of session 14)
    ("وتبنى تنظيم داعش الهجوم عبر وكالة أعماق التابعة له، وزعم أن مقاتليه قتلوا عشرة جنود.",
     ["تنظيم داعش", "وكالة أعماق"]),
    ("وأدان الرئيس الهجوم في تغريدة، مؤكدا أن الإرهاب لن ينتصر.", ["الرئيس"]),
])
def test_a_pronoun_cue_goes_on_through_the_outlet_its_clause_named(text, chain):
    chains = _chains(text)
    assert len(chains) == 1 and len(chains[0]) == len(chain)
    assert all(got.startswith(want) for got, want in zip(chains[0], chain))


@pytest.mark.parametrize("text, chains", [
    ("وبيّن وزير المالية الكويتي أن العجز سيتراجع العام المقبل.", [["وزير المالية الكويتي"]]),
    ("وبينت وزارة الصحة البحرينية أن جميع الحالات مستقرة.", [["وزارة الصحة البحرينية"]]),
    ("وبين الطرفين خلاف قديم حول ترسيم الحدود.", []),
    ("وكتب المهاجمون شعارات على الجدران، بينها «الموت للعرب».", []),
    ("وتبين أن المتهم غادر البلاد.", []),
    ("ويرى محللون أن الفرق بين الحكومة والمعارضة أن الأولى تملك المال.", [["محللون"]]),
])
def test_bayyana_reports_only_where_a_clause_opens(text, chains):
    assert _chains(text) == chains


def test_not_ruling_out_is_a_hedged_claim_and_other_negations_none():
    claims = khabar.read("ولم يستبعد وزير الخارجية العماني أن تستأنف المفاوضات قريبا.").claims
    assert [([s["text"] for s in c["sources"]], c["certainty"]) for c in claims] == \
        [(["وزير الخارجية العماني"], "hedged")]
    assert _chains("ولم يعلن الجيش أي تفاصيل عن العملية.") == []
    assert _chains("وسيستبعد الاتحاد الأفريقي أي دولة لا تلتزم بالقرار.") == []


@pytest.mark.parametrize("text, chain", [
    ("وبحسب تقرير «آفاق الاقتصاد العالمي» الصادر عن صندوق النقد الدولي، فإن النمو سيتباطأ.", ["صندوق النقد الدولي"]),
    ("وجاء في تقرير «أطفال تحت النار» الصادر عن منظمة إنقاذ الطفل أن ألف طفل قتلوا.", ["منظمة إنقاذ الطفل"]),
    ("وبلغت قيمة التداولات نحو 6 مليارات ريال، بحسب بيانات \"تداول\"، فيما أغلق المؤشر مرتفعا.", ["تداول"]),
])
def test_a_report_title_stands_between_the_report_and_its_issuer(text, chain):
    assert _chains(text) == [chain]


@pytest.mark.parametrize("text, relay", [
    ("وأبلغ مسؤول عسكري أمريكي شبكة «سي إن إن» بأن الضربة أصابت هدفها.", "شبكة «سي إن إن»"),
    ("وأخبر مصدر حكومي صحيفة القبس أن الميزانية جاهزة.", "صحيفة القبس"),
    ("وأبلغ الوزير رئيس الحكومة أن الميزانية جاهزة.", None),
])
def test_the_outlet_told_relays_by_its_head_noun(text, relay):
    chains = _chains(text)
    assert len(chains) == 1 and (chains[0][1:] == [relay] if relay else len(chains[0]) == 1)


@pytest.mark.parametrize("told, relay", [
    ("في تصريح لـ\"العين الإخبارية\"", "العين الإخبارية"), ("لـ«الشرق الأوسط»", "الشرق الأوسط"),
    ("في تصريحات لقناة «سكاي نيوز عربية»", "سكاي نيوز عربية"), ("للصحفيين", None),
])
def test_a_pronoun_speaker_is_relayed_by_the_outlet_told(told, relay):
    text = f"اتفاق للنقل\n\nووقع وزير النقل الإماراتي اتفاقا مع نظيره الأردني. وقال {told} إن الاتفاق يسهل حركة الشاحنات."
    chains = _chains(text)
    assert len(chains) == 1 and chains[0][0] == "وزير النقل الإماراتي"
    assert (len(chains[0]) == 2 and relay in chains[0][1]) if relay else len(chains[0]) == 1


def test_participles_of_revealing_and_praising_go_on_with_the_speaker():
    from khabar.claims.attribute import _cues

    assert {"كاشفا", "كاشفين", "مثمنه"} <= set(_cues()["participles"])
    assert _chains("ووصلت إلى المعبر شاحنة، محملة بالمساعدات الغذائية.") == []   # loaded (participle_objects)
    assert _chains("وأكد الوزير أن المستشفيات استقبلت الجرحى، كاشفا أن الوزارة تتواصل مع دول صديقة.") == \
        [["الوزير"], ["الوزير"]]


@pytest.mark.parametrize("words, comma", [
    (["الرئيس", "التنفيذي", "للهيئه", "،", "في"], 3),
    (["،", "في", "تصريح"], None),                 # no rest of a title: the comma right after the name
    (["الرئيس", "ان", "الحكومه", "،"], None),      # a clause opens before any comma
])
def test_the_rest_of_a_title_ends_at_a_comma(words, comma):
    from khabar.claims.attribute import _title_rest
    from khabar.entities.recognise import Word

    row = [Word(norm=w, start=k, end=k + 1, is_punct=w == "،") for k, w in enumerate(words)]
    assert _title_rest(row, 0) == comma


def test_a_statement_to_an_agency_after_a_title_the_mention_left_out_relays():
    chains = _chains("وأوضح الدكتور خالد السعدي المدير التنفيذي للمستشفى، في تصريح لوكالة الأنباء العمانية، "
                     "أن المستشفى جاهز.")
    assert len(chains) == 1 and chains[0][0].startswith("خالد السعدي") and chains[0][1:] == ["وكالة الأنباء العمانية"]
