"""The blind gold correction script (corpus/corrections/undated_events.py) changes exactly the events its rule
names: dated the publication day with no gold time in the paragraph up to the end of the trigger's sentence."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import yaml

SCRIPT = Path(__file__).resolve().parents[2] / "corpus" / "corrections" / "undated_events.py"
spec = importlib.util.spec_from_file_location("undated_events", SCRIPT)
undated_events = importlib.util.module_from_spec(spec)
spec.loader.exec_module(undated_events)

TEXT = ("أعلنت الحكومة اليوم الأحد إغلاق المعابر. واعتقلت الشرطة ثلاثة أشخاص.\n"
        "وكانت الحكومة قد فرضت حظر التجول.")
GOLD = """published: '2024-06-09'
times:
- text: اليوم الأحد
  value: '2024-06-09'
events:
  - type: RESTRICT
    trigger: إغلاق
    date: '2024-06-09'
  - type: COERCE
    trigger: واعتقلت
    date: '2024-06-09'
  - type: RESTRICT
    trigger: فرضت
    date: '2024-06-09'
  - type: COERCE
    trigger: حظر
    date: '2023-01-01'
"""


def test_only_events_with_no_time_in_their_window_are_named():
    raw = yaml.safe_load(GOLD)
    # the time stands in the first event's sentence; the second inherits it from earlier in the paragraph;
    # the third is in a new paragraph with no time; the fourth is not dated the publication day.
    assert undated_events.undated_indexes(raw, TEXT) == [2]


def test_rewrite_changes_only_the_named_date_line(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(GOLD, encoding="utf-8")
    undated_events._rewrite(path, yaml.safe_load(GOLD), [2])
    after = path.read_text(encoding="utf-8")
    changed = [(a, b) for a, b in zip(GOLD.split("\n"), after.split("\n")) if a != b]
    assert changed == [("    date: '2024-06-09'", "    date: null")]
    assert yaml.safe_load(after)["events"][2]["date"] is None
