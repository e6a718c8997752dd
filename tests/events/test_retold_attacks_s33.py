"""Round s33 (retold attacks): one attack told by its unnamed doers ("مسلحون"، "المهاجمين") and by the armed
group named for it is one event, the group's (component._retold_by_unnamed); a state's forces, another day,
a fight between the two, and the bomber's own blast stay apart.  Made-up sentences and records."""

import khabar
from khabar.events.component import _retold_by_unnamed

ENTITIES = [
    {"id": "e1", "name_ar": "مسلحون", "anonymous": True, "sector": None},
    {"id": "e2", "name_ar": "جماعة نصرة الإسلام والمسلمين", "anonymous": False, "sector": "REB"},
    {"id": "e3", "name_ar": "الجيش المالي", "anonymous": False, "sector": "MIL"},
    {"id": "e4", "name_ar": "انتحاري", "anonymous": True, "sector": None},
]


def record(actor, date=None, recipient=(), kind="ASSAULT", word="هاجم", status="asserted"):
    return {"type": kind, "actor": list(actor), "recipient": list(recipient), "date": date, "status": status,
            "triggers": [{"start": 0, "end": len(word), "text": word}]}


def test_unnamed_doers_join_the_named_group_of_the_same_day():
    out = _retold_by_unnamed([record(["e1"], "2024-05-05"), record(["e2"], "2024-05-05", word="تبنت")], ENTITIES)
    assert len(out) == 1 and out[0]["actor"] == ["e2", "e1"] and len(out[0]["triggers"]) == 2


def test_an_attack_of_another_day_stays_apart():
    out = _retold_by_unnamed([record(["e1"], "2024-05-04"), record(["e2"], "2024-05-05")], ENTITIES)
    assert len(out) == 2


def test_an_undated_telling_joins_the_groups_one_act_of_the_news():
    out = _retold_by_unnamed([record(["e1"]), record(["e2"], "2024-05-05")], ENTITIES)
    assert len(out) == 1 and out[0]["date"] == "2024-05-05"


def test_an_undated_telling_stays_apart_where_the_group_has_two_acts():
    assert len(_retold_by_unnamed([record(["e1"]), record(["e2"], "2024-05-05"), record(["e2"], "2024-05-03")],
                                  ENTITIES)) == 3


def test_an_undated_telling_does_not_join_the_groups_background_act():
    assert len(_retold_by_unnamed([record(["e1"]), record(["e2"], "2019-02", status="historical")], ENTITIES)) == 2


def test_a_state_force_is_no_claimant():
    assert len(_retold_by_unnamed([record(["e1"]), record(["e3"])], ENTITIES)) == 2


def test_a_fight_between_the_group_and_the_gunmen_stays_two_acts():
    assert len(_retold_by_unnamed([record(["e1"], recipient=["e2"]), record(["e2"])], ENTITIES)) == 2


def test_the_bombers_own_blast_stays_apart():
    assert len(_retold_by_unnamed([record(["e4"]), record(["e2"])], ENTITIES)) == 2


def test_other_types_are_not_joined():
    assert len(_retold_by_unnamed([record(["e1"], kind="COERCE"), record(["e2"], kind="COERCE")], ENTITIES)) == 2


def test_a_claimed_attack_told_by_its_gunmen_is_one_event():
    text = ("مقتل عشرة جنود في هجوم على نقطة عسكرية شمال مالي\n\n"
            "باماكو - قتل عشرة جنود ماليين، الأحد، في هجوم شنه مسلحون على نقطة عسكرية في منطقة موبتي وسط البلاد، "
            "وفق ما أعلن الجيش المالي.\n\n"
            "وقال الجيش في بيان إن المهاجمين استخدموا دراجات نارية وأسلحة ثقيلة في الهجوم على النقطة.\n\n"
            "وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان نشرته على الإنترنت، وقالت إن مقاتليها هاجموا "
            "النقطة العسكرية في موبتي وقتلوا الجنود.")
    record_ = khabar.read(text)
    names = {e["id"]: e["name_ar"] for e in record_.entities}
    attacks = [[names[a] for a in v["actor"]] for v in record_.events if v["type"] == "ASSAULT"]
    assert len(attacks) == 1 and "جماعة نصرة الإسلام والمسلمين" in attacks[0]
