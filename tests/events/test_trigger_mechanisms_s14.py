"""Session 14's trigger mechanisms, each on its own: a plural past verb with an object pronoun
(هاجموه), a defective verb's ى written ا before its pronoun (أردا|ه), a force of nature as a verb's
subject, a civil campaign after a light verb, an unnamed force between a light verb and its noun,
and the lists that carry them (their behaviour in sentences: events_trigger_probes_s14.yaml)."""

from khabar.entities.recognise import Word
from khabar.events.code import _civil_campaign, _n, _natural_subject, _verb_by_stem, _verb_lookup, triggers


def _words(text: str) -> list[Word]:
    return [Word(_n(token), 0, 0) for token in text.split()]


def test_plural_verb_with_an_object_pronoun_is_its_verb():
    for form, lemma in (("هاجموه", "هاجم"), ("اعتقلوهم", "اعتقل"), ("استهدفوها", "استهدف"), ("قصفوهما", "قصف")):
        found = _verb_by_stem(_n(form))
        assert found and found[1] == lemma, form
    assert _verb_lookup("وهاجموه", "وهاجموه")[1] == "هاجم"       # the conjunction the segmenter left on
    for noun in ("وجوه", "دعوه", "ندوه", "قوه", "خطوه"):        # nouns in -وه: no verb's stem before it
        assert _verb_by_stem(noun) is None, noun


def test_defective_verb_before_its_pronoun():
    found = _verb_by_stem("اردا")                                 # أرداه، the pronoun split off
    assert found and found[1] == "اردي" and found[0]["type"] == "ASSAULT"
    assert _verb_by_stem("قضا") is None                           # too short a form: a noun as often


def test_force_of_nature_as_the_subject():
    assert _natural_subject(_words("اجتاحت موجة حر اوروبا"), 0)
    assert _natural_subject(_words("هددت الفيضانات الاف المنازل"), 0)
    assert not _natural_subject(_words("هددت ايران باستهداف السفن"), 0)
    assert not _natural_subject(_words("اجتاحت"), 0)
    assert _natural_subject(_words("السيول دمرت 20 قريه"), 1)             # the force before its verb (session 15)
    assert not _natural_subject(_words("اسرائيل دمرت 20 منزلا"), 1)


def test_civil_campaign_after_its_noun():
    assert _civil_campaign(_words("ل تطعيم الاطفال"), 0)
    assert _civil_campaign(_words("للتوعيه بمخاطر"), 0)
    assert _civil_campaign(_words("انتخابيه واسعه"), 0)
    assert not _civil_campaign(_words("اعتقالات واسعه"), 0)
    assert not _civil_campaign(_words("ل اعتقال المطلوبين"), 0)


def test_session_14_lists_load():
    t = triggers()
    assert {"مروحيات", "طائرات"} <= t["instruments"] and "موجه" in t["natural_forces"]
    assert "تطعيم" in t["civil_campaigns"] and "ب دوله" in t["verbs"]["اعترف"]["needs"]
    assert "خليه" in t["nouns"][("تصفيه",)]["needs"] and t["nouns"][("مذبحه",)]["type"] == "ASSAULT"
    assert {"براميل", "قنابل"} <= t["light"]["القي"] and "القبض" in t["light"]["القي"]
    assert t["light_nouns"]["براميل"]["type"] == "ASSAULT" and "قوات" in t["light"]["حرك"]
    assert "مفاجاه" in t["senses_off"]["فجر"] and t["sense_windows"]["فجر"] <= 4
    assert "البطوله" in t["senses_off"]["انسحب"] and "انتاج" in t["senses_off"]["اوقف"]
    assert t["verbs"]["صوت"]["needs"] == {"ضد"} and t["verbs"]["استعرض"]["needs"] == {"مع"}
    assert t["verbs"]["استسلم"]["type"] == "RETREAT" and t["verbs"]["اقرض"]["type"] == "AID"
    assert t["verbs"]["دعا"]["retype"][:2] == ["reservists", "MOBILIZE"] and t["nouns"][("دعوه",)]["retype"][1] == "MOBILIZE"
    assert t["nouns"][("الدعم", "العسكري")]["type"] == "AID" and t["nouns"][("تقديم", "الدعم")]["type"] == "AID"
    assert t["nouns"][("دعم",)]["type"] == "SUPPORT" and t["lodged_with"] == {"لدي"}


def test_masculine_dual_of_the_past_and_its_limits():
    assert _verb_by_stem("اتفقا")[1] == "اتفق" and _verb_by_stem("اجتمعا")[1] == "اجتمع"
    assert _verb_by_stem("تعاونا") is None and _verb_by_stem("تضامنا") is None   # form V/VI: the masdar
    assert _verb_by_stem("قتلا") is None                          # a three-letter verb: its accusative masdar
    assert _verb_lookup("تضامنا", "تضامن")[0] is None             # "وقفة تضامنا مع": in solidarity


def test_defective_imperfect_in_waw():
    assert _verb_by_stem("ندعو")[1] == "دعا" and _verb_by_stem("نعفو")[1] == "عفا"
    assert _verb_by_stem("يدعون") is None                         # as often يدّعون "they claim"


def test_listed_phrase_whose_head_carries_a_pronoun():
    from types import SimpleNamespace

    from khabar.events.code import _match_trigger

    words = _words("يواصل الجيش عمليات ه العسكريه في المنطقه")
    found = _match_trigger(words, 2, SimpleNamespace(words=words, text=""))
    assert found and found[0]["type"] == "ASSAULT" and found[1] == 5 and found[2] == "noun"
    words = _words("عمليات ه في المنطقه")                       # the weak head alone: nothing
    assert _match_trigger(words, 0, SimpleNamespace(words=words, text="")) is None


def test_noun_in_a_compound_of_another_sense():
    from khabar.events.code import _noun_sense_off

    assert _noun_sense_off(_words("عبر ضربه جزاء"), 1) and _noun_sense_off(_words("المعركه الانتخابيه"), 0)
    assert _noun_sense_off(_words("خط الهجوم"), 1) and _noun_sense_off(_words("عقوبه الاعدام"), 1)
    assert _noun_sense_off(_words("حكم ب الاعدام"), 2)            # across the ب
    assert not _noun_sense_off(_words("ضربه جويه"), 0) and not _noun_sense_off(_words("شن الهجوم"), 1)
    assert not _noun_sense_off(_words("تنفيذ الاعدام"), 1)
    assert not _noun_sense_off(_words("نفذت السلطات السعوديه حكم الاعدام"), 4)   # the sentence carried out
    assert not _noun_sense_off(_words("تم تنفيذ حكم الاعدام"), 3)
    spec = triggers()["nouns"][("تهديد",)]
    assert spec["type"] == "THREATEN" and spec["needs"] == {"ب"}


def test_phrases_as_the_segmenter_splits_them():
    nouns = triggers()["nouns"]
    assert ("رشق", "ب", "الحجاره") in nouns and ("رشق", "بالحجاره") not in nouns   # ب split off: a listed key must match
    assert nouns[("القبض", "علي")]["type"] == "COERCE"
    # session 17: إضرام النار is a light phrase (arson), but not where a suspect is suspected of it
    assert "اضرام" in triggers()["light"] and "المشتبه" in triggers()["suspected"]
    words = _words("جراء رشق هم ب الحجاره")
    from types import SimpleNamespace

    from khabar.events.code import _match_trigger

    found = _match_trigger(words, 1, SimpleNamespace(words=words, text=""))
    assert found and found[0]["type"] == "ASSAULT" and found[1] == 5      # the head's pronoun inside a 3-word phrase


def test_session_14_nouns_of_many_outlets_load():
    t = triggers()
    nouns = t["nouns"]
    assert nouns[("سقوط", "قذائف")]["type"] == "ASSAULT" and nouns[("الحراسه", "النظريه")]["type"] == "COERCE"
    assert nouns[("مليونيه",)]["type"] == "PROTEST" and nouns[("حرق", "الاطارات")]["type"] == "PROTEST"
    assert nouns[("تحشيدات", "عسكريه")]["type"] == "MOBILIZE"
    assert "طرقات" in t["light"]["قطع"] and t["light_nouns"]["طرقات"]["retype"][1] == "PROTEST"


def test_participle_of_forms_iv_and_viii_is_no_verb():
    for form, lemma in (("مدان", "ادان"), ("محتج", "احتج"), ("منقذ", "انقذ"), ("معفي", "اعفي")):
        assert _verb_lookup(form, lemma)[0] is None, form        # a convict, a protester, a rescuer: nouns
    assert _verb_lookup("ادان", "ادان")[0]["type"] == "ACCUSE" and _verb_lookup("احتج", "احتج")[0]["type"] == "PROTEST"
