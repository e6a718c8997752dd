"""Round-22 second-wave mechanisms for state bodies: a bare "الرئاسة" that speaks or issues is the
president's office of the article's country (patterns.yaml state_bodies speaking_bare), a kind of its
own so that a bare "الحكومة" is not joined to it; the seat of an office won, run for or taken is no
body (office_takers); a bare institution names back the home country's body of its kind before a
foreign one named on the way (link._earlier_institution)."""

import pytest

import khabar
from khabar.entities.recognise import _patterns, raw_patterns
from khabar.text.normalise import normalise_word
from tests.entities.reading import entities_of, owner_of

_entities = entities_of
_owner = owner_of


def test_speaking_bare_and_office_takers_load_normalised():
    sb = _patterns()["state_bodies"]
    raw = raw_patterns()["state_bodies"]
    assert (normalise_word("الرئاسة"),) in sb["speaking_bare"]
    assert {normalise_word(w) for w in raw["office_takers"]} == sb["office_takers"]
    assert not sb["speaking_bare"] & sb["bare"]   # a speaking-only phrase is not named bare as well


@pytest.mark.parametrize("text, surface, country", [
    ("وأجرى الرئيس محمد ولد الشيخ الغزواني مباحثات مع الضيفين في نواكشوط، وفق بيان للرئاسة.", "لرئاسة", "MRT"),
    ("والتقى رئيس الجمهورية ميشال عون وفد الصندوق في بيروت، بحسب بيان للرئاسة.", "لرئاسة", "LBN"),
    ("وقالت الرئاسة في بيان إن الرئيس قيس سعيد استقبل وزير الخارجية الجزائري في تونس.", "الرئاسة", "TUN"),
])
def test_a_bare_presidency_that_speaks_is_the_home_countrys(text, surface, country):
    body = _owner(_entities(text), surface)
    assert body is not None and body["type"] == "ORG" and body["country"] == country


@pytest.mark.parametrize("text", [
    "وتولت الرئاسة بعد وفاة الرئيس بأسبوعين.",          # any feminine verb is not a verb of saying
    "وأعلن رئيس الوزراء الأسبق ترشحه للرئاسة.",
    "ويتنافس ستة مرشحين على الرئاسة في الجولة الأولى.",
])
def test_the_presidency_as_an_office_is_no_body(text):
    assert not [m for e in _entities(text) for m in e["mentions"] if "رئاسة" in m["text"]]


def test_a_bare_government_after_the_presidency_is_the_government():
    found = _entities("وقالت الرئاسة في بيان إن الحكومة ستقدم مشروع الموازنة. وأكد الرئيس عبد الفتاح السيسي دعمه.")
    assert _owner(found, "الرئاسة") is not _owner(found, "الحكومة")
    assert _owner(found, "الحكومة") is not None


def test_a_bare_government_names_back_the_home_one_not_a_foreign_one():
    found = _entities("وقال المتحدث باسم الرئاسة النيجيرية إن الإفراج جاء نتيجة مفاوضات بين الحكومة والجماعة "
                      "بوساطة من الحكومة السويسرية، نافيا أن تكون الحكومة قد دفعت فدية. وقال الرئيس النيجيري "
                      "محمد بخاري إن نيجيريا لن تتراجع.")
    home = [e for e in found if any(m["text"] == "الحكومة" for m in e["mentions"])]
    swiss = _owner(found, "الحكومة السويسرية")
    assert home and swiss is not None and all(e is not swiss for e in home)


@pytest.mark.parametrize("text, seat", [
    ("وكان تبون قد فاز برئاسة الجمهورية من الدور الأول.", "رئاسة الجمهورية"),
    ("وأعلن وزير المالية السابق ترشحه لرئاسة الجمهورية.", "رئاسة الجمهورية"),
])
def test_a_seat_of_office_won_or_run_for_is_no_body(text, seat):
    assert _owner(_entities(text), seat) is None


def test_a_seat_of_office_that_speaks_is_still_the_body():
    body = _owner(_entities("وقالت رئاسة الجمهورية في بيان إن الرئيس سيزور القاهرة."), "رئاسة الجمهورية")
    assert body is not None and body["type"] == "ORG"
