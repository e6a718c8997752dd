"""Rounds s32-s33 (lost actors): a verb of working toward an act governs its verbal noun.

"تعمل على إجلاء"، "تعمل بالتنسيق مع": the verbal noun after a finite عمل (with على or ب) is the act its
subject works toward, as after the other control verbs (triggers.yaml control: "تمكن من"، "بدأ"، "واصل"); who does it is that verb's subject, also where the subject is a
speaker's pronoun or the speaker's own teams ("قالت الوزارة إن فرقها تعمل على إجلاء الجرحى").  The dev
gold codes these acts with that subject (enabbaladi, alroeya, alqudsalarabi).  سعى, tried in s32, was
dropped in s33: who seeks an outcome often does not bring it about ("وطوكيو تسعى للإفراج عن طاقمها")."""

import pytest

from tests.events.reading import actors_on, coded_events


@pytest.mark.parametrize("text, kind, word, actor", [
    ("وقالت منظمة الصحة العالمية إنها تعمل على إرسال شحنة أدوية عاجلة إلى المدينة.", "AID", "إرسال",
     "World Health Organization"),
    ("وقالت وزارة الصحة السورية إن فرقها تعمل على إجلاء الجرحى من المستشفى.", "AID", "إجلاء",
     "Ministry of Health (Syria)"),
])
def test_the_act_worked_or_striven_toward_is_its_subject_s(text, kind, word, actor):
    events = coded_events(text)
    assert actors_on(events, kind, word) == [actor], events


@pytest.mark.parametrize("text, kind, word", [
    ("دعت الحكومة اللبنانية في بيان إلى وقف القتال، مؤكدة أنها تدين جميع أعمال العنف والاعتداءات ضد المدنيين.",
     "ASSAULT", "الاعتداءات"),
    ("وقال الوزير إن الحكومة تقيد عمل سفن الإنقاذ الخيرية في البحر المتوسط.", "AID", "الإنقاذ"),
])
def test_the_noun_of_work_controls_no_act_s33(text, kind, word):
    """Round s33: عمل and سعى control only as finite verbs (triggers.yaml striving); the noun عمل/أعمال ("أعمال
    العنف"، "عمل سفن الإنقاذ") is no verb whose subject does the act after it."""
    assert actors_on(coded_events(text), kind, word) == []
