"""Session 19, round s22 (second wave): chains and cues as the newest outlets write them.  A body that put
a speaker's quoted words out, named after them at the end of the sentence ("…، من أن «…»، بحسب البيت
الأبيض.") relays them; a relaying verb after ما that keeps its object pronoun ("بحسب ما أورده الديوان")
is a verb; a subject word that only begins with ب (برلين، بولا) is no ب + noun before a pledge's quote."""

from __future__ import annotations

import pytest

import khabar
from khabar.claims.attribute import _closing_relay_form, _has_clause
from khabar.entities.recognise import Word
from tests.claims.reading import chains as _chains


def _words(*norms: str) -> list[Word]:
    out, at = [], 0
    for norm in norms:
        out.append(Word(norm, at, at + len(norm), not any(c.isalnum() for c in norm), norm))
        at += len(norm) + 1
    return out


@pytest.mark.parametrize("text, chains", [
    ("وحذر الرئيس الأمريكي جو بايدن نظيره الصيني من أن \"أي تصعيد ستكون له عواقب\"، بحسب البيت الأبيض.",
     [["جو بايدن", "البيت الأبيض"]]),
    ("وقال الرئيس الروسي فلاديمير بوتين إن موسكو \"مستعدة للتعاون\"، وفق الكرملين.",
     [["فلاديمير بوتين", "الكرملين"]]),
    ("وتفقد الملك محمد السادس ورش الإعمار، مؤكدا أن \"لا أحد سيبقى دون مأوى\"، بحسب ما أورده الديوان الملكي.",
     [["محمد السادس", "الديوان الملكي"]]),
])
def test_a_body_named_after_the_quoted_words_relays_them(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    # not quoted: the phrase may tell where the last figure came from
    ("أعلنت قيادة الجيش أنها أوقفت ستة أشخاص بعد اشتباكات أسفرت عن مقتل أربعة، بحسب الهلال الأحمر.",
     [["قيادة الجيش"], ["الهلال الأحمر"]]),
    # anonymous sources, a statement named by its issuers, another clause after a contrast
    ("وقال المحافظ إن الوضع \"تحت السيطرة\"، بحسب مصادر طبية.", [["المحافظ"], ["مصادر طبية"]]),
    ("ووصف الاتحاد الأوروبي القرار بأنه \"مقلق للغاية\"، وفق بيان مشترك لمسؤول السياسة الخارجية.",
     [["الاتحاد الأوروبي"], ["مسؤول السياسة الخارجية"]]),
    ("وقال الطبيب إن المستشفى \"لم يعد قادرا\"، فيما ارتفع عدد القتلى إلى 40، بحسب وزارة الصحة.",
     [["الطبيب"], ["وزارة الصحة"]]),
])
def test_other_closing_phrases_stay_claims_of_their_own(text, chains):
    got = _chains(text)
    assert len(got) == len(chains)
    for chain, wanted in zip(got, chains):
        assert len(chain) == len(wanted) and all(w in g or g in w for g, w in zip(chain, wanted))


@pytest.mark.parametrize("norms, index, lemma", [
    (("بحسب", "ما", "اورده", "الديوان"), 2, "اورد"),
    (("وفق", "ما", "اذاعه", "التلفزيون"), 2, "اذاع"),
    (("حسبما", "نشرته", "الوكاله"), 1, "نشر"),
])
def test_a_relaying_verb_after_ma_keeps_its_pronoun(norms, index, lemma):
    assert _closing_relay_form(_words(*norms), index) == (lemma, "asserted")


@pytest.mark.parametrize("norms, index", [
    (("في", "اورده", "الديوان"), 1),   # not after ما
    (("بحسب", "ما", "وريده"), 2),        # no relaying verb under the pronoun
    (("وفق", "ما", "قاله"), 2),          # قال is no relaying verb: its own reading
])
def test_no_relaying_verb_elsewhere(norms, index):
    assert _closing_relay_form(_words(*norms), index) is None


def test_a_subject_word_that_begins_with_ba_is_no_preposition():
    quote = _words("تعهد", "عمده", "برلين", "كاي", "فيغنر", "ب", '"', "ملاحقه", '"')
    assert _has_clause(quote, 0, near=True)
    noun = _words("تعهد", "الوزير", "ب", "محاسبه", "المقصرين", '"', "فورا", '"')
    assert not _has_clause(noun, 0, near=True)
    definite = _words("طالبوا", "بالافراج", "عن", "المعتقلين", '"', "فورا", '"')
    assert not _has_clause(definite, 0, near=True)


@pytest.mark.parametrize("text, chains", [
    ("فيما تعهد عمدة برلين كاي فيغنر بـ\"ملاحقة الجناة بكل صرامة\".", [["كاي فيغنر"]]),
    ("وتوعد الرئيس النيجيري بولا تينوبو بـ\"ملاحقة القتلة حتى آخر معاقلهم\".", [["بولا تينوبو"]]),
    ("وتعهد الوزير بمحاسبة المقصرين في الحادث.", []),
])
def test_pledges_with_a_quote_after_a_name_in_ba(text, chains):
    assert _chains(text) == chains


def test_the_blaming_verb_loads_with_its_object():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert cues["verb_objects"] == {"حمل": frozenset({"مسؤوليه", "المسؤوليه"})}
    assert "حمل" in cues["verbs"]
    assert {"حمله", "حملات"} <= set(cues["other_verb_forms"])


@pytest.mark.parametrize("text, chains", [
    # the blame quoted, or its complement after it quoted (session 14's rule for the participle, read for the verb)
    ("وحملت الرئاسة الفلسطينية حكومة الاحتلال \"المسؤولية الكاملة\" عن استشهاد الأسير.", [["الرئاسة الفلسطينية"]]),
    ("وحمّل الناطق باسم الرئاسة نبيل أبو ردينة حكومة الاحتلال المسؤولية الكاملة عن \"هذه الجريمة\".",
     [["نبيل أبو ردينة"]]),
    ("وحمّلت الحركة، في بيان نقلته وكالة \"وفا\"، حكومة الاحتلال \"المسؤولية الكاملة عن التصعيد\".",
     [["الحركة", "وفا"]]),
])
def test_a_quoted_blame_is_a_claim(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text", [
    "وحمّل المجلس البلدي الشركة المسؤولية عن انقطاع المياه.",                 # blame, no words quoted
    "وحمّل المجلس الرئاسي، في بيان، «مجرم الحرب خليفة حفتر» المسؤولية عن الغارة.",   # a quoted name before the blame
    "وحمل الجنود الجرحى إلى المستشفى \"الميداني\".",                         # carried
    "وكان الرئيس قد أشاد، مع بدء حملة التطعيم، بجهود الأطباء.",               # حملة "campaign"
])
def test_no_blame_claim_without_its_quote(text):
    assert _chains(text) == []


def test_a_campaign_with_its_pronoun_stays_in_the_speaker_phrase():
    assert _chains("وقال عضو في حملته، طالبا عدم كشف اسمه، إن الحملة لن تطعن.") == [["عضو في حملته"]]


@pytest.mark.parametrize("text, chains", [
    ("وقال رئيس المفوضية القاضي جليل عدنان خلف في مؤتمر صحفي إن النسبة بلغت 41 بالمئة.", [["جليل عدنان خلف"]]),
    ("وقال رئيس الهيئة المهندس فائق زيدان إن الإنتاج \"سيعود\".", [["فائق زيدان"]]),
    ("وأصدرت المحكمة الحكم القاضي بسجن المتهمين خمس سنوات.", []),   # القاضي "deciding": no rank, no speaker
])
def test_the_words_after_a_rank_that_follows_a_title_are_a_name(text, chains):
    assert _chains(text) == chains


def test_a_latin_name_is_also_heard_with_its_doubled_long_vowels():
    from khabar.claims.component import _latin_variants

    variants = _latin_variants("Alwakeel News")
    assert ("wkyl", "kl") in variants and ("wkl", "kl") in variants   # as read, and as written
    assert all(key[0] == key[1] for key in _latin_variants("Al Ahram"))   # (no long vowel: no key with w/y more)


@pytest.mark.parametrize("outlet, chain", [
    ("Alwakeel News", ["مصدر أمني"]),                    # the article's own outlet: implicit
    ("Al Ghad", ["مصدر أمني", "الوكيل الإخباري"]),       # another outlet's article: a relay
])
def test_the_own_outlet_spelled_with_a_long_vowel_is_no_relay(outlet, chain):
    text = "وقال مصدر أمني لـ\"الوكيل الإخباري\" إن المهاجمين \"فروا نحو الحدود\"."
    claims = khabar.read(text, source={"outlet": outlet}).claims
    assert [[s["text"] for s in c["sources"]] for c in claims] == [chain]
