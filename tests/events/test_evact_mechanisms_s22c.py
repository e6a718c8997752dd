"""Session 19's (round s22, second wave) subject choice for joined verbs: a sentence opened by a verb
spelt with the article's letters ("والتقى"، form VIII of a root in ل) opens with that verb, so a later
verb joined by "، و" whose one name is followed by its object's preposition ("…، ودعا مجلس النواب إلى
…") goes on from the opening subject; and a clause opened inside the sentence by فيما، بينما، في حين،
كما (arguments.yaml joined_clause_openers) gives a verb joined to it its own subject ("…، فيما حمّل
الائتلاف … المسؤولية، وطالب مجلس الأمن بتحرك"), unless the joined verb's gender is not that subject's."""

import pytest

from khabar.entities.recognise import words_of
from khabar.pipeline import run
from tests.events.test_evact_mechanisms_s16b import coded


def _args(text: str):
    from khabar.events.code import _Args

    doc = run(text)
    words = words_of(doc)
    args = _Args(words, doc._.mentions)
    args.text = doc.text
    return args


def _at(args, norm: str) -> int:
    return next(k for k, w in enumerate(args.words) if w.norm == norm)


def _requesters(text: str) -> list[list[str]]:
    return [actors for t, actors in coded(text) if t == "REQUEST"]


def test_joined_clause_openers_are_loaded():
    from khabar.events.code import arguments
    from khabar.text.normalise import normalise_word

    openers = arguments()["joined_clause_openers"]
    assert {normalise_word(w) for w in ("فيما", "بينما", "حين", "كما")} <= openers
    assert "إن" not in openers and "قال" not in openers     # a complement clause is _inner_subject's


@pytest.mark.parametrize("text, expected", [
    ("والتقى الوزير الوفد.", True),       # form VIII of لقي: a verb
    ("الرئيس يلتقي الوفد.", False),        # the article on a noun
    ("الحذر واجب.", False),
])
def test_article_like_verb(text, expected):
    from khabar.events.code import _article_like_verb

    words = words_of(run(text))
    first = next(w for w in words if w.norm.startswith("ال"))
    assert _article_like_verb(first) is expected


def test_joined_clause_subject_is_the_nearest_opener_clause():
    from khabar.events.code import _joined_clause_subject

    args = _args("ورحبت مصر بالاتفاق، فيما أدان الاتحاد الأفريقي الهجوم، وطالب مجلس الأمن الدولي بتحرك عاجل.")
    found = _joined_clause_subject(args, _at(args, "طالب"))
    assert found is not None and args.words[found[0]].norm == "ادان"
    assert [args.text[m.start:m.end] for m in found[1]] == ["الاتحاد الأفريقي"]


def test_joined_clause_subject_disagreeing_gender_is_none_carried():
    from khabar.events.code import _joined_clause_subject

    args = _args("وأكدت الشرطة توقيف ثلاثة أشخاص، فيما أدان الاتحاد الأوروبي الهجوم، ودعت فرنسا إلى ضبط النفس.")
    found = _joined_clause_subject(args, _at(args, "ودعت"))
    assert found is not None and found[1] == []


@pytest.mark.parametrize("text", [
    "ورحبت مصر بالاتفاق. وطالب مجلس الأمن الدولي بتحرك عاجل.",            # a full stop: no clause to go on
    "وقال الوزير إن الوضع خطير، وطالب مجلس الأمن الدولي بتحرك عاجل.",         # no opener of a verb clause
    "ورحبت مصر بالاتفاق، فيما الحكومة تدرس الرد، وطالب مجلس الأمن بتحرك.",   # a nominal clause after فيما
])
def test_no_joined_clause(text):
    from khabar.events.code import _joined_clause_subject

    args = _args(text)
    assert _joined_clause_subject(args, _at(args, "طالب")) is None


def test_joined_verb_goes_on_from_the_clause_subject():
    text = "في المقابل، نفت الوزارة الروسية ذلك، فيما حمّل الائتلاف الوطني السوري قوات النظام المسؤولية، " \
           "وطالب مجلس الأمن الدولي بتحرك عاجل لوقف القصف."
    assert _requesters(text) == [["Syrian National Coalition"]]


def test_opening_verb_spelt_with_the_article():
    text = "والتقى رئيس الجمهورية ميشال عون وفد الصندوق في قصر بعبدا، ودعا مجلس النواب إلى الإسراع في إقرار القوانين."
    assert _requesters(text) == [["Michel Aoun"]]


@pytest.mark.parametrize("text, norm, gender", [
    ("أن الشرطة ألقت القبض على المشتبه به", "القت", "f"),     # a light verb the lemma table missed: ألقى
    ("متهما الحزب بالوقوف وراء الهجوم", "متهما", "m"),         # a participle given as its noun: متهم
    ("متهمة الحزب بالوقوف وراء الهجوم", "متهمه", "f"),
    ("ومحملا التنظيم المسؤولية", "محملا", "m"),               # its conjunction split off
])
def test_verb_gender_of_light_verbs_and_participles(text, norm, gender):
    from khabar.events.code import _verb_gender

    word = next(w for w in words_of(run(text)) if w.norm == norm)
    assert _verb_gender(word) == gender


def test_shown_gender_of_a_light_verb():
    from khabar.events.code import _shown_gender

    words = words_of(run("أن الشرطة ألقت القبض على المشتبه به"))
    assert _shown_gender(words, next(k for k, w in enumerate(words) if w.norm == "القت")) == "f"
    assert _shown_gender(words, next(k for k, w in enumerate(words) if w.norm == "الشرطه")) is None   # a noun


def test_participle_after_a_feminine_clause_is_the_speakers():
    text = "أعلن وزير الداخلية التركي علي يرلي كايا أن الشرطة ألقت القبض على 12 مشتبها بهم، " \
           "متهما حزب العمال الكردستاني بالوقوف وراء الهجوم."
    assert [actors for t, actors in coded(text) if t == "ACCUSE"] == [["Ali Yerlikaya"]]
