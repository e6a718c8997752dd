"""Round s33 (actors): a claim source named with its acronym or another name in brackets.

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
