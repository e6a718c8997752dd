"""Session 18's (round s21, second wave) argument mechanisms: the agentive lām after an indefinite
attack noun ("في هجوم لحركة الشباب"); a counted group that is no subject of the noun after it ("عن 90
أسيرا فلسطينيا ضمن صفقة"); a record never names one party as both actor and recipient."""

import pytest

import khabar
from tests.events.test_evact_mechanisms_s16b import coded


def _actors(text: str, kind: str) -> list[list[str]]:
    return [actors for t, actors in coded(text) if t == kind]


def test_agent_lam_nouns_are_loaded_bare():
    from khabar.events.code import arguments

    nouns = arguments()["agent_lam_nouns"]
    assert {"هجوم", "كمين", "غاره", "غارات"} <= nouns      # ة normalised, no article
    assert "قصف" not in nouns and "اقتحام" not in nouns    # their ل marks the object


@pytest.mark.parametrize("text, actor", [
    ("وقتل خمسة جنود في هجوم لحركة الشباب على قاعدة عسكرية.", "Al-Shabaab (Somalia)"),
    ("وقتل جندي في كمين لعناصر حركة الشباب قرب الحدود.", "Al-Shabaab (Somalia)"),      # across a partitive head
    ("وأعلن الجيش السوداني أن قواته صدت هجوما جديدا لقوات الدعم السريع على المدينة.", "Rapid Support Forces"),
])
def test_agentive_lam_names_the_attacker(text, actor):
    assault = _actors(text, "ASSAULT")
    assert assault and all(a == [actor] for a in assault)


@pytest.mark.parametrize("text, party", [
    ("وواصل الجيش قصفه لمواقع قوات الدعم السريع في الخرطوم.", "Rapid Support Forces"),   # قصف: ل marks the object
    ("وقال الجيش إن الهجوم لقوات الدعم السريع فشل.", "Rapid Support Forces"),             # a definite noun
])
def test_lam_of_an_object_or_after_a_definite_noun_is_no_attacker(text, party):
    assert not any(party in a for a in _actors(text, "ASSAULT"))


def test_agent_lam_reads_only_its_listed_indefinite_nouns():
    from khabar.entities.recognise import words_of
    from khabar.events.code import _Args, _agent_lam
    from khabar.pipeline import run

    doc = run("في هجوم لحركة الشباب وفي قصف لحركة الشباب")
    words = words_of(doc)
    args = _Args(words, doc._.mentions)
    attack, shelling = [k for k, w in enumerate(words) if w.norm in ("هجوم", "قصف")]
    found = _agent_lam(args, attack, attack + 1)
    assert len(found) == 1 and found[0].start == words[attack + 2].start   # the name after ل
    assert _agent_lam(args, shelling, shelling + 1) == []


@pytest.mark.parametrize("text, counted", [
    ("وأفرجت السلطات الإسرائيلية عن 90 أسيرا فلسطينيا ضمن صفقة التبادل.", "أسيرا فلسطينيا"),
    ("وأطلقت الحكومة سراح عشرات المعتقلين السياسيين بموجب اتفاق مع المعارضة.", "عشرات المعتقلين السياسيين"),
])
def test_counted_group_is_no_subject_of_the_noun_after_it(text, counted):
    assert not any(counted in a for a in _actors(text, "AGREE"))


def test_frame_subject_still_reads_a_named_subject():
    # near-miss: a name right after its verb is the subject of the verbal noun that verb takes
    consult = _actors("وتستضيف القاهرة لقاءات بين الفصائل الفلسطينية.", "CONSULT")
    assert consult


def test_other_parties_drops_the_actor_from_recipients():
    from khabar.events.component import _other_parties

    assert _other_parties(["e1"], ["e1", "e2"]) == ["e2"]
    assert _other_parties(["e1", "e3"], ["e3"]) == []
    assert _other_parties([], ["e2"]) == ["e2"]


def test_no_record_names_one_party_on_both_sides():
    text = ("ودعا رئيس حكومة إقليم كوردستان مسرور بارزاني المتظاهرين إلى عدم السماح للمخربين باستغلال مطالبهم. "
            "ووجه صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة الجهات المعنية بسرعة دراسة حالة البنية التحتية.")
    record = khabar.read(text, published="2025-11-30")
    assert record.events
    assert all(not set(v["actor"]) & set(v["recipient"]) for v in record.events)


@pytest.mark.parametrize("text, kind, actor", [
    ("رفض الحزب النتائج، فيما انتشرت وحدات من الجيش التشادي في محيط مقر الحزب.", "MOBILIZE", "Chadian National Army"),
    ("واعتقلت قوات من الجيش العراقي ثلاثة مطلوبين في قضاء الحويجة.", "COERCE", "Iraqi Army"),
])
def test_plural_unit_before_min_is_a_part_of_the_body_that_acts(text, kind, actor):
    assert [actor] in _actors(text, kind)


def test_plural_units_are_partitive_heads_read_only_before_min():
    from khabar.events.code import arguments

    assert {"وحدات", "قوات", "دوريات", "قطعات"} <= arguments()["partitive_heads"]
    # near-miss: a unit in the object, after the verb's own subject, is whom it reaches, not who acts
    assault = _actors("واستهدف مسلحون سرية من الجيش الجزائري بأسلحة رشاشة.", "ASSAULT")
    assert not any("Algerian People's National Army" in a for a in assault)
