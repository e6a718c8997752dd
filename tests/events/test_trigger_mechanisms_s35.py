"""Round s35 (trigger recall): signing an agreement named before the verb.

وقع needs an agreement word within its window after it ("وقّع الوزيران اتفاقا"); in a relative clause the
agreement stands before it and an object pronoun written on the verb resumes it ("المذكرة، التي وقعها رئيس
الوزراء"، "اتفاق ستوكهولم الذي وقعته الحكومة").  triggers.yaml gives وقع `antecedent: agreements`, so the pronoun's
antecedent meets its needs (code._pronoun_antecedent, as for استأنف).  Without a pronoun, or with no agreement
before it, وقع stays "happened" ("الهجوم الذي وقع فجر الجمعة")."""

import pytest

from tests.events.test_evact_mechanisms_s16b import coded


@pytest.mark.parametrize("text, actor", [
    ("وكانت المذكرة، التي وقعها رئيس الوزراء الإثيوبي آبي أحمد في يناير، تمنح إثيوبيا منفذا بحريا.", "Abiy Ahmed"),
    ("وألغت المحكمة الاتفاقية التي وقعتها الحكومة المصرية مع السعودية في أبريل.", "Government of Egypt"),
])
def test_an_agreement_resumed_by_the_signing_verbs_pronoun(text, actor):
    assert any(t == "AGREE" and any(actor in a for a in actors) for t, actors in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "وتبنت الجماعة الهجوم الذي وقع فجر الجمعة في مدينة زاهدان.",          # happened: no pronoun
    "وقال الشهود إن الانفجار الذي وقع أمس أدى إلى مقتل خمسة أشخاص.",
    "وقالت الشرطة إن الحادث وقعه شديد على السكان.",                        # a pronoun, no agreement before it
])
def test_no_signing_without_an_agreement_resumed(text):
    assert not any(t == "AGREE" for t, _ in coded(text)), coded(text)


def test_the_antecedent_list_is_the_agreements_needs():
    from khabar.events.code import _list_union, triggers

    spec = triggers()["verbs"]["وقع"]
    assert spec["antecedent"] == "agreements"
    assert _list_union("agreements") == spec["needs"]


# A bare form of a listed verb (triggers.yaml controlled_masdars: حظر، منع) right after a control verb and its
# subject is the masdar that verb governs: the act, by the control verb's subject (code._controlled_masdar).
@pytest.mark.parametrize("text, actor", [
    ("وقررت الحكومة المصرية حظر سفر المواطنين إلى ليبيا.", "Government of Egypt"),
    ("وأعلنت الحكومة المصرية منع المظاهرات في العاصمة.", "Government of Egypt"),
])
def test_a_masdar_governed_by_a_control_verb(text, actor):
    assert any(t == "COERCE" and actor in actors for t, actors in coded(text)), coded(text)


def test_controlled_masdar_needs_the_control_verb_and_its_subject_in_one_clause():
    from khabar.entities.recognise import Word
    from khabar.events.code import _controlled_masdar, _n

    def words(text: str) -> list[Word]:
        return [Word(_n(token), 0, 0, is_punct=token in "،,.", lemma=_n(token)) for token in text.split()]

    assert _controlled_masdar(words("قررت القاهره حظر سفر المواطنين"), 2)
    assert _controlled_masdar(words("اعلنت سلطه الطيران المدني حظر تحليق"), 4)
    assert not _controlled_masdar(words("قرر حظر السفر"), 1)                 # no subject between: a noun's head
    assert not _controlled_masdar(words("اعلنت الحكومه ، حظر السفر"), 3)      # another clause
    assert not _controlled_masdar(words("اعلنت الحكومه عن حظر السفر"), 3)     # a preposition between
    assert not _controlled_masdar(words("قال الوزير ان حظر السفر مستمر"), 3)  # no control verb
