"""Session 17's trigger mechanisms, each on its own: a denial verb whose verbal-noun object is the
act denied (negated), a ban on trade retyped as a sanction, the sports and funding senses of طرد,
حشد and استقبل, and the lists that carry them (their behaviour in sentences:
events_trigger_probes_s17.yaml)."""

from khabar.entities.recognise import Word
from khabar.events.code import _denied, _n, _sense_off, _within, triggers


def _words(text: str) -> list[Word]:
    return [Word(_n(token), 0, 0, is_punct=token in "،,.") for token in text.split()]


def test_denied_act_is_the_object_of_a_denial_verb():
    assert _denied(_words("نفت الشرطه اعتقال اي متظاهرين"), 2)
    assert _denied(_words("ونفى الجيش الاسرائيلي قصف المستشفى"), 3)
    assert _denied(_words("نفى اعتقال الصحفي"), 1)
    assert not _denied(_words("نفى الجيش مسؤوليته عن الهجوم"), 4)          # a part in an attack denied
    assert not _denied(_words("نفت الوزاره ، واكدت اعتقال المتهمين"), 4)     # another clause
    assert not _denied(_words("اعلنت الشرطه اعتقال المتهمين"), 2)            # announced, not denied
    assert not _denied(_words("نفى رئيس الوزراء السابق في بيان اعتقال"), 6)  # past its reach


def test_a_ban_on_trade_is_a_sanction():
    rule = triggers()["verbs"]["حظر"]["retype"]
    assert rule[1] == "SANCTION" and rule[0] == "traded"
    assert _within(_words("حظرت السلطات استيراد الدواجن"), 1, "traded")
    assert not _within(_words("حظرت السلطات التجول في المدينه"), 1, "traded")


def test_other_senses_of_expel_mobilize_and_receive():
    assert _sense_off(_words("طرد الحكم لاعب الفريق الضيف"), 0, "طرد")
    assert not _sense_off(_words("طردت الحكومه اربعه دبلوماسيين"), 0, "طرد")
    assert _sense_off(_words("حشدت الشركه تمويلا بقيمه مليار"), 0, "حشد")
    assert not _sense_off(_words("حشد الجيش قواته حول المدينه"), 0, "حشد")
    assert _sense_off(_words("استقبل المستشفى اكثر من الف مراجع"), 0, "استقبل")
    assert not _sense_off(_words("استقبل المستشفى 40 مراجعا"), 0, "استقبل")       # a number ends the reach
    assert _sense_off(_words("استقبل المطار المسافرين القادمين"), 0, "استقبل")
    assert not _sense_off(_words("استقبل الرئيس وزير الخارجيه"), 0, "استقبل")


def test_session_17_lists_load():
    t = triggers()
    assert {"استيراد", "صادرات"} <= t["traded"] and {"نفي", "نفت"} <= t["denials"]
    assert t["nouns"][("حاله", "الانذار")]["type"] == "MOBILIZE" and t["nouns"][("حاله", "انذار")]["type"] == "MOBILIZE"
    assert {"الكره", "المرمي"} <= t["senses_off"]["قصف"]


def test_a_doubled_verb_with_its_feminine_ending():
    from khabar.events.code import _verb_by_stem
    assert _verb_by_stem("دكت")[1] == "دك" and _verb_by_stem("حثت")[1] == "حث"
    assert _verb_by_stem("بنت") is None and _verb_by_stem("كت") is None          # a girl; too short


def test_unnamed_forces_in_idafa_are_a_light_verbs_subject():
    from khabar.events.code import _forces_construct
    light = triggers()["light"]["اطلق"]
    assert _forces_construct(_words("جنود الاحتلال النار علي"), 0, light)
    assert _forces_construct(_words("عناصر الامن الرصاص"), 0, light)
    assert not _forces_construct(_words("الجنود النار علي"), 0, light)            # definite: no construct
    assert not _forces_construct(_words("جنود ، النار علي"), 0, light)           # no genitive
    assert not _forces_construct(_words("مسلحون الرصاص علي"), 0, light)          # no forces head
    sent = triggers()["light"]["ارسال"]
    assert not _forces_construct(_words("قوات الي ليبيا"), 0, sent)              # the forces sent, and إلى


def test_led_away_by_security_forces_is_an_arrest():
    assert triggers()["verbs"]["اقتاد"]["retype"] == ["custodians", "COERCE", "arrest"]
    assert _within(_words("اقتادت قوه امنيه الناشط"), 1, "custodians")
    assert not _within(_words("اقتاد مسلحون الناشط الي جهه مجهوله"), 1, "custodians")


def test_words_of_another_sense_and_a_portfolio():
    from khabar.events.code import _noun_sense_off, _portfolio
    assert _noun_sense_off(_words("شهدت الجلسه اشتباكا كلاميا"), 2)
    assert not _noun_sense_off(_words("شهدت المدينه اشتباكا مسلحا"), 2)
    assert _portfolio(_words("رئيس دائره شؤون المفاوضات"), 3)
    assert not _portfolio(_words("استؤنفت المفاوضات"), 1)
    assert _sense_off(_words("واعتصم الوزير بالصمت"), 0, "اعتصم")
    assert not _sense_off(_words("واعتصم الطلبه امام الوزاره"), 0, "اعتصم")


def test_a_verb_after_a_speakers_aside_and_a_request_of_a_pronoun():
    from khabar.events.code import _asks_of, _side_opened
    assert _side_opened(_words("من جهت ه ، طلب"), 4) and _side_opened(_words("و من جانب ها ، طلب"), 5)
    assert _side_opened(_words("ب دوره ، علق"), 3)
    assert not _side_opened(_words("في جهت ه ، طلب"), 4)                          # no aside
    assert not _side_opened(_words("من جهت ه طلب"), 3)                            # no comma
    assert not _side_opened(_words("قال الوزير ، طلب"), 3)
    assert _asks_of(_words("و طلب من ه اتاحه الفرصه"), 1, "طلب")
    assert not _asks_of(_words("بناء علي طلب من ه"), 2, "طلب")                     # the noun after a preposition
    assert not _asks_of(_words("طلب من الحكومه"), 0, "طلب")                        # a noun may take من الحكومة
