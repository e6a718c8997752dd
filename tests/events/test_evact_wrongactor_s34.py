"""Round s34 (wrong actors): a relative clause's subject is its antecedent past the relative's own كان and قد,
past a bracketed aside, and with an object pronoun that does not resume the relative.

"الولايات المتحدة، التي كانت قد اعتقلته"، "آبي أحمد، الذي كان قد زار الخرطوم": كان agrees with the relative that
is its subject, and the verb after it tells what the antecedent did (code._relative_of, arguments.yaml
relative_agreement).  A كان of another gender or number has a subject of its own ("المواقع التي كان التنظيم يتحصن
فيها"); an object pronoun that agrees with the relative resumes it, and the antecedent is then the verb's object
("الصحفية، التي قتلتها القوات").  An aside in brackets between the name and the relative ("حزب الله (لبنان)، الذي")
is skipped (code._before_aside)."""

import pytest

from khabar.entities.recognise import words_of
from khabar.events.code import _quoted_claim_start, _relative_of
from khabar.pipeline import run
from tests.events.reading import actors_on, coded_events


@pytest.mark.parametrize("text, kind, word, actor, not_actor", [
    ("ووصف الرئيس الفنزويلي الرجل بأنه ضحية على يد الولايات المتحدة، التي كانت قد اعتقلته في الرأس الأخضر عام 2020.",
     "COERCE", "اعتقلت", "United States", "Nicolás Maduro"),
    ("ووصل إلى القاهرة رئيس الوزراء الإثيوبي آبي أحمد، الذي كان قد زار الخرطوم أمس.",
     "CONSULT", "زار", "Abiy Ahmed", "Sudan"),
    ("وأشادت الحكومة بالرئيس محمود عباس، الذي كان قد التقى المبعوث الأمريكي ستيف ويتكوف في عمان.",
     "CONSULT", "التقى", "Mahmoud Abbas", "Steve Witkoff"),
    ("وشارك في المؤتمر حزب الله (لبنان)، الذي هاجم إسرائيل مرارا.", "ASSAULT", "هاجم", "Hezbollah", "Lebanon"),
])
def test_the_antecedent_of_a_relative_acts_past_kana_and_asides(text, kind, word, actor, not_actor):
    actors = actors_on(coded_events(text), kind, word)
    assert actor in actors and not_actor not in actors, actors


def test_a_resuming_pronoun_keeps_the_antecedent_the_object():
    text = "وشيع آلاف الفلسطينيين الصحفية مريم علي (35 عاما)، التي قتلتها القوات الإسرائيلية أمس."
    actors = actors_on(coded_events(text), "ASSAULT", "قتلت")
    assert "Israel Defense Forces" in actors and "مريم علي" not in actors, actors


@pytest.mark.parametrize("text, verb, back", [
    ("وهي المدينة التي كانت قد شهدت المعارك.", "شهدت", 3),
    ("وهو الوزير الذي قد زار المدينة.", "زار", 2),
    ("وهو الوزير الذي زار المدينة.", "زار", 1),
    ("وهي المواقع التي كان يتحصن فيها المسلحون.", "يتحصن", None),     # كان of another subject: not the relative's
    ("وهو المبنى الذي كانت القوات قد اقتحمته.", "اقتحمته", None),
])
def test_the_relative_of_a_verb_skips_only_its_own_kana(text, verb, back):
    words = words_of(run(text))
    i = next(k for k, w in enumerate(words) if text[w.start:w.end] == verb or text[w.start:w.end] + "ه" == verb)
    r = _relative_of(words, i)
    assert r == (None if back is None else i - back)


def test_a_passive_relative_verb_leaves_its_antecedent_the_victim():
    # "قتل برصاص …": an agent cue after the verb makes it a passive; the name before the relative is killed
    text = "وهذا ثاني مواطن أميركي يقتل هذا العام، بعد الفتى سامي خليل (17 عاما) الذي قتل برصاص إسرائيلي في يناير."
    assert "سامي خليل" not in actors_on(coded_events(text), "ASSAULT", "قتل")


def test_an_owner_after_a_possessive_lam_is_no_antecedent():
    # "لجنة الطوارئ التابعة للمنظمة، التي": the relative stands for the committee, not the organisation after ل
    text = "وجاء الإعلان إثر اجتماع لجنة الطوارئ التابعة لمنظمة الصحة العالمية، التي كانت قد رفضت إعلان الطوارئ."
    assert "World Health Organization" not in actors_on(coded_events(text), "REJECT", "رفضت")


# A circumstantial participle after the quoted words of a claim ("إن X «…»، مطالبا") goes on from the claim's
# speaker, never from a party named in the claim (code._quoted_claim_start): the quotation closed, the journalist
# tells what the speaker did besides.  With no speaker named before the complementizer, no party of the claim is
# made the participle's actor.

@pytest.mark.parametrize("text, kind, word, party", [
    ("وقال رئيس الجمعية إن الحكومة المصرية \"لم تف بوعودها\"، مطالبا بالإفراج عن المعتقلين.",
     "REQUEST", "مطالبا", "Government of Egypt"),
    ("وأكد رئيس الرابطة أن الولايات المتحدة «تتحمل المسؤولية»، محذرا من عواقب وخيمة.",
     "THREATEN", "محذرا", "United States"),
])
def test_a_participle_after_a_quoted_claim_is_not_the_claims_party(text, kind, word, party):
    assert party not in actors_on(coded_events(text), kind, word)


def test_a_participle_after_a_quoted_claim_keeps_its_named_speaker():
    text = "وقال وزير الخارجية الأردني أيمن الصفدي إن إسرائيل \"تنتهك القانون الدولي\"، داعيا المجتمع الدولي إلى التحرك."
    assert actors_on(coded_events(text), "REQUEST", "داعيا") == ["Ayman Safadi"]


def test_a_participle_after_a_quoted_claim_takes_no_party_of_the_claim():
    text = ("وقال رئيس الجمعية في كلمته إن زيارة الرئيس أحمد الشرع للمدينة «مقدرة، لكنها لا تكفي»، "
            "مطالبا الحكومة بحماية السكان.")
    assert "Ahmed al-Sharaa" not in actors_on(coded_events(text), "REQUEST", "مطالبا")


@pytest.mark.parametrize("text, found", [
    ("وقال الوزير إن إسرائيل \"تنتهك القانون\"، داعيا إلى التحرك.", True),
    ("وقال الوزير إن إسرائيل «تنتهك القانون»، داعيا إلى التحرك.", True),
    ("وقال الوزير إن إسرائيل تنتهك القانون، داعيا إلى التحرك.", False),    # no quotation: left to the other rules
    ("ودعا الوزير إلى \"التهدئة\"، محذرا من التصعيد.", False),             # no claim before the quotation
    ("وأكدت البعثة أنها أجلت الجرحى، فيما أعرب الوزير عن \"صدمته\"، داعيا إلى التحرك.", False),   # another clause
])
def test_the_quoted_claim_before_a_participle(text, found):
    words = words_of(run(text))
    i = next(k for k, w in enumerate(words) if text[w.start:w.end] in ("داعيا", "محذرا"))
    assert (_quoted_claim_start(words, i) is not None) is found


def test_a_participle_after_a_quoted_stance_of_its_own_subject_keeps_it():
    # the quotation is the subject's own words after أعرب عن, in a clause after "، فيما": no claim of another
    text = ("وأكدت بعثة الأمم المتحدة في مالي أنها أجلت عشرات الجرحى، فيما أعرب الأمين العام للأمم المتحدة "
            "أنطونيو غوتيريش عن \"صدمته وغضبه\"، داعيا السلطات المالية إلى تقديم الجناة إلى العدالة.")
    assert "António Guterres" in actors_on(coded_events(text), "REQUEST", "داعيا")
