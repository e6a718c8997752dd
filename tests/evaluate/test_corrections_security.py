"""The blind gold correction of session 18 (corpus/corrections/security_bodies.py) merges a state's generic
security services into its security forces, and nothing else."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

CORRECTIONS = Path(__file__).resolve().parents[2] / "corpus" / "corrections"
sys.path.insert(0, str(CORRECTIONS))
_spec = importlib.util.spec_from_file_location("security_bodies", CORRECTIONS / "security_bodies.py")
security_bodies = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(security_bodies)

GOLD = """entities:
  - {name: Iranian security forces, type: ORG, country: IRN, mentions: ["قوات الأمن"]}
  - {name: Iranian security agencies, type: ORG, country: IRN, mentions: ["الأجهزة الأمنية"]}
  - {name: Iraqi security agencies, type: ORG, country: IRQ, mentions: ["الأجهزة الأمنية"]}
  - {name: Iranian intelligence, type: ORG, country: IRN, mentions: ["الأجهزة الأمنية", "وزارة الاستخبارات"]}
  - {name: Iran, type: GPE, country: IRN, mentions: ["إيران"]}
events:
  - {type: COERCE, mode: arrest, actor: [Iranian security agencies], recipient: [], trigger: "اعتقلت"}
  - {type: ASSAULT, mode: null, actor: [Iranian security forces, "Iraqi security agencies"], recipient: [], trigger: "أصابت"}
claims: []
"""


def test_only_generic_services_beside_forces_of_their_country_are_named():
    raw = yaml.safe_load(GOLD)
    # Iraq's services have no forces of Iraq beside them; the intelligence entity has a named mention too
    assert security_bodies.merge_pairs(raw) == [(1, 0)]


def test_merge_joins_mentions_renames_events_and_deletes_the_services(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(GOLD, encoding="utf-8")
    raw = yaml.safe_load(GOLD)
    security_bodies._merge(path, raw, security_bodies.services_indexes(raw, ""))
    after = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [e["name"] for e in after["entities"]] == [
        "Iranian security forces", "Iraqi security agencies", "Iranian intelligence", "Iran"]
    assert after["entities"][0]["mentions"] == ["قوات الأمن", "الأجهزة الأمنية"]
    assert after["events"][0]["actor"] == ["Iranian security forces"]
    assert after["events"][1]["actor"] == ["Iranian security forces", "Iraqi security agencies"]
