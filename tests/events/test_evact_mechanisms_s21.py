"""Session 18's (round s21) argument mechanisms: the subject of an SVO clause read across the
title written before the name and a relative clause set off by commas; a list of parties that goes
on past a person's office after the name and takes a titled person after a body; the feminine
ḥāl spelt as its verbal noun ("، مطالبة …"); a patient's nisba that is no actor; a dateline's place
and agency that are no antecedent."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded, _words


def _actors(text: str, kind: str) -> list[list[str]]:
    return [actors for t, actors in coded(text) if t == kind]


@pytest.mark.parametrize("text, actor, other", [
    ("الرئيس الفلسطيني محمود عباس التقى الرئيس المصري عبد الفتاح السيسي في القاهرة.",
     "Mahmoud Abbas", "Abdel Fattah el-Sisi"),
    ("الرئيس الفلسطيني محمود عباس، الذي وصل إلى القاهرة مساء السبت، التقى الرئيس المصري عبد الفتاح السيسي.",
     "Mahmoud Abbas", "Abdel Fattah el-Sisi"),
    ("وكان الرئيس محمود عباس، الذي يزور القاهرة، قد التقى الرئيس المصري عبد الفتاح السيسي.",
     "Mahmoud Abbas", "Abdel Fattah el-Sisi"),
])
def test_svo_subject_across_title_and_relative(text, actor, other):
    consult = _actors(text, "CONSULT")
    assert any(actor in a for a in consult) and not any(other in a for a in consult)


def test_vso_after_a_preposition_keeps_the_name_after_the_verb():
    # near-miss: a phrase before the verb is no subject; the VSO name after it is
    consult = _actors("وفي القاهرة، التقى الرئيس المصري عبد الفتاح السيسي الرئيس الفلسطيني محمود عباس.", "CONSULT")
    assert consult and consult[0] == ["Abdel Fattah el-Sisi"]


def test_relative_aside_needs_a_relative_pronoun():
    from khabar.events.code import _before_relative_aside

    words = _words("محمود عباس، الذي وصل إلى القاهرة، التقى السيسي")
    comma = max(k for k, w in enumerate(words) if w.norm == "،")
    assert _before_relative_aside(words, comma) == 1          # back to عباس
    plain = _words("محمود عباس، في القاهرة، التقى السيسي")
    comma = max(k for k, w in enumerate(plain) if w.norm == "،")
    assert _before_relative_aside(plain, comma) == comma       # no relative: no aside crossed


def test_list_goes_on_past_an_office_after_the_name():
    consult = _actors("وبحث الشيخ محمد بن زايد آل نهيان رئيس الدولة والرئيس الفرنسي إيمانويل ماكرون "
                      "العلاقات الثنائية.", "CONSULT")
    assert ["Mohamed bin Zayed Al Nahyan", "Emmanuel Macron"] in consult


def test_titled_person_after_a_body():
    accuse = _actors("ودان الاتحاد الأفريقي والأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم.", "ACCUSE")
    assert ["African Union", "António Guterres"] in accuse
    # near-miss: the body the title serves (the UN) is no party of its own
    assert not any("United Nations" in a for a in accuse)


def test_feminine_hal_spelt_as_verbal_noun():
    found = coded("وأدانت وزارة الخارجية القطرية القصف، مطالبة المجتمع الدولي بالتحرك العاجل.")
    assert ("REQUEST", ["Ministry of Foreign Affairs (Qatar)"]) in found
    # near-miss: the verbal noun as an object keeps its genitive as who demands
    assert not any(t == "REQUEST" and "الحكومة" in a for t, a in coded("ورفضت الحكومة مطالبة النقابات بزيادة الأجور."))


def test_patient_nisba_is_no_actor():
    assert not any(t == "COERCE" and "Tanzania" in a
                   for t, a in coded("وندد الاتحاد الأفريقي باعتقال المعارض التنزاني توندو ليسو."))
    # the nisba of the act itself still names who acts
    assert ("COERCE", ["Israel"]) in coded("ونددت الخارجية باعتقال إسرائيلي لصحفيين فلسطينيين.")


def test_dateline_is_no_antecedent():
    from khabar.events.code import _in_dateline

    words = _words("أديس أبابا - (رويترز) - وافق قادة الدول على عودة المغرب.")
    agency = next(k for k, w in enumerate(words) if w.norm == "رويترز")
    verb = next(k for k, w in enumerate(words) if w.norm == "وافق")
    assert _in_dateline(words, agency) and not _in_dateline(words, verb)
    assert not _in_dateline(_words("وقال الوزير - في كلمة - إن بلاده سترد."), 1)   # a dash with no agency
    assert not any("Reuters" in a for _, a in coded("أديس أبابا - (رويترز) - وافق قادة الدول الأعضاء على عودة المغرب."))


def test_nominative_construct_of_a_partitive_head():
    from khabar.events.code import _nominative_construct

    assert _nominative_construct("مسلحو") and _nominative_construct("مقاتلو")
    assert not _nominative_construct("مسلحي") and not _nominative_construct("عناصر")   # oblique, broken plural
    assert ("ASSAULT", ["Al-Shabaab (Somalia)"]) in coded("وهاجم مسلحو حركة الشباب قاعدة عسكرية.")
