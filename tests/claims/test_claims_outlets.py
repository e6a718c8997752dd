"""Claims in the styles of outlets and sentence shapes the dev articles do not show: Gulf,
Maghrebi and Sudanese titles the tokenizer splits (ولي العهد، والي), outlets whose names are
also places (للجزيرة، للميادين), interviews set off by commas, unnamed people with a family
name, and words between the speaker and the clause."""

import khabar
from tests.claims.reading import chains


def test_a_title_the_tokenizer_reads_as_wa_and_a_word_is_a_speaker_head():
    assert chains("وقال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة تدعم الحل السياسي.") == \
        [["محمد بن سلمان"]]
    assert chains("وقال والي بنك المغرب عبد اللطيف الجواهري إن التضخم تراجع.") == [["عبد اللطيف الجواهري"]]
    assert chains("وأكد والي جهة الدار البيضاء سطات أن المشاريع ستنطلق قريبا.")[0][0].startswith("والي جهة")
    assert chains("وعاد الوفد إلى الرباط والي العاصمة.") == []


def test_an_outlet_whose_name_is_also_a_place_relays():
    assert chains("وقالت مصادر للجزيرة إن الوفد المصري وصل إلى الدوحة.") == [["مصادر", "لجزيرة"]]
    assert chains("وقال مصدر لقناة الميادين إن الوفد وصل.") == [["مصدر", "قناة الميادين"]]
    assert chains("وقال رئيس بلدية بيت لاهيا للجزيرة إن البلدة مدمرة بالكامل.") == \
        [["رئيس بلدية بيت لاهيا", "لجزيرة"]]


def test_an_outlet_relays_even_before_a_noun_object():
    assert chains("وأكدت مصادر أمنية عراقية لوكالة الأناضول مقتل ثلاثة جنود.") == \
        [["مصادر أمنية عراقية", "وكالة الأناضول"]]


def test_an_interview_set_off_by_commas_relays():
    text = "وقال المتحدث باسم الحوثيين محمد عبد السلام، في تصريح لقناة الجزيرة، إن العملية جاءت ردا على العدوان."
    assert chains(text) == [["محمد عبد السلام", "قناة الجزيرة"]]


def test_a_given_name_and_a_family_name_with_the_article():
    assert chains("وقال سليم الحداد، في حديث خاص للجزيرة نت، إن الوضع صعب.") == [["سليم الحداد", "لجزيرة نت"]]


def test_a_verb_among_the_words_that_say_who_spoke_reports_nothing():
    assert chains("وقال شاهد عيان يدعى أحمد إن الجنود أطلقوا النار.") == [["شاهد عيان"]]


def test_people_in_the_know_are_anonymous_sources():
    result = khabar.read("قالت وكالة بلومبرغ، نقلا عن أشخاص مطلعين، إن أوبك تدرس خفض الإنتاج.",
                         published="2024-06-10").claims
    assert [[s["text"] for s in c["sources"]] for c in result] == [["أشخاص مطلعين", "وكالة بلومبرغ"]]
    assert result[0]["sources"][0]["anonymous"]


def test_a_title_then_the_person_who_holds_it():
    text = "وأكد عضو المكتب السياسي لحركة حماس عزت الرشق في بيان أن الحركة تعاملت بإيجابية."
    assert chains(text) == [["عزت الرشق"]]


def test_after_inna_the_noun_before_the_verb_is_its_subject():
    text = "ونقل موقع أكسيوس عن مسؤولين أمريكيين اثنين قولهما إن واشنطن أبلغت إسرائيل رفضها."
    assert chains(text)[-1] == ["واشنطن", "مسؤولين أمريكيين", "موقع أكسيوس"]   # (relayed by the outer chain)


def test_a_statement_as_subject_is_its_issuers():
    assert chains("وقال بيان صادر عن الرئاسة التونسية إن الرئيس أقال الحكومة.") == [["الرئاسة التونسية"]]
    assert chains("وأفاد بلاغ لوزارة الداخلية أن السلطات أوقفت ثلاثة أشخاص.") == [["وزارة الداخلية"]]   # Maghrebi بلاغ
    assert chains("وقال تقرير الأمم المتحدة إن المجاعة وشيكة.") == [["الأمم المتحدة"]]


def test_a_source_that_talked_to_an_outlet():
    assert chains('وحسب شهود عيان تحدثوا لـ"العربي الجديد"، فإن القصف استهدف منازل.') == \
        [["شهود عيان", "العربي الجديد"]]
    assert chains("وقال مسؤول تحدث إلى رويترز إن الوضع صعب.") == [["مسؤول", "رويترز"]]
    assert chains("وقال سكان تحدثت إليهم الجزيرة إن الوضع صعب.") == [["سكان", "الجزيرة"]]


def test_according_to_the_statement_named_before_is_its_issuers():
    text = ("وقالت وزارة الدفاع في بيان إن قواتها صدت الهجوم. ووفقا للبيان، فإن الهجوم استهدف مواقع عسكرية. "
            "وقتل عشرة أشخاص، بحسب البيان.")
    assert chains(text) == [["وزارة الدفاع"]] * 3


def test_a_name_set_off_by_commas_after_a_long_title():
    text = "أكد وزير الصحة والحماية الاجتماعية، خالد آيت الطالب، أن الوزارة عازمة على تعميم التغطية."
    assert chains(text) == [["خالد آيت الطالب"]]
    text = "من جهته، اعتبر النائب البرلماني عن فريق التقدم والاشتراكية، رشيد حموني، أن الحصيلة دون التطلعات."
    assert chains(text) == [["رشيد حموني"]]
    assert chains("وقال المتحدث العسكري باسم الجماعة إن القوات تقدمت.") == [["المتحدث العسكري باسم الجماعة"]]


def test_maghrebi_and_mauritanian_family_names():
    text = "وأوضح آيت الطالب، في معرض جوابه عن سؤال شفوي بمجلس النواب، أن 20 مليون مغربي يستفيدون من التأمين."
    assert chains(text) == [["آيت الطالب"]]
    assert chains("وقال الرئيس الموريتاني محمد ولد الشيخ الغزواني إن البلاد مستقرة.") == [["محمد ولد الشيخ الغزواني"]]


def test_the_speakers_verbal_noun_is_not_part_of_the_speaker():
    text = "ونقلت وكالة «رويترز» عن دبلوماسي أوروبي قوله إن «الأسابيع المقبلة حاسمة»."
    assert chains(text) == [["دبلوماسي أوروبي", "رويترز"]]


def test_an_interview_that_opens_the_sentence_relays():
    assert chains("وفي حديث لـ«الشرق الأوسط»، أوضح الوزير أن الحكومة ماضية.") == [["الوزير", "الشرق الأوسط"]]


def test_a_verb_inside_the_speakers_quote_is_no_cue():
    text = 'وقال وزير الخارجية الأمريكي أنتوني بلينكن للصحفيين "لا نريد أن نرى تصعيدا". وأضاف أن واشنطن تعمل على حل.'
    assert chains(text) == [["أنتوني بلينكن"], ["أنتوني بلينكن"]]


def test_after_a_named_body_a_titled_person_further_on_is_the_object():
    text = "وأعلن الجيش مساء الثلاثاء مقتل الرقيب أول ديفيد يهودا يتسحاق (23 عاما)، وقال إنه يحقق في الحادث."
    assert chains(text) == [["الجيش"], ["الجيش"]]


def test_a_verb_right_after_innahu_goes_on_with_the_same_claim():
    result = khabar.read("وقال الجيش الإسرائيلي إنه يعتقد أن جميع القتلى كانوا مسلحين.", published="2024-06-10").claims
    assert [(c["certainty"], [s["text"] for s in c["sources"]]) for c in result] == [("believed", ["الجيش الإسرائيلي"])]


def test_after_inna_a_noun_phrase_no_entity_names_is_the_subject_not_the_word_after_the_verb():
    text = "وقالت مصادر وزارية لبنانية إن الحكومة تجري اتصالات، وإن الجانب الأميركي نقل «تطمينات» بأن الرد محدود."
    assert ["تطمينات"] not in chains(text) and ["الأميركي"] not in chains(text)


def test_afada_reports_with_bi_and_a_verbal_noun():
    assert chains("وفي غضون ذلك، أفاد المرصد السوري لحقوق الإنسان بمقتل 15 عنصرا من قوات النظام.") == \
        [["المرصد السوري لحقوق الإنسان"]]
    assert chains("وأفادت مصادر محلية بوقوع انفجار قرب المطار.") == [["مصادر محلية"]]


def test_a_news_outlet_that_was_told_relays():
    assert chains("وأبلغ مسؤولون مصريون وكالة رويترز أن المحادثات تعثرت.") == [["مسؤولون مصريون", "وكالة رويترز"]]


def test_the_two_parties_speak():
    assert chains("وأكد الطرفان في بيان مشترك التزامهما بوقف إطلاق النار.") == [["الطرفان"]]


def test_a_report_inside_a_report_is_relayed_by_the_outer_speaker():
    text = ('وأوضحت المصادر ذاتها أن المتهم نفى أمام هيئة المحكمة أن تكون لتصريحاته "أي نية للمساس بالبلاد"، '
            'مؤكدا أنه "كاتب يعبر عن آرائه".')
    assert chains(text) == [["المصادر ذاتها"], ["المتهم", "المصادر ذاتها"], ["المتهم", "المصادر ذاتها"]]


def test_talking_about_reports_and_talking_to_does_not():
    assert chains('وتحدث هاغاري عن صاروخ من طراز "فلق-1" إيراني الصنع.') == [["هاغاري"]]
    assert chains("وارتفعت الحصيلة إلى 12 قتيلا، بعدما تحدثت التقارير الأولية مساء أمس عن 10 قتلى.") == \
        [["التقارير الأولية"]]
    assert chains("وتحدث الوزير إلى الصحفيين في المطار.") == []


def test_said_in_the_speech_named_before():
    text = 'وافتتح وزير الخارجية التركي هاكان فيدان الجلسة بكلمة قال فيها إن "هناك طريقين أمامنا".'
    assert chains(text) == [["هاكان فيدان"]]


def test_a_chief_diplomat_is_a_speaker_head():
    text = 'من جهته، وصف كبير الدبلوماسيين الصينيين وانغ يي الاتفاق بأنه "انتصار للحوار".'
    assert chains(text) == [["وانغ يي"]]


def test_a_verbal_noun_of_saying_with_its_speaker_and_clause():
    text = ("وتأتي استعادة المدينة بعد أيام من إعلان وزير الخارجية الأمريكي أنتوني بلينكن، في السابع من يناير، "
            "أن قوات الدعم السريع ارتكبت إبادة جماعية.")
    assert chains(text) == [["أنتوني بلينكن"]]
    assert chains("وأكد الوزير ضرورة إعلان الهدنة.") == [["الوزير"]]   # no speaker, no clause: no claim of its own
    assert chains("وقال الوزير إن الحل قريب. وجدد تأكيده أن الحل سياسي.") == [["الوزير"], ["الوزير"]]


def test_a_verb_whose_stem_opens_with_ta_is_not_feminine():
    text = ('واشنطن تدرس خيارات الرد على الهجوم\n\nنشر في 10/06/2024\n\n'
            'وقال الرئيس الأمريكي جو بايدن للصحفيين في البيت الأبيض: "لقد اتخذت قراري".\n\n'
            'وتابع: "لا نريد حربا أوسع في الشرق الأوسط".\n')
    assert chains(text, published=None) == [["جو بايدن"], ["جو بايدن"]]


def test_maghrebi_verbs_of_saying_need_their_clause():
    text = "وأبرز المصدر ذاته أن الأشغال ستنتهي قبل الصيف، مسجلا أن نسبة الإنجاز بلغت 80 في المائة."
    assert chains(text) == [["المصدر ذاته"], ["المصدر ذاته"]]
    assert chains("وسجل المنتخب هدفين في الشوط الأول.") == []
    assert chains("وأبرزت الصور حجم الدمار.") == []


def test_a_statement_still_to_come_is_no_claim():
    assert chains("وسيعلن الرئيس قراره غدا.") == []
    assert chains("وسوف تعلن الحكومة موقفها.") == []
    assert chains("وقال الرئيس إن الحكومة ستعلن موقفها.") == [["الرئيس"]]


def test_a_source_whose_article_a_lam_swallowed_is_its_named_form_elsewhere():
    # ل + المنظمة is written للمنظمة: the source is the name as the article writes it
    text = "وأعلنت المنظمة أن الإصابات تراجعت. وسجلت مصر، وفقًا للمنظمة، أكثر من 3 ملايين إصابة."
    assert chains(text) == [["المنظمة"], ["المنظمة"]]
    text = "وذكرت الجزيرة نت أن الوفد وصل. وارتفع العدد إلى 58، وفق إحصاء للجزيرة نت."
    assert chains(text)[1] == ["الجزيرة نت"]
    text = "وقالت مصادر للجزيرة إن الوفد وصل. وكانت الجزيرة قد نشرت صورا للوفد."
    assert chains(text) == [["مصادر", "الجزيرة"]]
    # a name of its own beginning with ل takes the article whole (ل + اللجنة = للجنة)
    from khabar.claims.component import _after_lam, _article_form
    text = "قالت اللجنة العليا إن الجنة وعد. وقال مصدر للجنة العليا إن …"
    start = text.rindex("للجنة العليا") + 1
    assert _after_lam(text, start)
    assert _article_form(text, start, start + len("لجنة العليا")) == (5, 5 + len("اللجنة العليا"))
    assert not _after_lam("قال مسؤول في لبنان", len("قال مسؤول في "))
    # with no such form in the text the span after the ل stays
    assert chains("وقالت مصادر للجزيرة إن الوفد المصري وصل إلى الدوحة.") == [["مصادر", "لجزيرة"]]
    # a name without the article after ل is not touched ("لرويترز")
    assert chains("وقال مسؤول لرويترز إن الوفد وصل. وذكرت الرويترز أن …")[0] == ["مسؤول", "رويترز"]


def test_a_count_that_rests_on_sources_has_them_as_originators():
    assert chains("وقتل 180 شخصا، وفق تعداد لوكالة فرانس برس يستند إلى مصادر رسمية من الجانبين.") == \
        [["مصادر رسمية", "وكالة فرانس برس"]]
    assert chains("وبلغ عدد القتلى 300، بحسب حصيلة لرويترز تستند إلى مصادر طبية.") == [["مصادر طبية", "رويترز"]]
    assert chains("وارتفع عدد الضحايا إلى 40، وفق إحصاء لوكالة الأناضول استنادا إلى بيانات وزارة الصحة.") == \
        [["وزارة الصحة", "وكالة الأناضول"]]
    assert chains("وقتل 180 شخصا، وفق تعداد لوكالة فرانس برس.") == [["وكالة فرانس برس"]]


def test_a_count_by_the_articles_own_agency_keeps_only_its_basis():
    text = ("انسحاب من مخيم جنين\n\nجنين (أ ف ب) - انسحب الجيش من المخيم.\n\n"
            "وقتل 180 فلسطينيا منذ مطلع العام، وفق تعداد لوكالة فرانس برس يستند إلى مصادر رسمية من الجانبين.")
    assert chains(text) == [["مصادر رسمية"]]


def test_plural_outlets_and_accounts_are_according_to_sources():
    assert chains("وارتفع سعر الصرف إلى 3000 ليرة، بحسب مواقع متخصصة في متابعة أسعار الصرف.") == \
        [["مواقع متخصصة في متابعة أسعار الصرف"]]
    assert chains("وأسفرت الغارات، بحسب اعترافات الجيش، عن مقتل جندي.") == [["الجيش"]]
    assert chains("وقتل ثلاثة أشخاص، وفق روايات شهود عيان.") == [["شهود عيان"]]
    assert chains("وتراجعت الأسعار، بحسب صحف محلية.") == [["صحف محلية"]]
