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
from khabar.events.code import _relative_of
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
