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


DURATIONS = Path(__file__).resolve().parents[2] / "corpus" / "corrections" / "duration_figures.py"
duration_spec = importlib.util.spec_from_file_location("duration_figures", DURATIONS)
duration_figures = importlib.util.module_from_spec(duration_spec)
duration_spec.loader.exec_module(duration_figures)

DURATION_TEXT = ("يقبع في السجن منذ 17 عاما، وحكم عليه بالسجن خمس سنوات. واستمرت الاشتباكات ثلاثة أيام، "
                 "وأعلن الحداد لمدة سبعة أيام، وقتل 12 شخصا.")
DURATION_GOLD = """figures:
  - {text: "17 عاما", value: 17, category: other, unit: year}
  - {text: "خمس سنوات", value: 5, category: other, unit: year}
  - {text: "ثلاثة أيام", value: 3, category: other, unit: day}
  - {text: "سبعة أيام", value: 7, category: other, unit: day}
  - {text: "12 شخصا", value: 12, category: killed, unit: person}
events: []
"""


def test_only_spans_of_time_after_a_duration_word_are_named():
    raw = yaml.safe_load(DURATION_GOLD)
    # "منذ" and "استمرت" make durations; a prison term and a mourning period are terms (figures); persons stay.
    assert duration_figures.duration_indexes(raw, DURATION_TEXT) == [0, 2]


def test_a_figure_whose_text_also_stands_outside_a_duration_is_kept():
    raw = yaml.safe_load(DURATION_GOLD)
    text = DURATION_TEXT + " وأمضى 17 عاما في المنفى."
    assert duration_figures.duration_indexes(raw, text) == [2]


def test_duration_rewrite_deletes_only_the_named_lines(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(DURATION_GOLD, encoding="utf-8")
    duration_figures._rewrite(path, yaml.safe_load(DURATION_GOLD), [0, 2])
    after = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [f["text"] for f in after["figures"]] == ["خمس سنوات", "سبعة أيام", "12 شخصا"]
    assert after["events"] == []
