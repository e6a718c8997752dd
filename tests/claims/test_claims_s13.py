"""Session 13 mechanisms of the claims stage: the platform after a noun whose possessive the
reading splits off ("على منصته إكس"), and the gender of a verbal noun of saying after ب taken
from the verb its clause opens with ("وختمت بالقول إن")."""

from __future__ import annotations

import pytest

import khabar


def _claims(text: str):
    return [(c["cue"]["text"], [s["text"] for s in c["sources"]], c["platform"])
            for c in khabar.read(text, published="2024-06-10").claims]


@pytest.mark.parametrize("text, platform", [
    ("وكتب وزير الخارجية الإيراني على منصته إكس أن بلاده لا تريد التصعيد.", "X"),
    ("وقال المتحدث باسم الحركة على قناته في تلغرام إن المقاتلين انسحبوا.", "Telegram"),
    ("وكتبت النائبة على صفحتها «فيسبوك» أن الجلسة تأجلت.", "Facebook"),
])
def test_platform_after_a_noun_with_its_possessive(text, platform):
    claims = _claims(text)
    assert len(claims) == 1 and claims[0][2] == platform


@pytest.mark.parametrize("verb", ["وختمت", "واختتمت حديثها"])
def test_saying_noun_after_bi_takes_the_gender_of_its_verb(verb):
    text = ("تراجع التمويل\n\nوقالت مديرة المنظمة في الأردن إن التمويل تراجع هذا العام.\n\n"
            f"{verb} بالقول إن الوضع لا يحتمل مزيدا من التأخير.")
    claims = _claims(text)
    assert [c[0] for c in claims] == ["قالت", "القول"]
    assert claims[1][1] == ["مديرة المنظمة في الأردن"]


def test_saying_noun_after_bi_of_a_masculine_verb_still_goes_back_to_a_man():
    text = ("تراجع التمويل\n\nوقالت مديرة المنظمة إن التمويل تراجع. وقال وزير التخطيط إن الحكومة ستساعد.\n\n"
            "وختم بالقول إن الوضع صعب.")
    assert _claims(text)[-1][:2] == ("القول", ["وزير التخطيط"])
