"""The blind gold correction script (corpus/corrections/undated_events.py) changes exactly the events its rule
names: dated the publication day with no gold time in the paragraph up to the end of the trigger's sentence."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Callable

import yaml

CORRECTIONS = Path(__file__).resolve().parents[2] / "corpus" / "corrections"
sys.path.insert(0, str(CORRECTIONS))  # the scripts import their shared module as run from the command line


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, CORRECTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rewritten(tmp_path: Path, gold: str, rewrite: Callable[[Path, dict], None]) -> str:
    """The gold's text after a script's `rewrite(path, raw)` ran over it in a file of its own (the scripts edit
    gold files line by line, so the tests read what they wrote back)."""
    path = tmp_path / "g.yaml"
    path.write_text(gold, encoding="utf-8")
    rewrite(path, yaml.safe_load(gold))
    return path.read_text(encoding="utf-8")


undated_events = _load("undated_events")
duration_figures = _load("duration_figures")
vague_times = _load("vague_times")
headline_claims = _load("headline_claims")
quarter_types = _load("quarter_types")
blind = _load("blind")

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
    # the third and the fourth stand in a new paragraph with no time, whatever date they were given.
    assert undated_events.undated_indexes(raw, TEXT) == [2, 3]


def test_an_event_whose_trigger_stands_only_in_the_headline_keeps_its_date():
    text = "الشرطة تعتقل ثلاثة أشخاص\n\nقالت الشرطة اليوم الأحد إنها اعتقلت ثلاثة أشخاص.\n"
    raw = {"published": "2024-06-09", "structure": {"headline": "الشرطة تعتقل ثلاثة أشخاص"},
           "times": [{"text": "اليوم الأحد"}],
           "events": [{"trigger": "تعتقل", "date": "2024-06-09"}, {"trigger": "الشرطة", "date": "2024-06-09"}]}
    # the second trigger stands in the headline and in the body's dated sentence: kept too
    assert undated_events.undated_indexes(raw, text) == []
    raw["structure"]["headline"] = ""
    assert undated_events.undated_indexes(raw, text) == [0]


def test_rewrite_changes_only_the_named_date_line(tmp_path):
    after = rewritten(tmp_path, GOLD, lambda path, raw: undated_events._rewrite(path, raw, [2]))
    changed = [(a, b) for a, b in zip(GOLD.split("\n"), after.split("\n")) if a != b]
    assert changed == [("    date: '2024-06-09'", "    date: null")]
    assert yaml.safe_load(after)["events"][2]["date"] is None

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


def test_delete_items_removes_only_the_named_items(tmp_path):
    after = yaml.safe_load(rewritten(tmp_path, DURATION_GOLD,
                                     lambda path, raw: blind.delete_items(path, "figures", 5, [0, 2])))
    assert [f["text"] for f in after["figures"]] == ["خمس سنوات", "سبعة أيام", "12 شخصا"]
    assert after["events"] == []


def test_delete_items_handles_block_items_and_an_emptied_section(tmp_path):
    gold = "times:\n  - text: الأيام الماضية\n    value: null\nclaims: []\n"
    after = rewritten(tmp_path, gold, lambda path, raw: blind.delete_items(path, "times", 1, [0]))
    assert after == "times: []\nclaims: []\n"


def test_vague_plural_periods_are_named_and_named_periods_kept():
    raw = {"times": [{"text": t} for t in ("خلال الأيام الماضية", "الأسبوع الماضي", "الساعات المقبلة",
                                           "الأيام الثلاثة الماضية", "الأشهر القليلة الماضية", "الشهر المقبل")]}
    assert vague_times.vague_indexes(raw, "") == [0, 2, 4]


def test_claims_whose_cue_stands_only_in_the_headline_are_named():
    text = "الوزير يقول إن الهدنة صامدة\n\nقال وزير الخارجية إن الهدنة صامدة، وأكد أن المحادثات مستمرة.\n"
    raw = {"structure": {"headline": "الوزير يقول إن الهدنة صامدة"},
           "claims": [{"cue": "يقول"}, {"cue": "قال"}, {"cue": "وأكد"}]}
    assert headline_claims.headline_indexes(raw, text) == [0]
    raw["claims"].append({"cue": "إن"})  # the cue also stands in the body: kept
    assert headline_claims.headline_indexes(raw, text) == [0]


QUARTER_GOLD = """entities:
  - {name: Nuseirat camp, type: GPE, country: PSE, mentions: ["مخيم النصيرات", "بمخيم النصيرات"]}
  - name: Hodan
    type: GPE
    country: SOM
    mentions: ["حي هودان"]
  - {name: Nuseirat, type: GPE, country: PSE, mentions: ["النصيرات"]}
  - {name: Shujaiya, type: LOC, country: PSE, mentions: ["حي الشجاعية"]}
events: []
"""


def test_camps_and_quarters_typed_other_than_loc_are_named():
    raw = yaml.safe_load(QUARTER_GOLD)
    # a bare town name is typed as it is; an entity already LOC is left alone
    assert quarter_types.quarter_indexes(raw, "") == [0, 1]


def test_retype_items_changes_only_the_named_type_lines(tmp_path):
    after = rewritten(tmp_path, QUARTER_GOLD, lambda path, raw: blind.retype_items(path, "entities", 4, [0, 1], "LOC"))
    changed = [(a, b) for a, b in zip(QUARTER_GOLD.split("\n"), after.split("\n")) if a != b]
    assert len(changed) == 2
    assert [e["type"] for e in yaml.safe_load(after)["entities"]] == ["LOC", "LOC", "GPE", "LOC"]


def test_batch_ids_reads_the_ids_a_manifest_lists(tmp_path):
    manifest = tmp_path / "manifest-Z.yaml"
    manifest.write_text("articles:\n  - {id: a-2024-01-01-x, outlet: A}\n  - {id: b-2023-05-02-y, outlet: B}\n",
                        encoding="utf-8")
    assert blind._batch_ids(manifest) == ["a-2024-01-01-x", "b-2023-05-02-y"]
