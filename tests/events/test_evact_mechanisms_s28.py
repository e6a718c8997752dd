"""Round s28 (wrong actors): mechanisms that give an event the actor the text means.

A capital city that acts is its state (code._capital_state): "وكانت باماكو قد قطعت علاقاتها"، "أرسلت نيروبي
قواتها".  The entity stage keeps the city where the article also writes it as a place, so the act goes to the
state the article names; a capital struck or visited stays the city (a recipient or a place), and a capital
in an article that names no state keeps its own act."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


@pytest.mark.parametrize("text, kind, state, city", [
    ("وقال الوزير إن مالي تواجه أزمة. وكانت باماكو قد قطعت علاقاتها الدبلوماسية مع أوكرانيا بعد المعارك في باماكو.",
     "SANCTION", "Mali", "Bamako"),
    ("ووصل الوفد إلى كينيا. وتشن حركة الشباب هجمات في كينيا منذ أن أرسلت نيروبي قواتها إلى الصومال، "
     "ويقيم في نيروبي آلاف اللاجئين.", "MOBILIZE", "Kenya", "Nairobi"),
])
def test_a_capital_that_acts_is_its_state(text, kind, state, city):
    actors = [a for t, a in coded(text) if t == kind]
    assert actors and all(a == [state] for a in actors), coded(text)


def test_a_capital_with_no_state_named_keeps_its_act():
    text = "وكانت باماكو قد قطعت علاقاتها الدبلوماسية مع أوكرانيا بعد المعارك في باماكو."
    assert ("SANCTION", ["Bamako"]) in coded(text), coded(text)


# A circumstantial participle agrees with its subject in number (code._plural_participle, _one_party):
# "، مطالبين السلطات" is said of a plural of people, never of the one person or the one body that reports it.

@pytest.mark.parametrize("text, speaker", [
    ("وقال الناشط سامي الخطيب لوكالة رويترز إن الأهالي شكلوا لجانا شعبية لحراسة المساجد بعد الهجوم، "
     "مطالبين السلطات بتشديد الإجراءات الأمنية.", "سامي الخطيب"),
    ("وقالت الشرطة إن مئات الأشخاص تجمعوا أمام المبنى، مطالبين الحكومة بالاستقالة.", "الشرطة"),
])
def test_a_plural_participle_is_not_the_single_speakers(text, speaker):
    requests = [a for t, a in coded(text) if t == "REQUEST"]
    assert all(speaker not in " ".join(a) for a in requests), coded(text)


@pytest.mark.parametrize("text, actor", [
    ("وتظاهر المحتجون أمام البرلمان، مطالبين الحكومة بالاستقالة.", "المحتجون"),
    ("وقال وزير الخارجية سامي الخطيب إن الحل سياسي، مطالبا الأطراف بالحوار.", "سامي الخطيب"),
])
def test_a_participle_agreeing_in_number_keeps_its_subject(text, actor):
    assert any(actor in " ".join(a) for t, a in coded(text) if t == "REQUEST"), coded(text)
