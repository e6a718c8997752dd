"""Round s33 (actors): a claim source named with its acronym or another name in brackets; a body's meeting.

"أعلن الدفاع المدني السوري (الخوذ البيضاء) أن فرقه …"، "قالت قوات سوريا الديمقراطية (قسد) إن قواتها …": the
claims stage gives the source the name and the brackets together, the entity stage gives the name its own
mention.  The name is the speaker whose own teams and forces act in its claim (component._bracketed_source)."""

import pytest

from tests.events.reading import actors_on, coded_events


@pytest.mark.parametrize("text, kind, word, actor", [
    ("وأعلن الدفاع المدني السوري (الخوذ البيضاء) أن فرقه أسعفت الجرحى إلى مستشفيات المنطقة.", "AID", "أسعفت",
     "White Helmets (Syria Civil Defence)"),
    ("وأعلنت قوات سوريا الديمقراطية (قسد) أن فرقها أسعفت المصابين إلى مستشفى المدينة.", "AID", "أسعفت",
     "Syrian Democratic Forces"),
])
def test_a_bracketed_alias_after_the_speaker_keeps_the_speaker_s33(text, kind, word, actor):
    assert actors_on(coded_events(text), kind, word) == [actor]


@pytest.mark.parametrize("text, actor", [
    ("وجاء القرار إثر اجتماع طارئ لحركة حماس في غزة.", "Hamas"),
    ("وكانت قمة استثنائية للهيئة الحكومية للتنمية (إيغاد) عقدت في جيبوتي قد أعلنت موافقة الطرفين.", "IGAD"),
])
def test_an_indefinite_meeting_with_lam_is_the_bodys_meeting_s33(text, actor):
    """Round s33: "إثر اجتماع طارئ لـ X": X meets (arguments.yaml meeting_lam_nouns, code._meeting_of)."""
    assert actor in actors_on(coded_events(text), "CONSULT", "")


def test_a_chaired_meeting_is_the_chairs_s33():
    """A meeting that a verb governs ("ترأس … اجتماعا طارئا لمجلس"): who chairs it acts, not the body after ل."""
    text = "وترأس الرئيس محمد بازوم اجتماعا طارئا لمجلس الأمن القومي."
    assert actors_on(coded_events(text), "CONSULT", "اجتماع") == ["Mohamed Bazoum"]
