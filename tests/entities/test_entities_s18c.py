"""Round-18c mechanisms for people the knowledge base does not know: the given names of the
Maghreb, the Nile valley, the Horn, Kurdistan and the Sahel (data/given_names.yaml), given names
that are also ordinary words opening a name only before a name word (word_like: "مفتاح الورفلي",
not "مفتاح الحل"), given names the lexicon does not list kept whole by the tokenizer ("بابكر" is
no ب + ابكر), a link of lineage counted as no name word ("أحمدو ولد عبد الله"), and a name after
a person noun (الطفل، المواطن) ending at the first common word ("المواطن دلشاد حسن كيف فقد")."""

import pytest
import yaml

import khabar
from khabar.entities.recognise import GIVEN_NAME_LISTS, _given_names, _word_like_given_names, protected_given_names
from khabar.text.clitics import _zipf_table
from khabar.text.lexicon import default_lexicon
from khabar.text.normalise import normalise_word
from khabar.entities.recognise import _given_names_file

REGIONAL = ("maghreb", "nile", "horn", "kurdish", "sahel")


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(e["type"], m["text"]) for e in khabar.read(text, published="2024-06-10").entities for m in e["mentions"]}


def test_the_given_names_file_has_its_schema():
    raw = _given_names_file()
    assert set(raw) == set(GIVEN_NAME_LISTS) | {"word_like"}
    for key, names in raw.items():
        assert isinstance(names, list) and names and all(isinstance(n, str) and n.strip() == n and " " not in n
                                                          for n in names), key


@pytest.mark.parametrize("key", REGIONAL)
def test_regional_given_names_load_and_are_no_frequent_words(key):
    """A regional given name opens a name anywhere: none may be a frequent word of the
    language (those belong under word_like) nor carry the article."""
    lexicon, zipf = default_lexicon(), _zipf_table()
    names = {normalise_word(n) for n in _given_names_file()[key]}
    assert names <= _given_names()
    frequent = sorted(n for n in names if n in lexicon and zipf.get(n, 0.0) >= 3.0 or n.startswith("ال"))
    assert frequent == []


def test_word_like_names_are_apart_from_the_plain_lists():
    word_like = _word_like_given_names()
    assert normalise_word("مفتاح") in word_like and not word_like & _given_names()


def test_names_the_lexicon_lacks_are_protected_from_clitic_splitting():
    protected = protected_given_names(default_lexicon())
    assert {normalise_word("بابكر"), normalise_word("لخضر")} <= protected
    assert normalise_word("كمال") not in protected   # the lexicon lists it: its own evidence decides
    assert ("PER", "بابكر الطيب") in _mentions("وأضاف بابكر الطيب أن القوات نهبت السوق.")
    assert ("PER", "لخضر بورقعة") in _mentions("وقال لخضر بورقعة في تصريح للإذاعة إن الاحتجاجات ستستمر.")


def test_a_word_like_name_opens_a_name_only_before_a_name_word():
    assert ("PER", "مفتاح الورفلي") in _mentions("وقال مفتاح الورفلي إن المياه غمرت منازل الحي.")
    assert ("PER", "رابح مزياني") in _mentions("وأصيب الشاب رابح مزياني بجروح خطيرة.")
    texts = {text for _, text in _mentions("وقال الوزير إن مفتاح الحل بيد الحكومة.")}
    assert not any(text.startswith("مفتاح") for text in texts)


def test_a_link_of_lineage_is_no_name_word():
    assert ("PER", "أحمدو ولد عبد الله") in _mentions("وقال أحمدو ولد عبد الله إن الناخبين توافدوا على المكاتب.")


def test_a_name_after_a_person_noun_ends_at_a_common_word():
    got = _mentions("وروى المواطن دلشاد حسن كيف فقد منزله في القصف.")
    assert ("PER", "دلشاد حسن") in got and not any("كيف" in text for _, text in got)
    assert ("PER", "عبدي نور محمد") in _mentions("وتوفي الطفل عبدي نور محمد غرقا في النهر.")
    assert ("PER", "محمد عبد الرحمن") in _mentions("واستشهد الطفل محمد عبد الرحمن في القصف.")
