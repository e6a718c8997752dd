"""Session 17 mechanisms of the claims stage, found by the battery
(tests/claims/data/claims_probes_s17.yaml) and by causes the dev errors share across articles: a
cue right after "إنها/إنهم" is the same speaker's one claim also when the tokenizer splits the
pronoun off إن (ان + ها); شدد tightens what stands before its على (الحصار، الإجراءات); ب opens a
report of أفاد only as the preposition the tokenizer split off (not "برنامج"); a decision declared
in the indefinite accusative (حدادا عاما) is declared like الحداد; "، على أن" after a comma is a
stipulation, not what was said; writers, artists and journalists head speaker phrases."""

from __future__ import annotations

import pytest

import khabar
from tests.claims.reading import chains as _chains, claims_of as _claims


def test_the_new_lists_load_normalised():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert {"حصار", "اجراءات", "قيود", "رقابه"} <= cues["tightened_objects"]
    assert not cues["tightened_objects"] & {"ضروره", "اهميه", "حوار"}
    assert cues["comma_subordinators"] == {"علي"}
    assert {"حداد", "اجازه"} <= cues["declared_decisions"]
    assert {"كاتب", "كاتبه", "مخرجه", "شاعر"} <= cues["speaker_heads"]


@pytest.mark.parametrize("text, certainty", [
    ("وقالت الشرطة إنها ترجح أن يكون الحريق متعمدا.", "believed"),
    ("وأكدت الحكومة أنها تعتقد أن الحل قريب.", "believed"),
    ("وقالت الوزارة إنها تخشى أن يتفشى الوباء.", None),
    ("وقال المتحدث إنهم يرجحون أن يكون المهاجمون من خارج البلاد.", "believed"),
])
def test_a_cue_after_a_split_pronoun_complementizer_is_the_same_claim(text, certainty):
    claims = _claims(text)
    assert len(claims) == 1
    if certainty:
        assert claims[0]["certainty"] == certainty


def test_the_split_pronoun_opens_no_content():
    text = "وقالت الوزيرة إنها مستعدة للحوار."
    claim = _claims(text)[0]
    assert text[claim["content"]["start"]:claim["content"]["end"]] == "مستعدة للحوار."


def test_a_pronoun_after_another_word_is_no_complementizer():
    from khabar.claims.attribute import _after_pronoun_complementizer
    from khabar.entities.recognise import words_of
    from khabar.pipeline import run

    words = words_of(run("وقالت الشرطة إنها ترجح أن الحريق متعمد، وأكد مديرها أن التحقيق مستمر."))
    norms = [w.norm for w in words]
    assert _after_pronoun_complementizer(words, norms.index("ترجح"))
    assert not _after_pronoun_complementizer(words, norms.index("اكد"))


@pytest.mark.parametrize("text, chains", [
    ("وشددت قوات الدعم السريع الحصار على مدينة الفاشر.", []),
    ("وشددت السلطات الإجراءات الأمنية على مداخل العاصمة.", []),
    ("وشدد الجيش قبضته على المعابر الحدودية.", []),
    ("وشدد الوزير على ضرورة الحوار.", [["الوزير"]]),
    ("وشدد رئيس الحكومة على أن الإجراءات ستستمر.", [["رئيس الحكومة"]]),
])
def test_shaddada_tightens_what_stands_before_its_ala(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وأفاد آلاف الطلاب من برنامج المنح الذي أطلقته الوزارة.", []),
    ("وأفادت الأسر الفقيرة من الدعم النقدي بشكل كبير.", []),
    ("وأفاد المرصد بمقتل 15 عنصرا في القصف.", [["المرصد"]]),
    ("وأفادت مصادر محلية بوقوع انفجار في الميناء.", [["مصادر محلية"]]),
])
def test_afada_reports_with_the_preposition_bi_only(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("norm, bare", [
    ("حدادا", "حداد"), ("الحداد", "حداد"), ("اضرابا", "اضراب"), ("عطله", "عطله"), ("حظر", "حظر"),
])
def test_a_noun_without_article_or_accusative_alif(norm, bare):
    from khabar.claims.attribute import _indefinite_bare

    assert _indefinite_bare(norm) == bare


@pytest.mark.parametrize("text, chains", [
    ("وأعلنت الحكومة يوم غد الثلاثاء حدادا عاما في البلاد.", []),
    ("وأعلنت الحكومة يوم السبت إجازة رسمية للعاملين بالدولة.", []),
    ("وأعلنت النقابة إضرابا مفتوحا عن العمل.", []),
    ("وأعلنت الوزارة أن الإجازة ستمدد أسبوعا.", [["الوزارة"]]),   # with its clause a statement
])
def test_a_decision_declared_in_the_indefinite_is_no_claim(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وأعلن الرئيس الحداد العام لمدة خمسة أيام، وكلف نائبه بتولي المهام، على أن تجرى انتخابات خلال 50 يوما.", []),
    ("ووقع الطرفان الاتفاق، على أن يدخل حيز التنفيذ غدا.", []),
    ("وشدد الوزير على أن الحوار هو الحل.", [["الوزير"]]),
    ("وقال الوزير، على هامش المؤتمر، إن الحوار هو الحل.", [["الوزير"]]),
    # a verb that reports with على أن keeps it after an aside
    ("وشدد رئيس الحكومة، في كلمة أمام البرلمان، على أن الإصلاح ماض.", [["رئيس الحكومة"]]),
    ("وأكدت الوزارة، في بيان، على أن المدارس ستفتح.", [["الوزارة"]]),
])
def test_ala_anna_after_a_comma_is_a_stipulation(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وتساءل الكاتب: «إلى متى سيبقى الوضع على ما هو عليه؟».", [["الكاتب"]]),
    ("وقالت المخرجة السورية إن الفيلم يروي قصة حقيقية.", [["المخرجة السورية"]]),
    ("وكتب الشاعر قصيدة بعنوان «أمي» في ذكرى وفاة والدته.", []),   # a head speaks only through a cue
])
def test_writers_and_artists_head_speaker_phrases(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وقال رئيس الوزراء الإثيوبي آبي أحمد إن حكومته ملتزمة بالاتفاق.", [["آبي أحمد"]]),
    ("ورحب رئيس الوزراء الإثيوبي آبي أحمد بالاتفاق، مؤكدا في تغريدة أن حكومته ملتزمة بتنفيذه.", [["آبي أحمد"]]),
    ("وقال رئيس الوزراء الإثيوبي إن حكومته ملتزمة بالاتفاق.", [["رئيس الوزراء الإثيوبي"]]),   # no name after it
])
def test_a_title_linked_to_its_holder_gives_way_to_the_name_after_it(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وقال رئيس المحكمة القاضي أحمد الزين إن الجلسة أجلت.", [["أحمد الزين"]]),
    ("وقال رئيس الأركان الفريق أول ركن محمد الحسين إن القوات جاهزة.", [["محمد الحسين"]]),
    ("وقال الخبير العسكري العميد المتقاعد نضال أبو زيد إن المعركة طويلة.", [["نضال أبو زيد"]]),
    ("وقال القاضي إن الجلسة أجلت.", [["القاضي"]]),
])
def test_a_rank_after_a_construct_title_opens_the_name_of_its_holder(text, chains):
    assert _chains(text) == chains


def _chains_of(text: str, outlet: str) -> list[list[str]]:
    record = khabar.read("عنوان\n\n" + text + "\n", published="2024-06-10", source={"outlet": outlet})
    return [[s["text"] for s in c["sources"]] for c in record.claims]


@pytest.mark.parametrize("outlet, text, chains", [
    ("Erem News", "وقال مصدر دبلوماسي خليجي لـ\"إرم نيوز\" إن العواصم تتابع الوضع.", [["مصدر دبلوماسي"]]),
    ("Al Bawaba News", "وقال النائب لـ\"البوابة نيوز\" إن مئة نائب رفضوا الاتفاقية.", [["النائب"]]),
    ("Al Jazeera Net", "وقال الباحث لـ\"الجزيرة نت\" إن الهدنة انتهت.", [["الباحث"]]),
    # another outlet's name with the same media word is still a relay
    ("Sky News Arabia", "وقال المسؤول لـ\"إرم نيوز\" إن الهدنة انتهت.", [["المسؤول", "إرم نيوز"]]),
    ("Al Ayam", "وقال الباحث لـ\"الجزيرة نت\" إن الهدنة انتهت.", [["الباحث", "الجزيرة نت"]]),
])
def test_the_own_outlet_is_heard_with_its_media_word_in_arabic_letters(outlet, text, chains):
    assert _chains_of(text, outlet) == chains


def test_arabic_media_words_load_and_key_as_english():
    from khabar.claims.component import _arabic_keys, _latin_keys, _letters

    assert _letters()["arabic_media_words"] == {"نيوز": "news", "نت": "net"}
    assert _arabic_keys(("ارم", "نيوز")) == _latin_keys("Erem News")
    assert _arabic_keys(("ارم", "نيوز")) != _latin_keys("Erem")


@pytest.mark.parametrize("text, chains", [
    ("وقال المرشد آية الله علي خامنئي إن الرد قادم.", [["آية الله علي خامنئي"]]),
    ("وكما تقول الآية الكريمة: «إن مع العسر يسرا».", []),   # a verse is still no speaker
    ("وكما يقول المثل الشعبي: «الصبر مفتاح الفرج».", []),
])
def test_a_person_whose_name_opens_with_a_saying_word_speaks(text, chains):
    assert _chains(text) == chains
