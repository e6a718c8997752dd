"""Round s26 (lost actors): an event noun a light verb takes from a few words back (code._distant_light_subject).

The light verb's subject, a time, an aside set off by commas or a body after من may stand between the verb
and its noun ("وأطلق الجيش في الخامس من مارس الماضي هجوما"، "وأجرى الملك، عاهل الأردن، اتصالا هاتفيا"،
"نظم عشرات العمال المفصولين وقفة احتجاجية"): the noun is the verb's object and its act is the subject's.  A
noun behind another object of the verb or a preposition's object is not the verb's ("شن الجيش غارات على
القرية ردا على هجوم": the army does not do the attack it answers)."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


@pytest.mark.parametrize("text, kind, actor", [
    ("وأطلق الجيش السوداني في الخامس من مارس الماضي هجوما على مواقع الدعم السريع.", "ASSAULT",
     "Sudanese Armed Forces"),
    ("وأجرى الملك عبد الله الثاني، عاهل الأردن، اتصالا هاتفيا مع الرئيس الفرنسي.", "CONSULT",
     "Abdullah II of Jordan"),
    ("وقالت منظمات حقوقية إن الشرطة شنت منذ الأحد حملة اعتقالات في الحي.", "COERCE", "الشرطة"),
])
def test_light_verb_subject_reaches_its_noun_past_a_time_or_an_aside(text, kind, actor):
    assert [actor] in [a for t, a in coded(text) if t == kind], coded(text)


def test_a_crowd_subject_with_its_adjective_organises_the_protest():
    protests = [a for t, a in coded("ونظم عشرات العمال المفصولين وقفة احتجاجية أمام مقر الشركة.") if t == "PROTEST"]
    assert protests and all(protests), protests


def test_a_noun_behind_the_verbs_object_is_not_the_verbs():
    from khabar.events.code import _distant_light_subject, _Args
    from khabar.entities.recognise import words_of
    from khabar.pipeline import run

    doc = run("وشن الجيش غارات على القرية ردا على هجوم استهدف موقعا عسكريا.")
    words, mentions = words_of(doc), sorted(doc._.mentions, key=lambda m: m.start)
    args = _Args(words, mentions)
    args.timed = args.in_time = None
    attack = next(k for k, w in enumerate(words) if w.norm == "هجوم")
    assert _distant_light_subject(args, attack, "ASSAULT") == []


# --- an intransitive verbal noun's genitive past a quantifier or a title (code._genitive_past_title)

@pytest.mark.parametrize("text, actor", [
    ("ويقضي الاتفاق بانسحاب جميع القوات الروسية من المدينة خلال شهر.", "Russian Armed Forces"),
    ("وجاءت الانتخابات بعد تنحي الرئيس عمر البشير عن السلطة.", "Omar al-Bashir"),
])
def test_who_withdraws_is_named_past_a_quantifier_or_a_title(text, actor):
    assert [actor] in [a for t, a in coded(text) if t == "RETREAT"], coded(text)


def test_the_released_is_no_actor_of_the_release():
    from khabar.events.code import arguments

    assert arguments()["intransitive_genitive_agent_types"] == {"RETREAT"}
    releases = [a for t, a in coded("وطالبت النقابة بإطلاق سراح الصحفي محمد علي فورا.") if t == "RETREAT"]
    assert all("محمد علي" not in " ".join(a) and "Mohamed Ali" not in " ".join(a) for a in releases), releases


def test_the_one_released_after_an_preposition_is_no_actor():
    releases = [a for t, a in coded("وأعلنت الحكومة الإفراج عن المواطن الفرنسي جان دوبون بعد وساطة.") if t == "RETREAT"]
    assert all("دوبون" not in " ".join(a) and "Dupont" not in " ".join(a) for a in releases), releases
