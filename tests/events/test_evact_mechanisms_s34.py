"""Round s34's actor mechanisms (actor-missing events).

A title phrase right after a verb whose head is closed by a title's own adjective or genitive
(triggers.yaml title_complements: "وزير الدولة"، "النائب الأول"، "الممثل الأعلى") goes on across
the ل of its office to its holder's name, who is the verb's subject ("وانتقد وزير الدولة للشؤون
الخارجية فلان"); a ل after any other word (an object: "الدعوة لرئيس الوزراء فلان") is still the
verb's recipient and stops the search (code._title_chain)."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


@pytest.mark.parametrize("text, kind, actor", [
    ("وانتقد وزير الدولة للشؤون الخارجية البريطاني جيمس كليفرلي القصف.", "ACCUSE", "James Cleverly"),
    ("وأدان الممثل الأعلى للسياسة الخارجية والأمنية جوزيب بوريل الهجوم.", "ACCUSE", "Josep Borrell"),
    ("وأجرى النائب الأول لرئيس الوزراء الأردني أيمن الصفدي اتصالا مع نظيره.", "CONSULT", "Ayman Safadi"),
    # the subject of a resuming light verb ("محادثات أجراها …") after a long title (13 words reach)
    ("وأعلنت الحكومة أن الاتفاق جاء بعد محادثات أجراها النائب الأول لرئيس الوزراء وزير الخارجية الأردني "
     "أيمن الصفدي مع الطرفين.", "CONSULT", "Ayman Safadi"),
    ("وأعلنت الحكومة أن الاتفاق جاء بعد محادثات أجراها وزير الدولة للشؤون الخارجية العماني بدر البوسعيدي "
     "مع الطرفين.", "CONSULT", "Badr Albusaidi"),
])
def test_title_chain_to_its_holder(text, kind, actor):
    assert any(t == kind and actor in actors for t, actors in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "وسلم السفير الجديد أوراق اعتماده لرئيس الجمهورية قيس سعيد.",   # the ل after an object: the recipient
    "ووجه وزير الخارجية الدعوة لرئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
])
def test_no_title_chain_after_an_object(text):
    from khabar.entities.recognise import words_of
    from khabar.events.code import _Args, _subject_after
    from khabar.pipeline import run

    doc = run(text)
    words = words_of(doc)
    args = _Args(words, doc._.mentions)
    subject, _ = _subject_after(args, 2)             # after "و" and the verb
    assert not any(m.type == "PER" for m in subject), [doc.text[m.start:m.end] for m in subject]


def test_title_complements_loaded():
    from khabar.events.code import triggers

    assert {"الدوله", "الاول", "الاعلي", "العام"} <= triggers()["title_complements"]
    assert "الدعوه" not in triggers()["title_complements"]


@pytest.mark.parametrize("text, actor", [
    ("وأصيب ثلاثة شرطيين خلال مداهمة نفذتها قوات الأمن لمنزل في ضواحي المدينة.", "قوات الأمن"),
    ("ونفذت الشرطة مداهمة لمنزل المشتبه به في المدينة.", "الشرطة"),
])
def test_raid_carried_out_in_the_singular(text, actor):
    """نفذ conducts a raid in the singular as in the plural (triggers.yaml light: نفذ، تنفيذ)."""
    assert any(t == "COERCE" and actor in actors for t, actors in coded(text)), coded(text)
