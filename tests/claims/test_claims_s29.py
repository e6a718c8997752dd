"""Round s29 of claims: a channel of any kind that aired the speaker's speech ("في كلمة بثتها قناة «…»"، "في كلمة
بثها التلفزيون"، "في خطاب بثته إذاعة «…»") is the speaker's platform, no relay (docs/gold-format.md, the channel rule;
khabar/claims/data/cues.yaml aired_speeches and airing_verbs, read in attribute.py's _own_medium).  A recording,
remarks or a statement another channel aired, and an outlet the speaker talked to, stay relays (s17b, s19)."""

import pytest

from tests.claims.reading import claims_of


def claims(text: str) -> list[tuple[list[str], str | None]]:
    """Each claim's sources and platform."""
    return [([source["text"] for source in claim["sources"]], claim.get("platform")) for claim in claims_of(text)]


@pytest.mark.parametrize("text, speaker, medium", [
    ("وقال حاكم الولاية في كلمة بثتها قناة «النيل الأزرق» إن الفيضانات دمرت عشرات القرى.", "حاكم الولاية", "TV"),
    ("وقال رئيس الإقليم في خطاب بثته إذاعة «المدينة» إن الطرق أغلقت.", "رئيس الإقليم", "Radio"),
    ("وقال رئيس الوزراء في كلمة بثها التلفزيون إن الحكومة أعلنت الحداد.", "رئيس الوزراء", "TV"),
    ("وقال قائد الجيش في كلمة بثتها قناة «الأمة» الموالية له إن الهدنة انتهت.", "قائد الجيش", "TV"),
])
def test_an_aired_speech_has_its_channel_as_platform(text, speaker, medium):
    assert claims(text) == [([speaker], medium)]


def test_the_participle_after_an_aired_speech_keeps_the_speaker_alone():
    got = claims("وقال المحافظ في كلمة بثتها إذاعة «صوت الساحل» إن المياه انحسرت، مؤكدا أن المدارس ستفتح غدا.")
    assert [chain for chain, _ in got] == [["المحافظ"], ["المحافظ"]]


@pytest.mark.parametrize("text, chain", [
    ("وقال زعيم التنظيم في تسجيل صوتي بثته قناة الجزيرة إن مقاتليه سيواصلون القتال.", ["زعيم التنظيم", "قناة الجزيرة"]),
    ("وقال الوزير لقناة العربية إن المحادثات مستمرة.", ["الوزير", "قناة العربية"]),
    ("وقال الوزير في تصريحات بثتها قناة «الشرق» إن المحادثات مستمرة.", ["الوزير", "قناة «الشرق»"]),
])
def test_a_recording_or_an_outlet_told_stays_a_relay(text, chain):
    assert [c for c, _ in claims(text)] == [chain]
