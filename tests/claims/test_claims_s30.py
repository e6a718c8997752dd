"""Round s30 of claims (composed sentences; each mechanism was found in dev articles of two or more outlets):

- a title the entities stage links to its holder, then the holder's name set off by commas ("قال رئيس الوزراء
  العراقي، حيدر العبادي، إن"): the name is the source, as with no comma (attribute.py _name_set_off)."""

import pytest

from tests.claims.reading import chains


@pytest.mark.parametrize("text, chain", [
    ("وقال رئيس الوزراء العراقي، حيدر العبادي، الأربعاء، إن الحكومة ستعيد فتح الطرق.", [["حيدر العبادي"]]),
    ("وقال وزير الخارجية المصري، سامح شكري، إن بلاده ترفض أي تدخل.", [["سامح شكري"]]),
    ("وقال رئيس إقليم كوردستان، مسعود بارزاني، في بيان إن المعابر أغلقت، مؤكدا أن الحوار ممكن.",
     [["مسعود بارزاني"], ["مسعود بارزاني"]]),
    ("ودان الأمين العام للأمم المتحدة، بان كي مون، القصف، معربا عن أمله في وقف القتال.", [["بان كي مون"]]),
])
def test_the_name_set_off_after_a_linked_title_is_the_source(text, chain):
    assert chains(text) == chain


def test_a_title_followed_by_an_aside_keeps_the_title():
    assert chains("وقال الرئيس الأمريكي، في كلمة، إن بلاده ستواصل الدعم.") == [["الرئيس الأمريكي"]]
