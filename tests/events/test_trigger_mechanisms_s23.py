"""Round s23 trigger mechanisms: a launch told by the light verb of its projectile in a passive
relative clause that has no pronoun and names no launcher ("صاروخ أطلقت من القطاع")."""

import khabar
from khabar.events.code import _passive_relative
from khabar.entities.recognise import Word
from khabar.text.normalise import normalise_word
from tests.events.test_events_trigger_probes import coded_triggers  # noqa: F401  (the spy fixture)


def _words(text: str) -> list[Word]:
    """Bare Words of the normalised forms (no lemma: the lexicon's stem reading is used)."""
    return [Word(normalise_word(w), 0, len(w)) for w in text.split()]


def test_passive_relative_reads_an_unnamed_launch():
    assert _passive_relative(_words("صاروخ أطلقت من القطاع"), 0, 1)
    assert _passive_relative(_words("قذائف أطلقت من الجنوب"), 0, 1)


def test_passive_relative_refuses_a_definite_noun_an_imperfect_and_a_name():
    assert not _passive_relative(_words("الصاروخ أطلق من غزة"), 0, 1)
    assert not _passive_relative(_words("صواريخ تطلق من منصات"), 0, 1)
    assert not _passive_relative(_words("صاروخ أطلق عليه اسم خيبر"), 0, 1)
    assert not _passive_relative(_words("صاروخ أطلق"), 0, 1)          # nothing after the verb


def test_unnamed_launch_coded_in_a_sentence(coded_triggers):
    text = "وقالت الشرطة إن 12 شخصا قتلوا جراء أكثر من 4 آلاف صاروخ أطلقت من القطاع."
    khabar.read(text, published="2025-03-10")
    assert any(e.type == "ASSAULT" and text[e.trigger[0]:e.trigger[1]] == "صاروخ" for e in coded_triggers)
