"""The annotated NER sentences and the trained model."""

import json

import pytest

from khabar.entities.ner import LABELS, MODEL, DATA, fit, held_out_files, load_ner, load_sentences, train_ner


def test_sentences_load_with_every_name_found_in_order():
    files = sorted(DATA.glob("*.jsonl"))
    assert files
    texts = set()
    total = 0
    for path in files:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            item = json.loads(line)
            assert item["text"] not in texts, f"{path.name}:{number} repeats a sentence"
            texts.add(item["text"])
            cursor = 0
            for surface, label in item["entities"]:
                assert label in LABELS, f"{path.name}:{number} {label}"
                index = item["text"].find(surface, cursor)
                assert index >= 0, f"{path.name}:{number} {surface!r} not found in order"
                cursor = index + len(surface)
            total += 1
    assert total >= 3000


def test_held_out_file_is_not_trained_on():
    train, test = held_out_files()
    assert test and not set(test) & set(train)


def test_training_runs_and_the_model_predicts(tmp_path):
    """A real (small) training run: the model learns enough to find a name it was shown."""
    scores = train_ner(epochs=2, output=tmp_path / "ner", log=lambda *_: None, with_dev=False)
    assert 0.0 <= scores["overall"]["f1"] <= 1.0
    assert (tmp_path / "ner" / "model").exists()


@pytest.mark.skipif(not (MODEL / "model").exists(), reason="no shipped model")
def test_shipped_model_loads_and_reports_held_out_scores():
    nlp = load_ner()
    doc = nlp("وقال رئيس الوزراء العراقي محمد شياع السوداني في بغداد إن الحكومة ستعمل مع الأمم المتحدة.")
    assert all(e.label_ in LABELS for e in doc.ents)
    scores = json.loads((MODEL / "scores.json").read_text("utf-8"))
    assert scores["overall"]["f1"] > 0.3


@pytest.mark.skipif(not (MODEL / "model").exists(), reason="no shipped model")
def test_model_mentions_fill_in_names_the_rules_miss():
    from khabar.entities import component
    from khabar.pipeline import run

    doc = run("وقال المهندس سامر الخطيب إن شركة النور للمقاولات بدأت العمل في الموقع.", published="2024-06-10")
    rule_based = {(m.start, m.end) for m in doc._.mentions}
    found = component._model_mentions(doc, doc._.mentions)
    for mention in found:
        assert mention.type in ("PER", "ORG") and (mention.start, mention.end) not in rule_based


def test_two_trainings_with_one_seed_give_the_same_model():
    """Training is seeded (Python's and spaCy's generators): the shipped model can be rebuilt
    bit for bit on one machine, and the seed is what decides (another seed, other weights)."""
    sentences = load_sentences(held_out_files()[0])[:150]

    def weights(seed: int) -> bytes:
        return fit(sentences, epochs=2, seed=seed, log=lambda *_: None).get_pipe("ner").model.to_bytes()

    first = weights(7)
    assert weights(7) == first
    assert weights(8) != first


@pytest.mark.skipif(not (MODEL / "model").exists(), reason="no shipped model")
@pytest.mark.parametrize("text, name", [
    ("وقال الناطق باسم الشركة كريم العبدلاوي إن العمل سيستأنف الأسبوع المقبل.", "كريم العبدلاوي"),
    ("قالت الناشطة الحقوقية سلمى بن زروال إن السلطات اعتقلت عشرة أشخاص.", "سلمى بن زروال"),
])
def test_shipped_model_finds_a_composed_unseen_name(text, name):
    """Names written for this test, in no training file: the model finds them as people."""
    assert not any(name in path.read_text("utf-8") for path in DATA.glob("*.jsonl"))
    assert (name, "PER") in [(e.text, e.label_) for e in load_ner()(text).ents]
