"""Session 15's trigger mechanisms, each on its own: the accusative masdar of a stance that gives an
act's reason (مفعول لأجله), an unnamed subject between a light verb and its noun, a suicide bomber as
the subject of an opening bare verb, a light verb's noun in a compound of another sense, and the
lists that carry the new verbs and nouns (their behaviour in sentences: events_trigger_probes_s15.yaml)."""

from khabar.entities.recognise import Word
from khabar.events.code import _n, _noun_sense_off, _purpose, _unnamed_subject, triggers


def _words(text: str) -> list[Word]:
    return [Word(_n(token), 0, 0) for token in text.split()]


def test_stance_masdar_before_its_preposition_is_a_reason():
    words = _words("خرجت مظاهرات حاشدة تنديدا ب العدوان")
    assert _purpose(words, 3)
    assert _purpose(_words("سيرت اللجان مواكب رفضا ل الانقلاب"), 3)
    assert _purpose(_words("خرج الالاف تضامنا مع غزه"), 2)
    assert not _purpose(_words("نزل الالاف الي الشوارع احتجاجا علي الضرائب"), 4)   # the protest told by it
    assert not _purpose(_words("ابدت الحكومه رفضا قاطعا ل المقترح"), 2)    # the object, with its adjective
    assert not _purpose(_words("رفضا ل القرار"), 0)                          # nothing before it to give a reason for
    assert not _purpose(words, 1)                                             # not a stance masdar


def test_unnamed_subject_before_a_light_noun():
    light = triggers()["light"]["نظم"]
    words = _words("نظمت النقابات وقفه احتجاجيه")
    assert _unnamed_subject(words, 1, light) == 2
    assert _unnamed_subject(_words("سيرت لجان المقاومه مواكب"), 1, triggers()["light"]["سير"]) == 3
    assert _unnamed_subject(_words("نظمت النقابات اي وقفه"), 1, light) == 2   # a word the light loop skips
    assert _unnamed_subject(_words("نظمت في الرباط وقفه"), 1, light) == 1     # a preposition: no subject
    assert _unnamed_subject(_words("نظمت نقابه عمال وقفه"), 1, light) == 1    # its last word indefinite
    assert _unnamed_subject(_words("نظمت النقابات ندوه علميه"), 1, light) == 1   # no noun the verb takes


def test_light_noun_in_a_compound_of_another_sense():
    assert _noun_sense_off(_words("نظمت الجامعه مسيره رياضيه"), 2)
    assert not _noun_sense_off(_words("نظمت النقابات مسيره حاشده"), 2)


def test_session_15_lists_load():
    t = triggers()
    assert "عبوه" in t["verbs"]["انفجر"]["needs"] and "ناسفه" in t["nouns"][("انفجار",)]["needs"]
    assert "خزان" not in t["verbs"]["انفجر"]["needs"]
    assert t["verbs"]["اخلي"]["type"] == "RETREAT" and "مواقعها" in t["verbs"]["اخلي"]["needs"]
    assert t["verbs"]["عزز"]["type"] == "MOBILIZE" and "التعاون" not in t["verbs"]["عزز"]["needs"]
    assert t["verbs"]["اسقط"]["retype"][:2] == ["relief", "AID"] and "طرودا" in t["relief"]
    assert t["nouns"][("مسيرات", "غاضبه")]["type"] == "PROTEST" and ("مسيرات",) not in t["nouns"]
    assert t["nouns"][("مناورات", "عسكريه", "مشتركه")]["type"] == "COOPERATE"
    assert t["nouns"][("مناورات", "عسكريه")]["type"] == "MOBILIZE"
    assert t["nouns"][("درجه", "الجاهزيه")]["type"] == "MOBILIZE"
    assert {"رفضا", "تنديدا"} <= t["purpose_masdars"] and "احتجاجا" not in t["purpose_masdars"] and "انتحاري" in t["plural_agents"]
    assert "البورصه" in t["senses_off"]["اغلق"] and t["sense_windows"]["اغلق"] <= 4
    assert "المباراه" in t["senses_off"]["اوقف"] and "البورصه" in t["senses_off"]["انسحب"]
    assert "اي" in t["light_skip"] and "رياضيه" in t["noun_senses_off"]["مسيره"]["after"]


def test_unnamed_subject_only_for_crowds_and_relief():
    assert _unnamed_subject(_words("اضرم المزارعون النار في"), 1, triggers()["light"]["اضرم"]) == 1
    assert _unnamed_subject(_words("وزعت الجمعيات طرودا غذائيه"), 1, triggers()["light"]["وزع"]) == 2
    # session 22 added MOBILIZE (a command sends forces: "أرسلت قيادة العمليات كتيبة"); an attack still needs a name
    assert triggers()["unnamed_subject_types"] == {"PROTEST", "AID", "MOBILIZE"}


def test_access_allowed_by_its_masdar():
    t = triggers()
    assert t["nouns"][("السماح",)]["mode"] == "access" and "ب دخول" in t["nouns"][("السماح",)]["needs"]
    assert t["nouns"][("اعاده", "فتح", "مطار")]["type"] == "RETREAT"
    assert t["nouns"][("اعاده", "فتح", "السفاره")]["type"] == "COOPERATE"     # an embassy reopened stays cooperation
    assert t["verbs"]["سمح"]["negated_only"] and "وديعه" in t["light"]["قدم"]


def test_other_sense_ends_before_a_counted_object_or_its_cause():
    from khabar.events.code import _sense_off
    assert _sense_off(_words("اوقفت الشركه اعمال الحفر"), 0, "اوقف")
    assert not _sense_off(_words("اوقفت الشرطه 20 شخصا اثر اعمال شغب"), 0, "اوقف")
    assert not _sense_off(_words("اوقفت القوات عشرات يشتبه في تورطهم في اعمال القتل"), 0, "اوقف")
    t = triggers()
    assert {"اثر", "بتهمه"} <= t["sense_stops"] and "خليه" in t["verbs"]["فكك"]["needs"]
    assert "عبوه" not in t["verbs"]["فكك"]["needs"] and "تذاكر" not in t["verbs"]["حجز"]["needs"]


def test_pledge_as_a_manner_of_saying_is_no_participle():
    from khabar.events.code import _participle
    assert triggers()["verbs"]["تعهد"]["no_participle"]
    # round s24: the ḥāl is read, but codes only a vow of punishment (THREATEN); "، متعهدا بمكافحة الفساد" stays no
    # act (tests/events/data/trigger_probes_s24.yaml)
    assert _participle(Word("متعهدا", 0, 0))["no_participle"] == "vow"
    assert _participle(Word("متهما", 0, 0))["type"] == "ACCUSE"   # other verbs' ḥāl still codes


def test_compensation_paid_out():
    t = triggers()
    assert "تعويضات" in t["verbs"]["صرف"]["needs"] and "جنيه" not in t["verbs"]["صرف"]["needs"]
    assert "جنيه" in t["nouns"][("صرف",)]["needs"] and "سعر" in t["noun_senses_off"]["صرف"]["before"]
    assert _noun_sense_off(_words("ارتفع سعر صرف الدولار"), 2)


def test_the_broken_plural_of_an_agent_noun_is_no_form_three_verb():
    # the lexicon gives طلاب the lemma طالب, which is also the verb "demanded"
    from khabar.events.code import _agents_plural

    assert _agents_plural("طلاب", "طالب") and _agents_plural("عمال", "عامل")
    assert not _agents_plural("طالبت", "طالب") and not _agents_plural("يطالب", "طالب")
