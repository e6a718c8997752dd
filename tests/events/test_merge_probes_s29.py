"""Round s29 (merges): an act a منذ time dates long before the news is the campaign the news act belongs
to, kept apart from it (`_campaign_since` in khabar/events/component.py); and a light verb reaches its event
noun past a منذ time whose month is named twice with a slash ("منذ 28 أغسطس/آب"): every time found, one after
منذ too, is a time expression for `in_time` (component.py `_time_finder`), and the slash inside one is no
break (code.py `_distant_light_subject`).  Composed sentences."""

import json

import khabar
from khabar.events import component


def _events(text: str) -> list[dict]:
    return json.loads(khabar.read(text).to_json(indent=None))["events"]


def _with(events: list[dict], word: str) -> list[dict]:
    return [e for e in events if any(word in t["text"] for t in e["triggers"])]


CAMPAIGN = ("جماعة الحوثي تعلن استهداف ناقلة نفط في البحر الأحمر\n\nصنعاء - 20 مايو 2024\n\nقالت الجماعة في "
            "بيان إن الناقلة أصيبت إصابة مباشرة.\n\nوتشن جماعة الحوثي منذ يناير/كانون الثاني الماضي هجمات على سفن "
            "تجارية.")


def test_a_campaign_since_long_before_is_not_the_news_act():
    events = _events(CAMPAIGN)
    news, campaign = _with(events, "استهداف"), _with(events, "هجمات")
    assert len(news) == 1 and len(campaign) == 1 and news[0] is not campaign[0]
    assert news[0]["date"] is None                # the campaign's month dates neither the headline's act nor its twin
    assert campaign[0]["date"] == "2024-01" and campaign[0]["actor"] == news[0]["actor"]


def test_without_the_rule_the_campaign_merges(monkeypatch):
    monkeypatch.setattr(component, "_campaign_since", lambda *args: False)
    events = _events(CAMPAIGN)
    assert _with(events, "استهداف") == _with(events, "هجمات")   # one record: what the rule prevents


def test_a_since_time_of_the_news_day_still_joins():
    text = ("المنامة - 14 مارس 2023\n\nوقالت الداخلية إن قوات الأمن اعتقلت ثلاثة شبان في قرية الدراز.\n\n"
            "وتشن قوات الأمن منذ فجر اليوم حملة اعتقالات في القرى.")
    assert not any(e["date"] and e["date"] < "2023-03" for e in _events(text))


def test_a_light_verb_reaches_its_noun_past_a_month_named_twice():
    text = ("عمان - 8 سبتمبر 2024\n\nقتل ثلاثة فلسطينيين الأحد في نابلس. ويشن الجيش الإسرائيلي منذ 28 "
            "أغسطس/آب عملية عسكرية واسعة في شمال الضفة الغربية.")
    found = _with(_events(text), "عملية")
    assert found and found[0]["actor"] and found[0]["date"] == "2024-08-28"
