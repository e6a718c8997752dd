"""Round s27 of claims (khabar/claims/attribute.py and data/cues.yaml): composed sentences, one test per mechanism."""

import pytest

import khabar
from tests.claims.reading import chains


# -- a verb of accusing reports only with a clause or with words quoted in the clause of its charge ------------
@pytest.mark.parametrize("text", [
    "واتهمت الحكومة المعارضة بتنفيذ الهجوم على المعسكر.",
    "واتهم حزب المؤتمر الحكومة بتزوير نتائج الانتخابات.",   # the probe accused-party before s27, now quoted there
    "ويتهم السكان الشركة بتلويث مياه النهر منذ سنوات.",
    "وكانت الوزارة قد اتهمت عناصر من الحزب بمهاجمة مركز الشرطة.",
    "واتهم الوزير، في مؤتمر صحفي بالعاصمة، المعارضة بنشر الفوضى.",
    "واتهمت النقابة الإدارة بفصل العمال تعسفيا، وأعلنت الإضراب العام.",
])
def test_a_bare_charge_is_no_claim(text):
    assert chains(text) == []


def test_a_quote_after_the_charge_is_not_the_accusers():
    # the quote stands in the next clause, of its own speaker
    assert chains('واتهم الوزير المعارضة بنشر الفوضى، فيما قال رئيس الحزب إن "الاتهامات باطلة".') == [["رئيس الحزب"]]


@pytest.mark.parametrize("text, speaker", [
    ('واتهم الحزب الحكومة بـ"الإهمال" في إدارة الأزمة.', "الحزب"),
    ('واتهم الرئيس، في كلمة بالعاصمة، "الخونة" بتدبير الهجوم.', "الرئيس"),
    ('واتهم المتحدث القوات بإطلاق الصواريخ، في "عملية مدبرة" لتشويه صورة الجيش.', "المتحدث"),
    ("واتهمت المنظمة السلطات بأنها تعرقل وصول المساعدات.", "المنظمة"),
])
def test_a_charge_with_quoted_words_or_a_clause_stays_a_claim(text, speaker):
    got = chains(text)
    assert len(got) == 1 and speaker in got[0][0]


def test_the_accusing_lists_load():
    from khabar.claims.attribute import _cues

    assert _cues()["charge_verbs"] == {"اتهم"}
    assert {"في", "خلال"} <= _cues()["charge_asides"]
