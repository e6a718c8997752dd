"""Round s23: remains (رفات) are a body noun like جثث, read from categories.yaml and units.yaml."""

from khabar.figures.figures import find_figures
from khabar.figures.lexicon import lexicon
from khabar.text.normalise import normalise_word


def _categories(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["category"]) for f in find_figures(text)]


def test_remains_are_a_decisive_body_noun_of_the_dead():
    lex = lexicon()
    form = normalise_word("رفات")
    assert form in lex.decisive and lex.inherent[form] == "dead"


def test_remains_handed_over_are_dead_not_released():
    assert _categories("وسلمت الحركة رفات خمسة أسرى إلى الصليب الأحمر.") == [("خمسة أسرى", "dead")]


def test_remains_of_people_the_clause_says_were_killed_are_killed():
    assert _categories("وتسلمت العائلات رفات 7 صيادين قتلوا في القصف.") == [("7 صيادين", "killed")]


def test_a_release_beside_remains_stays_a_release():
    assert _categories("وأفرج الجيش عن 6 أسرى وسلم رفات جندي.") == [("6 أسرى", "released")]
