"""Session 15, second claims pass: the chain of sources (isnad), found by the chain battery
(tests/claims/data/claims_chain_probes_s15.yaml).  An according-to phrase that closes the sentence
with a verb by which an outlet relays ("…، وفق ما ذكرته/نقلته/نشرته وكالة X") relays the claim
before it, and, where the sentence opens on an act of speech that is no cue of its own (هنأ، أشاد،
رحب …), makes that act's subject the originator; a report an outlet carried after an according-to
phrase ("بحسب تقديرات مصرفية نقلتها وكالة X") is [the report or its owner, X] with نقل, the
publisher alone with نشر/أورد and no owner named."""

from __future__ import annotations

import pytest

import khabar
from tests.claims.reading import chains as _chains


def test_the_new_lists_load_normalised():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert {"هنا", "اشاد", "رحب", "ادان"} <= cues["speech_acts"]   # (هنأ → هنا, as words are matched)
    assert {"ذكر", "اورد", "افاد", "نشر"} <= cues["closing_relay_verbs"]
    assert not cues["speech_acts"] & {"قصف", "استقبل", "نقل"}
    assert "احصائيه" in cues["report_nouns"]


@pytest.mark.parametrize("text, chains", [
    ("وهنأ الملك المواطنين بمناسبة العيد، وفق ما نقلته وكالة الأنباء الأردنية.",
     [["الملك", "وكالة الأنباء الأردنية"]]),
    ("وأدان الرئيس التونسي الهجوم، حسبما أفادت وكالة تونس أفريقيا للأنباء.",
     [["الرئيس التونسي", "وكالة تونس أفريقيا للأنباء"]]),
    ("وقصفت الطائرات المدينة، وفق ما نقلته وكالة الأنباء الفرنسية.", [["وكالة الأنباء الفرنسية"]]),
    ("واستقبل الأمير الوفد الأمريكي، وفق ما ذكرته وكالة الأنباء القطرية.", [["وكالة الأنباء القطرية"]]),
    ("وهنأ الرئيس المنتخب الوطني بفوزه بالبطولة.", []),
])
def test_a_closing_relay_names_the_act_of_speech_before_it(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وأعرب الأمير عن شكره للحكومة، وفق ما ذكرته وكالة الأنباء القطرية.", [["الأمير", "وكالة الأنباء القطرية"]]),
    ("وقال مسؤول في الوزارة إن السندات ستطرح قريبا، بحسب ما ذكرته صحيفة «المصري اليوم».",
     [["مسؤول في الوزارة", "المصري اليوم"]]),
    ("وأشاد الرئيس بجهود الجيش، مؤكدا أن الأمن خط أحمر، وفق ما أوردته وكالة الأنباء الرسمية.",
     [["الرئيس", "وكالة الأنباء الرسمية"]]),
    # a body that is no outlet reports by ذكر its own account, not the speaker's words
    ("وقال الوزير إن الوضع مستقر، بحسب ما ذكرته وزارة الداخلية.", [["الوزير"], ["وزارة الداخلية"]]),
])
def test_an_outlets_closing_report_relays_the_claim_before_it(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وبحسب تقديرات مصرفية نقلتها وكالة بلومبيرغ، فإن الاحتياطي تراجع.", [["تقديرات مصرفية", "وكالة بلومبيرغ"]]),
    ("وقررت الجزائر استدعاء سفيرها، وفق بيان لوزارة الشؤون الخارجية نقلته وكالة الأنباء الجزائرية.",
     [["وزارة الشؤون الخارجية", "وكالة الأنباء الجزائرية"]]),
    ("ووفق أرقام نشرتها الوزارة، فإن عدد الطلاب ارتفع إلى مليون.", [["الوزارة"]]),
    ("وحسب إحصاءات أوردها موقع الجزيرة نت، قتل 40 شخصا.", [["موقع الجزيرة"]]),
    ("وحسب إحصائية لوزارة الصحة نقلتها قناة الجزيرة، ارتفع عدد القتلى إلى 90.",
     [["وزارة الصحة", "قناة الجزيرة"]]),
])
def test_a_report_an_outlet_carried_after_according_to(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وأعلن وزير العدل والشؤون الإسلامية والأوقاف رئيس اللجنة العليا للانتخابات نواف بن محمد المعاودة، "
     "أن الانتخابات ستجرى في موعدها.", [["نواف بن محمد المعاودة"]]),
    ("وقال وزير الدفاع والطيران المفتش العام رئيس اللجنة نايف الحمد إن القوات جاهزة.", [["نايف الحمد"]]),
    ("وأعلن وزير العمل والتنمية الاجتماعية رئيس المجلس الأعلى، أن البرنامج سيبدأ.",
     [["وزير العمل والتنمية الاجتماعية"]]),
])
def test_a_second_title_names_the_person_last(text, chains):
    assert _chains(text) == chains
