"""Round s34 (figures): counted nouns of what strikes a body, of measures and of tremors keep
their count `other`; a resumptive object pronoun on a verb of an event tells what befell the
group it stands for.  Sentences made up for these tests."""

import pytest

from khabar.figures.figures import find_figures


def brief(text: str) -> list[tuple[str, object, str, str]]:
    return [(f["text"], f["value"], f["category"], f["unit"]) for f in find_figures(text)]


# -- things counted after a verb of injury are no wounded people ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("وأفاد المستشفى بأن الشاب أصيب بثلاث رصاصات في صدره.", ("ثلاث رصاصات", 3, "other", "munition")),
    ("وقالت الشرطة إن الضحية تلقى سبع طعنات في أنحاء جسده.", ("سبع طعنات", 7, "other", "munition")),
    ("وأصيب الطفل بعد أن اخترقت خمس شظايا جدار غرفته.", ("خمس شظايا", 5, "other", "munition")),
    ("وكانت الطائرة تحلق على ارتفاع 28 ألف قدم عند انقطاع الاتصال بها.",
     ("28 ألف قدم", 28000, "other", "foot")),
    ("وبلغ ارتفاع الأمواج 40 بوصة في بعض المناطق.", ("40 بوصة", 40, "other", "inch")),
    ("وغادرت مئات العائلات منازلها بعد أن تجاوز عدد الهزات الارتدادية 300 هزة.",
     ("300 هزة", 300, "other", "tremor")),
    ("وضربت المنطقة 4 زلازل متوسطة خلال أسبوع.", ("4 زلازل", 4, "other", "tremor")),
])
def test_things_that_strike_or_measure_are_no_people(text, expected):
    assert expected in brief(text)


def test_a_single_bullet_of_a_denial_is_no_count():
    assert brief("وقال القائد إن قواته لم تطلق رصاصة واحدة على المتظاهرين.") == []


# -- the resumptive pronoun of a relative clause ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("وارتفع عدد المسعفين الذين قتلتهم الغارات منذ مطلع الشهر إلى 58 مسعفا.", ("58 مسعفا", 58, "killed")),
    ("وارتفع عدد الطلاب الذين اعتقلتهم قوات الأمن خلال الاحتجاجات إلى 140 طالبا.",
     ("140 طالبا", 140, "arrested")),
    ("وتراجع عدد البحارة الذين تحتجزهم الجماعة منذ العام الماضي إلى 17 بحارا.", ("17 بحارا", 17, "held")),
    ("وقال المسؤول إن عدد المدنيين الذين أنقذتهم فرق الدفاع المدني بلغ 320 مدنيا.",
     ("320 مدنيا", 320, "rescued")),
])
def test_a_verb_with_the_group_s_pronoun_tells_what_befell_it(text, expected):
    assert expected in [(f["text"], f["value"], f["category"]) for f in find_figures(text)]


@pytest.mark.parametrize("text,value", [
    ("وقال مسؤول في الوزارة إن عدد العمال الذين عادوا إلى أسرهم بلغ 800 عامل.", 800),
    ("وأكدت الوزارة أن 45 عاملا تمكنوا من التواصل مع أسرهم بعد الحادث.", 45),
    ("وعاد 120 طالبا إلى أسرهم مع بداية العطلة.", 120),
])
def test_their_families_is_no_capture(text, value):
    """أسرهم (their families) is written as أسر + هم (captured them, their capture): no cue."""
    assert [f["category"] for f in find_figures(text) if f["value"] == value] == ["other"]


# -- pulled out alive is a rescue -------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("وقالت السلطات إن فرق الدفاع المدني أخرجت 23 شخصا أحياء من تحت ركام العمارة.", ("23 شخصا", 23, "rescued")),
    ("وانتشل خفر السواحل 14 مهاجرا أحياء بعد غرق القارب.", ("14 مهاجرا", 14, "rescued")),
    ("وتمكنت الفرق من انتشال خمسة عمال أحياء من المنجم.", ("خمسة عمال", 5, "rescued")),
])
def test_a_count_pulled_out_alive_is_rescued(text, expected):
    assert expected in [(f["text"], f["value"], f["category"]) for f in find_figures(text)]


def test_a_count_said_to_be_still_living_stays_alive():
    found = find_figures("وتقدر الحكومة أن 40 من المحتجزين ما زالوا أحياء.")
    assert [f["category"] for f in found if f["value"] == 40] == ["alive"]


# -- the doers of an attack, the subject after its verb -----------------------------------------

@pytest.mark.parametrize("text,value", [
    ("قتل جندي وأصيب اثنان في هجوم شنه خمسة مسلحين على نقطة تفتيش.", 5),
    ("وأصيب ثلاثة مدنيين في عملية طعن نفذها شابان قرب المحطة.", 2),
    ("قتل شرطيان في هجوم نفذه 4 مسلحين على دورية.", 4),
])
def test_the_count_that_carried_out_an_attack_is_no_victim(text, value):
    assert [f["category"] for f in find_figures(text) if f["value"] == value] == ["other"]


def test_the_victims_of_the_same_sentence_keep_their_category():
    found = find_figures("قتل جندي وأصيب اثنان في هجوم شنه خمسة مسلحين على نقطة تفتيش.")
    assert ("اثنان", 2, "wounded") in [(f["text"], f["value"], f["category"]) for f in found]


@pytest.mark.parametrize("text,value", [
    # the verbal noun with the pronoun, after a preposition or in construct: the group did it
    ("وقال المحقق إن 5 متهمين اعترفوا بقتلهم الحارس.", 5),
    ("ومثل 4 عناصر أمام المحكمة بتهمة قتلهم مدنيين.", 4),
    ("وقال إن 6 أشخاص اعترفوا بقتلتهم الضحية.", 6),
])
def test_a_verbal_noun_with_the_pronoun_is_no_resumptive_verb(text, value):
    assert [f["category"] for f in find_figures(text) if f["value"] == value] == ["other"]


def test_the_he_form_after_fa_is_the_verb():
    found = find_figures("وأطلق المسلح النار على حارسين عند البوابة فقتلهما.")
    assert [f["category"] for f in found if f["value"] == 2] == ["killed"]


# -- blocs of states named by their number ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وبحث وزراء دفاع دول الساحل الخمس تمويل القوة المشتركة.",
    "وأصدرت مجموعة الدول السبع بيانا مشتركا حول الأزمة.",
    "وعادت طهران إلى طاولة المفاوضات مع القوى الست.",
])
def test_a_bloc_named_by_its_number_is_no_count(text):
    assert find_figures(text) == []


def test_a_definite_count_of_states_outside_a_bloc_name_stays():
    assert [f["value"] for f in find_figures("وزار الوفد الدول الخمس التي وقعت الاتفاق.")] == [5]


# -- a definite dual followed by the two people it counts ---------------------------------------

def _people(text: str, *names: str) -> list[dict]:
    entities = []
    for name in names:
        start = text.index(name)
        entities.append({"type": "PER", "name": name,
                         "mentions": [{"text": name, "start": start, "end": start + len(name)}]})
    return entities


def test_a_definite_dual_before_the_two_names_it_counts_is_no_figure():
    text = "وأعلنت الشرطة إعادة اعتقال الأسيرين سامر خليل ونادر عيسى قرب المدينة."
    found = find_figures(text, entities=_people(text, "سامر خليل", "نادر عيسى"))
    assert [f for f in found if f["value"] == 2] == []


def test_a_definite_dual_without_the_names_stays():
    text = "وأعلنت الشرطة إعادة اعتقال الأسيرين قرب المدينة، وقال سامر خليل إن ذلك متوقع."
    found = find_figures(text, entities=_people(text, "سامر خليل"))
    assert [f["value"] for f in found] == [2]
