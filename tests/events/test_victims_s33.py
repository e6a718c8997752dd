"""Round s33 (victims): who condemns or mourns an act of force is not its actor (arguments.yaml lament_verbs,
code._lamented_by_subject), and a plural nisba right after a verbal noun whose genitive is its patient names the
victims, not their state acting (code._nisba_people_patient).  Made-up sentences."""

from khabar.events.code import Word, _laments, arguments
from khabar.text.normalise import normalise_word as n
from tests.events.test_evact_mechanisms_s16b import coded


def _actors(text: str, kind: str) -> list[list[str]]:
    return [actors for t, actors in coded(text) if t == kind]


def test_lament_verbs_are_loaded_and_their_forms_read():
    assert n("ندد") in arguments()["lament_verbs"]
    for form in ("أدانت", "وأدانت", "تدينان", "يندد", "ونددت", "استنكرت", "ينعى", "وشجبت"):
        assert _laments(Word(n(form), 0, 0)), form
    for form in ("أعلن", "قال", "دعا", "أكدت"):
        assert not _laments(Word(n(form), 0, 0)), form


def test_condemners_before_their_verb_are_not_the_killers():
    for actors in _actors("فرنسا وألمانيا تدينان اغتياله", "ASSAULT"):
        assert "France" not in actors and "Germany" not in actors, actors


def test_a_named_striker_stays():
    assert ["Israel Defense Forces"] in _actors(
        "وأعلنت وزارة الصحة الفلسطينية مقتل شاب برصاص الجيش الإسرائيلي قرب نابلس.", "ASSAULT")


def test_plural_nisba_after_a_death_is_the_victims():
    assert all("Jordan" not in actors for actors in _actors("مقتل أردنيين ثلاثة في حادث إطلاق نار", "ASSAULT"))
    assert all("Lebanon" not in actors for actors in _actors("اختطاف لبنانيين اثنين قرب الحدود", "ASSAULT"))


def test_singular_nisba_after_the_act_still_acts():
    assert ["Israel"] in _actors("استهداف إسرائيلي لمواقع الحزب في الجنوب", "ASSAULT")


def _lamented(text: str, noun: str, name: str) -> bool:
    from khabar.entities.recognise import words_of
    from khabar.events.code import _lamented_by_subject
    from khabar.pipeline import run

    doc = run(text)
    words = words_of(doc)
    i = next(k for k, w in enumerate(words) if w.norm == n(noun))
    actor = [m for m in doc._.mentions if text[m.start:m.end] == name]
    return _lamented_by_subject(words, i, actor)


def test_condemner_past_his_title_is_not_the_killer():
    assert _lamented("من جهته، أدان رئيس البعثة الأوروبية جوزيب بوريل مقتل المتظاهرين، ودعا إلى التحقيق.",
                     "مقتل", "جوزيب بوريل")
    assert not _lamented("وأدانت مصر قيام إسرائيل باعتقال الصحفيين", "اعتقال", "إسرائيل")
    assert not _lamented("قتل جوزيب بوريل المتظاهرين، ثم أدان مقتل الجنود", "مقتل", "جوزيب بوريل")


def test_a_name_after_the_condemner_governing_the_act_by_a_preposition_stays():
    assert ["Israel"] in _actors("وأدانت مصر قيام إسرائيل باعتقال الصحفيين", "COERCE")
    assert ["الشرطة الإيرانية"] in _actors("أدانت الخارجية الأمريكية اعتقال الشرطة الإيرانية للصحفية", "COERCE")


def _relative(text: str, verb: str, name: str) -> bool:
    from khabar.entities.recognise import words_of
    from khabar.events.code import _lamented_relative
    from khabar.pipeline import run

    doc = run(text)
    words = words_of(doc)
    i = next(k for k, w in enumerate(words) if w.norm == n(verb))
    actor = [m for m in doc._.mentions if text[m.start:m.end] == name]
    return _lamented_relative(words, i, actor)


def test_the_relative_clause_on_a_condemned_act_is_not_the_condemners():
    assert _relative("ودانت الحكومة الفرنسية أعمال العنف التي استهدفت سفارتها.", "استهدفت", "الحكومة الفرنسية")
    assert not _relative("أدانت مصر قصف إسرائيل الذي استهدف المدرسة.", "استهدف", "إسرائيل")
    assert not _relative("قالت الحكومة الفرنسية إن المسلحين الذين استهدفوا السفارة فروا.", "استهدفوا",
                         "الحكومة الفرنسية")
