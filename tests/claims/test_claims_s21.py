"""Session 18, round s21: expressing a stance with أعرب عن is a claim also with a pronoun subject (docs/gold-format.md
"Decided in session 18"), with عن right after the verb or past the pronoun of its occasion, a time or an aside;
what is said in a call or a message is its sender's ("تلقى اتصالا من X، أعرب فيه"، "أجرى X اتصالا … أكد خلاله"),
and a message inside a reported clause comes through the reporter; an agency's acronym in quotes inside the
parenthesis between a speaker and his clause ("، بحسب وكالة أنباء الإمارات "وام"، أن") still relays the claim."""

from __future__ import annotations

import pytest

import khabar
from khabar.claims.attribute import _cues, _past_acronym
from khabar.text.normalise import normalise_word
from tests.claims.reading import chains as _chains


def test_the_new_cue_lists_load_normalised():
    cues = _cues()
    assert cues["stance_verbs"] == {"اعرب"} and cues["stance_verbs"] <= set(cues["verbs"])
    assert {"اتصال", "رساله", "برقيه"} <= cues["call_nouns"]   # (ة normalised to ه)
    assert {"اجري", "اجرت", "بعث", "ارسل"} <= cues["call_verbs"]   # (ى normalised to ي)
    assert {"فيه", "فيها", "خلاله", "خلالها"} == cues["said_in_pronouns"]
    assert {"مشارك", "مشاركون", "مجتمعون"} <= cues["speaker_heads"]


@pytest.mark.parametrize("text, chains", [
    # the sentence's subject before a coordinated أعرب (the first verb is no act of speech)
    ("واستقبل الملك عبد الله الثاني وزير الخارجية الأمريكي، وأعرب عن تقديره للدعم الأمريكي.",
     [["عبد الله الثاني"]]),
    # the subject of the sentence before
    ("التقى وزير الخارجية المصري سامح شكري نظيره الفرنسي في باريس. وأعرب عن تقديره لموقف فرنسا.",
     [["سامح شكري"]]),
    # a statement's relative clause, and an aside between the verb and عن
    ("وأصدرت وزارة الخارجية الإماراتية بيانا أعربت فيه عن إدانتها الشديدة للهجوم.",
     [["وزارة الخارجية الإماراتية"]]),
    ("اجتمع مجلس الوزراء برئاسة رئيس الحكومة. وأعرب، في بيان، عن أسفه للقرار.", [["مجلس الوزراء"]]),
])
def test_express_with_a_pronoun_subject_is_a_claim(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text", [
    "ولم يعرب الوزير عن أي اعتراض على القرار.",   # negated
    "وعبرت القافلة معبر رفح صباح اليوم.",   # عبر "crossed": no stance verb
    "اجتمع مجلس الوزراء أمس. وأعرب القرار الجديد عن توجه الحكومة.",   # a subject of its own that is no speaker
    "وتلقى الرئيس اتصالا هاتفيا من نظيره الفرنسي بحثا خلاله العلاقات الثنائية.",   # a call, nothing said
])
def test_no_stance_claim_without_its_form(text):
    assert _chains(text) == []


@pytest.mark.parametrize("text, chains", [
    ("تلقى الرئيس عبد المجيد تبون اتصالا هاتفيا من نظيره التونسي قيس سعيد، أعرب فيه عن تهانيه بعيد الاستقلال.",
     [["قيس سعيد"]]),
    ("وتلقى أمير قطر رسالة خطية من الرئيس الإيراني، أكد فيها أن بلاده حريصة على تعزيز العلاقات.",
     [["الرئيس الإيراني"]]),
    ("فيما أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا بنظيره الصومالي أكد خلاله وقوف مصر إلى جانب الصومال.",
     [["عبد الفتاح السيسي"]]),
    ("وبعث خادم الحرمين الشريفين برقية عزاء إلى الرئيس التركي، أعرب فيها عن أحر التعازي.",
     [["خادم الحرمين الشريفين"]]),
])
def test_what_is_said_in_a_call_or_a_message_is_its_senders(text, chains):
    assert _chains(text) == chains


def test_a_message_in_a_reported_clause_comes_through_the_reporter():
    text = ("أعلن الديوان الملكي، مساء أمس، أن الملك تلقى رسالة من رئيس الحكومة الإسبانية بيدرو سانشيز، "
            "يعتبر فيها أن المبادرة \"الأساس الأكثر جدية\".")
    assert _chains(text) == [["الديوان الملكي"], ["بيدرو سانشيز", "الديوان الملكي"]]


def test_a_call_after_a_contrast_is_not_inside_the_claim_before():
    text = ("وأعرب البديوي عن تأييد المجلس للقرار، فيما أجرى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا "
            "بنظيره الكويتي أكد خلاله دعم المملكة.")
    assert _chains(text) == [["البديوي"], ["فيصل بن فرحان"]]


def test_past_acronym_skips_a_short_quoted_name_only():
    words = [normalise_word(w) for w in ['"', "وام", '"', "،", "ان"]]

    class W:   # (the fields _past_acronym reads)
        def __init__(self, norm: str) -> None:
            self.norm, self.is_punct = norm, not norm.isalpha()

    assert _past_acronym([W(w) for w in words], 0) == 3
    assert _past_acronym([W(w) for w in words], 3) == 3   # no quote there
    long = [W(w) for w in ['"', "ا", "ب", "ج", "د", '"']]
    assert _past_acronym(long, 0) == 0   # a quote of four words is no acronym


@pytest.mark.parametrize("text, chain", [
    ('وأكد الشيخ محمد بن زايد، بحسب وكالة أنباء الإمارات "وام"، أن العلاقات تشهد مرحلة جديدة.',
     ["محمد بن زايد", "وكالة أنباء الإمارات"]),
    ("وقال أمير قطر، وفق وكالة الأنباء القطرية «قنا»، إن الدوحة ستواصل وساطتها.",
     ["أمير قطر", "وكالة الأنباء القطرية"]),
])
def test_an_agency_with_its_quoted_acronym_in_a_parenthesis_relays(text, chain):
    claims = khabar.read(text, published="2024-06-10").claims
    assert [[s["text"] for s in c["sources"]] for c in claims] == [chain]
    content = text[claims[0]["content"]["start"]:claims[0]["content"]["end"]]
    assert "«" not in content and "وام" not in content and claims[0]["kind"] == "paraphrase"


def test_an_outlet_a_named_speaker_talked_to_relays_no_one_after_him():
    text = ("وقال محافظ جنين أكرم الرجوب لإذاعة \"صوت فلسطين\" إن القوات منعت الإسعاف، فيما أكد مسعف في الهلال "
            "الأحمر، طلب عدم كشف اسمه، أن الجنود أطلقوا النار.")
    assert _chains(text) == [["أكرم الرجوب", "إذاعة \"صوت فلسطين\""], ["مسعف في الهلال الأحمر"]]
    # an agency that opens the paragraph with what it relays goes on relaying the unnamed who speak after
    text = "ونقلت وكالة رويترز عن مسؤول أمني قوله إن الهجوم وقع فجرا. وقال شهود إن الانفجار كان قويا."
    assert _chains(text) == [["مسؤول أمني", "وكالة رويترز"], ["شهود", "وكالة رويترز"]]


@pytest.mark.parametrize("text, chains", [
    ("وأدان وزير الخارجية المصري الهجوم، مؤكدا في تصريحات لقناة القاهرة الإخبارية أن مصر تقف إلى جانب لبنان.",
     [["وزير الخارجية المصري", "قناة القاهرة الإخبارية"]]),
    ("وقال الوزير إن الحكومة ماضية في الإصلاح، مضيفا لوكالة رويترز أن الدعم سيرفع تدريجيا.",
     [["الوزير"], ["الوزير", "وكالة رويترز"]]),
    # told no outlet: the journalists relay nothing
    ("وقال الوزير إن الحكومة ماضية في الإصلاح، مضيفا في تصريحات للصحفيين أن الدعم سيرفع.",
     [["الوزير"], ["الوزير"]]),
])
def test_a_participle_with_its_own_interview_names_the_outlet_told(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    # a quote or a clause in its clause: the speaker's words
    ("وأعلنت جبهة البوليساريو نهاية التزامها بوقف إطلاق النار، متهمة الرباط بـ\"خرق\" الاتفاق.",
     [["جبهة البوليساريو"], ["جبهة البوليساريو"]]),
    ("وقال وزير الإعلام إن مشار سيمثل أمام القضاء، متهما إياه بأنه حرض على التمرد.",
     [["وزير الإعلام"], ["وزير الإعلام"]]),
    # a plain charge: no words of the speaker, no claim (a quote before the participle's comma does not count)
    ("وقال وزير الإعلام إن مشار \"سيمثل أمام العدالة\"، متهما قواته بالتنسيق مع الجيش الأبيض.", [["وزير الإعلام"]]),
    ("وكانت البحرين قطعت علاقاتها مع قطر عام 2017، متهمة الدوحة بدعم الإرهاب.", []),
    ("وهتف مشيعون غاضبون ضد السلطة، متهمين إياها بالتقصير في حماية المخيم.", []),
])
def test_an_accusing_participle_reports_only_with_its_quote_or_clause(text, chains):
    assert _chains(text) == chains


def test_the_charge_participles_load_in_every_form():
    assert {"متهما", "متهمه", "متهمين", "متهمات"} <= _cues()["charge_participles"]
