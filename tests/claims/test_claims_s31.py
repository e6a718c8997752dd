"""Round s31 of claims: a title that runs through a genitive or a place ("أمين المجلس الأعلى للأمن القومي"،
"رئيس مكتب … في الأرض المحتلة") and then names its holder has the name as the source, as a short title does
(attribute.py _name_closing_title; cues.yaml office_titles)."""

import pytest

from tests.claims.reading import chains


@pytest.mark.parametrize("text, speaker", [
    ("وقال أمين المجلس الأعلى للدفاع الوطني سمير حداد إن الحدود آمنة.", "سمير حداد"),
    ("وقال رئيس بعثة الاتحاد الأوروبي (يوباما) في الأراضي الفلسطينية ماركو بيريني عبر منصة إكس إن المساعدات تأخرت.",
     "ماركو بيريني"),
])
def test_the_name_closing_a_long_title_is_the_source(text, speaker):
    assert chains("مقدمة الخبر.\n\n" + text) == [[speaker]]



def test_the_office_titles_load_normalised():
    from khabar.claims.attribute import _cues

    titles = _cues()["office_titles"]
    assert {"رئيسه", "امين", "متحدث", "ناطقه"} <= titles and "مجلس" not in titles
