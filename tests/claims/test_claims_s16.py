"""Session 16 mechanisms of the claims stage, found by the battery
(tests/claims/data/claims_probes_s16.yaml): a pronoun cue points back to the last speaker of its
gender and number — a body's gender is read off the verb it spoke with ("وقال الجيش" … "وأضافت"
is not the army), no masculine singular verb points back to a plural source ("وقال شهود عيان" …
"وأضاف"), and the bare past of a verb whose stem ends in ت (لفت) is masculine; a person named
after "في رسالة إلى"، "في كلمة أمام"، "في اتصال مع" was addressed, not the speaker; an abstract
noun in ـية with its pronoun (جاهزيته) is no name after a rank; and أكد with a quality its subject
showed (تفوقه، جدارتها) and no clause is no statement."""

from __future__ import annotations

import pytest

import khabar
from tests.claims.reading import chains as _chains


def test_the_new_lists_load_normalised():
    from khabar.claims.attribute import _cues

    cues = _cues()
    assert {"شهود", "مصادر", "وسائل", "اعضاء"} <= cues["plural_heads"]   # bare, normalised (أ → ا)
    assert not cues["plural_heads"] & {"وزير", "جيش", "وزاره", "مصدر"}
    assert {"الي", "امام", "مع"} == cues["addressee_prepositions"]
    assert cues["showing_verbs"] == {"اكد"} and cues["showing_verbs"] <= set(cues["verbs"])
    assert {"تفوق", "جداره", "تاهل"} <= cues["shown_qualities"]
    assert not cues["shown_qualities"] & {"حضور", "دعم", "التزام", "رفض"}


@pytest.mark.parametrize("text, chains", [
    ("وقالت الوزيرة إن الوضع مستقر. وقال الجيش إن القوات انسحبت. وأضافت أن الأدوية متوفرة.",
     [["الوزيرة"], ["الجيش"], ["الوزيرة"]]),
    ("وقال الجيش إن القوات انسحبت. وقال شهود عيان إن القصف عنيف. وأضاف أن المنازل دمرت.",
     [["الجيش"], ["شهود عيان"], ["الجيش"]]),
    ("وقال الوزير إن الوضع مستقر. وقال ثلاثة مسؤولين لرويترز إن الوفد وصل. وأضاف أن الاجتماع غدا.",
     [["الوزير"], ["ثلاثة مسؤولين", "رويترز"], ["الوزير"]]),
    # what agrees still goes back to the last speaker
    ("وقال الجيش إن القوات انسحبت. وقال شهود عيان إن القصف عنيف. وأضافوا أن المنازل دمرت.",
     [["الجيش"], ["شهود عيان"], ["شهود عيان"]]),
    ("وقال الوزير إن الوضع مستقر. وقالت مصادر إن الوفد وصل. وأضافت أن الاجتماع سيعقد غدا.",
     [["الوزير"], ["مصادر"], ["مصادر"]]),
    ("وقال الوزير إن الوضع مستقر. وقالت وزارة الصحة إن المستشفيات ممتلئة. وأضافت أن الأدوية متوفرة.",
     [["الوزير"], ["وزارة الصحة"], ["وزارة الصحة"]]),
])
def test_a_pronoun_cue_goes_back_to_a_speaker_of_its_gender_and_number(text, chains):
    assert _chains(text) == chains


def test_a_body_of_feminine_form_keeps_its_gender_whatever_verb_stood_apart_from_it():
    # "وقال في بيان وزارة …": a masculine verb apart from its subject does not make it masculine
    from khabar.claims.attribute import _State, _gender_of
    from khabar.entities.recognise import Mention

    state = _State(genders={"=وزاره الصحه": "m"})
    mention = Mention(0, len("وزارة الصحة"), "ORG", "phrase", [])
    assert _gender_of("وزارة الصحة", mention, state) == "f"


@pytest.mark.parametrize("words, plural", [
    ("شهود عيان", True), ("مسؤولون أمريكيون", True), ("ثلاثة مسؤولين", True), ("مصادر أمنية", True),
    ("عدد من الشهود", True), ("وسائل إعلام محلية", True),
    ("مصدر أمني", False), ("الجيش", False), ("وزارة الصحة", False), ("المتحدث باسم الشرطة", False),
])
def test_a_plural_source_by_its_head(words, plural):
    from khabar.claims.attribute import _plural_source
    from khabar.entities.recognise import Mention

    assert _plural_source(words, Mention(0, len(words), "GROUP", "phrase", [])) is plural


@pytest.mark.parametrize("text, chains", [
    ("وقالت وزيرة الصحة إن المستشفيات ممتلئة. وقال مدير المستشفى إن الأدوية نفدت. ولفت إلى أن المولدات تعمل.",
     [["وزيرة الصحة"], ["مدير المستشفى"], ["مدير المستشفى"]]),
    ("وقالت وزيرة الصحة إن المستشفيات ممتلئة. ولفتت إلى أن الوزارة طلبت دعما.",
     [["وزيرة الصحة"], ["وزيرة الصحة"]]),
])
def test_lafata_is_masculine_and_lafatat_feminine(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وقال المندوب السوري في رسالة إلى الأمين العام للأمم المتحدة إن الغارات انتهكت سيادة بلاده.",
     [["المندوب السوري"]]),
    ("وقال الرئيس المصري في اتصال هاتفي مع الرئيس الأمريكي دونالد ترامب إن الحرب يجب أن تتوقف.",
     [["الرئيس المصري"]]),
    # a speaker sent somewhere keeps the person his title names
    ("وقال المبعوث الأمريكي إلى سوريا توم باراك إن العقوبات سترفع.", [["توم باراك"]]),
])
def test_who_an_occasion_was_addressed_to_did_not_speak(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("stem, abstract", [
    ("جاهزيه", True), ("مسؤوليه", True), ("شرعيه", True), ("هنيه", False), ("رقيه", False), ("جاهز", False),
])
def test_an_abstract_noun_in_iyya(stem, abstract):
    from khabar.claims.attribute import _abstract_noun
    from khabar.text.lexicon import default_lexicon

    assert _abstract_noun(stem, default_lexicon()) is abstract


def test_an_abstract_noun_with_its_pronoun_is_no_name_after_a_rank():
    assert _chains("وأكد الفريق الأول جاهزيته للمباراة النهائية.") == [["الفريق الأول"]]
    assert _chains("وقال الفريق أول عبد الفتاح البرهان إن الجيش سينتصر.") == [["عبد الفتاح البرهان"]]


@pytest.mark.parametrize("text, chains", [
    ("وأكد الفريق تفوقه على منافسه بفوز عريض.", []),
    ("وأكدت العداءة المغربية جدارتها باللقب بعد سباق مثير.", []),
    ("وأكد المنتخب المصري عودته القوية بفوز كبير.", []),
    ("وأكد الوزير دعمه للقرار.", [["الوزير"]]),
    ("وأكد الرئيس الموريتاني حضوره القمة العربية.", [["الرئيس الموريتاني"]]),
    ("وأكد المدرب أن تفوق فريقه واضح.", [["المدرب"]]),
])
def test_akkada_with_a_quality_shown_is_no_statement(text, chains):
    assert _chains(text) == chains


def _chains_of(text: str, outlet: str | None) -> list[list[str]]:
    source = {"outlet": outlet} if outlet else None
    return [[s["text"] for s in c["sources"]] for c in khabar.read(text, published="2018-09-05", source=source).claims]


_WIRE_COPY = ("هدوء حذر في طرابلس\n\nبيروت ـ (أ ف ب) ـ ساد هدوء حذر العاصمة الليبية صباح اليوم.\n\n"
              "وقال أحد السكان لوكالة فرانس برس إن العائلات تخشى العودة إلى منازلها.\n")


@pytest.mark.parametrize("outlet, chains", [
    (None, [["أحد السكان"]]),                                    # no source: the dateline's agency is the outlet
    ("AFP", [["أحد السكان"]]),
    ("Rai Al Youm", [["أحد السكان", "وكالة فرانس برس"]]),         # an outlet's copy of the wire: AFP relays
    ("Al Nahar (Libya)", [["أحد السكان", "وكالة فرانس برس"]]),
])
def test_a_datelines_agency_is_the_outlet_only_when_the_source_names_no_other(outlet, chains):
    assert _chains_of(_WIRE_COPY, outlet) == chains


@pytest.mark.parametrize("agency, outlet, same", [
    ("CNN", "CNN Arabic", True), ("سبوتنيك", "Sputnik Arabic", True), ("رويترز", "Reuters", True),
    ("أ ف ب", "Rai Al Youm", False), ("رويترز", "Asharq Al-Awsat", False),
])
def test_an_agency_is_the_outlet_in_its_language_edition(agency, outlet, same):
    from khabar.claims.component import _agency_is_outlet
    from khabar.knowledge import knowledge_base
    from khabar.text.normalise import normalise_word

    entries = [e for e, _ in knowledge_base().lookup(tuple(normalise_word(agency).split())) if e.type == "ORG"]
    assert _agency_is_outlet(agency, entries, outlet) is same


def test_the_own_outlet_is_heard_without_the_kind_of_outlet_it_is():
    text = "نتائج الانتخابات\n\nوقال مصدر أمني في البصرة لشبكة 964 إن الشرطة احتجزت 12 متظاهرا.\n"
    assert _chains_of(text, "964 Network") == [["مصدر أمني في البصرة"]]
    assert _chains_of(text, "Rudaw") == [["مصدر أمني في البصرة", "شبكة 964"]]


@pytest.mark.parametrize("text, chains", [
    ("ويقول الخبير الاقتصادي المصري، الدكتور مدحت نافع، إن خفض الجنيه كان حتميا.", [["مدحت نافع"]]),
    ("وقال الخبير العسكري، العميد المتقاعد نضال أبو زيد، إن المعركة طويلة.", [["نضال أبو زيد"]]),
    ("وقال المحلل السياسي، الدكتور، إن المعركة طويلة.", [["المحلل السياسي"]]),   # no name after the title
])
def test_a_name_in_apposition_may_open_with_an_honorific(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وقال شاهد عيان يدعى محمد لـ«رويترز» إن الدبابات دخلت الحي.", [["شاهد عيان", "رويترز"]]),
    ("وقال شاهد عيان، يدعى محمد، لـ«رويترز» إن الدبابات دخلت الحي.", [["شاهد عيان", "رويترز"]]),
    ("وقال شاب يدعى أحمد إن القصف لم يتوقف.", [["شاب يدعى أحمد"]]),   # the named person, as the gold writes him (round s25)
])
def test_the_outlet_told_stands_after_the_name_a_speaker_is_called_by(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وجاء في نص بيان لوزارة الخارجية المصرية أن القاهرة ترفض التهجير.", [["وزارة الخارجية المصرية"]]),
    ("وقال الوزير إن الوضع صعب. وجاء في نص البيان أن الحكومة ستتحرك.", [["الوزير"], ["الوزير"]]),
    ("وجاء في نص المادة الثالثة من الدستور أن الإسلام دين الدولة.", []),   # an article of a law is no statement
])
def test_the_text_of_a_statement_is_the_statement(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("text, chains", [
    ("وكان زعيم المعارضة قد رفض النتائج، ودعا أنصاره إلى الخروج في «مسيرات سلمية».", [["زعيم المعارضة"]]),
    ("وقال المتهم إنه بريء. وقال محاميه إن الأدلة لا تكفي.", [["المتهم"], ["محاميه"]]),
])
def test_his_own_people_after_a_verb_that_addresses_them_are_its_object(text, chains):
    assert _chains(text) == chains


def test_own_people_addressed_needs_the_preposition_after_them():
    from khabar.claims.attribute import _own_people_addressed
    from khabar.entities.recognise import words_of
    from khabar.pipeline import run

    def at_verb(text: str) -> bool:
        words = words_of(run(text))
        return _own_people_addressed(words, next(k for k, w in enumerate(words) if w.norm.startswith("ودعا")))

    assert at_verb("ودعا أنصاره إلى التظاهر.")
    assert not at_verb("ودعا أنصاره الحكومة إلى الاستقالة.")   # his supporters called on the government
    assert not at_verb("ودعا الرئيس إلى الحوار.")


@pytest.mark.parametrize("norm, gender", [
    ("لافتا", "m"), ("لافته", "f"), ("مؤكدا", "m"), ("نافيا", "m"), ("داعيا", "m"), ("مؤكدين", "pl"),
    ("مؤكدتا", None),
])
def test_a_participle_whose_stem_ends_in_ta_is_masculine_in_alif(norm, gender):
    from khabar.claims.attribute import _cue_gender
    from khabar.entities.recognise import Word

    assert _cue_gender(Word(norm, 0, len(norm))) == gender


@pytest.mark.parametrize("text, chains", [
    ("وأوضح المدير العام للمنظمة أن الخطر معتدل، باستثناء أفريقيا حيث تعتبره الهيئة «مرتفعا»، "
     "لافتا إلى أن الإصابات تتركز بين الأطفال.",
     [["المدير العام للمنظمة"], ["الهيئة"], ["المدير العام للمنظمة"]]),
    ("وقالت وزيرة الخارجية إن الرئيس يرى أن الحل سياسي، مضيفة أن بلادها ستدعم الوساطة.",
     [["وزيرة الخارجية"], ["الرئيس", "وزيرة الخارجية"], ["وزيرة الخارجية"]]),
])
def test_a_participle_goes_on_with_the_last_speaker_of_its_gender(text, chains):
    assert _chains(text) == chains


@pytest.mark.parametrize("words, masculine", [
    ("الرئيس", True), ("الجيش", True), ("المجلس العسكري", True),
    ("الحكومة", False), ("السلطات", False), ("المصادر", False), ("حماس", False), ("رئيس الوزراء", False),
])
def test_a_definite_singular_head_without_ta_marbuta_is_masculine(words, masculine):
    from khabar.claims.attribute import _masculine_head
    from khabar.entities.recognise import Mention

    assert _masculine_head(words, Mention(0, len(words), "ORG", "phrase", [])) is masculine


@pytest.mark.parametrize("text, chains", [
    ("وهو تعيين رفضه المدير السابق ووصفه بأنه «غير قانوني».", [["المدير السابق"]]),
    ("ورحبت وزارة الخارجية الكويتية بالخطوة، معربة عن أملها في التهدئة، فيما رحب الأمين العام للجامعة "
     "العربية بالاتفاق ووصفه بأنه «خطوة مهمة».",
     [["وزارة الخارجية الكويتية"], ["الأمين العام للجامعة العربية"]]),
    # a participle whose root opens with و (واصفا) is joined to nothing: it goes on with the speaker
    ("وقال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس بوتين هنأ القوات، واصفا ما جرى بأنه «نجاح كبير».",
     [["دميتري بيسكوف"], ["دميتري بيسكوف"]]),
])
def test_a_cue_joined_to_an_act_of_speech_goes_on_with_its_subject(text, chains):
    assert _chains(text) == chains
