"""Round s34 (courts): a noun of condemning with its own pronoun, then ب that names no manner, is a conviction.

"بعد إدانته بالفساد"، "بعد إدانتهم بتهم تتعلق بالإرهاب": the pronoun is the convicted and the ب phrase the
charge; the sentence the court passes is the act, so the noun codes no ACCUSE of its own (the convicted is no
condemner).  A manner after ب (triggers.yaml condemning_manners: "إدانتها بشدة"، "بأشد العبارات"، "بقوة"،
"بشكل قاطع") keeps it a condemnation (code._convicted_of)."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


@pytest.mark.parametrize("text", [
    "أعدمت السلطات ثلاثة رجال، بعد إدانتهم بتهم تتعلق بالإرهاب.",
    "وسجن الوزير السابق سامي خليل ثلاث سنوات، بعد إدانته بالفساد واستغلال النفوذ.",
    "وغادر الناشط سامي خليل السجن أمس، بعد عامين من إدانته بتهمتي التآمر والتحريض.",
])
def test_conviction_is_no_accusation(text):
    assert not any(t == "ACCUSE" for t, _ in coded(text)), coded(text)


@pytest.mark.parametrize("text, actor", [
    ("وأعلنت قطر عن إدانتها بشدة للهجوم الذي استهدف المسجد.", "Qatar"),
    ("وأعربت مصر عن إدانتها بأشد العبارات للتفجير الإرهابي.", "Egypt"),
    ("وأكدت قطر إدانتها بشكل قاطع للهجوم على المدنيين.", "Qatar"),
    ("وجددت قطر إدانتها للهجوم.", "Qatar"),
])
def test_condemnation_with_a_manner_stays(text, actor):
    assert any(t == "ACCUSE" and actor in actors for t, actors in coded(text)), coded(text)


# Appealing a ruling: an object pronoun written on استأنف whose ruling stands earlier in the sentence
# (code._pronoun_antecedent), and the masdar with the ruling ("استئناف الحكم"); a pronoun for talks resumed is none.
@pytest.mark.parametrize("text", [
    "وقال محامي الوزير إن الحكم سياسي، مؤكدا أن هيئة الدفاع ستستأنفه.",
    "وقال المحامي إن الأحكام قاسية، مؤكدا أن هيئة الدفاع ستستأنفها.",
    "وأعلنت هيئة الدفاع استئناف الحكم الصادر بحق موكلها.",
])
def test_appeal_of_a_ruling(text):
    assert any(t == "REJECT" and "هيئة الدفاع" in actors for t, actors in coded(text)), coded(text)


def test_resumed_talks_are_no_appeal():
    text = "وقالت الخارجية إن المفاوضات توقفت، وإن الحكومة ستستأنفها الأسبوع المقبل."
    assert not any(t == "REJECT" for t, _ in coded(text)), coded(text)


# A court's decree codes its other punitive orders too (triggers.yaml sentences): committal, ending a membership,
# dissolution; an acquittal is no act of force.
@pytest.mark.parametrize("text", [
    "قضت المحكمة الدستورية العليا اليوم بإنهاء عضوية النائب سامي خليل.",
    "وكانت المحكمة الجنائية قضت أمس بإيداع الوزير السابق سامي خليل مؤسسة للإصلاح لمدة عامين.",
    "وقضت المحكمة الإدارية بحل الحزب الحاكم السابق.",
])
def test_court_orders_coerce(text):
    assert any(t == "COERCE" and any("المحكمة" in a for a in actors) for t, actors in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "وقضت المحكمة ببراءة المتهمين.",
    "قضى الرجل عامين في السجن قبل الإفراج عنه بحل وسط.",
])
def test_no_court_order(text):
    assert not any(t == "COERCE" for t, _ in coded(text)), coded(text)
