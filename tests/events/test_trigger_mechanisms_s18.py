"""Session 18's third trigger pass, each mechanism on its own: the status of an act under a negated passive
auxiliary, a negated verb of taking part, a hedge or an intention, a conditional clause and its consequence; the
dual of a listed event noun; a doubled verb's three-letter imperfect; a threat in the future tense; a retype
whose listed word a preposition must govern; and the lists that carry them (their behaviour in sentences:
events_trigger_probes_s18.yaml)."""

from datetime import date

import khabar
from khabar.entities.recognise import Word
from test_events_trigger_probes import coded_triggers  # noqa: F401  (the fixture that spies on code_sentence)
from khabar.events.code import (_after_condition, _commemorated, _dual_singular, _future_tense, _hedged, _n, _status,
                                _verb_by_stem, _within, triggers)

PUBLISHED = date(2025, 3, 10)


def _words(text: str) -> list[Word]:
    return [Word(_n(token), 0, 0, is_punct=token in "،,.") for token in text.split()]


def _coded(text: str, found: list) -> list[tuple[str, str, str]]:
    """(type, trigger text, status) of every event code_sentence codes, before actors are required
    (`found`: the coded_triggers fixture's list)."""
    khabar.read("تمهيد.", published="2025-03-10")
    found.clear()
    khabar.read(text, published="2025-03-10")
    return [(e.type, text[e.trigger[0]:e.trigger[1]], e.status) for e in found]


def test_the_lists_load_normalised():
    t = triggers()
    assert {"تم", "يتم", "تتم"} <= t["passive_auxiliaries"] and t["conditional_nouns"] == {"حال"}
    assert {"اذا", "لو"} <= t["conditionals"] and {"يرجح", "المرجح"} <= t["hypothetical"]
    assert {"ينوي", "تنوي", "عازمه"} <= t["future"]
    assert {"ذكري", "الذكري", "لذكري"} <= t["commemorations"] and "تفقد" not in t["verbs"]
    assert t["verbs"]["رد"]["future_only"] and t["verbs"]["تسامح"]["negated_only"]
    assert t["verbs"]["بحث"]["retype"][3] == "عن" and t["light_nouns"]["تحذير"]["type"] == "THREATEN"
    assert {"ملف", "لملف"} <= t["office_heads"]


def test_a_negated_passive_auxiliary_negates_its_noun():
    assert _status(_words("لن يتم الافراج عن المعتقلين"), 2, None, PUBLISHED) == "negated"
    assert _status(_words("انه لم يتم اعتقال اي شخص"), 3, None, PUBLISHED) == "negated"
    assert _status(_words("و تم اعتقال ثلاثه اشخاص"), 2, None, PUBLISHED) == "asserted"


def test_hedges_intentions_and_qad():
    assert _hedged(_words("يرجح ان تشن"), 0, 2)
    words = _words("و قد تلجا السلطات الي فرض حظر")
    words[2] = Word("تلجا", 0, 0, lemma="لجأ")
    assert _hedged(words, 0, 6)                                                 # قد before an imperfect verb
    assert not _hedged(_words("و كان الجيش قد اعتقل عشرات"), 0, 5)            # قد before a perfect asserts
    assert _hedged(_words("و في حال رفض الطرفان"), 0, 3)
    assert not _hedged(_words("على اي حال رفض الطرفان"), 0, 3)                 # no في before حال
    assert _status(_words("الجيش ينوي شن هجوم"), 2, None, PUBLISHED, "light") == "future"


def test_a_consequence_after_a_conditional_clause():
    assert _after_condition(_words("و اذا تواصلت الاحتجاجات ، ستفرض الحكومه"), 5)
    assert _after_condition(_words("و في حال رفض الطرفان المقترح ، سيفرض المجلس"), 7)
    assert not _after_condition(_words("اعتقلت الشرطه ، امس ، ثلاثه"), 4)
    assert not _after_condition(_words("و اذا تواصلت الاحتجاجات ستفرض"), 4)         # no comma: the clause itself


def test_the_dual_of_a_listed_noun():
    assert _dual_singular("التفجيرين") == "التفجير" and _dual_singular("الهجومان") == "الهجوم"
    assert _dual_singular("الغارتين") == "الغاره"
    assert _dual_singular("المعتقلين") is None and _dual_singular("محتجين") is None   # participles' plurals
    assert _dual_singular("الاسرائيليين") is None and _dual_singular("ضمان") is None


def test_a_doubled_verbs_imperfect():
    verbs = triggers()["verbs"]
    assert _verb_by_stem("ترد")[1] == "رد" and _verb_by_stem("تحث")[1] == "حث"
    assert _verb_by_stem("ترد", {"شن": {}}) is None and _verb_by_stem("قرر") is None


def test_the_future_tense():
    assert _future_tense(_words("و س نرد"), 2) and _future_tense(_words("سوف ترد"), 1)
    assert not _future_tense(_words("رد الوزير"), 0)


def test_a_retype_word_governed_by_its_preposition():
    assert _within(_words("بحث فرق الانقاذ عن 30 مفقودا"), 1, "missing", after="عن")
    assert not _within(_words("بحث الجانبان ملف الاسري و المفقودين"), 1, "missing", after="عن")
    assert _within(_words("بحث الجانبان ملف الاسري و المفقودين"), 1, "missing")


def test_the_mechanisms_in_sentences(coded_triggers):
    coded = _coded("وقال إن الإمارات تحتفظ بحق الرد على هذه الهجمات. وأكدت طهران أنها سترد بحزم. "
                   "ورد الوزير على سؤال الصحفيين. وأسفر الهجومان عن مقتل 12 شخصا.", coded_triggers)
    assert ("THREATEN", "تحتفظ", "asserted") in coded and ("THREATEN", "ترد", "asserted") in coded
    assert not any(t == "THREATEN" and text == "رد" for t, text, _ in coded)   # a reply given
    assert ("ASSAULT", "الهجومان", "asserted") in coded


def test_an_anniversary_names_an_act_long_past():
    assert _commemorated(_words("يحيي الفلسطينيون الذكري الاربعين ل مجزره صبرا"), 5)
    assert _commemorated(_words("في الذكري السنويه التاسعه و الثلاثين ل اقتحام"), 7)
    assert _commemorated(_words("احيا انصار الحزب ذكري اغتيال زعيمه"), 4)
    assert not _commemorated(_words("في الذكري السنويه ، قصف الجيش"), 4)          # a clause break between
    assert not _commemorated(_words("في ذكري الثوره خرجت مظاهرات"), 4)          # a verb between: the protest is told


def test_a_response_by_an_act_keeps_its_actor(coded_triggers):
    coded = _coded("وردت القوات الإسرائيلية بقصف مدفعي على بلدات جنوب لبنان.", coded_triggers)
    assert [t for t, _, _ in coded] == ["ASSAULT"]
    record = khabar.read("وردت القوات الإسرائيلية بقصف مدفعي على بلدات جنوب لبنان.", published="2025-03-10")
    assert [event["type"] for event in record.events] == ["ASSAULT"]            # "ترد" reacts to no act of others
