"""Round s27 (wrong actors): a reported clause whose subject names no entity (code._unnamed_clause_subject).

"وقال المتحدث إن المهاجم رفض الاستسلام وأطلق النار": after إنّ/أنّ the clause has its own subject, a noun
khabar cannot name ("المهاجم"، "مجموعة من الملثمين"، "الانتحاري الأول"); the act is that noun's, and the speaker,
who only reports it, is not its actor.  The act is kept without an actor (component._told_unnamed) and the
trained model does not fill it.  The speaker stays the actor where the clause's subject is his own pronoun or
his own men ("أنها قصفت"، "أن مقاتليها قصفوا"، "أن اثنين من عناصره نفذا"), past a comma that goes on with his
own predicate ("…، ودعا القوى السياسية") and for a verbal noun with his possessive ("عقب لقائه")."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


@pytest.mark.parametrize("text, speaker", [
    ("وقال المتحدث باسم الشرطة سامي القاسم إن المهاجم رفض الاستسلام وأطلق النار على القوات.", "سامي القاسم"),
    ("وقالت وزارة الداخلية في بيان إن مجموعة من الأشخاص الملثمين رشقوا قوات الأمن بالحجارة.", "وزارة الداخلية"),
    ("وقالت الوزيرة هند علي إن الشاب المعتقل تسلل عبر السياج وأطلق النار على الحراس.", "هند علي"),
])
def test_the_speaker_does_not_do_the_act_of_an_unnamed_clause_subject(text, speaker):
    assaults = [a for t, a in coded(text) if t == "ASSAULT"]
    assert all(speaker not in " ".join(a) for a in assaults), assaults


def test_the_act_told_of_an_unnamed_doer_is_kept_without_an_actor():
    text = "وقال المتحدث باسم الشرطة سامي القاسم إن المهاجم رفض الاستسلام وأطلق النار على القوات."
    assert ("ASSAULT", []) in coded(text), coded(text)


@pytest.mark.parametrize("text, kind, actor", [
    ("وأعلنت حركة حماس أن مقاتليها قصفوا مستوطنة سديروت.", "ASSAULT", "Hamas"),
    ("وزعم تنظيم داعش في بيان أن اثنين من عناصره نفذا الهجوم على المقر.", "ASSAULT", "Islamic State"),
    ("وقال وزير الدفاع أحمد حسن إن الانتحاري كان يقف في الصف الأول، ودعا القوى السياسية إلى الوحدة.",
     "REQUEST", "أحمد حسن"),
    ("وأوضح رئيس الوزراء أحمد حسن أن القرار اتخذ عقب لقائه الرئيس التونسي.", "CONSULT", "أحمد حسن"),
])
def test_the_speaker_still_acts_through_his_own_pronoun_men_or_predicate(text, kind, actor):
    assert any(actor in " ".join(a) for t, a in coded(text) if t == kind), coded(text)


def test_the_model_does_not_fill_an_unnamed_doer():
    import dataclasses

    from khabar.events import actmodel
    from khabar.events.code import Event

    model = dataclasses.replace(actmodel.model(), variant="fill")
    kind = next(iter(model.kinds))
    assert model.fills(Event("ASSAULT", None, (0, 5), kind=kind))
    assert not model.fills(Event("ASSAULT", None, (0, 5), kind=kind, unnamed_agent=True))
