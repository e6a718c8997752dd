"""Round s23 of the reading stage: a photo's credit under its label ("مصدر الصورة، Getty Images / Reuters", BBC Arabic's
form) right after the date line is a credit, never the byline, though its "X / agency" tail reads like a desk and the
agency it used."""

import pytest

from khabar.reading.structure import Line, _is_byline, read_structure

HEADLINE = "الأمم المتحدة تحذر من مجاعة وشيكة في ثلاث ولايات"
BODY = ("حذر برنامج الأغذية العالمي اليوم الخميس من أن ملايين الأشخاص يواجهون خطر المجاعة في ثلاث ولايات، داعيا "
        "المانحين إلى تمويل عاجل لعملياته قبل موسم الأمطار الذي يقطع الطرق إلى معظم القرى المتضررة.")
LAST = "وقال متحدث باسم البرنامج إن المخزون يكفي لأسابيع فقط."


@pytest.mark.parametrize("credit", ["مصدر الصورة، Getty Images / Reuters", "مصدر الصورة، AFP / EPA",
                                    "حقوق الصورة، AFP / Getty Images"])
def test_a_labelled_credit_after_the_date_line_is_no_byline(credit):
    structure = read_structure("\n\n".join([HEADLINE, "14 مارس/ آذار 2024", credit,
                                            "التعليق على الصورة، أطفال في مخيم للنازحين", BODY, LAST]))
    assert structure.byline is None
    assert [(c.kind, c.line.text) for c in structure.captions][0] == ("credit", credit)
    assert str(structure.published) == "2024-03-14"


def test_a_desk_and_its_agency_is_still_a_byline():
    assert _is_byline(Line(0, 26, "مونت كارلو الدولية / أ ف ب"))
    assert not _is_byline(Line(0, 27, "مصدر الصورة، IRGC / AFP"))
