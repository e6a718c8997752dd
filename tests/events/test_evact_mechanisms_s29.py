"""Round s29 (wrong actors): a country's nisba that qualifies a person is that person's nationality.

"لاجئ سوري يسلم نفسه"، "الشرطي المصري الذي قتل ثلاثة جنود"، "برصاص سائق شاحنة أردني فتح النار": the nisba
after a noun of a person or of people (arguments.yaml person_nisba_heads), or after the genitive of that
noun's idafa, is no mention of the state as the actor (code._person_nisba): the person acts.  A nisba on
an act noun ("غارات أمريكية") or after a title ("الرئيس الأمريكي") keeps its old reading."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


@pytest.mark.parametrize("text, kind, state", [
    ("وفي المدينة، سلم لاجئ عراقي نفسه إلى الشرطة بعد ساعات من الحادث.", "RETREAT", "Iraq"),
    ("وأفادت الشرطة بأن الشرطي التونسي الذي فتح النار على زملائه اعتقل لاحقا.", "ASSAULT", "Tunisia"),
    ("وقتل شخصان صباح اليوم برصاص سائق حافلة ليبي أطلق النار على المارة في السوق.", "ASSAULT", "Libya"),
])
def test_a_persons_nisba_does_not_make_the_state_act(text, kind, state):
    events = coded(text)
    assert not any(t == kind and state in a for t, a in events), events


def test_a_nisba_of_an_act_noun_keeps_its_state():
    from khabar.events.code import _person_nisba   # noqa: F401  (the reader exists)
    text = "وشنت مقاتلات تركية غارات على مواقع في شمال العراق أمس."
    events = coded(text)
    assert any(t == "ASSAULT" and a for t, a in events), events


def test_the_loader_reads_person_nisba_heads():
    from khabar.events.code import arguments

    heads = arguments()["person_nisba_heads"]
    assert "لاجئ" in heads and "سائق" in heads and "جندي" not in heads
