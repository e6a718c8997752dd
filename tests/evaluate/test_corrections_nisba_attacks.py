"""The blind gold correction corpus/corrections/nisba_attacks.py gives an armed act told by a noun with a country's
nisba that country as actor (session 31's decision), and leaves a nisba on the doer or a named doer alone."""
from __future__ import annotations

import yaml

from tests.evaluate.test_corrections import _load, rewritten

nisba_attacks = _load("nisba_attacks")

TEXT = ("قال الجيش الإسرائيلي إنه نفذ غارة إسرائيلية على المخيم. وواصلت الطائرات الإسرائيلية غاراتها على البلدات. "
        "وأعلن الجيش قصف مواقع في الجنوب. وأدانت مصر هجوما شنه الجيش الإسرائيلي على المدينة. "
        "وقتل ثلاثة في العدوان الإسرائيلي على جنين.")
GOLD = """entities:
  - {name: Israel, type: GPE, country: ISR, mentions: ['إسرائيلية', 'الإسرائيلية', 'الإسرائيلي']}
  - {name: Israel Defense Forces, type: ORG, country: ISR, mentions: ['الجيش الإسرائيلي', 'الجيش']}
  - {name: Egypt, type: GPE, country: EGY, mentions: ['مصر']}
events:
  - {type: ASSAULT, mode: aerial, actor: ['Israel Defense Forces'], trigger: 'غارة إسرائيلية'}
  - {type: ASSAULT, mode: aerial, actor: ['Israel Defense Forces'], trigger: 'واصلت الطائرات الإسرائيلية غاراتها'}
  - {type: ASSAULT, mode: null, actor: ['Israel Defense Forces'], trigger: 'قصف'}
  - {type: ASSAULT, mode: null, actor: ['Israel Defense Forces'], trigger: 'هجوما شنه الجيش الإسرائيلي'}
  - {type: ACCUSE, mode: null, actor: ['Egypt'], trigger: 'وأدانت'}
  - {type: ASSAULT, mode: null, actor: ['Israel Defense Forces'], trigger: 'العدوان'}
"""


def test_an_act_noun_with_the_nisba_in_it_or_right_after_it_is_named():
    assert nisba_attacks.nisba_attack_indexes(yaml.safe_load(GOLD), TEXT) == [0, 5]


def test_without_the_countrys_own_entity_nothing_changes():
    raw = yaml.safe_load(GOLD)
    raw["entities"][0].update(name="Umm al-Hiran", mentions=["القرية"])   # a place of that country, not the country
    assert nisba_attacks.nisba_attack_indexes(raw, TEXT) == []


def test_the_rewrite_sets_the_country_as_the_only_actor(tmp_path):
    after = yaml.safe_load(rewritten(tmp_path, GOLD, lambda path, raw: nisba_attacks._recode(path, raw, [0, 5])))
    assert [e["actor"] for e in after["events"]] == [["Israel"]] + [["Israel Defense Forces"]] * 3 + [["Egypt"],
                                                                                                      ["Israel"]]
