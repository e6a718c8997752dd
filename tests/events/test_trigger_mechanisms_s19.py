"""Session 19's trigger pass, each mechanism on its own: a quoted title names a work, not an act; a programme
or a ruling that "targets" people strikes nothing (subject_senses_off); ل fused on a listed event noun; a
construct noun opening its sentence before a title is the verb (ثمن، شكر); a light verb's noun that the
recogniser read into its subject's name; a meeting's proceedings closed (اختتم أعماله).  Their behaviour in composed sentences: events_trigger_probes_s19.yaml."""

from test_events_trigger_probes import coded_triggers  # noqa: F401  (the fixture that spies on code_sentence)
from test_trigger_mechanisms_s18 import _coded, _words   # the s18 helpers: a sentence's coded events, plain words
from khabar.events.code import _governed, _in_title, _subject_sense_off, _swallowed_noun, _title_word, triggers


def test_the_lists_load_normalised():
    t = triggers()
    assert {"بعنوان", "شعار"} <= t["title_cues"] and {"ثمن", "شكر"} <= t["titled_construct_verbs"]
    assert t["titled_construct_verbs"] <= t["construct_nouns"]          # only construct nouns need the exception
    assert {"المبادره", "البرنامج", "القرار"} <= t["subject_senses_off"]["استهدف"]
    assert "الحمله" not in t["subject_senses_off"]["استهدف"]             # a campaign may be a military one
    assert "اعمال" in t["light"]["اختتم"] and t["light_nouns"]["اعمال"]["type"] == "CONSULT"
    assert "اعمال" not in t["relative_nouns"]                            # never an act before a relative verb
    assert "السياح" in t["noun_senses_off"]["زياره"]["after"]


def test_a_fused_lam_comes_off_a_listed_event_noun_only():
    assert _governed("لكمين") == "كمين"
    assert _governed("بوساطه") == "وساطه"                                 # ب as before
    assert _governed("لجنه") == "لجنه" and _governed("لبنان") == "لبنان"   # the rest is no event noun
    assert _governed("للهجوم") == "للهجوم"                                 # لل is the article's, split elsewhere
    assert _governed("لوقف") == "لوقف"                                     # the head of "وقف إطلاق النار": a purpose


def test_a_word_in_a_quoted_title_is_no_act():
    assert _in_title(_words("معرض بعنوان « هجوم الالوان »"), 3)
    assert _in_title(_words("تحت شعار « اوقفوا القصف »"), 4)
    assert _in_title(_words("فيلما بعنوان « الاجتياح »"), 3)
    assert not _in_title(_words("شنت الطائرات هجوما علي « مخيم النصيرات »"), 2)   # before the quotes
    assert not _in_title(_words("اطلق الجيش عمليه « السيوف الحديديه »"), 5)       # an operation's name: no cue
    assert not _in_title(_words("قال « ان الهجوم فشل »"), 3)                      # a quotation, not a title


def test_a_programme_that_targets_people_strikes_nothing():
    assert _subject_sense_off(_words("استهدفت المبادره الشباب"), 0, "استهدف")
    assert _subject_sense_off(_words("يستهدف البرنامج الف شاب"), 0, "استهدف")
    assert not _subject_sense_off(_words("استهدفت الغاره مشروعا سكنيا"), 0, "استهدف")   # the object a project
    assert not _subject_sense_off(_words("رفضت الخطه"), 0, "رفض")                       # another verb's object


def test_the_noun_read_into_the_subjects_name_is_taken_back():
    light = triggers()["light"]["نظم"]
    words = _words("نظمت تنسيقيه الاساتذه وقفه احتجاجيه امام البرلمان")
    assert _swallowed_noun(words, 4, light) == 3                          # the name ran over "وقفه"
    assert _swallowed_noun(words, 3, light) == 3                          # a name that ends where it should
    words = _words("نظمت لجنه المسيره وقفه احتجاجيه")
    assert _swallowed_noun(words, 3, light) == 3                          # a definite last word is the name's


def test_a_construct_noun_before_a_title_opens_as_its_verb(coded_triggers):  # noqa: F811
    assert _title_word("ملك") and _title_word("الرئيس") and not _title_word("النفط")
    assert ("SUPPORT", "ثمن", "asserted") in _coded("وثمن ملك البحرين الجهود المصرية.", coded_triggers)
    assert any(t == "SUPPORT" for t, *_ in _coded("وشكر الرئيس الحكومة على جهودها.", coded_triggers))
    assert not _coded("وثمن النفط ارتفع كثيرا.", coded_triggers)


def test_a_meetings_proceedings_closed_are_talks(coded_triggers):  # noqa: F811
    coded = _coded("واختتمت جامعة الدول العربية أعمالها أمس.", coded_triggers)
    assert any(t == "CONSULT" for t, *_ in coded), coded
    assert not _coded("وواصلت شركة أرامكو أعمال الحفر في الحقل.", coded_triggers)   # works, not a meeting's


def test_a_projectile_is_fired_only_by_a_light_verb(coded_triggers):  # noqa: F811
    t = triggers()
    assert {"مقذوف", "مقذوفا"} <= t["light"]["اطلق"] and t["light_nouns"]["مقذوف"]["mode"] == "heavy-weapons"
    assert "مقذوف" in t["relative_nouns"] and "مقذوف" not in t["noun_first"]   # never an act alone
    assert any(t == "ASSAULT" for t, *_ in _coded("وأطلقت جماعة الحوثي مقذوفا باتجاه مدينة نجران.", coded_triggers))
    assert not _coded("وعثرت فرق الهندسة على مقذوفات غير منفجرة في الحقول.", coded_triggers)
