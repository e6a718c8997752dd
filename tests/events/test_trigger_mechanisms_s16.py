"""Session 16's trigger mechanisms, each on its own: a verb's needed subject fronted before it, an
event noun that names the topic of a book or a film, a definite office word (a subject, no
construct head), the masdar ضبط with what it seizes, carrying to care, and the lists that carry the
new nouns (their behaviour in sentences: events_trigger_probes_s16.yaml)."""

from khabar.entities.recognise import Word
from khabar.events.code import _fronted, _n, _needs_met, _portfolio, _topic, triggers


def _words(text: str) -> list[Word]:
    return [Word(_n(token), 0, 0, is_punct=token in "،,.") for token in text.split()]


def test_fronted_forces_are_the_subject_of_their_verb():
    spec = triggers()["verbs"]["انتشر"]
    words = _words("ان القوات المشتركه انتشرت في المناطق")
    assert _fronted(words, 3, spec) and _needs_met(words, 3, spec)
    assert _needs_met(_words("الشرطه العسكريه الروسيه انتشرت في المدينه"), 3, spec)
    assert not _needs_met(_words("ان الوباء انتشر في المدينه"), 2, spec)           # no forces
    assert not _fronted(_words("القوات ، ثم انتشر الخبر"), 3, spec)                 # another clause
    assert not _fronted(_words("قوات في المدينه انتشرت"), 3, spec)                  # a preposition between
    assert not _fronted(_words("القوات ذكرت ان الخبر الكاذب انتشر"), 5, spec)        # past its window
    assert _needs_met(_words("انتشرت قوات الجيش في المدينه"), 0, spec)              # after it, as before


def test_event_noun_naming_a_works_topic():
    words = _words("يتضمن الكتاب فصلا عن اتفاق اوسلو")
    assert _topic(words, 4) and _portfolio(words, 4)
    assert _topic(_words("عرضت القناه فيلما وثائقيا عن الحصار"), 5)
    assert not _topic(_words("افرجت السلطات عن الصحفي"), 3)                        # عن of the verb
    assert not _topic(_words("اعلنت الوزاره عن اتفاق"), 3)                         # announced: no work before عن


def test_definite_office_word_is_a_subject_not_a_construct_head():
    assert _portfolio(_words("وزير الاتصالات"), 1)
    assert _portfolio(_words("ارتفع مؤشر التعاون الصناعي"), 2)                      # an index's name
    assert not _portfolio(_words("اعلنت الوزيره صرف 100 الف جنيه"), 2)              # the minister announced
    assert not _portfolio(_words("قرر الوزير اعفاء المدير"), 2)


def test_seizing_masdar_needs_what_it_seizes():
    spec = triggers()["nouns"][("ضبط",)]
    assert spec["type"] == "COERCE"
    assert _needs_met(_words("من ضبط عنصرين اجراميين"), 1, spec)
    assert _needs_met(_words("ضبط كميه من المخدرات"), 0, spec)
    assert not _needs_met(_words("الي ضبط النفس"), 1, spec)
    assert not _needs_met(_words("علي ضبط الاسعار في الاسواق"), 1, spec)


def test_carrying_to_a_hospital_is_care():
    spec = triggers()["verbs"]["نقل"]
    assert _needs_met(_words("نقلت بمروحيه الي مستشفي سوروكا"), 0, spec)
    assert _needs_met(_words("نقلت سيارات الاسعاف الطفل ل المستشفي"), 0, spec)
    assert _needs_met(_words("نقلت الفرق المصابين"), 0, spec)
    assert not _needs_met(_words("نقلت الوزاره مقرها الي مبني جديد قرب المستشفي"), 0, spec)
    assert not _needs_met(_words("الذي نقل الي المانيا لتلقي العلاج"), 1, spec)


def test_session_16_lists_load():
    t = triggers()
    assert t["nouns"][("تمرين", "بحري", "مشترك")]["type"] == "COOPERATE"
    assert t["nouns"][("غرفه", "عمليات", "مشتركه")]["type"] == "COOPERATE"
    assert t["nouns"][("طائره", "اغاثيه")]["type"] == "AID" and ("طائره",) not in t["nouns"]
    assert t["nouns"][("حظر", "ل", "التجوال")]["type"] == "COERCE"
    assert {"مؤشر", "معهد"} <= t["office_heads"] and {"فصلا", "فيلم"} <= t["topic_heads"]
    assert "قوات" in t["verbs"]["انتشر"]["fronted"] and "الوباء" not in t["verbs"]["انتشر"]["fronted"]
    assert "الي مستشفي" in t["verbs"]["نقل"]["needs"] and "العلاج" not in t["verbs"]["نقل"]["needs"]
    assert {"عنصرين", "كميه"} <= t["nouns"][("ضبط",)]["needs"] and "النفس" not in t["nouns"][("ضبط",)]["needs"]


def test_counted_crowd_before_a_light_noun():
    from khabar.events.code import _crowd_subject, _unnamed_subject

    light = triggers()["light"]["نظم"]
    words = _words("نظم المئات من انصار الحزب مسيره")
    assert _crowd_subject(words, 1, light) == 5 and _unnamed_subject(words, 1, light) == 5
    assert _crowd_subject(_words("نفذ العشرات من الاطباء وقفه"), 1, triggers()["light"]["نفذ"]) == 4
    assert _crowd_subject(_words("نظم المئات من انصار الحزب ندوه"), 1, light) == 1     # no noun a crowd does
    assert _crowd_subject(_words("نظم المئات في الرباط مسيره"), 1, light) == 1        # not linked by من
    assert _crowd_subject(_words("اضرم العشرات من المزارعين النار"), 1, triggers()["light"]["اضرم"]) == 1


def test_form_vi_past_only_with_its_suffix():
    from khabar.events.code import _verb_lookup

    assert _verb_lookup("توافقت", "توافق")[1] == "توافق"
    assert _verb_lookup("توافق", "توافق")[1] == "وافق"        # "لم توافق إسرائيل": the imperfect of وافق
    assert triggers()["verbs"]["توافق"]["needs"] == {"علي"}


def test_session_16_second_round_lists_load():
    t = triggers()
    assert t["verbs"]["طعن"]["retype"][:2] == ["blades", "ASSAULT"] and "سكين" in t["blades"]
    assert "سكين" in t["verbs"]["طعن"]["needs"] and "الحكم" in t["verbs"]["طعن"]["needs"]
    assert "evacuees" in t["verbs"]["اخلي"]["retype"][0].split("+") and t["verbs"]["اخلي"]["retype"][1] == "AID" \
        and "سكان" in t["evacuees"]   # session 21: with the wounded and the places emptied ("evacuees+casualties+…")
    assert {"مواقعها", "سكان"} <= t["verbs"]["اخلي"]["needs"]
    assert t["nouns"][("حمله", "مداهمات")]["type"] == "COERCE" and t["nouns"][("حمله", "امنيه")]["type"] == "COERCE"
    assert t["nouns"][("علاج",)]["type"] == "AID" and "المصابين" in t["nouns"][("علاج",)]["needs"]
    assert t["verbs"]["زج"]["type"] == "COERCE" and "السجون" in t["verbs"]["زج"]["needs"]


def test_support_noun_only_where_a_verb_states_it():
    from khabar.events.code import _stated

    spec = triggers()["nouns"][("دعم",)]
    assert _stated(_words("اعربت الجامعه عن دعم"), 3, spec)
    assert _stated(_words("اكد خلاله دعم المملكه"), 2, spec)
    assert _stated(_words("مؤكدا ان دعم الولايات"), 2, spec)
    assert not _stated(_words("متهمه قطر ب دعم الارهاب"), 3, spec)        # a charge
    assert not _stated(_words("ارسال قوات ل دعم حكومه"), 3, spec)          # a purpose
    assert not _stated(_words("اكد ، في المقابل دعم"), 4, spec)             # past a comma


def test_a_condition_still_to_be_met_and_a_province():
    from khabar.events.code import _noun_sense_off, _state

    assert _state(_words("يبقي خاضعا ل موافقه المجلس"), 3)
    assert _state(_words("لا يزال يحتاج الي موافقه المجلس"), 4)
    assert not _state(_words("اعلن الصندوق موافقه المجلس"), 3)
    assert _noun_sense_off(_words("الامطار في مقاطعه خنان"), 2)
    assert not _noun_sense_off(_words("دعا الحزب الي مقاطعه الانتخابات"), 3)


def test_voiceless_and_natural_subjects():
    from khabar.events.code import _natural_subject

    assert _natural_subject(_words("مرددين شعارات تطالب ب سحب"), 2)
    assert _natural_subject(_words("سكانا حاصرت هم المياه في"), 1)          # past the object pronoun
    assert not _natural_subject(_words("طالب المتظاهرون ب رحيل"), 0)
    assert not _natural_subject(_words("حاصرت هم القوات في"), 0)
    assert "الحريق" in triggers()["senses_off"]["سيطر"] and "مدينه" not in triggers()["senses_off"]["سيطر"]


def test_a_plot_is_no_act():
    from khabar.events.code import _planned_for

    assert _planned_for(_words("يشتبه في تخطيط ه ل هجوم"), 5)
    assert _planned_for(_words("خطه ل تهجير السكان"), 2)
    assert not _planned_for(_words("تعرضت القاعده ل هجوم"), 3)
    assert {"عمليه", "عمليات", "حملات"} <= triggers()["weak"]


def test_giving_up_and_joining():
    from khabar.events.code import _ceased

    t = triggers()
    assert _ceased(_words("اعلن التخلي عن دعم"), 3)
    assert _ceased([Word("تخلت", 0, 0, lemma="تخلي"), *_words("واشنطن عن دعم")], 3)   # the verb, by its lemma
    assert not _ceased(_words("توقفت الدراسه بسبب اضراب"), 3)             # what a strike stopped
    assert t["verbs"]["انضم"]["retype"][:2] == ["alliances", "COOPERATE"] and "تحالف" in t["alliances"]
    assert {"الاتفاق", "التحالف"} <= t["verbs"]["انضم"]["needs"]
    assert t["nouns"][("تنحيه", "عن")]["type"] == "RETREAT" and "منصب" in t["nouns"][("تخلي",)]["needs"]


def test_courts_and_custody_lists_load():
    t = triggers()
    assert t["verbs"]["امر"]["court_only"] and "ب سجن" in t["verbs"]["امر"]["needs"]
    assert t["nouns"][("احكام", "ب", "الاعدام")]["type"] == "COERCE"
    assert "المشتبه" in t["nouns"][("الاحتفاظ",)]["needs"] and "اللقب" not in t["nouns"][("الاحتفاظ",)]["needs"]


def test_needs_may_join_named_lists():
    from khabar.events.code import _named_lists

    raw = {"a": ["x", "y"], "b": ["z"]}
    assert _named_lists(raw, "a") == ["x", "y"] and _named_lists(raw, "a+b") == ["x", "y", "z"]
    t = triggers()
    assert {"مواقعها", "سكان"} <= t["verbs"]["اخلي"]["needs"] and {"الحكم", "سكين"} <= t["verbs"]["طعن"]["needs"]
    assert {"المصابين", "الي مستشفي"} <= t["verbs"]["نقل"]["needs"]
    assert {"كميه", "المشتبه", "خليه"} <= t["nouns"][("ضبط",)]["needs"]


def test_going_down_into_the_streets():
    t = triggers()
    assert t["verbs"]["نزل"]["type"] == "PROTEST" and "الشوارع" in t["verbs"]["نزل"]["needs"]
    assert {"الجيش", "احتفالا"} <= t["senses_off"]["نزل"] and t["sense_windows"]["نزل"] == 14
