"""The event-identity rules of round s22 in khabar/events/component.py, on hand-made events:
a finite verb (plain or light) of a later sentence is another act, headline or not; an event noun
qualified as another act ("هجوم آخر"، "غارة مماثلة"); the instrument after a trigger; a verb a
source retells or a sentence names back by a definite noun; the participle that goes on with its
act; a joined verb on the same patients ("… واقتادوهم"); and the loader of arguments.yaml's
other_act_words."""

from types import SimpleNamespace

from khabar.events import component
from khabar.events.code import arguments
from khabar.text.normalise import normalise_word

HEADLINE = SimpleNamespace(start=0, end=30)


def _first(start: int, sentence: int, kind: str = "verb", text: str = "x", told=(), triggers=None) -> dict:
    return {"trigger": {"start": start, "text": text}, "sentence": sentence, "date": None, "status": "asserted",
            "_kind": kind, "_told": set(told), "triggers": triggers or [{"start": start, "end": start + len(text)}]}


def _event(start: int, end: int, sentence: int, kind: str = "verb", status: str = "asserted") -> SimpleNamespace:
    return SimpleNamespace(trigger=(start, end), sentence=sentence, kind=kind, status=status, joined=False,
                           elaborates=False)


def test_other_act_words_are_loaded_normalised():
    words = arguments()["other_act_words"]
    assert {normalise_word("آخر"), normalise_word("أخرى"), normalise_word("مماثلة"), normalise_word("منفصل")} <= words
    assert all(w == normalise_word(w) for w in words)


def test_an_event_noun_qualified_as_another_act():
    text = "وفي هجوم آخر، قتل جنديان. وفي الهجوم الآخر. وفي هجوم واسع."
    assert component._other_act_noun(_event(4, 8, 0, "noun"), text)                 # هجوم آخر
    k = text.index("الهجوم")
    assert not component._other_act_noun(_event(k, k + 6, 1, "noun"), text)        # definite: one told
    k = text.index("هجوم واسع")
    assert not component._other_act_noun(_event(k, k + 4, 2, "noun"), text)        # no other-act word
    assert not component._other_act_noun(_event(4, 8, 0, "verb"), text)            # nouns only


def test_the_instrument_after_a_trigger_is_the_same_act():
    text = "في هجوم بسيارة مفخخة. بتفجير سيارة مفخخة. هجوم، سيارة"
    first = _first(3, 0, "noun", "هجوم")
    assert component._instrument_of(first, _event(9, 20, 0, "noun"), text)          # "هجوم بسيارة"
    k = text.index("تفجير")
    assert component._instrument_of(_first(k, 1, "noun", "تفجير"), _event(k + 6, k + 17, 1, "noun"), text)
    k = text.index("هجوم،")
    assert not component._instrument_of(_first(k, 2, "noun", "هجوم"), _event(k + 6, k + 11, 2, "noun"), text)


def test_a_body_mention_tells_the_act_by_a_verb_or_an_indefinite_noun_with_an_actor():
    text = "x" * 40 + " غارة" + " الغارة"
    assert component._tells(_event(41, 45, 1, "light"), [], text, HEADLINE)
    assert component._tells(_event(41, 45, 1, "noun"), ["e1"], text, HEADLINE)
    assert not component._tells(_event(41, 45, 1, "noun"), [], text, HEADLINE)        # no actor of its own
    assert not component._tells(_event(46, 52, 1, "noun"), ["e1"], text, HEADLINE)    # definite
    assert not component._tells(_event(5, 9, 0, "verb"), ["e1"], text, HEADLINE)      # the headline
    assert component._tells(_event(5, 9, 0, "verb"), ["e1"], text, None)              # no headline: all is body
    assert component._body_start(HEADLINE) == 30 and component._body_start(None) == 0


def test_verbs_of_two_sentences_are_two_acts_unless_retold():
    text = "x" * 200
    light = _event(100, 110, 3, "light")
    # a light verb of a later sentence than the body's telling is another act, headline or not
    assert component._two_acts(_first(5, 0, "noun", told={1}), light, HEADLINE, text)
    assert component._two_acts(_first(40, 1, "verb"), light, None, text)
    # not: retold in a source's claim or named back by a definite noun; one sentence; a later
    # historical verb of a text without a headline (the lead's act dated by "وكانت … قد")
    assert not component._two_acts(_first(5, 0, "noun", told={1}), light, HEADLINE, text, retold=True)
    assert not component._two_acts(_first(40, 1, "verb"), light, None, text, retold=True)
    assert not component._two_acts(_first(90, 3, "verb"), light, None, text)
    assert not component._two_acts(_first(40, 1, "verb"), _event(100, 110, 3, "verb", "historical"), None, text)


def test_a_sentence_naming_the_act_back_by_a_definite_noun():
    text = "قصف الجيش مواقع. وقتل عشرات في القصف. وقتل آخرون في قصف."
    k, j = text.index("القصف"), text.index("قصف.")
    coded = [SimpleNamespace(type="ASSAULT", kind="noun", sentence=1, trigger=(k, k + 5)),
             SimpleNamespace(type="ASSAULT", kind="noun", sentence=2, trigger=(j, j + 3)),
             SimpleNamespace(type="ASSAULT", kind="verb", sentence=0, trigger=(0, 3))]
    assert component._named_back(coded, text) == {(1, "ASSAULT")}


def test_a_participle_is_no_joined_verb_but_a_conjoined_verb_is():
    text = "ودان الهجوم، محملا إسرائيل المسؤولية، وطالب بتحقيق."
    k = text.index("محملا")
    assert not component._joined_verb(_event(k, k + 5, 0, "participle"), text)
    k = text.index("وطالب")
    assert component._joined_verb(_event(k, k + 5, 0, "verb"), text)


def test_a_joined_verb_on_the_same_patients_carries_the_act_on():
    text = "اختطف المسلحون 150 شخصا واقتادوهم إلى جهة مجهولة، وأحرقوا المنازل."
    k = text.index("اقتادوا") if "اقتادوا" in text else text.index("اقتاد")
    assert component._on_the_same_patients(_event(k, k + 5, 0, "verb"), text)      # its object: them
    k = text.index("أحرقوا")
    assert not component._on_the_same_patients(_event(k, k + 6, 0, "verb"), text)  # an object of its own
    first = {"trigger": {"start": 0, "text": "اختطف"}, "sentence": 0, "_kind": "verb", "_told": set(),
             "triggers": [{"start": 0, "end": 5}], "date": None, "status": "asserted"}
    k = text.index("واقتاد")
    assert not component._two_acts(first, _event(k, k + 6, 0, "verb"), None, text)
    k = text.index("وأحرقوا")
    assert component._two_acts(first, _event(k, k + 7, 0, "verb"), None, text)
