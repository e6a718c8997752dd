"""Round s24 of the reading stage: DW Arabic's photo credit "صورة من: X/AFP" between the teaser and the body, with
the unlabelled description under it, is a credit and a caption, not two body paragraphs; a picture said to come
from footage someone published ("الصورة من فيديو نشره الدفاع المدني") is a credit (its source), while "صورة من
موقع الانفجار" (what it shows) stays a caption."""

import pytest

from khabar.reading.structure import read_structure

HEADLINE = "مقتل 12 شخصا في قصف على سوق شعبية"
DATE = "14.03.2024"
TEASER = ("قتل 12 شخصا على الأقل وأصيب العشرات في قصف استهدف سوقا شعبية في المدينة صباح اليوم الخميس، وفق ما أعلنت "
          "السلطات المحلية التي تحدثت عن حصيلة أولية قابلة للارتفاع.")
BODY = ("وقال مسؤول في الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض، مضيفا أن المستشفيات "
        "القريبة استقبلت عشرات الجرحى بينهم أطفال ونساء في حالة حرجة.")
LAST = "ولم تعلن أي جهة مسؤوليتها عن القصف حتى الآن."


def _captions(structure):
    return [(c.kind, c.line.text) for c in structure.captions]


@pytest.mark.parametrize("credit", ["صورة من: Fadel Senna/AFP", "صورة من: Ahmad Gharabli/AFP/Getty Images",
                                    "صورة من: Ukrainian Emergency Service/REUTERS"])
def test_dw_credit_and_its_description_between_teaser_and_body(credit):
    description = "عناصر من الدفاع المدني يبحثون عن ناجين بين أنقاض السوق"
    structure = read_structure("\n\n".join([HEADLINE, DATE, TEASER, credit + "\n" + description, BODY, LAST]))
    assert _captions(structure) == [("credit", credit), ("caption", description)]
    assert [line.text for line in structure.paragraphs] == [TEASER, BODY, LAST]


def test_a_body_sentence_after_a_dw_credit_stays_in_the_body():
    credit = "صورة من: Fadel Senna/AFP"
    structure = read_structure("\n\n".join([HEADLINE, DATE, TEASER, credit, BODY, LAST]))
    assert _captions(structure) == [("credit", credit)]
    assert [line.text for line in structure.paragraphs] == [TEASER, BODY, LAST]


@pytest.mark.parametrize("credit", ["الصورة من فيديو نشره الدفاع المدني السوري",
                                    "صورة من مقطع فيديو بثته وزارة الدفاع الروسية",
                                    "الصورة مأخوذة من فيديو نشرته حركة حماس",
                                    "صورة من فيديو متداول على مواقع التواصل"])
def test_a_still_from_published_footage_is_a_credit(credit):
    caption = "أطفال يتلقون العلاج في مستشفى ميداني بعد الهجوم"
    structure = read_structure("\n\n".join([credit, caption, HEADLINE, "دبي - العربية.نت",
                                            "آخر تحديث: 09 أبريل 2018 ,10:45", TEASER, BODY, LAST]))
    assert _captions(structure) == [("credit", credit), ("caption", caption)]


@pytest.mark.parametrize("caption", ["صورة من موقع الانفجار قرب المرقد في وسط المدينة",
                                     "صورة من فيديو يظهر لحظة سقوط الصاروخ على المبنى السكني"])
def test_what_a_photo_from_a_place_or_video_shows_is_a_caption(caption):
    structure = read_structure("\n\n".join([caption, HEADLINE, "دبي - العربية.نت",
                                            "آخر تحديث: 09 أبريل 2018 ,10:45", TEASER, BODY, LAST]))
    assert ("credit", caption) not in _captions(structure)


@pytest.mark.parametrize("caption", ["صورة أرشيفية لمنظومة الدفاع الجوي قرب العاصمة",
                                     "صورة أرشيفية لجنود خلال دورية على الحدود",
                                     "الصورة الأرشيفية لمبنى البرلمان في المدينة"])
def test_an_archive_photo_of_something_under_its_credit_is_a_caption(caption):
    """An archive photo's line that says what it shows ("صورة أرشيفية لـ …") is its caption, under the
    agency's credit (session 23: a fresh batch's Sky News Arabia page read it as a second credit)."""
    structure = read_structure("\n\n".join(["رويترز", caption, HEADLINE, "دبي - العربية.نت",
                                            "آخر تحديث: 09 أبريل 2018 ,10:45", TEASER, BODY, LAST]))
    assert _captions(structure) == [("credit", "رويترز"), ("caption", caption)]


def test_an_archive_photo_with_its_agency_is_still_a_credit():
    structure = read_structure("\n\n".join(["صورة أرشيفية (رويترز)", HEADLINE, "دبي - العربية.نت",
                                            "آخر تحديث: 09 أبريل 2018 ,10:45", TEASER, BODY, LAST]))
    assert _captions(structure) == [("credit", "صورة أرشيفية (رويترز)")]
