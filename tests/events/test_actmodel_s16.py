"""The trained actor model of events (khabar/events/actmodel.py): its data files, the features
of composed sentences, what a fit on a tiny composed set learns, the determinism of `khabar
train-actors`, and the composed probes of tests/events/data/actmodel_probes_s16.yaml."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest
import yaml

import khabar
from khabar.events import actmodel
from khabar.events.actmodel_train import examples, fit
from khabar.pipeline import default_pipeline, run

ROOT = Path(__file__).resolve().parents[2]
PROBES = yaml.safe_load((Path(__file__).parent / "data" / "actmodel_probes_s16.yaml").read_text("utf-8"))
PREFIXES = {"t", "e", "k", "te", "tk", "w", "wt", "wk", "d", "cl", "pre", "post", "rank", "ra", "def", "seen",
            "rule", "speaker", "carried", "nisba", "anonymous", "passive", "agree", "country", "head",
            "last_actor", "para_actor", "sal", "salient", "open", "lasta", "relay", "site",
            "idafa", "agent", "target", "sent_actor", "headline"}


def _events(text: str) -> list[dict]:
    """The coded events of a composed text with every candidate's features (model off)."""
    default_pipeline()
    with actmodel.use(None), actmodel.collection() as rows:
        doc = run(text)
    names = {(m["start"], m["end"]): e["name"] for e in doc._.entities for m in e["mentions"]}
    for row in rows:
        for candidate in row["candidates"]:
            candidate["text"] = text[candidate["start"]:].split("،")[0]
            candidate["name"] = next((n for (s, _), n in names.items() if s == candidate["start"]), None)
    return rows


def _candidate(rows: list[dict], kind: str, startswith: str) -> dict:
    event = next(r for r in rows if r["type"] == kind)
    return next(c for c in event["candidates"] if c["text"].startswith(startswith))


def test_shipped_weights_load():
    raw = json.loads(actmodel.MODEL.read_text("utf-8"))
    assert set(raw) == {"variant", "threshold", "bias", "kinds", "weights"}
    chosen = actmodel.ActorModel.from_dict(raw)
    assert chosen.variant in ("fill", "off") and 0.0 < chosen.threshold <= 1.0
    assert set(chosen.kinds) <= {"verb", "participle", "light", "noun"} and chosen.kinds
    assert len(chosen.weights) > 50 and all(isinstance(w, float) for w in chosen.weights.values())
    assert {name.split(":", 1)[0].split("|", 1)[0] for name in chosen.weights} <= PREFIXES
    assert actmodel.model() is actmodel.model()            # loaded once
    assert 0.0 < chosen.score(["t:ORG", "w:a0"]) < 1.0


def test_cue_file_schema():
    raw = yaml.safe_load(actmodel.CUES.read_text("utf-8"))
    assert set(raw) == {"before", "after", "relays", "sites"}
    assert all(isinstance(w, str) for key in ("relays", "sites") for w in raw[key])
    for side in (raw["before"], raw["after"]):
        assert side and all(isinstance(k, str) and isinstance(v, str) and v.isascii() for k, v in side.items())
    assert actmodel.cues()["before"]["من"] == "min" and actmodel.cues()["before"]["علي"] == "ala"   # normalised keys


def test_features_of_a_passive_with_its_agent():
    rows = _events("وأعلنت الشرطة العراقية. واعتُقل الناشط من قبل قوات الأمن الكويتية في العاصمة.")
    agent = _candidate(rows, "COERCE", "قوات الأمن")
    assert {"pre:qibal<min|a", "passive", "w:a0", "passive|a|qibal<min", "d:a0|3-5"} <= set(agent["features"])
    before = _candidate(rows, "COERCE", "الشرطة")
    assert {"w:b1", "rank:b1|1", "carried", "passive"} <= set(before["features"]) and "pre:qibal<min|b" not in before["features"]


def test_features_of_speaker_subject_and_agreement():
    rows = _events("وقالت وزارة الخارجية المصرية إن إسرائيل قصفت مواقع في غزة.")
    event = next(r for r in rows if r["type"] == "ASSAULT")
    israel = next(c for c in event["candidates"] if c["text"].startswith("إسرائيل"))
    ministry = next(c for c in event["candidates"] if c["text"].startswith("وزارة"))
    assert {"w:b0", "pre:inna|b", "rule:actor", "country", "d:b0|0", "agree:yes|b"} <= set(israel["features"])
    assert "speaker" in ministry["features"] and "rule:actor" not in ministry["features"]
    assert "rank:b0|2" in ministry["features"] and "rank:b0|1" in israel["features"]


def test_fit_learns_the_agent_after_min_qibal():
    """Composed passives whose agent follows من قبل, with a bystander named before: a fit on
    them ranks the candidate after من قبل first in a sentence it did not see."""
    texts = ["واعتُقل الصحفي في بغداد من قبل الشرطة العراقية.",
             "وفي الأردن، اعتُقل ناشط من قبل قوات الأمن الأردنية.",
             "وأُوقف المتهم في تونس من قبل الحرس الوطني التونسي.",
             "وفي لبنان، استُهدف موكب من قبل الجيش الإسرائيلي."]
    events = []
    for text in texts:
        for row in _events(text):
            for candidate in row["candidates"]:
                candidate["label"] = int("pre:qibal<min|a" in candidate["features"])
            events.append(row)
    feats, labels = examples(events)
    assert sum(labels) >= 3 and len(labels) > sum(labels)
    chosen = fit(feats, labels)
    test = _events("وفي السودان، اعتُقل طالب من قبل قوات الدعم السريع.")
    ranked = [c for r in test for c in r["candidates"]]
    top = max(ranked, key=lambda c: chosen.score(c["features"]))
    assert "pre:qibal<min|a" in top["features"] and top["text"].startswith("قوات")
    assert chosen.score(top["features"]) > 0.5


def test_fit_is_deterministic():
    feats = [["t:ORG", "w:a0", "pre:qibal<min|a"], ["t:GPE", "w:b0"], ["t:PER", "w:b1", "speaker"]] * 3
    labels = [1, 0, 0] * 3
    assert fit(feats, labels).as_dict() == fit(feats, labels).as_dict()


def test_train_actors_is_deterministic(tmp_path):
    from typer.testing import CliRunner

    from khabar.cli import app
    from khabar.evaluate.gold import load_split

    dev = load_split(ROOT / "corpus" / "split.yaml")["dev"][:2]
    gold = [str(ROOT / "corpus" / "gold" / f"{article}.yaml") for article in dev]
    outs = []
    for k in range(2):
        target = tmp_path / f"model{k}.json"
        args = ["train-actors", "--out", str(target)] + [a for g in gold for a in ("--gold", g)]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        outs.append(target.read_bytes())
    assert outs[0] == outs[1] and json.loads(outs[0])["weights"]


def test_model_off_changes_nothing():
    text = "وأعلنت وزارة الداخلية. واعتقلت قوات الأمن عشرة أشخاص في الخرطوم."
    with actmodel.use(actmodel.ActorModel({}, 0.0, 1.0, "off")):
        off = khabar.read(text).events
    with actmodel.use(None):
        none = khabar.read(text).events
    assert off == none


def _coded(text: str) -> list[tuple[str, list[str]]]:
    record = khabar.read(text, published=PROBES["published"])
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]]) for v in record.events]


def _rules_only(text: str) -> list[tuple[str, list[str]]]:
    with actmodel.use(None):
        return _coded(text)


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["xfail"]))
                                   if p.get("xfail") else p for p in PROBES["probes"]],
                         ids=[f"{k}-{p['outlet']}" for k, p in enumerate(PROBES["probes"])])
def test_probe(probe):
    assert_probe(probe, _coded(probe["text"]))


def probe_params(probes: list[dict]) -> list:
    """The probes as pytest parameters: one with an `xfail` cause is a strict xfail."""
    return [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p["xfail"]), id=f"{k}-{p['outlet']}")
            if p.get("xfail") else pytest.param(p, id=f"{k}-{p['outlet']}") for k, p in enumerate(probes)]


def assert_rules_leave_expected(probes: list[dict], coded: Callable[[str], list[tuple[str, list[str]]]]) -> None:
    """Each probe has known fields and something to check, and its expected actors are ones
    the rules alone (model off) do not give: else it tests nothing of the model."""
    for probe in probes:
        assert set(probe) <= {"outlet", "text", "expect", "not_actor", "absent", "xfail"}
        assert probe.get("expect") or probe.get("absent") or probe.get("not_actor")
        with actmodel.use(None):
            rules = coded(probe["text"])
        for kind, actor in probe.get("expect", []):
            assert not any(t == kind and actor in actors for t, actors in rules), (probe["text"], rules)


def assert_probe(probe: dict, coded: list[tuple[str, list[str]]]) -> None:
    """A probe's `expect` are among the coded (type, actors), its `not_actor` are not, and no
    event has a type of its `absent`."""
    for kind, actor in probe.get("expect", []):
        assert any(t == kind and actor in actors for t, actors in coded), (kind, actor, coded)
    for kind, actor in probe.get("not_actor", []):
        assert not any(t == kind and actor in actors for t, actors in coded), (kind, actor, coded)
    for kind in probe.get("absent", []):
        assert all(t != kind for t, _ in coded), (kind, coded)


def test_probes_are_where_the_rules_find_no_actor():
    """A probe's expected actor is one the rules alone do not give (else it tests nothing of the
    model), and the battery holds both kinds: finds and near-misses."""
    probes = PROBES["probes"]
    assert len(probes) >= 20 and len({p["text"] for p in probes}) == len(probes)
    assert sum(bool(p.get("expect")) for p in probes) >= 8 and sum(bool(p.get("absent")) for p in probes) >= 5
    for probe in probes:
        assert set(probe) <= {"outlet", "text", "expect", "not_actor", "absent", "xfail"}
        assert probe.get("expect") or probe.get("absent") or probe.get("not_actor")
        rules = _rules_only(probe["text"])
        for kind, actor in probe.get("expect", []):
            assert not any(t == kind and actor in actors for t, actors in rules), (probe["text"], rules)


def test_the_body_in_an_unnamed_holders_title_is_never_chosen():
    """"ودعا شيخ الأزهر": the unnamed sheikh calls, not al-Azhar; even a model that likes every
    ORG does not make the body the actor, while a body named alone still can be."""
    keen = actmodel.ActorModel({"t:ORG": 10.0}, -5.0, 0.15, "fill", ("verb",))
    with actmodel.use(keen):
        held = khabar.read("ودعا شيخ الأزهر المسلمين إلى التسامح.").events
        alone = khabar.read("ودعا إلى ضبط النفس وتغليب لغة الحوار الأزهر الشريف.").events
    assert not any(e["type"] == "REQUEST" for e in held), held
    assert any(e["type"] == "REQUEST" and e["actor"] for e in alone), alone
    rows = _events("ودعا شيخ الأزهر المسلمين إلى التسامح.")
    assert "pre:holder|a" in _candidate(rows, "REQUEST", "الأزهر")["features"]


def test_the_rules_recipient_is_never_the_actor():
    """The guest the rules found received is not the host the text leaves unnamed."""
    text = "وذكرت وكالة الأنباء الكويتية أن ولي العهد استقبل رئيس الوزراء الباكستاني."
    keen = actmodel.ActorModel({"t:PER": 10.0}, -5.0, 0.15, "fill", ("verb",))
    with actmodel.use(keen):
        events = khabar.read(text).events
    consult = [e for e in events if e["type"] == "CONSULT"]
    assert all(set(e["actor"]).isdisjoint(e["recipient"]) for e in consult), consult
    rows = _events(text)
    assert "rule:recipient" in _candidate(rows, "CONSULT", "رئيس الوزراء")["features"]
