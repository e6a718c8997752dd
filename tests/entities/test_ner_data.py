"""Gold-to-sentences conversion for NER training, and how the model's names join the rules'."""

from pathlib import Path

import pytest
import yaml

from khabar.entities import ner
from khabar.entities.ner_data import gold_mentions, gold_sentences
from khabar.evaluate.gold import load_gold


def _gold(tmp_path: Path, text: str, entities: list[dict]) -> Path:
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "gold").mkdir(exist_ok=True)
    (tmp_path / "articles" / "a.txt").write_text(text, "utf-8")
    path = tmp_path / "gold" / "a.yaml"
    path.write_text(yaml.safe_dump({"article": "a.txt", "entities": entities}, allow_unicode=True), "utf-8")
    return path


TEXT = ("مصر تستضيف محادثات جديدة\n\n"
        "قال وزير الخارجية المصري سامح شكري إن مصر ستستضيف وفد حركة حماس. وأضاف شكري أن القاهرة مستعدة.\n"
        "ورحب مسلحون في مخيم جنين بالخبر.")

ENTITIES = [
    {"name": "Egypt", "type": "GPE", "mentions": ["مصر", "القاهرة"]},
    {"name": "Sameh Shoukry", "type": "PER", "mentions": ["سامح شكري", "شكري"]},
    {"name": "Hamas", "type": "ORG", "mentions": ["حركة حماس", "حماس"]},
    {"name": "gunmen", "type": "GROUP", "mentions": ["مسلحون"]},
    {"name": "Jenin camp", "type": "LOC", "mentions": ["مخيم جنين"]},
]


def test_every_occurrence_on_whole_tokens_is_a_mention_and_the_longer_wins(tmp_path):
    gold = load_gold(_gold(tmp_path, TEXT, ENTITIES))
    found = [(gold.text[a:b], t) for a, b, t in gold_mentions(gold)]
    assert found.count(("مصر", "GPE")) == 2            # headline and body; not inside "المصري"
    assert ("سامح شكري", "PER") in found and found.count(("شكري", "PER")) == 1   # the second, alone
    assert ("حركة حماس", "ORG") in found and ("حماس", "ORG") not in found
    assert ("القاهرة", "GPE") in found and ("مسلحون", "GROUP") in found


def test_sentences_carry_offsets_relative_to_themselves(tmp_path):
    gold = load_gold(_gold(tmp_path, TEXT, ENTITIES))
    sentences = gold_sentences(gold)
    assert [s[0] for s in sentences][:2] == ["مصر تستضيف محادثات جديدة",
                                             "قال وزير الخارجية المصري سامح شكري إن مصر ستستضيف وفد حركة حماس."]
    for text, spans in sentences:
        for start, end, label in spans:
            assert text[start:end].strip() == text[start:end] and label in ner_types()
    last = sentences[-1]
    assert [(last[0][a:b], t) for a, b, t in last[1]] == [("مسلحون", "GROUP"), ("مخيم جنين", "LOC")]


def test_labels_can_be_restricted(tmp_path):
    gold = load_gold(_gold(tmp_path, TEXT, ENTITIES))
    assert {t for _, _, t in gold_mentions(gold, ("PER",))} == {"PER"}


def ner_types() -> set[str]:
    from khabar.entities.ner_data import GOLD_TYPES
    return set(GOLD_TYPES)


def test_policy_parses_types_and_length():
    policy = ner.Policy.parse("PER,ORG,FAC:2")
    assert policy.types == frozenset({"PER", "ORG", "FAC"}) and policy.min_words == 2
    assert ner.Policy.parse("LOC").min_words == 1


class _FakeNER:
    """Stands for a trained model: labels the given character spans of any text it sees."""

    def __init__(self, spans: list[tuple[str, str]]):
        self.spans = spans


def _with_fake(monkeypatch) -> None:
    """Make khabar's predict ask the fake model for its spans."""
    def predict(nlp, doc):
        from khabar.text.doctext import doc_text
        text = doc_text(doc)
        return [(text.index(s), text.index(s) + len(s), label) for s, label in nlp.spans if s in text]
    monkeypatch.setattr(ner, "predict", predict)


def test_model_names_fill_gaps_only_of_the_policy_types_and_length(monkeypatch):
    from khabar.entities import component
    from khabar.pipeline import run

    text = "وقال المهندس سامر الخطيب إن شركة النور للمقاولات بدأت العمل في الموقع قرب تل الزعتر في مصر."
    doc = run(text, published="2024-06-10")
    _with_fake(monkeypatch)
    fake = _FakeNER([("سامر الخطيب", "PER"), ("النور", "ORG"), ("تل الزعتر", "LOC"), ("مصر", "GPE")])
    taken = [(m.start, m.end) for m in doc._.mentions]

    def free(surface: str) -> bool:
        start = text.index(surface)
        return not any(a < start + len(surface) and start < b for a, b in taken)

    assert free("تل الزعتر") and not free("مصر")             # the composed unknown place; the rules' country
    with ner.use(fake, ner.Policy.parse("PER,ORG,LOC:2")):
        found = {(text[m.start:m.end], m.type) for m in component._model_mentions(doc, doc._.mentions)}
    assert ("تل الزعتر", "LOC") in found
    assert (("سامر الخطيب", "PER") in found) == free("سامر الخطيب")
    assert ("النور", "ORG") not in found                       # one word: under the policy's length
    assert not any(s == "مصر" for s, _ in found)               # the rules' country stands there
    with ner.use(fake, ner.Policy.parse("PER:1")):
        found = {m.type for m in component._model_mentions(doc, doc._.mentions)}
    assert found <= {"PER"}


def test_the_switch_turns_the_model_off(monkeypatch):
    monkeypatch.setenv("KHABAR_NER", "0")
    assert not ner.enabled()
    with ner.use(_FakeNER([])):
        assert ner.enabled()
