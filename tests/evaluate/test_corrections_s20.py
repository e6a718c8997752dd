"""The blind gold correction of session 20 (corpus/corrections/unanchored_times.py) nulls the time values and event
dates of exactly the articles that give no publication date and name no year, and nothing else."""
from __future__ import annotations

import yaml

from tests.evaluate.test_corrections import _load, rewritten

unanchored_times = _load("unanchored_times")

GOLD = """published: null
times:
  - {text: "اليوم الاثنين", value: "2023-11-20"}
  - text: "7 أكتوبر"
    value: '2023-10-07'
  - {text: "حتى الآن", value: null}
events:
  - {type: SEIZE, actor: ["A"], date: "2023-11-19", trigger: "احتجاز"}
  - {type: THREATEN, actor: ["B"], date: null, trigger: "محذرا"}
"""
TEXT = "بثت الجماعة اليوم الاثنين مشاهد احتجاز السفينة، في حرب مستمرة منذ 7 أكتوبر، محذرا من المزيد حتى الآن."


def test_only_an_undated_text_with_no_year_is_unanchored():
    raw = yaml.safe_load(GOLD)
    assert unanchored_times.unanchored_items(raw, TEXT) == [("times", 0), ("times", 1), ("events", 0)]
    assert unanchored_times.unanchored_items(raw, TEXT + " منذ عام 2014") == []        # a year anchors it
    assert unanchored_times.unanchored_items(raw, TEXT + " في ١٤٤٥ هـ") == []           # so does a Hijri year
    assert unanchored_times.unanchored_items(raw, TEXT + " قتل 1200 شخص") != []        # a count is no year
    assert unanchored_times.unanchored_items({**raw, "published": "2023-11-20"}, TEXT) == []


def test_rewrite_nulls_the_values_and_dates_alone(tmp_path):
    after = rewritten(tmp_path, GOLD, lambda path, raw: unanchored_times.null_items(
        path, raw, unanchored_times.unanchored_items(raw, TEXT)))
    parsed = yaml.safe_load(after)
    assert [t["value"] for t in parsed["times"]] == [None, None, None]
    assert [e["date"] for e in parsed["events"]] == [None, None]
    changed = [(a, b) for a, b in zip(GOLD.split("\n"), after.split("\n")) if a != b]
    assert len(changed) == 3
