"""Round s35 (actors): the verb that governs a verbal noun, found back across its subject's title phrase.

"أعلن رئيس أركان الجيش النيجيري الفريق أول كريستوفر موسى، اليوم الاثنين، حالة الطوارئ": the walk back from the
verbal noun to the verb that governs it (code._controller) counted every word of the subject's title as a word of
its own and gave up after five; a person's name and the title phrase before it (code._title_phrase_start) are now
one subject, so the verb of announcing is reached and its subject acts."""

import pytest

from tests.events.reading import actors_on, coded_events


@pytest.mark.parametrize("text, kind, word, actor", [
    ("أعلن رئيس أركان الجيش النيجيري الفريق أول كريستوفر موسى، اليوم الاثنين، حالة الطوارئ في ولاية بورنو.",
     "COERCE", "الطوارئ", "كريستوفر موسى"),
    ("وأعلن وزير الدفاع الإسرائيلي السابق يوآف غالانت، مساء الأحد، بدء إجلاء السكان من البلدات الحدودية.",
     "AID", "إجلاء", "Yoav Gallant"),
])
def test_a_titled_subject_counts_as_one_word_back_to_the_governing_verb_s35(text, kind, word, actor):
    assert actors_on(coded_events(text), kind, word) == [actor]



@pytest.mark.parametrize("text, kind, word", [
    ("واتهمت منظمة يونيسف أطراف النزاع بتجنيد الأطفال في شمال البلاد.", "ACCUSE", "اتهمت"),
    ("ودعت منظمة يونيسف إلى الإفراج الفوري عن الأطفال المختطفين.", "REQUEST", "دعت"),
])
def test_a_body_s_class_noun_before_its_name_is_part_of_the_subject_s35(text, kind, word):
    """"ودانت منظمة يونيسف الهجوم": the entity stage names the body without its class noun (org_heads), and the
    name one word after the verb is still its subject (code._body_class_noun), not a genitive of another phrase."""
    assert actors_on(coded_events(text), kind, word) == ["UNICEF"]


@pytest.mark.parametrize("text, kind, word, actor", [
    ("أمرت النيابة العامة في مدينة الحسيمة، شمال المغرب، بإلقاء القبض على ناصر الزفزافي.", "COERCE", "القبض",
     "النيابة العامة"),
    ("وأمرت المحكمة في مدينة صفاقس، جنوب تونس، بإيقاف ثلاثة متهمين.", "COERCE", "إيقاف", "المحكمة"),
])
def test_a_place_s_apposition_set_off_by_commas_is_crossed_back_to_the_verb_s35(text, kind, word, actor):
    """"في مدينة الحسيمة، شمال المغرب،": a phrase opened by a part-of-a-land word (triggers.yaml place_appositions)
    right after a place only tells where the place lies, so the search from the ordered act back to the verb of
    ordering crosses it as it crosses a time (code._one_aside)."""
    assert actors_on(coded_events(text), kind, word) == [actor]


def test_place_appositions_load_as_normalised_words_s35():
    from khabar.events.code import triggers
    from khabar.text.normalise import normalise_word
    appositions = triggers()["place_appositions"]
    assert normalise_word("شمال") in appositions and normalise_word("جنوبي") in appositions
    assert all(" " not in word for word in appositions)
