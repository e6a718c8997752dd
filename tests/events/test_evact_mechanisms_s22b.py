"""Session 19's (round s22, second wave) mechanism for events whose actor was dropped: an event noun
resumed by the object pronoun of its own light verb in a relative clause that names no subject after
the pronoun ("بعد اجتماع عقدته مع مسؤولين"، "بعد حصار فرضته على المخيم"، "عملية نفذتها خلال …") has
that verb's pronoun subject for actor: the party the sentence told before, of the verb's gender."""

import pytest

from khabar.entities.recognise import words_of
from khabar.pipeline import run
from tests.events.test_evact_mechanisms_s16b import coded


def _resumer(text: str, noun: str, kind: str) -> str | None:
    from khabar.events.code import _unnamed_resumer

    words = words_of(run(text))
    i = next(k for k, w in enumerate(words) if w.norm == noun)
    return _unnamed_resumer(words, i, i + 1, kind)


@pytest.mark.parametrize("text, noun, kind, gender", [
    ("وأعلنت الهيئة، بعد اجتماع عقدته مع المسؤولين، وقف النار.", "اجتماع", "CONSULT", "f"),
    ("وأعلن المجلس، إثر اجتماع عقده مساء أمس، غلق الحدود.", "اجتماع", "CONSULT", "m"),
    ("وأعلن المحامون المقاطعة بعد اجتماع عقدوه مع النقيب.", "اجتماع", "CONSULT", "p"),
    ("وقالت الحكومة إنها لن تعود بعد مشاورات أجرتها في مسقط.", "مشاورات", "CONSULT", "f"),
    ("واستشهد شاب بعد حصار فرضته على المخيم.", "حصار", "COERCE", "f"),
])
def test_a_resuming_light_verb_with_a_pronoun_subject(text, noun, kind, gender):
    assert _resumer(text, noun, kind) == gender


@pytest.mark.parametrize("text, noun, kind", [
    ("وقالت الحكومة إن الرئيس، بعد اجتماع عقدته المعارضة، رفض الدعوة.", "اجتماع", "CONSULT"),   # its own subject
    ("وأعلن الجيش حالة الطوارئ بعد اجتماع في بنغازي.", "اجتماع", "CONSULT"),                      # no resuming verb
    ("وأعلنت الوزارة، بعد زيارة قام بها الوفد، الاتفاق.", "زياره", "CONSULT"),                     # no light verb of its own
])
def test_no_pronoun_subject(text, noun, kind):
    assert _resumer(text, noun, kind) is None


def _actors(text: str, kind: str) -> list[list[str]]:
    return [actors for t, actors in coded(text) if t == kind]


def test_the_party_before_of_that_gender_acts():
    assert ["هيئة العمل الفلسطيني المشترك"] in _actors(
        "وأعلنت هيئة العمل الفلسطيني المشترك في لبنان، بعد اجتماع عقدته مع مسؤولين في مخابرات الجيش اللبناني، "
        "وقفا لإطلاق النار.", "CONSULT")
    # a masculine verb after a feminine ministry: someone else met, the ministry does not
    assert not any("وزارة الخارجية" in a for a in _actors(
        "وأعلنت وزارة الخارجية، بعد اجتماع عقده مع السفير الأمريكي، رفض القرار.", "CONSULT"))


def test_resumer_agreement():
    from khabar.events.code import _resumer_agrees

    class _M:
        def __init__(self, start, end, type_):
            self.start, self.end, self.type = start, end, type_
    text = "وزارة الخارجية الجيش المحتجون"
    ministry, army, crowd = _M(0, 14, "ORG"), _M(15, 20, "ORG"), _M(21, 29, "GROUP")
    assert _resumer_agrees("f", [ministry], text) and not _resumer_agrees("m", [ministry], text)
    assert _resumer_agrees("m", [army], text) and not _resumer_agrees("f", [army], text)
    assert _resumer_agrees("p", [crowd], text) and not _resumer_agrees("p", [army], text)
    assert _resumer_agrees("p", [ministry, army], text) and _resumer_agrees("", [army], text)
