"""Round s24 of claims, from the test-like batches AD and AE (dev): a source's request not to be named
written with هوية ("طالبا عدم كشف هويته") is a parenthesis of the speaker, whatever verb of revealing it uses,
so the clause after it is the speaker's; and the article's own outlet in a language edition the knowledge base
does not list ("BBC Arabic", "CNN Arabic", "DW Arabic") is the outlet the knowledge base knows, so "لبي بي سي" in
BBC Arabic's own article leaves the chain."""

import pytest

from tests.claims.reading import chains


@pytest.mark.parametrize("request_", ["طالبا عدم كشف هويته", "طالبا عدم ذكر هويته", "مفضلا عدم كشف هويته",
                                      "طالبا عدم الكشف عن هويته", "طالبا عدم ذكر اسمه", "رافضا كشف هويته"])
def test_a_request_not_to_be_named_leaves_the_clause_to_the_speaker(request_):
    text = f"وقال مصدر أمني لوكالة فرانس برس، {request_}، إن المهاجمين جاؤوا من الجانب المالي."
    assert chains(text) == [["مصدر أمني", "وكالة فرانس برس"]]


@pytest.mark.parametrize("request_", ["طالبة عدم كشف هويتها", "مشترطة عدم كشف هويتها"])
def test_the_same_for_a_woman_and_without_a_relay(request_):
    text = f"وأوضحت موظفة في المستشفى، {request_}، أن الجرحى نقلوا إلى الطوابق السفلية."
    assert chains(text) == [["موظفة في المستشفى"]]


def test_a_revealing_verb_with_its_own_clause_still_reports():
    assert chains("وكشف مصدر أمني أن المهاجمين جاؤوا من الجانب المالي.") == [["مصدر أمني"]]


@pytest.mark.parametrize("outlet, relay", [("BBC Arabic", "لبي بي سي"), ("CNN Arabic", "لشبكة سي إن إن"),
                                           ("France 24 Arabic", "لفرانس 24")])
def test_the_articles_own_language_edition_is_no_relay(outlet, relay):
    text = f"وقال مسؤول في وزارة الداخلية {relay} إن التحقيق ما زال جاريا."
    assert chains(text, outlet=outlet) == [["مسؤول في وزارة الداخلية"]]


def test_another_outlets_relay_stays_in_the_chain():
    text = "وقال مسؤول في وزارة الداخلية لبي بي سي إن التحقيق ما زال جاريا."
    assert chains(text, outlet="CNN Arabic") == [["مسؤول في وزارة الداخلية", "بي بي سي"]]
