"""Round s30 of claims (composed sentences; each mechanism was found in dev articles of two or more outlets):

- a title the entities stage links to its holder, then the holder's name set off by commas ("قال رئيس الوزراء
  العراقي، حيدر العبادي، إن"): the name is the source, as with no comma (attribute.py _name_set_off);
- an announced act whose clause quotes two written words the tokenizer splits into three ("تمديد الهدنة "كاملة
  وشاملة""، a name's first letter read as the future proclitic س: "ناقلة "ستينا مارين"") is still no claim:
  quoted words are counted as written (acts.py _written_words), as the blind gold correction counts them;
- the outlet that opened a paragraph does not relay a contrast clause's speaker ("…، بينما قال مسؤول في
  المعارضة إن"): attribute.py _opens_contrast;
- an outlet told that stands later in the speaker part, past words of the speaker or an aside ("وقال أحد الركاب
  الناجين لوكالة فرانس برس عبر الهاتف إن"، "، طلب عدم نشر اسمه، لوكالة …"، "، تحدث لوكالة …،"): the relay
  (attribute.py _outlet_before_clause);
- an imperfect verb of saying in a clause that describes an indefinite noun, or after a relative pronoun, with a
  pronoun for that noun on its complementizer ("قوافل تقول إنها تنقل أسلحة"، "…، الذي تقول إنه مول"), is the
  claim of the sentence's subject, not of the noun (attribute.py _describing_speaker, cues describing_verbs)."""

import pytest

from tests.claims.reading import chains


@pytest.mark.parametrize("text, chain", [
    ("وقال رئيس الوزراء العراقي، حيدر العبادي، الأربعاء، إن الحكومة ستعيد فتح الطرق.", [["حيدر العبادي"]]),
    ("وقال وزير الخارجية المصري، سامح شكري، إن بلاده ترفض أي تدخل.", [["سامح شكري"]]),
    ("وقال رئيس إقليم كوردستان، مسعود بارزاني، في بيان إن المعابر أغلقت، مؤكدا أن الحوار ممكن.",
     [["مسعود بارزاني"], ["مسعود بارزاني"]]),
    ("ودان الأمين العام للأمم المتحدة، بان كي مون، القصف، معربا عن أمله في وقف القتال.", [["بان كي مون"]]),
])
def test_the_name_set_off_after_a_linked_title_is_the_source(text, chain):
    assert chains(text) == chain


def test_a_title_followed_by_an_aside_keeps_the_title():
    assert chains("وقال الرئيس الأمريكي، في كلمة، إن بلاده ستواصل الدعم.") == [["الرئيس الأمريكي"]]


def test_an_announced_act_with_a_quoted_short_name_is_no_claim():
    assert chains('أعلن خفر السواحل احتجاز ناقلة النفط "ستينا مارين" قرب السواحل.') == []


def test_an_announced_act_quoting_three_written_words_stays_a_claim():
    assert chains('وأعلنت الحكومة تأجيل الانتخابات "حتى إشعار آخر".') == [["الحكومة"]]


def test_an_announced_act_quoting_two_words_joined_by_waw_is_no_claim():
    assert chains('وأعلن رئيس الحكومة يوم الأحد تمديد الهدنة "كاملة وشاملة" في المحافظات الشمالية.') == []


def test_a_contrast_clause_is_not_relayed_by_the_paragraphs_outlet():
    got = chains("ونقلت وكالة رويترز عن مصدر عسكري أن العشرات قتلوا في الاشتباكات، "
                 "بينما قال مسؤول في المعارضة إن قواته صدت الهجوم.")
    assert got == [["مصدر عسكري", "وكالة رويترز"], ["مسؤول في المعارضة"]]


def test_a_contrast_clause_keeps_the_outlet_its_speaker_told():
    got = chains("ونقلت وكالة رويترز عن مصدر عسكري أن العشرات قتلوا، فيما قال مسؤول في المعارضة "
                 "لوكالة فرانس برس إن قواته صدت الهجوم.")
    assert got[1] == ["مسؤول في المعارضة", "وكالة فرانس برس"]


@pytest.mark.parametrize("text, chain", [
    ("وقال أحد الركاب الناجين لوكالة فرانس برس عبر الهاتف إن القذائف أصابت المركب.",
     ["أحد الركاب", "وكالة فرانس برس"]),
    ("وقال مسؤول محلي في البلدة، طلب عدم نشر اسمه، لوكالة فرانس برس إن المسلحين هاجموا القرية.",
     ["مسؤول محلي", "وكالة فرانس برس"]),
    ("ونفى مصدر عسكري، تحدث لوكالة الأنباء الألمانية، أن يكون المركب قد أصيب.",
     ["مصدر عسكري", "وكالة الأنباء الألمانية"]),
    ("وقال مصدر دبلوماسي غربي حضر المشاورات لوكالة رويترز إن المبعوث متفائل.",
     ["مصدر دبلوماسي غربي", "وكالة رويترز"]),
])
def test_an_outlet_told_later_in_the_speaker_part_relays(text, chain):
    assert chains(text) == [chain]


def test_a_person_told_in_the_speaker_part_relays_nothing():
    assert all(len(chain) == 1 for chain in chains("وقال وزير الخارجية لنظيره الفرنسي إن بلاده ترفض القرار."))


def test_a_place_an_outlet_noun_heads_relays_nothing():
    got = chains("وقال الرئيس في كلمة ألقاها خلال زيارته لموقع الهجوم إن المهاجمين جاؤوا بأعداد كبيرة.")
    assert got == [["الرئيس"]]


@pytest.mark.parametrize("text, chain", [
    ("وتستهدف حركة الشباب منذ سنوات قوافل تقول إنها تنقل أسلحة للقوات الحكومية.", [["حركة الشباب"]]),
    ("وأصدرت الشرطة مذكرة توقيف بحق التاجر سمير الخطيب، الذي تقول إنه مول الهجمات.", [["الشرطة"]]),
])
def test_a_describing_clause_of_saying_is_the_sentence_subjects_claim(text, chain):
    assert chains(text) == chain


def test_a_describing_clause_of_believing_is_no_claim():
    assert chains("وداهمت الشرطة منزلا يعتقد أنه استخدم لإخفاء الأسلحة.") == []


def test_the_describing_verbs_load_normalised():
    from khabar.claims.attribute import _cues

    verbs = _cues()["describing_verbs"]
    assert {"قال", "زعم", "ادعي"} == verbs   # (normalised: ادعى ends in alef maqsura)
    assert not verbs & {"اعتقد", "رجح", "يعتقد"}
