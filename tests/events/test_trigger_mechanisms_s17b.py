"""Session 17's second trigger pass, each mechanism on its own: a truce a side declares (CONCEDE) apart
from an agreed or mediated one (RETREAT ceasefire), control of a fire or a situation (no seizure), a
standing control after a verb of subjection, an act a suspect is suspected of, the status of an act told
in the perfect, and the lists that carry them (their behaviour in sentences: events_trigger_probes_s17b.yaml)."""

from datetime import date

import khabar
from khabar.entities.recognise import Word
from khabar.events.code import _charged, _declared_truce, _indefinite_nisba, _n, _noun_sense_off, _sporting, _state, _status, triggers


def _words(text: str) -> list[Word]:
    return [Word(_n(token), 0, 0, is_punct=token in "،,.") for token in text.split()]


def _types(text: str) -> list[str]:
    return [event["type"] for event in khabar.read(text, published="2025-03-10").events]


def test_the_lists_load_normalised():
    t = triggers()
    assert {"اعلن", "يعلن", "معلنا"} <= t["declaring"] and "اعلان" not in t["declaring"]
    assert "احاديا" in t["unilateral"] and {"التوصل", "الطرفان"} <= t["agreed_truce"]
    assert "المشتبه" in t["suspected"] and {"بالتقصير", "بمسؤوليت", "الهزيمه"} <= t["faults"]
    assert {"حريق", "وضع", "تضخم"} <= t["noun_senses_off"]["سيطره"]["over"]
    assert {"تخضع", "تحت"} <= t["states"]
    assert t["verbs"]["سيطر"]["type"] == "COERCE" and t["verbs"]["سيطر"]["mode"] == "seize"
    assert t["verbs"]["دخل"]["type"] == "COERCE" and t["nouns"][("سيطره",)]["mode"] == "seize"
    assert t["nouns"][("هدنه",)]["declared"] == "CONCEDE" and t["verbs"]["اعترف"]["retype"][1] == "CONCEDE"
    assert "قبضه" in t["light"]["احكم"] and "اضرام" in t["light"]


def test_a_truce_a_side_declares():
    words = _words("اعلن الجيش السوداني هدنه انسانيه")
    assert _declared_truce(words, 3, 4)
    words = _words("اعلنت الحركه هدنه احاديه")
    assert _declared_truce(words, 2, 3)
    words = _words("التزم الجيش ب وقف اطلاق النار من جانب واحد")
    assert _declared_truce(words, 3, 6)                                   # unilateral, whoever tells it
    assert not _declared_truce(_words("اعلن الوسطاء التوصل الي هدنه"), 4, 5)   # agreed
    assert not _declared_truce(_words("اعلنت الاطراف هدنه شامله"), 2, 3)       # both parties: agreed
    assert not _declared_truce(_words("اعلن المبعوث هدنه بين الطرفين"), 2, 3)  # a truce between others
    assert not _declared_truce(_words("دخلت الهدنه حيز التنفيذ"), 1, 2)         # told, not declared
    assert not _declared_truce(_words("اعلن الرئيس ، وهدنه"), 3, 4)             # another clause


def test_control_of_a_fire_is_no_seizure():
    assert _noun_sense_off(_words("من السيطره علي الحريق"), 1)
    assert _noun_sense_off(_words("السيطره علي الوضع الامني"), 0)
    assert not _noun_sense_off(_words("السيطره علي مطار الخرطوم"), 0)
    assert not _noun_sense_off(_words("السيطره الكامله علي الحريق"), 0)   # only right after على


def test_control_under_a_verb_of_subjection_is_a_state():
    assert _state(_words("تخضع المدينه ل سيطره الحوثيين"), 3)
    assert _state(_words("المناطق تحت سيطره الجيش"), 2)
    assert _state(_words("مناطق خاضعه ل سيطره الحوثيين"), 3)
    assert not _state(_words("اعلن الجيش السيطره علي المدينه"), 2)
    assert not _state(_words("تخضع المدينه ، ثم ل سيطره"), 5)            # across a clause break


def test_an_act_a_suspect_is_suspected_of():
    assert _charged(_words("توقيف عدد من المشتبه فيهم ب اضرام النار"), 6)
    assert not _charged(_words("اقدم مجهولون علي اضرام النار"), 3)
    assert not _charged(_words("اعتقلت الشرطه شابين ب تهمه رشق هم"), 5)    # a charge: the act still told


def test_the_status_of_an_act_told_in_the_perfect():
    published = date(2025, 3, 10)
    words = _words("دعت المعارضه الي التظاهر يوم الجمعه المقبل")
    assert _status(words, 0, date(2025, 3, 14), published, "verb") == "asserted"   # the call is made
    assert _status(words, 0, date(2025, 3, 14), published, "noun") == "future"     # a noun still dated ahead
    words = _words("ستواصل الارتفاع خلال الايام المقبله ، داعيا السكان")
    assert _status(words, 6, None, published, "participle") == "asserted"          # the future is the clause before
    words = _words("من المقرر ان يطالب الوفد")
    assert _status(words, 3, None, published, "verb") == "future"                  # a cue before it still counts


def test_the_conventions_in_sentences():
    assert "COERCE" in _types("وسيطرت قوات الدعم السريع على مدينة ود مدني.")
    assert "ASSAULT" not in _types("وسيطرت قوات الدعم السريع على مدينة ود مدني.")
    assert not _types("وتمكنت فرق الدفاع المدني من السيطرة على الحريق.")
    assert _types("وأعلن الجيش السوداني هدنة إنسانية لمدة 72 ساعة.") == ["CONCEDE"]
    assert "CONCEDE" in _types("واعترفت الحكومة بالتقصير في تدبير ملف الفيضانات.")
    assert _types("وأقدم مجهولون على إضرام النار في سيارة أحد المرشحين.") == ["ASSAULT"]


def test_an_attack_on_a_goal_is_a_match():
    assert "مرمي" in triggers()["goals"]
    assert _sporting(_words("هجوم كاسح علي مرمي المنافس"), 2)
    assert _sporting(_words("قصف اللاعب الكره في الشباك"), 1)
    assert not _sporting(_words("قتل مشجعان في اشتباكات عقب المباراه"), 1)   # violence at a match
    assert not _sporting(_words("قصفت الطائرات ملعبا ل كره القدم"), 1)       # a pitch struck
    assert not _sporting(_words("هجوم علي الجيش ، ثم علي مرمي"), 1)          # another clause


def test_an_unnamed_force_with_its_nisba_before_a_light_verbs_noun():
    assert "قناص" in triggers()["instruments"]
    assert _indefinite_nisba("حوثي") and _indefinite_nisba("اسرائيليون") and _indefinite_nisba("روسيه")
    assert not _indefinite_nisba("الحوثي") and not _indefinite_nisba("النار") and not _indefinite_nisba("في")
    # the light verb reaches its noun past the unnamed force and its nisba (the trigger spans them)
    assert _types("وأطلق جنود إسرائيليون النار على شاب قرب الحاجز.") == ["ASSAULT"]
