"""The blind gold correction corpus/corrections/repeated_figures.py adds a copy of a gold figure at each place its
text stands that the gold left out (the written rule: a figure is listed at each place it stands), and nothing else."""
from __future__ import annotations

import yaml

from tests.evaluate.test_corrections import _load, rewritten

repeated_figures = _load("repeated_figures")

TEXT = ("مقتل ثمانية فلسطينيين في غارة على مخيم\n\n"
        "قُتل ثمانية فلسطينيين وأصيب نحو 10 شهداء آخرين بجروح، واعتقلت القوات 10 شهداء سابقين. "
        "وفرضت السلطات حظر التجول ثلاثة أيام بعد أن استمر القصف ثلاثة أيام. وقتل متعاقد، ونعى الجيش المتعاقد "
        "متعاقد آخر. ورفع البنك الفائدة إلى 13.25% وطرح شهادات بعائد 25%.")
GOLD = """figures:
  - {text: "ثمانية فلسطينيين", value: 8, min: null, max: null, approx: false, category: killed, unit: person}
  - {text: "نحو 10 شهداء", value: 10, min: null, max: null, approx: true, category: wounded, unit: person}
  - {text: "10 شهداء", value: 10, min: null, max: null, approx: false, category: arrested, unit: person}
  - {text: "ثلاثة أيام", value: 3, min: null, max: null, approx: false, category: other, unit: day}
  - {text: "متعاقد", value: 1, min: null, max: null, approx: false, category: killed, unit: person}
  - {text: "13.25%", value: 13.25, min: null, max: null, approx: false, category: other, unit: percent}
  - {text: "25%", value: 25, min: null, max: null, approx: false, category: other, unit: percent}
events: []
"""


def test_a_headline_count_the_lead_repeats_gets_its_second_place():
    assert repeated_figures.missing_copies(yaml.safe_load(GOLD), TEXT) == [0]


def test_a_text_inside_a_longer_gold_figure_a_span_of_time_a_lone_noun_and_a_percent_inside_another_are_left():
    raw = yaml.safe_load(GOLD)
    del raw["figures"][0]
    assert repeated_figures.missing_copies(raw, TEXT) == []


def test_a_text_listed_with_two_readings_is_left_alone():
    raw = yaml.safe_load(GOLD)
    raw["figures"].append(dict(raw["figures"][0], category="wounded"))
    assert 0 not in repeated_figures.missing_copies(raw, TEXT)


def test_the_copy_stands_right_after_its_figure_and_every_other_line_is_kept(tmp_path):
    after = rewritten(tmp_path, GOLD, lambda path, raw: repeated_figures.append_copies(path, raw, [0]))
    lines = after.split("\n")
    assert lines[1] == lines[2] and "ثمانية فلسطينيين" in lines[1]
    assert [line for k, line in enumerate(lines) if k != 2] == GOLD.split("\n")
    assert len(yaml.safe_load(after)["figures"]) == 8


def test_block_items_are_copied_whole(tmp_path):
    gold = "figures:\n  - text: 5 قتلى\n    value: 5\n  - text: 3 جرحى\n    value: 3\nclaims: []\n"
    after = rewritten(tmp_path, gold, lambda path, raw: repeated_figures.append_copies(path, raw, [0, 0]))
    assert [f["text"] for f in yaml.safe_load(after)["figures"]] == ["5 قتلى"] * 3 + ["3 جرحى"]
