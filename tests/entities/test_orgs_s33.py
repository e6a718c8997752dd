"""Round s33 (second wave, ORG and GROUP actors): the indefinite oblique plural "مسلحين" is the counted
noun of a toll more often than a party (and so is "شبان", youths), so each heads a GROUP only where it stands as an agent: after a
preposition, complementizer or agent cue ("إن مسلحين"، "على أيدي مسلحين"), after "رصاص", or as the
object of a definite subject with a plural verb after it whose subject it is.  Made-up sentences."""

import pytest

from khabar.entities.recognise import _patterns, _plural_verb
from khabar.text.normalise import normalise_word
from tests.entities.reading import entities_of


def _groups(text: str) -> set[str]:
    return {m["text"] for e in entities_of(text) if e["type"] == "GROUP" for m in e["mentions"]}


def test_slotted_agent_lexicons_load_normalised():
    p = _patterns()
    assert normalise_word("مسلحين") in p["slotted_agent_heads"]
    assert normalise_word("رصاص") in p["plural_agent_cues"]


@pytest.mark.parametrize("text, group", [
    ("وأفاد شهود بأن الموظف خطف على أيدي مسلحين قرب السوق.", "مسلحين"),
    ("وقال مسؤول محلي إن مسلحين اقتحموا مقر البلدية ليلا.", "مسلحين"),
    ("ولاحقت الشرطة المحلية مسلحين سرقوا شاحنة وقود.", "مسلحين"),
    ("وقتل التاجر برصاص مسلحين أمام متجره.", "مسلحين"),
    ("ووقعت مناوشات بين شبان ورجال الشرطة قرب الملعب.", "شبان"),
    ("واقتحم شبان مقر الحزب وأضرموا فيه النار.", "شبان"),
])
def test_gunmen_in_an_agent_slot_are_a_group(text, group):
    assert group in _groups(text)


@pytest.mark.parametrize("text", [
    "وأعلن الجيش مقتل مسلحين في اشتباك قرب الحدود.",       # a toll's counted noun
    "وقال الضابط إن ستة مسلحين قتلوا في الغارة.",            # a number counts them: the figure's noun
    "وتصدى حراس ومدنيين مسلحين تمكنوا من صد الهجوم.",       # the adjective of an indefinite noun
])
def test_gunmen_outside_an_agent_slot_are_no_group(text):
    assert "مسلحين" not in _groups(text)


def test_counted_youths_stay_the_figures_noun():
    assert "شبان" not in _groups("وأصيب سبعة شبان بجروح في القصف.")


@pytest.mark.parametrize("word, verb", [
    ("نفذوا", True), ("يرتدون", True), ("تمكنوا", True), ("يمنيون", False), ("منزل", False),
])
def test_plural_verb_shape(word, verb):
    assert _plural_verb(normalise_word(word)) is verb


@pytest.mark.parametrize("text, group", [
    ("وانتشلت فرق البحث ثلاث جثث من تحت ركام المبنى.", "فرق البحث"),
    ("وأخلت فرق الإطفاء سكان العمارة قبل انهيارها.", "فرق الإطفاء"),
])
def test_search_and_firefighting_teams_are_a_group(text, group):
    assert group in _groups(text)


def test_a_teams_verbal_noun_with_its_complement_is_the_object():
    groups = _groups("وواصلت فرق الإنقاذ البحث عن مفقودين في الوادي.")
    assert "فرق الإنقاذ" in groups and "فرق الإنقاذ البحث" not in groups


def _owner_mentions(text: str, surface: str) -> set[str]:
    owner = next((e for e in entities_of(text) for m in e["mentions"] if m["text"] == surface), None)
    return {m["text"] for m in owner["mentions"]} if owner else set()


@pytest.mark.parametrize("text", [
    "وفرقت قوات الأمن المتظاهرين في الساحة. واعتقلت الشرطة عشرين شخصا.",
    "وقالت الأجهزة الأمنية إنها تتعقب الخاطفين. وأضافت الشرطة أنها أقامت حواجز.",
    "وأنقذ خفر السواحل عشرات المهاجرين. وأوقفت الشرطة ثلاثة مهربين.",
])
def test_bare_police_is_not_another_security_body(text):
    assert _owner_mentions(text, "الشرطة") == {"الشرطة"}


def test_bare_police_names_back_the_police():
    text = "وأعلنت الشرطة الكينية توقيف مشتبه به. وقالت الشرطة إن التحقيق متواصل."
    assert _owner_mentions(text, "الشرطة") >= {"الشرطة", "الشرطة الكينية"}
