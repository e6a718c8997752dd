"""Figures in sentence shapes of wire agencies, regional sites and humanitarian reports
that the lexicons had no word for: the active verb of injuring, a detainee let go (إخلاء
سبيل), a death told as leaving life (فارق الحياة), a sit-in, people named by a trade in a
broken plural, the adjective of who grants a pardon, and bounds in other wordings.  Every
sentence is written for the test."""

import pytest

from khabar.figures.figures import find_figures


def brief(text):
    found = find_figures(text)
    for figure in found:
        assert text[figure["start"]:figure["end"]] == figure["text"]
    return [(f["text"], f["value"], f["min"], f["max"], f["category"]) for f in found]


def test_the_active_verb_of_injuring_counts_the_wounded():
    assert brief("أودت الاشتباكات بحياة 18 شخصًا وأصابت 40 آخرين.") == [
        ("18 شخصًا", 18, None, None, "killed"), ("40 آخرين", 40, None, None, "wounded")]
    # of a thing hit it counts no casualty
    assert brief("أصاب الصاروخ 3 مبان سكنية.")[0][-1] == "other"


def test_letting_a_detainee_go_is_a_release():
    assert brief("قررت النيابة إخلاء سبيل 12 متهمًا.") == [("12 متهمًا", 12, None, None, "released")]
    assert brief("أخلت سبيل 40 موقوفًا بكفالة.") == [("40 موقوفًا", 40, None, None, "released")]


def test_leaving_life_is_a_death():
    assert brief("فارق طفلان الحياة بسبب البرد.") == [("طفلان", 2, None, None, "dead")]
    # … a violent one when the clause says the wounds
    assert brief("فارق 4 مصابين الحياة متأثرين بجروحهم.")[0][-1] == "killed"
    assert brief("قال الأطباء إن 3 مرضى فارقوا الحياة.")[0][-1] == "dead"


def test_a_sit_in_counts_a_crowd_of_people_a_trade_names():
    assert brief("اعتصم عشرات الأساتذة أمام وزارة التربية.") == [
        ("عشرات الأساتذة", None, 10, None, "protesters")]
    assert brief("تظاهر مئات التجار في السوق.") == [("مئات التجار", None, 100, None, "protesters")]


def test_who_grants_a_pardon_is_no_person_counted():
    assert brief("صدر عفو رئاسي عن 50 معتقلًا.") == [("50 معتقلًا", 50, None, None, "released")]
    assert brief("أصدر الملك عفوًا ملكيًا عن سجناء.") == []


@pytest.mark.parametrize("text,expected", [
    ("قتل 15 شخصًا في أقل تقدير.", ("15 شخصًا في أقل تقدير", 15, 15, None)),
    ("نزح 300 شخص على أقل تقدير.", ("300 شخص على أقل تقدير", 300, 300, None)),
    ("قتل في حدود 50 شخصًا.", ("في حدود 50 شخصًا", 50, None, None)),
    ("أصيب ما لا يتعدى 12 شخصًا.", ("ما لا يتعدى 12 شخصًا", 12, None, 12)),
])
def test_bounds_in_other_wordings(text, expected):
    assert brief(text)[0][:4] == expected


def test_captives_whose_death_is_told_without_a_killer_are_dead():
    assert brief("أعلن الجيش أن 4 من الرهائن لقوا حتفهم.") == [("4 من الرهائن", 4, None, None, "dead")]
    # a killing named stays one, and so does a violent death
    assert brief("أعلنت حماس مقتل 7 رهائن في القصف الإسرائيلي.")[0][-1] == "killed"
    assert brief("قالت الحركة إن 3 رهائن لقوا حتفهم في غارة إسرائيلية.")[0][-1] == "killed"
    # … and a death of others keeps the category of its cue
    assert brief("لقي 14 مهاجرًا حتفهم قبالة السواحل الليبية.")[0][-1] == "killed"


def test_a_stroke_of_the_sun_is_no_violence():
    assert brief("وفاة ثلاثة حجاج بضربات شمس في مكة.") == [("ثلاثة حجاج", 3, None, None, "dead")]
    assert brief("وفاة ثلاثة أشخاص بضربات جوية.")[0][-1] == "killed"


def test_a_word_that_takes_the_preposition_itself_cuts_a_cue_from_the_number():
    # the search takes "عن"; rescue teams name rescuers and tell no rescue
    assert brief("تواصل فرق الإنقاذ البحث عن 15 مفقودًا.") == [("15 مفقودًا", 15, None, None, "missing")]
    assert brief("وتبحث فرق الإنقاذ عن 20 شخصًا.")[0][-1] == "other"
    # … while the rescue itself still governs its count
    assert brief("أنقذت فرق الدفاع المدني 12 شخصًا.")[0][-1] == "rescued"
    assert brief("أفرجت حركة حماس ليل السبت عن 13 رهينة.")[0][-1] == "released"


def test_what_a_group_underwent_is_named_after_a_verb_of_undergoing():
    assert brief("وتعرض 3 صحفيين للاعتقال أثناء تغطيتهم التظاهرات.") == [
        ("3 صحفيين", 3, None, None, "arrested")]
    assert brief("وقال التقرير إن 40 طفلًا تعرضوا للاختطاف خلال العام.")[0][-1] == "abducted"
    # without one a purpose with ل tells nothing of the group
    assert brief("وصل 3 صحفيين للاعتقال.")[0][-1] == "other"


def test_a_definite_counted_noun_tells_of_the_group_only_right_after_it():
    # "the dead" in construct after the bodies they carried is not what befell the medics
    assert brief("نقل 5 مسعفين جثث القتلى إلى المستشفى.") == [("5 مسعفين", 5, None, None, "other")]
    # … while one that agrees with the group right after it still tells it
    assert brief("سقط 5 أشخاص قتلى.")[0][-1] == "killed"


def test_a_march_a_crowd_s_qualifier_names_is_a_protest():
    assert brief("شارك عشرات الآلاف في مسيرة حاشدة وسط العاصمة.") == [
        ("عشرات الآلاف", None, 10000, None, "protesters")]
    assert brief("بعد أسابيع من المسيرات السلمية التي شارك فيها ملايين المواطنين.")[0][-1] == "protesters"
    # … not a drone
    assert brief("شارك نحو ألف جندي في العملية التي استخدمت فيها مسيرات حوثية.")[0][-1] == "other"


def test_a_crowd_that_holds_a_demonstration_is_counted_as_protesters():
    assert brief("ونظم مئات الطلاب مظاهرة أمام الجامعة.") == [("مئات الطلاب", None, 100, None, "protesters")]
    # the protests a group covers, in construct after its verbal noun, are not its own
    assert brief("وصل 30 صحفيًا لتغطيتهم التظاهرات.")[0][-1] == "other"


def test_where_a_group_is_held_tells_it_held_unless_its_noun_says_otherwise():
    assert brief("يقبع أكثر من 9 آلاف فلسطيني في سجون الاحتلال.")[0][-1] == "held"
    # captives an exchange is about that are still in prison are held, not freed
    assert brief("وقال إن عشرات الأسرى ما زالوا في سجون التحالف رغم الصفقة.") == [
        ("عشرات الأسرى", None, 10, None, "held")]
    # the missing stay missing wherever they are thought to be
    assert brief("مصير أكثر من 100 ألف مفقود في سجون النظام لا يزال مجهولًا.")[0][-1] == "missing"


def test_captives_who_became_free_are_released():
    assert brief("أصبح 13 أسيرًا أحرارًا بعد سنوات.") == [("13 أسيرًا", 13, None, None, "released")]


def test_the_event_cases_take_in_the_genitive_wins_over_a_total_s_noun():
    assert brief("ارتفع عدد ضحايا التسمم إلى 14 حالة وفاة.") == [("14 حالة", 14, None, None, "dead")]


def test_drowning_or_burning_told_after_the_group_is_a_violent_death():
    assert brief("توفي طفلان غرقًا في شاطئ غير محروس.") == [("طفلان", 2, None, None, "killed")]
