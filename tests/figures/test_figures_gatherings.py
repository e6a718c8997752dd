"""Session 17's figure mechanisms, each with the near-miss it must leave alone:

- a crowd that mourns, prays or takes part, its noun unsaid ("شيع الآلاف") — links.unsaid_gatherings;
- a crowd's own clause decides whether it celebrates or queues, whatever another clause says
  (links.celebrations, read per clause);
- prisoners who flee escape, they are not displaced (links.escapes);
- "قضت قواته على 10 مسلحين" kills; "نازحة" after a group displaces it;
- a number that ends a name ("فرانس 24") counts nothing (context.yaml name_numbers), nor does
  the number word of a personal name ("عبد الواحد": name_heads) or the tens of a compound
  ordinal ("الخامس والعشرين من أكتوبر": numbers.yaml compound_ordinals)."""

from __future__ import annotations

import pytest

from khabar.figures.figures import find_figures
from khabar.figures.lexicon import lexicon


def _brief(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["category"]) for f in find_figures(text)]


def test_the_new_lists_load_normalised():
    lex = lexicon()
    assert {"شيع", "ادي", "شارك"} <= lex.unsaid_gatherings  # أدى: alef maqsura read as ya
    assert lex.escape_of == {"displaced"} and lex.escape_to == "other"
    assert {"فرانس", "عربي"} <= lex.name_numbers
    assert {"لتسلم", "للحصول"} <= lex.celebration_words


@pytest.mark.parametrize("text, expected", [
    ("وشيع الآلاف جثمان الشهيد في مخيم جنين.", [("الآلاف", "other")]),
    ("وشارك الآلاف في تشييع جثامين الضحايا في مدينة الصدر.", [("الآلاف", "other")]),
    ("وأدى عشرات الآلاف صلاة الجمعة في المسجد الأقصى.", [("عشرات الآلاف", "other")]),
    # a gathering verb without a funeral, a prayer or a celebration in its clause counts nothing
    ("وشارك العشرات في النقاش.", []),
    ("وحضر المئات إلى المكان.", []),
    # a protest stays one
    ("وشارك الآلاف في مسيرة حاشدة للتنديد بالعدوان.", [("الآلاف", "protesters")]),
])
def test_an_unsaid_gathering_is_a_crowd_of_other(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the crowd's clause celebrates; a protest in another clause does not make it one
    ("وخرج آلاف المواطنين للاحتفال بفوز المنتخب، بعد أسابيع من احتجاجات على غلاء الأسعار.",
     [("آلاف المواطنين", "other")]),
    ("واحتشد المئات من ذوي الأسرى في المطار لاستقبال ذويهم، وسط هتافات مناهضة للحرب.",
     [("المئات من ذوي", "other")]),
    # a crowd gathered to receive something is no protest
    ("وتجمع الآلاف أمام مراكز التوزيع لتسلم المساعدات الغذائية.", [("الآلاف", "other")]),
    ("وكان العشرات قد تجمعوا حول الصهريج لتعبئة الوقود.", [("العشرات", "other")]),
    # near-misses: a gathering with no such purpose, a demand in the crowd's clause, protesters by name
    ("وتجمع المئات أمام مقر البرلمان.", [("المئات", "protesters")]),
    ("وتجمع الآلاف في ساحة الشهداء للمطالبة برحيل الحكومة.", [("الآلاف", "protesters")]),
    ("وخرج آلاف المتظاهرين للاحتفال بسقوط النظام.", [("آلاف المتظاهرين", "protesters")]),
])
def test_the_crowds_own_clause_decides(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وفر نحو 400 سجين من سجن عين زارة جنوب العاصمة.", [("نحو 400 سجين", "other")]),
    ("فرار أربعة سجناء سلفيين من السجن المدني بنواكشوط", [("أربعة سجناء", "other")]),
    ("وهرب 300 معتقل من السجن بعد هجوم مسلح.", [("300 معتقل", "other")]),
    # people who flee a war are displaced
    ("وفر أكثر من 50 ألف شخص من المدينة هربا من المعارك.", [("أكثر من 50 ألف شخص", "displaced")]),
    ("وأدى القتال إلى فرار 5 آلاف شخص من منازلهم.", [("5 آلاف شخص", "displaced")]),
])
def test_captives_who_flee_escape(text, expected):
    assert _brief(text) == expected


def test_putting_an_end_to_armed_men_kills_them():
    assert _brief("وقال الجيش إن قواته قضت على 10 مسلحين.") == [("10 مسلحين", "killed")]
    assert _brief("وقضت الحرائق على 500 هكتار من الغابات.") == [("500 هكتار", "other")]


def test_a_displacement_adjective_after_the_group():
    assert _brief("ووزع البرنامج حصصا غذائية على 1200 أسرة نازحة في مخيمات مأرب.") == [("1200 أسرة", "displaced")]
    assert _brief("واستضافت المدارس 500 عائلة مهجرة من القرى الحدودية.") == [("500 عائلة", "displaced")]
    assert _brief("ووزع البرنامج حصصا غذائية على 1200 أسرة في مأرب.") == [("1200 أسرة", "other")]


def test_a_number_that_ends_a_name_counts_nothing():
    assert _brief("وبثت قناة فرانس 24 تقريرا عن الأوضاع في مالي.") == []
    assert _brief("وقال موقع عربي 21 إن المفاوضات متعثرة.") == []
    assert _brief("وبثت القناة 24 تقريرا عن الأوضاع.") == [("24 تقريرا", "other")]


@pytest.mark.parametrize("text, expected", [
    ("ولم تشارك في الاتفاق الحركة التي يقودها عبد الواحد محمد نور.", []),
    ("والتقى الوزير بعبد الأحد الحلو في جوبا.", []),
    ("ويرتفع عدد القتلى منذ انقلاب الخامس والعشرين من أكتوبر الماضي.", []),
    ("وأحيا السودانيون الذكرى الثالثة والستين للاستقلال.", []),
    # near-misses: a compound cardinal and a definite tens count stay counts
    ("وقتل خمسة وعشرون شخصا في الانهيار.", [("خمسة وعشرون شخصا", "killed")]),
    ("وقتل العشرين من المسلحين.", [("العشرين من المسلحين", "killed")]),
])
def test_a_name_or_a_compound_ordinal_counts_nothing(text, expected):
    assert _brief(text) == expected


def test_a_verb_form_that_is_a_word_of_its_own_is_no_cue():
    # لجأ + ن reads لجان (committees; categories.yaml homographs)
    assert _brief("قالت لجان المقاومة إن أكثر من 100 شخص، بينهم 35 طفلا، قتلوا في هجوم.") == [
        ("أكثر من 100 شخص", "killed"), ("35 طفلا", "killed")]
    assert _brief("ولجأ 300 شخص إلى المدارس هربا من القصف.") == [("300 شخص", "displaced")]


@pytest.mark.parametrize("text, expected", [
    ("القتلى: 4، الجرحى: 17.", [("4", "killed"), ("17", "wounded")]),
    ("عدد الشهداء: 45", [("45", "killed")]),
    # a colon after a word that names no group is still a break
    ("وقال المتحدث: 5 أشخاص اعتقلوا.", [("5 أشخاص", "arrested")]),
    ("الموعد: 12 من الشهر المقبل.", []),
])
def test_a_label_and_its_count_across_a_colon(text, expected):
    assert _brief(text) == expected


def test_makes_of_arms_and_numbered_packages_are_names():
    assert _brief("وتعهدت ألمانيا بتسليم دبابات ليوبارد 2 إلى كييف.") == []
    assert _brief("وأقر الاتحاد الأوروبي الحزمة 14 من العقوبات على روسيا.") == []
    assert _brief("وتضمنت الحزمة 50 مليون دولار من المساعدات.") == [("50 مليون دولار", "other")]


@pytest.mark.parametrize("text, expected", [
    # those who took part, told after the group, in a sentence that names a protest
    ("ونقلت الوكالة عن مصادر أن نحو 87 ألف شخص شاركوا في الاحتجاجات.", [("نحو 87 ألف شخص", "protesters")]),
    ("وقالت الشرطة إن 300 شخص شاركوا في المظاهرة.", [("300 شخص", "protesters")]),
    # the Sudanese press's marches
    ("وشارك عشرات الآلاف في المواكب التي انطلقت من مدن العاصمة.", [("عشرات الآلاف", "protesters")]),
    # no protest: no crowd of protesters
    ("وقال إن 300 شخص شاركوا في المؤتمر.", [("300 شخص", "other")]),
])
def test_those_who_took_part_in_a_protest(text, expected):
    assert _brief(text) == expected


def test_a_unit_before_a_singular_accusative_is_no_number():
    assert _brief('وقال المرشد: "لست خبيرا، لكن القرار اتخذ".') == []
    assert _brief("وقضت المحكمة بسجنه لست سنوات.") == [("ست سنوات", "other")]
    assert _brief("وقتل ستة جنود في الهجوم.") == [("ستة جنود", "killed")]


def test_the_evacuated_injured_stay_wounded():
    assert _brief("وأكدت البعثة أنها أجلت بمروحياتها عشرات الجرحى إلى المستشفيات.") == [("عشرات الجرحى", "wounded")]
    assert _brief("وتم إجلاء 50 جريحا من مستشفى الشفاء.") == [("50 جريحا", "wounded")]
    assert _brief("وأجلت السلطات 500 شخص من القرى المهددة.") == [("500 شخص", "displaced")]


@pytest.mark.parametrize("text, expected", [
    # a fire in a ward named after its patients' disease: the injured are wounded
    ("وارتفعت حصيلة الحريق في مركز العزل الخاص بمصابي كورونا إلى 92 قتيلا، فيما تجاوز عدد المصابين 100 شخص.",
     [("92 قتيلا", "killed"), ("100 شخص", "wounded")]),
    # struck by the disease (ب) stays an infection, a strike named or not
    ("وأصيب 20 شخصا بالكوليرا في المخيم الذي تعرض للقصف.", [("20 شخصا", "other")]),
    ("وسجلت الوزارة 120 إصابة جديدة بفيروس كورونا.", [("120 إصابة", "other")]),
])
def test_a_disease_beside_violence_qualifies_or_strikes(text, expected):
    assert _brief(text) == expected


def test_a_district_named_by_a_number():
    assert _brief("وتجددت الاشتباكات بين قوات الأمن ومحتجين في حي الأربعين بمدينة السويس.") == []
    assert _brief("وقتل 3 أشخاص في حي 17 بمدينة الخرطوم.") == [("3 أشخاص", "killed")]
