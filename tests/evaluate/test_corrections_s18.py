"""The blind gold corrections of session 18 (corpus/corrections/security_bodies.py, evacuee_figures.py,
historical_status.py, denial_events.py, named_witnesses.py) change exactly the items their rules name, and nothing else."""
from __future__ import annotations

import yaml

from tests.evaluate.test_corrections import _load, rewritten   # also puts corpus/corrections on sys.path for blind

security_bodies = _load("security_bodies")
evacuee_figures = _load("evacuee_figures")
historical_status = _load("historical_status")
denial_events = _load("denial_events")
named_witnesses = _load("named_witnesses")

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
    after = yaml.safe_load(rewritten(tmp_path, GOLD, lambda path, raw: security_bodies._merge(
        path, raw, security_bodies.services_indexes(raw, ""))))
    assert [e["name"] for e in after["entities"]] == [
        "Iranian security forces", "Iraqi security agencies", "Iranian intelligence", "Iran"]
    assert after["entities"][0]["mentions"] == ["قوات الأمن", "الأجهزة الأمنية"]
    assert after["events"][0]["actor"] == ["Iranian security forces"]
    assert after["events"][1]["actor"] == ["Iranian security forces", "Iraqi security agencies"]


EVACUEE_TEXT = ("وقال الهلال الأحمر إن فرقه أجلت عشرات العائلات من الحي. وحررت القوات 4 رهائن. "
                "وأجلت المروحيات عشرات الجرحى. وقررت النيابة إخلاء سبيل ثمانية من الموقوفين.")
EVACUEE_GOLD = """figures:
  - {text: "عشرات العائلات", value: null, category: rescued, unit: family}
  - {text: "4 رهائن", value: 4, category: rescued, unit: person}
  - {text: "عشرات الجرحى", value: null, category: wounded, unit: person}
  - {text: "ثمانية من الموقوفين", value: 8, category: released, unit: person}
"""


def test_only_rescued_figures_after_an_evacuating_word_are_named():
    raw = yaml.safe_load(EVACUEE_GOLD)
    # hostages freed stay rescued; the wounded evacuated and a release keep their categories
    assert evacuee_figures.evacuee_indexes(raw, EVACUEE_TEXT) == [0]


def test_recategorise_changes_only_the_named_category(tmp_path):
    after = yaml.safe_load(rewritten(tmp_path, EVACUEE_GOLD,
                                     lambda path, raw: evacuee_figures._recategorise(path, raw, [0])))
    assert [f["category"] for f in after["figures"]] == ["displaced", "rescued", "wounded", "released"]


STATUS_GOLD = """published: '2024-06-10'
events:
  - {type: ASSAULT, status: historical, date: '2024-06-07', trigger: a}
  - {type: ASSAULT, status: asserted, date: '2024-05-01', trigger: b}
  - {type: ASSAULT, status: asserted, date: '2023-10', trigger: c}
  - {type: ASSAULT, status: historical, date: '2024-06', trigger: d}
  - {type: ASSAULT, status: negated, date: '2020-01-01', trigger: e}
  - {type: ASSAULT, status: historical, date: null, trigger: f}
  - {type: ASSAULT, status: asserted, date: '2024-06-03', trigger: g}
  - {type: ASSAULT, status: historical, date: '2024-06-02', trigger: h}
"""


def test_status_follows_the_date_only_between_asserted_and_historical():
    raw = yaml.safe_load(STATUS_GOLD)
    # 3 days before: asserted; 40 days and a past month: historical; this month, a negation, no date, exactly a
    # week and eight days before (already right) are left alone
    assert historical_status.status_changes(raw) == [(0, "asserted"), (1, "historical"), (2, "historical")]


def test_restatus_changes_only_the_named_status_lines(tmp_path):
    after = yaml.safe_load(rewritten(tmp_path, STATUS_GOLD, lambda path, raw: historical_status._restatus(
        path, raw, historical_status.historical_indexes(raw, ""))))
    assert [e["status"] for e in after["events"]] == [
        "asserted", "historical", "historical", "historical", "negated", "historical", "asserted", "historical"]


DENIAL_GOLD = """events:
  - {type: REJECT, trigger: "نفت"}
  - {type: REJECT, trigger: "رفضت"}
  - {type: SUPPORT, trigger: "تعازيه"}
  - {type: SUPPORT, trigger: "برقية تعزية"}
  - {type: REJECT, trigger: "ونفى"}
  - {type: ACCUSE, trigger: "نفت"}
"""


def test_denials_typed_reject_and_spoken_condolences_are_named():
    raw = yaml.safe_load(DENIAL_GOLD)
    # a refusal stays REJECT, a cable of condolence stays SUPPORT, another type is left alone
    assert denial_events.denial_indexes(raw, "") == [0, 2, 4]


WITNESS_GOLD = """entities:
  - {name: survivor Issa, type: GROUP, country: BFA, mentions: ["أحد الناجين، ويدعى عيسى"]}
  - {name: survivors, type: GROUP, country: null, mentions: ["الناجين"]}
  - {name: resident, type: GROUP, country: null, mentions: ["أحد السكان، ويدعى علي", "السكان"]}
  - {name: Adam Abakar, type: PER, country: TCD, mentions: ["أحد سكان قرية مجاورة، ويدعى آدم أبكر"]}
"""


def test_only_groups_every_mention_of_which_names_one_person_are_named():
    raw = yaml.safe_load(WITNESS_GOLD)
    # a crowd stays a group, so does one with an unnamed mention, and a person stays as it is
    assert named_witnesses.named_indexes(raw, "") == [0]
