"""The blind gold correction of session 17's claims rules (corpus/corrections/unclaimed_acts.py) removes exactly
the claims its rules name: a form of تبنى with no clause of its own, and a form of أعلن (or معلنا) whose object
is a noun of khabar/claims/data/announced_acts.yaml; a clause, a fact that befalls others or a quote of the
announcer's words leaves the claim."""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

from tests.evaluate.test_corrections import _load, rewritten

unclaimed_acts = _load("unclaimed_acts")
blind = sys.modules["blind"]   # the scripts' shared module, imported by the script from its own folder


def _deleted(tmp_path: Path, gold: str, indexes: list[int]) -> str:
    """The gold after what the script's --apply does to one file."""
    return rewritten(tmp_path, gold,
                     lambda path, raw: blind.delete_items(path, "claims", len(raw["claims"]), indexes))

TEXT = ("وتبنى تنظيم داعش الهجوم في بيان نشرته وكالة أعماق، زاعما أن مقاتليه نفذوه.\n"
        "وأعلنت بلدية صور إغلاق 15 بناية. وأعلنت الوزارة مقتل 5 جنود.\n"
        "وأعلن الجيش أن قواته أغلقت المعبر. ودعا الرئيس إلى التهدئة، معلنا تثبيت أسعار المحروقات.\n"
        "وأعلنت الحركة تأجيل تسليم الأسرى \"إلى حين التزام الاحتلال ببنود الاتفاق\".")
GOLD = """entities:
  - {name: Tyre Municipality, type: ORG, country: LBN, mentions: ["بلدية صور"]}
claims:
  - {cue: "وتبنى", kind: paraphrase, certainty: asserted, sources: ["تنظيم داعش", "وكالة أعماق"], platform: null}
  - {cue: "زاعما", kind: paraphrase, certainty: hedged, sources: ["تنظيم داعش"], platform: null}
  - {cue: "وأعلنت", kind: paraphrase, certainty: asserted, sources: ["بلدية صور"], platform: null}
  - {cue: "وأعلنت", kind: paraphrase, certainty: asserted, sources: ["الوزارة"], platform: null}
  - {cue: "وأعلن", kind: paraphrase, certainty: asserted, sources: ["الجيش"], platform: null}
  - {cue: "معلنا", kind: paraphrase, certainty: asserted, sources: ["الرئيس"], platform: null}
  - {cue: "وأعلنت", kind: quote, certainty: asserted, sources: ["الحركة"], platform: null}
"""


def test_only_the_claims_of_the_two_rules_are_named():
    raw = yaml.safe_load(GOLD)
    # تبنى with no clause; the municipality's closing of buildings; the president's price freeze.  Not: the
    # participle with its clause, the ministry's reported deaths, the army's clause, the quoted words.
    assert unclaimed_acts.unclaimed_indexes(raw, TEXT) == [0, 2, 5]


def test_an_ambiguous_cue_stays():
    # the same cue and source twice, once with a clause: which one the gold meant is not known
    text = "وأعلنت الوزارة إغلاق المعبر. وأعلنت الوزارة أن المعبر سيفتح غدا."
    raw = {"claims": [{"cue": "وأعلنت", "sources": ["الوزارة"]}]}
    assert unclaimed_acts.unclaimed_indexes(raw, text) == []


def test_rewrite_deletes_only_the_named_claims(tmp_path):
    after = _deleted(tmp_path, GOLD, [0, 2, 5])
    kept = [line for line in GOLD.split("\n") if line not in after.split("\n")]
    assert len(kept) == 3 and all("cue" in line for line in kept)
    assert [c["cue"] for c in yaml.safe_load(after)["claims"]] == ["زاعما", "وأعلنت", "وأعلن", "وأعلنت"]


def test_rewrite_of_the_last_claim_keeps_the_closing_newline(tmp_path):
    assert _deleted(tmp_path, GOLD, [6]) == GOLD[:GOLD.rindex("  - ")]


def test_rewrite_of_every_claim_leaves_an_empty_list(tmp_path):
    gold = "claims:\n  - {cue: \"وتبنى\", sources: [\"X\"]}\nevents: []\n"
    assert yaml.safe_load(_deleted(tmp_path, gold, [0])) == {"claims": [], "events": []}
