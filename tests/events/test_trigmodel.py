"""The trigger-sense model (khabar/events/trigmodel.py): its features, cue data, hook and training."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.datafile import load_yaml
from khabar.entities.recognise import Word
from khabar.events import trigmodel
from khabar.events.trigmodel_train import fit, label
from khabar.text.normalise import normalise_word

ROOT = Path(__file__).resolve().parents[2]


def _context(text: str) -> tuple[trigmodel.Context, list[Word]]:
    """A Context over a text split on spaces (a "." is a punctuation word), one sentence."""
    words, at = [], 0
    for token in text.split(" "):
        words.append(Word(normalise_word(token), at, at + len(token), is_punct=token in ".،"))
        at += len(token) + 1
    return trigmodel.Context(text, words, [w.start for w in words], [(0, len(text))], 0), words


def _event(text: str, word: str, etype: str = "ASSAULT", kind: str = "noun", **over) -> dict:
    start = text.index(word)
    trigger = {"start": start, "end": start + len(word), "text": word}
    event = {"type": etype, "_kind": kind, "trigger": trigger, "triggers": [trigger], "status": "asserted",
             "mode": None, "actor": ["q1"], "recipient": [], "place": [], "time": None, "figures": [],
             "claim": None, "sentence": 0}
    event.update(over)
    return event


def test_cues_file_has_schema():
    raw = load_yaml((trigmodel.CUES).read_text("utf-8"))
    assert raw and all(isinstance(k, str) and isinstance(v, list) and v for k, v in raw.items())
    assert {"negation", "modal", "future", "relative", "sequence", "stance"} <= set(raw)
    assert trigmodel.cues()[normalise_word("لم")] == "negation"


@pytest.mark.parametrize("word, form", [("سيزور", "future"), ("يزور", "imperfect"), ("تعتقل", "imperfect"),
                                        ("زار", "perfect"), ("اعتقلت", "perfect")])
def test_verb_form(word, form):
    assert trigmodel.verb_form(normalise_word(word)) == form


def test_lemma_drops_conjunction_only_on_long_words():
    assert trigmodel.lemma("واعتقلت الشرطة") == normalise_word("اعتقلت")
    assert trigmodel.lemma("وقع") == normalise_word("وقع")


def test_stance_verb_before_noun_trigger():
    text = "أدانت الحكومة الهجوم على القرية"
    ctx, _ = _context(text)
    feats = trigmodel.features(_event(text, "الهجوم"), ctx, False)
    assert "pre:stance" in feats and "def:True" in feats and "k:noun" in feats


def test_negation_and_future_classes():
    text = "لم تعتقل الشرطة أحدا"
    ctx, _ = _context(text)
    feats = trigmodel.features(_event(text, "تعتقل", "COERCE", "verb"), ctx, False)
    assert "pre1:negation|verb" in feats and "tense:imperfect" in feats
    text2 = "وقالت إنها ستعتقل المشتبه بهم"
    ctx2, _ = _context(text2)
    feats2 = trigmodel.features(_event(text2, "ستعتقل", "COERCE", "verb"), ctx2, False)
    assert "tense:future" in feats2 and "pre:negation" not in feats2


def test_punctuation_stops_the_words_before():
    text = "لم يحدث شيء . الهجوم وقع"
    ctx, _ = _context(text)
    feats = trigmodel.features(_event(text, "الهجوم"), ctx, False)
    assert "pre1:punct" in feats and "pre:negation" not in feats


def test_quote_and_same_sentence():
    text = "قال « الهجوم فشل »"
    ctx, _ = _context(text)
    events = [_event(text, "قال", "ASSAULT", "verb"), _event(text, "الهجوم")]
    rows = trigmodel.article_features(events, ctx)
    assert "quote" in rows[1] and "quote" not in rows[0]
    assert "same_sent" in rows[1] and "same_sent" not in rows[0]


def test_label_by_type_and_overlap():
    gold = [({"type": "ASSAULT"}, [(10, 16)])]
    assert label({"type": "ASSAULT", "triggers": [[12, 14]]}, gold) == 1
    assert label({"type": "COERCE", "triggers": [[12, 14]]}, gold) == 0
    assert label({"type": "ASSAULT", "triggers": [[0, 5], [20, 25]]}, gold) == 0


def test_fit_learns_a_feature_and_filters():
    rows = [{"features": ["e:A", "pre:negation"], "label": 0}] * 20 + [{"features": ["e:A"], "label": 1}] * 20
    chosen = fit(rows, threshold=0.5, variant="filter")
    assert chosen.score(["e:A", "pre:negation"]) < 0.5 < chosen.score(["e:A"])
    text = "لم تعتقل الشرطة أحدا واعتقلت الشرطة رجلا"
    ctx, _ = _context(text)
    events = [_event(text, "تعتقل", "COERCE", "verb"), _event(text, "واعتقلت", "COERCE", "verb")]
    weights = dict(chosen.weights)
    negated = trigmodel.features(events[0], ctx, False)
    kept_model = trigmodel.TriggerModel({k: v for k, v in weights.items() if k == "pre:negation"}, 0.0, 0.4, "filter")
    assert kept_model.score(negated) < 0.4
    with trigmodel.use(kept_model):
        kept = trigmodel.apply(events, lambda: ctx)
    assert kept == [events[1]]
    with trigmodel.use(None):
        assert trigmodel.apply(events, lambda: ctx) == events


def test_shipped_model_loads():
    chosen = trigmodel._slot.shipped()
    assert chosen is not None and chosen.variant in ("off", "filter") and chosen.weights
    assert chosen.as_dict() == trigmodel.TriggerModel.from_dict(chosen.as_dict()).as_dict()


def test_training_is_deterministic(tmp_path):
    from typer.testing import CliRunner

    from khabar.cli import app
    from khabar.evaluate.run import gold_files

    files = gold_files([ROOT / "corpus" / "gold"], split="dev")[:2]
    args = [a for f in files for a in ("--gold", str(f))]
    runner = CliRunner()
    for name in ("a.json", "b.json"):
        result = runner.invoke(app, ["train-triggers", *args, "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    first = (tmp_path / "a.json").read_bytes()
    assert first == (tmp_path / "b.json").read_bytes()
    assert b'"weights"' in first and len(first) > 200


def test_what_follows_the_trigger():
    text = "بدأت زيارة الرئيس ماكرون إلى الجزائر"
    ctx, _ = _context(text)
    name = text.index("الرئيس")
    ctx = trigmodel.Context(text, ctx.words, ctx.starts, ctx.sentences, 0, {}, [(name, name + len("الرئيس ماكرون"), "PER")])
    feats = trigmodel.features(_event(text, "زيارة", "CONSULT"), ctx, False)
    assert "next:name|noun" in feats and "ent_after:PER|noun" in feats
    ctx = trigmodel.Context(text, ctx.words, ctx.starts, ctx.sentences, 0)
    feats = trigmodel.features(_event(text, "زيارة", "CONSULT"), ctx, False)
    assert "next:def|noun" in feats and "ent_after:none|noun" in feats


def test_a_name_past_punctuation_does_not_follow():
    text = "وقع الهجوم . الجيش رد"
    ctx, _ = _context(text)
    army = text.index("الجيش")
    ctx = trigmodel.Context(text, ctx.words, ctx.starts, ctx.sentences, 0, {}, [(army, army + len("الجيش"), "ORG")])
    feats = trigmodel.features(_event(text, "الهجوم"), ctx, False)
    assert "next:punct|noun" in feats and "ent_after:none|noun" in feats


def test_a_name_just_before():
    text = "أدانت الحكومة الهجوم"
    ctx, _ = _context(text)
    ctx = trigmodel.Context(text, ctx.words, ctx.starts, ctx.sentences, 0, {}, [(6, 6 + len("الحكومة"), "ORG")])
    feats = trigmodel.features(_event(text, "الهجوم"), ctx, False)
    assert "ent_before:ORG|noun" in feats
