"""Round s33 (wrong actors): an online platform a statement was posted on is its channel; a capital after a
governed verbal noun acts for its state.

"قال المتحدث …، عبر منصة «تلغرام»، إن …، محذرا"، "الذي أعلن عبر منصة إكس تخصيص …": the platform named
after a channel's preposition (عبر، على، في، ب; a platform noun such as منصة or a quotation mark between) is
where the words were posted, never a party of the sentence's acts (code._platform_channel, arguments.yaml
platform_names, platform_prepositions, platform_nouns).  The speaker who posted them acts; a platform that is
itself acted on ("حجبت السلطات منصة إكس") stays."""

import pytest

from khabar.entities.recognise import Mention, words_of
from khabar.events.code import _platform_channel
from khabar.pipeline import run
from tests.events.reading import actors_on, coded_events


@pytest.mark.parametrize("text, kind, word, actor, platform", [
    ("وقال الناطق باسم \"سرايا القدس\"، الجناح العسكري لحركة \"الجهاد الإسلامي\"، أبو حمزة، عبر منصة \"تلغرام\"، "
     "إن الهجوم أسفر عن إصابة جنود، محذرا من أن الرد \"سيكون قاسيا\".", "THREATEN", "محذرا", "أبو حمزة", "Telegram"),
    ("وكان رئيس الوزراء الهندي ناريندرا مودي قد أعلن عبر منصة إكس تخصيص مليون روبية للمتضررين.",
     "AID", "تخصيص", "Narendra Modi", "X (Twitter)"),
])
def test_the_speaker_acts_not_the_platform_he_posted_on(text, kind, word, actor, platform):
    events = coded_events(text)
    actors = actors_on(events, kind, word)
    assert actor in actors and platform not in actors, events


def test_a_platform_read_as_a_channel_only_after_its_preposition():
    text = "ونشر الوزير عبر منصة إكس صورة، فيما حجبت السلطات تطبيق تلغرام."
    words = words_of(run(text))
    x = text.index("إكس")
    tg = text.index("تلغرام")
    assert _platform_channel(words, Mention(x, x + 3, "ORG", "kb"))          # "عبر منصة إكس"
    assert not _platform_channel(words, Mention(tg, tg + 6, "ORG", "kb"))    # "حجبت … تطبيق تلغرام": acted on


# A capital in idafa after a verbal noun that a preposition governs ("بعد رفض باريس الاستجابة"): a masdar has no
# gender, so the capital written for its state is its agent (session 13's rule on capitals that act for their
# state), for acts done to no city (arguments.yaml capital_genitive_agent_types, masdar_governors;
# code._capital_after_masdar).  After a masculine verb with no governor ("ورفض بغداد") it stays the object.

@pytest.mark.parametrize("text, actor, not_actor", [
    ("وتصاعد التوتر بين الإقليم والحكومة العراقية بعد رفض بغداد نتائج الاستفتاء.", "Iraq", "Government of Iraq"),
    ("وتراجع التوتر بين البلدين عقب رفض موسكو المقترح الأوكراني.", "Russian Federation", None),
])
def test_a_capital_after_a_governed_masdar_is_its_state_acting(text, actor, not_actor):
    events = coded_events(text)
    actors = actors_on(events, "REJECT", "رفض")
    assert actor in actors and not_actor not in actors, events


def test_a_capital_after_an_ungoverned_masculine_verb_stays_its_object():
    text = "وقال الوزير إن الحكومة الكردية رفضت الاتهامات، ورفض بغداد أي حوار قبل إلغاء النتائج."
    assert "Iraq" not in actors_on(coded_events(text), "REJECT", "رفض")
