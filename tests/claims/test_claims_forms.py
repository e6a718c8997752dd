"""Forms of Arabic news reporting that the dev articles do not all show: platforms,
passives, the outlet that learned from a source, "جاء في", more verbs of saying, the
chain a participle goes on with, and the country of an unnamed source."""

import khabar
from tests.claims.reading import chains, claims_of as read


def test_platforms_behind_a_noun_quotes_or_a_post_that_names_none():
    assert [c["platform"] for c in read("وكتب وزير الخارجية في تدوينة على فيسبوك أن الحكومة لن تتراجع.")] == ["Facebook"]
    assert [c["platform"] for c in read('وقال المتحدث في منشور على منصة "إكس" إن القصف مستمر.')] == ["X"]
    assert [c["platform"] for c in read("وقال المتحدث عبر تطبيق تلغرام إن القصف مستمر.")] == ["Telegram"]
    assert [c["platform"] for c in read("وقال المتحدث في تدوينة إن القصف مستمر.")] == [None]


def test_an_unnamed_source_takes_the_country_of_what_qualifies_it():
    sources = read("وقال ناطق باسم الحكومة المغربية لهسبريس إن القرار نهائي.")[0]["sources"]
    assert (sources[0]["anonymous"], sources[0]["country"]) == (True, "MAR")
    sources = read("وقالت مصادر دبلوماسية لوكالة الأنباء الفرنسية إن المفاوضات متعثرة.")[0]["sources"]
    assert sources[-1]["country"] == "FRA"


def test_a_participle_after_a_relayed_statement_goes_on_with_the_whole_chain():
    text = "ونقلت وكالة الأناضول عن مصدر أمني قوله إن الهجوم أحبط، لافتا إلى أن التحقيقات جارية."
    assert chains(text) == [["مصدر أمني", "وكالة الأناضول"]] * 2
    text = "في المقابل، نقلت صحيفة «هآرتس» عن مسؤول عسكري قوله إن الجيش سيعود، مشيراً إلى أن الخطط جاهزة."
    assert chains(text)[-1] == ["مسؤول عسكري", "هآرتس"]


def test_demands_pledges_and_threats_report_with_the_clause_right_after_them():
    assert chains("وتعهد الرئيس ميشال عون بأن ينال المسؤولون أشد العقوبات.") == [["ميشال عون"]]
    assert chains('إذ توعد المرشد الإيراني علي خامنئي بـ"عقاب قاس".') == [["علي خامنئي"]]
    assert chains("واستبعد الخبير أن تنخفض الأسعار قريبا.") == [["الخبير"]]
    assert read("واستبعد الخبير أن تنخفض الأسعار قريبا.")[0]["certainty"] == "hedged"
    assert chains('وطالبوا بحماية سكان "الكنابي" في الولاية.') == []
    assert chains("وكان زعيم الجماعة قد هدد في خطاب باستهداف السفن، بعد أن أطلقت صواريخ.") == []
    assert chains("وقال عضو في حملته، طالبا عدم كشف اسمه، إن الحملة لن تطعن.") == [["عضو في حملته"]]


def test_a_second_definite_head_after_the_subject_is_the_object():
    assert chains("وطالب الرئيس الحكومة بـ«فتح المعابر فورا».") == [["الرئيس"]]
    assert chains("وقالت المتحدثة باسم المفوضية إن اللاجئين عادوا.") == [["المتحدثة باسم المفوضية"]]


def test_passive_verbs_of_saying_name_no_source_or_the_one_after_an():
    for text, certainty in (("وقيل إن الوزير سيستقيل.", "hedged"), ("وأفيد بأن عشرات الجرحى نقلوا إلى المستشفيات.", "asserted"),
                            ("وذُكر أن الوفد وصل إلى القاهرة.", "asserted"),
                            ("وكان يُعتقد في البداية أنها قُتلت في الهجوم.", "believed")):
        assert [(c["certainty"], c["sources"]) for c in read(text)] == [(certainty, [])], text
    assert chains("ونُقل عن الوزير قوله إن الوفد غادر.") == [["الوزير"]]
    assert read("ويُذكر أن الوزير كان قد زار المدينة العام الماضي.") == []   # the editor's aside
    assert read("وأطلقوا سراح معتقلين يُعتقد أنهم محتجزون منذ سنوات.") == []   # no clause of its own
    assert read("وأُعلن عن وقف إطلاق النار.") == []


def test_an_outlet_that_learned_from_a_source_relays_it():
    assert chains('وعلمت "الشرق الأوسط" من مصادر مطلعة أن الاجتماع تأجل.') == [["مصادر مطلعة", "الشرق الأوسط"]]
    assert chains('واختار المتهم الدفاع عن نفسه، حسب ما علمته "الشروق" من مصادر قضائية.') == \
        [["مصادر قضائية", "الشروق"]]
    assert chains("ورفع المحتجون علم فلسطين فوق المبنى، ثم غادروا قبل أن تصل الشرطة.") == []


def test_a_verbal_noun_is_no_verb():
    assert chains("وذكرت وسائل إعلام إسرائيلية أن الجيش انسحب.") == [["وسائل إعلام إسرائيلية"]]
    assert chains("وجاء إعلان الهدنة بعد أسابيع من المفاوضات التي قال الوسطاء إنها صعبة.")[0] == ["الوسطاء"]


def test_what_a_statement_says_is_its_issuers_claim():
    assert chains("وورد في تقرير الأمم المتحدة أن المجاعة وشيكة.") == [["الأمم المتحدة"]]
    assert chains("وجاء في بيان صادر عن وزارة الخارجية المصرية أن القاهرة تتابع الوضع.") == [["وزارة الخارجية المصرية"]]
    assert chains("وقالت الوزارة إن العمل مستمر. وجاء في البيان أن الوزارة ستواصل عملها.") == [["الوزارة"], ["الوزارة"]]
    assert read('وجاء في تغريدة للوزير على منصة إكس: "لن نتراجع".')[0]["platform"] == "X"
    assert chains("وجاء المنتخب في المرتبة الأولى بعد أن فاز على منافسه.") == []


def test_a_quoted_outlet_or_one_talked_to_in_an_interview_relays():
    assert chains("وكشف مصدر مسؤول لـ«العربي الجديد» أن المفاوضات توقفت.") == [["مصدر مسؤول", "العربي الجديد"]]
    assert chains('وأكد الوزير في تصريح لـ"اليوم 24" أن الحكومة ماضية في الإصلاح.') == [["الوزير", "اليوم 24"]]
    assert chains("وقال الوزير في مقابلة مع قناة العربية إن الحكومة ماضية في الإصلاح.") == [["الوزير", "قناة العربية"]]
    assert chains("وقال الوزير في تصريح صحفي إن الحكومة ماضية في الإصلاح.") == [["الوزير"]]


def test_a_request_not_to_be_named_belongs_to_the_speaker():
    assert chains("وقال شاهد عيان لرويترز طالبا عدم نشر اسمه إن الانفجار كان ضخما.") == [["شاهد عيان", "رويترز"]]
    assert chains("وقال مسؤول في حماس، رفض الكشف عن اسمه، لبي بي سي إن الحركة لن توافق.") == \
        [["مسؤول في حماس", "بي بي سي"]]
    assert chains("وقال مصدر أمني لوكالة فرانس برس، طالبا عدم كشف اسمه، إن الهجوم أحبط.") == \
        [["مصدر أمني", "وكالة فرانس برس"]]


def test_the_articles_own_outlet_named_in_latin_is_no_relay():
    text = "وقال مصدر مصرفي لـ«الأهرام» إن الدفعة الأولى وصلت."
    record = khabar.read(text, published="2024-06-10", source={"outlet": "Al-Ahram"})
    assert [[s["text"] for s in c["sources"]] for c in record.claims] == [["مصدر مصرفي"]]
    assert chains(text) == [["مصدر مصرفي", "الأهرام"]]


def test_compound_names_and_a_long_apposition_before_the_quote():
    text = ('وتقول آمنة عبد الله، وهي أم لخمسة أطفال نزحت من ود مدني بعد دخول قوات الدعم السريع إلى '
            'المدينة في ديسمبر 2023: "نزحنا مرتين".')
    assert chains(text) == [["آمنة عبد الله"]]


def test_a_verb_whose_noun_object_is_a_statement_reports_with_a_pronoun_subject():
    text = "وقال وزير الاقتصاد راؤول نعمة إن الانفجار دمر الصوامع، لكنه أكد عدم وجود أزمة في الطحين."
    assert chains(text) == [["راؤول نعمة"], ["راؤول نعمة"]]
    assert [c["certainty"] for c in read("وقالت الحركة إن الوفد غادر. ونفت وجود أي اتصالات مع الوسطاء.")] == \
        ["asserted", "denied"]
    assert len(chains("وقال الوزير أحمد الصالح إن المحادثات مستمرة. وأعلن الحداد لمدة ثلاثة أيام.")) == 1


def test_a_pronoun_cue_points_back_to_the_subject_of_a_sentence_that_made_no_claim():
    text = ("وقال الوزير سليم الحداد إن الفائدة سترتفع. ورفع البنك سعر عائد الإيداع إلى 27 بالمئة. "
            "وقال في بيان إن القرار ضروري.")
    assert chains(text) == [["سليم الحداد"], ["البنك"]]
    text = "وقال الوزير سليم الحداد إن الفائدة سترتفع. وهبط الجنيه إلى أدنى مستوى. وأضاف أن القرار ضروري."
    assert chains(text) == [["سليم الحداد"], ["سليم الحداد"]]


def test_a_speaker_named_again_by_the_family_name():
    text = ('وأعلن رئيس السلطة الوطنية المستقلة للانتخابات محمد شرفي أن النتائج مؤقتة. '
            'غير أن شرفي نفى في ندوته الصحفية وجود أي "تلاعب"، مؤكدا أن "السلطة هي الجهة الوحيدة".')
    assert chains(text)[1:] == [["شرفي"], ["شرفي"]]
    assert chains('غير أن شرفي نفى في ندوته الصحفية وجود أي "تلاعب".') == []   # "honorary", no one named


def test_titles_with_a_quoted_body_a_posting_and_an_apposition():
    text = ("أعلن رئيس الوفد الروسي إلى مفاوضات إسطنبول، مساعد الرئيس الروسي فلاديمير ميدينسكي، اليوم الجمعة، "
            "أن روسيا وأوكرانيا اتفقتا على تبادل الأسرى.")
    assert chains(text) == [["فلاديمير ميدينسكي"]]
    text = 'واعترف قائد مجموعة قوات "تافريا" أولكسندر تارنافسكي بأن "عددا من الجنود" وقعوا في الأسر.'
    assert chains(text) == [["أولكسندر تارنافسكي"]]
    assert chains("وقال السفير الأمريكي لدى إسرائيل إن واشنطن تدعم الاتفاق.") == [["السفير الأمريكي لدى إسرائيل"]]
    assert chains("وأشار المبعوث الأممي إلى أن المحادثات ستستأنف.") == [["المبعوث الأممي"]]


def test_a_subject_before_qad_or_sabaqa_an_is_the_verbs_and_the_noun_after_its_object():
    text = 'ولم تعلق الحكومة على الأرقام، لكن مفوضية العون الإنساني سبق أن اتهمت منظمات دولية بـ"تضخيم" الأرقام.'
    assert chains(text) == [["مفوضية العون الإنساني"]]
    assert chains("والوزارة كانت قد أكدت أن الوضع مستقر.") == [["الوزارة"]]
    assert chains("وكان الرئيس قد اتهم المعارضة بأنها تعرقل الحوار.") == [["الرئيس"]]


def test_according_to_a_report_an_outlet_carried():
    text = "وبحسب التقرير الذي نشرته صحيفة نيويورك تايمز، فإن المفاوضات متعثرة."
    assert chains(text) == [["صحيفة نيويورك تايمز"]]
    text = "وبحسب البيان، الذي نشرته وكالة الأنباء السعودية (واس)، اتفق البلدان على احترام سيادة الدول."
    # a statement an outlet carried is [statement, outlet] (docs/gold-format.md, session 13), the
    # outlet with the short name that follows it
    assert chains(text) == [["البيان", "وكالة الأنباء السعودية (واس)"]]


def test_certainty_from_the_content():
    def certainty(text):
        return [c["certainty"] for c in read(text)]

    assert certainty("وقال الجيش إن قواته قد أنهت العملية.") == ["asserted"]   # قد + past: "has"
    assert certainty("وقال الوزير إن المفاوضات قد تم تأجيلها.") == ["asserted"]
    assert certainty("وقال الوزير إن الأزمة قد تكون طويلة.") == ["hedged"]    # قد + imperfect: "may"
    assert certainty("وقال محللون إن الاتفاق من المرجح أن يصمد.") == ["believed"]   # a phrase of two words
    assert certainty("وقال الوزير إنه من المحتمل أن تتأجل القمة.") == ["hedged"]
    assert certainty("وقال الوزير إنه يأمل أن تنجح المفاوضات.") == ["hedged"]


def test_each_clause_of_a_sentence_is_its_own_content_and_kind():
    text = 'وقال الوزير سليم الحداد إن المعبر سيفتح غدا، مضيفا أن الوضع "تحت السيطرة".'
    result = read(text)
    assert [c["kind"] for c in result] == ["paraphrase", "quote"]
    first, second = result
    assert first["content"]["end"] <= second["cue"]["start"]
    assert khabar.read(text, published="2024-06-10").text[first["content"]["start"]:first["content"]["end"]] == \
        "المعبر سيفتح غدا"


def test_a_quote_over_several_sentences_is_one_claim():
    text = 'وقال الوزير: "نحن مستعدون للحوار. لكن الطرف الآخر قال إنه يرفض. لن نتراجع أبدا". وأضاف أن الوفد سيغادر.'
    record = khabar.read(text, published="2024-06-10")
    assert [[s["text"] for s in c["sources"]] for c in record.claims] == [["الوزير"], ["الوزير"]]
    quote = record.claims[0]
    assert record.text[quote["content"]["start"]:quote["content"]["end"]].endswith("لن نتراجع أبدا")


def test_a_quoted_acronym_after_a_relay_does_not_cut_its_chain():
    text = 'وأوردت وكالة الأنباء القطرية "قنا" عن مصدر دبلوماسي قوله إن الوساطة مستمرة.'
    assert chains(text) == [["مصدر دبلوماسي", "وكالة الأنباء القطرية"]]
    text = "ونقلت وكالة الأنباء الأردنية «بترا» عن مسؤول حكومي قوله إن المعبر سيفتح غدا."
    assert chains(text) == [["مسؤول حكومي", "وكالة الأنباء الأردنية"]]


def test_a_quote_after_the_speaker_stays_its_content():
    result = read('وقال الناطق باسم الجيش "لن نتراجع" عن قرارنا.')
    assert [[s["text"] for s in c["sources"]] for c in result] == [["الناطق باسم الجيش"]]


def test_an_honorific_with_its_pronoun_is_a_speaker():
    assert chains("وأكد سموه أن الاتفاق يفتح صفحة جديدة في المنطقة.") == [["سموه"]]
    assert chains("وقال فخامته، في كلمة أمام البرلمان، إن الإصلاحات ماضية.") == [["فخامته"]]
    text = "ونقلت وكالة الأنباء البحرينية عن جلالته تأكيده أن المملكة تدعم الحوار."
    assert chains(text) == [["جلالته", "وكالة الأنباء البحرينية"]]


def test_a_command_speaks_and_a_communique_is_an_occasion_an_outlet_relays():
    text = "وقالت القيادة العامة للجيش، في بلاغ أوردته وكالة المغرب العربي للأنباء، إن الوضع هادئ."
    assert chains(text) == [["القيادة العامة للجيش", "وكالة المغرب العربي للأنباء"]]


def test_lam_after_a_definite_head_is_idafa_unless_it_names_who_was_told():
    text = "وقالت القيادة العامة للقوات المسلحة الأردنية، في بيان، إن الحدود آمنة."
    assert chains(text) == [["القيادة العامة للقوات المسلحة الأردنية"]]
    assert chains("وقال المتحدث باسم الوزارة لوكالة رويترز، إن العملية انتهت.") == \
        [["المتحدث باسم الوزارة", "وكالة رويترز"]]


def test_a_head_in_ta_marbuta_is_no_head_with_a_pronoun():
    text = 'وقالت ابنة أحد المعتقلين لإذاعة موزاييك: "والدي بريء".'
    assert chains(text)[0][0] == "ابنة أحد المعتقلين"


def test_a_directorate_speaks():
    # the directorate is a named body now, its source the body as "وزارة الصحة في المحافظة" gives
    # "وزارة الصحة" (the place stays the body's, not the source's)
    assert chains("وقالت مديرية الصحة في المحافظة إن عدد المصابين ارتفع.") == [["مديرية الصحة"]]


def test_a_person_named_before_speaks_by_family_name():
    text = "عنوان\n\nوأصيب المصور محمد الحلبي بشظية في ساقه.\n\nوقال الحلبي من المستشفى إن القصف كان عشوائيا."
    assert chains(text) == [["الحلبي"]]
    # a family name nobody was named by is no speaker of its own
    assert chains("عنوان\n\nوقال الحلبي من المستشفى إن القصف كان عشوائيا.") != [["الحلبي"]]


def test_a_title_in_the_feminine_heads_a_speaker():
    text = "عنوان\n\nووقعت الحكومة الاتفاق، وقالت الأمينة التنفيذية للجنة الاقتصادية إن الاتفاق ضروري."
    assert chains(text) == [["الأمينة التنفيذية للجنة الاقتصادية"]]


def test_expressed_with_an_about_phrase_is_a_claim_and_via_is_no_verb():
    def cues(text):
        return [(c["cue"]["text"], [s["text"] for s in c["sources"]]) for c in read(text)]
    assert cues("وعبر وزير الخارجية عن قلقه من التصعيد.") == [("عبر", ["وزير الخارجية"])]
    text = "وعبّر الرئيس الفرنسي إيمانويل ماكرون، في تغريدة على تويتر، عن «ارتياح كبير» للإفراج عن الرهينة."
    assert cues(text) == [("عبّر", ["إيمانويل ماكرون"])]
    assert cues("وتحدث الوزير، في مؤتمر صحفي، عن خطة جديدة للإعمار.") == [("تحدث", ["الوزير"])]
    # عبر as 'via' or 'crossed' reports nothing and takes no clause from the verb before it
    assert cues("وعبر آلاف اللاجئين الحدود إلى تركيا.") == []
    assert cues("ونقلت المساعدات عبر معبر رفح عن طريق مصر.") == []
    assert cues("وقالت الإدارة في بيان تلاه أحد قادتها عبر التلفزيون الرسمي إن الرئيس غادر.") == \
        [("قالت", ["الإدارة"])]


def test_a_definite_title_ends_before_the_verbs_object():
    """"وأدان الرئيس الهجوم …، مؤكدا": the participle's speaker is the president, not "the president
    the attack"; adjectives of a title (a nisba, العام، الخاص، الأسبق) stay part of it."""
    assert chains("وأدان الرئيس الهجوم الإرهابي، مؤكدا أن الدولة ستلاحق المنفذين.") == [["الرئيس"]]
    assert chains("وأدانت الخارجية الهجوم، مؤكدة تضامنها مع الضحايا.") == [["الخارجية"]]
    assert chains("وقال الأمين العام إن الوضع خطير.") == [["الأمين العام"]]
    assert chains("وقال المتحدث الرسمي باسم الحكومة إن الوضع خطير.") == [["المتحدث الرسمي باسم الحكومة"]]
    assert chains("وقال الرئيس الأسبق إن الوضع خطير.") == [["الرئيس الأسبق"]]
    assert chains("وقال الشيخ الصباح إن الوضع خطير.") == [["الشيخ الصباح"]]


def test_an_adverb_or_a_participle_after_a_plural_head_is_no_name():
    """"ورفضت النقابات بشدة، موضحات أن": a sound plural titles no one, and the participle of saying
    after the comma is no apposed name; the unions speak."""
    assert chains("ورفضت النقابات بشدة، موضحات أن الأجور متدنية.") == [["النقابات"]]
    assert chains("وقال وزير الصحة والحماية الاجتماعية، خالد آيت الطالب، إن الوضع مستقر.") == [["خالد آيت الطالب"]]
