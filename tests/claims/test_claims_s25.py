"""Round s25 of claims: a body the entities stage may not know, written as a generic head noun with its quoted name
("وقالت مهمة "أسبيدس" التابعة للاتحاد الأوروبي إن"، "وكانت «غرفة عمليات ثوار ليبيا» قد أعلنت أن"), is the speaker
(khabar/claims/attribute.py, _named_body_head and _quoted_subject_before).  The battery
tests/claims/data/claims_probes_s25.yaml is run by test_claims_probes.py; these are its unit tests."""

import pytest

from tests.claims.reading import chains


@pytest.mark.parametrize("text, head", [
    ('وقالت مهمة "كالدورا" التابعة للاتحاد الأوروبي إن فرقاطة رافقت السفن.', "كالدورا"),
    ("وأكدت شبكة «ريف برس» المحلية أن القصف طال حيين.", "ريف برس"),
    ('وقالت مبادرة "جسور الأمل" في بيان إن القافلة وصلت.', "جسور الأمل"),
])
def test_a_head_and_its_quoted_name_speak(text, head):
    got = chains(text)
    assert len(got) == 1 and len(got[0]) == 1 and head in got[0][0]


@pytest.mark.parametrize("text, name", [
    ("وكانت «غرفة عمليات ثوار الساحل» قد أعلنت صباح الخميس أنها اعتقلت الرجل.", "غرفة عمليات ثوار الساحل"),
    ('وكانت جماعة "أنصار الوادي" قد قالت في بيان إنها نفذت الهجوم.', "أنصار الوادي"),
])
def test_a_quoted_subject_before_qad_speaks(text, name):
    got = chains(text)
    assert len(got) == 1 and name in got[0][0]


@pytest.mark.parametrize("text", [
    'وقالت عبارة "لا للحرب" المكتوبة على الجدار الكثير.',
    'ورفعت مجموعة "الأمهات" لافتات كتب عليها "أعيدوا أطفالنا".',
    'وأدانت منظمة "ضمير" الهجوم على المدرسة.',
])
def test_no_speech_no_claim(text):
    assert chains(text) == []
