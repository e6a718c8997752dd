"""Who a cue with a pronoun subject points back to, and speakers the tokenizer leaves in
the construct dual or a coordination, in the styles of agency wires, broadcasters and Gulf
and Maghrebi sites."""

import khabar
from tests.claims.reading import chains, claims_of as read


def test_a_feminine_pronoun_goes_back_to_the_last_woman_who_spoke():
    text = ("برلين (د ب أ) - قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن الوضع خطير. "
            "وأضاف المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن الغارات مستمرة. "
            "وتابعت أن برلين تدعو إلى ضبط النفس.")
    assert chains(text) == [["أنالينا بيربوك"], ["أفيخاي أدرعي"], ["أنالينا بيربوك"]]


def test_a_masculine_pronoun_passes_over_a_ministry_to_the_man_before_it():
    text = ("الرباط - وقال رئيس الحكومة عزيز أخنوش إن الإصلاح ماض. "
            "وأكدت وزارة الداخلية أن الانتخابات ستجرى في موعدها. "
            "وأضاف أن الحكومة ستدعم الأسر الفقيرة.")
    assert chains(text)[-1] == ["عزيز أخنوش"]


def test_a_pronoun_of_the_same_gender_as_the_last_speaker_stays_with_them():
    text = ("لندن - وقالت المتحدثة باسم الحكومة البريطانية إن لندن قلقة. "
            "وأضافت أن السفير سيستدعى.")
    assert chains(text) == [["المتحدثة باسم الحكومة البريطانية"]] * 2
    text = ("الجزائر - وأكد الرئيس عبد المجيد تبون أن الجزائر لن تتراجع. "
            "وتابع أن الحوار مستمر.")
    assert chains(text) == [["عبد المجيد تبون"]] * 2


def test_a_feminine_pronoun_with_no_woman_before_it_makes_no_claim():
    text = ("دمشق - وقال المتحدث باسم الجيش أحمد حسن إن الهجوم صد. "
            "وتابعت أن القوات تتقدم.")
    assert chains(text) == [["أحمد حسن"]]


def test_a_construct_dual_heads_a_speaker_phrase():
    assert chains("بغداد - وأكد مصدرا أمن عراقيان لرويترز أن الهجوم أسفر عن مقتل ثلاثة.") == \
        [["مصدرا أمن عراقيان", "رويترز"]]
    assert chains("موسكو - وقالت وكالتا الأنباء الروسيتان إن الانفجار وقع ليلا.") == [["وكالتا الأنباء الروسيتان"]]
    # an indefinite accusative in ا before a comma or أن is no dual: "عيّنه مستشارا، وقال إن"
    from khabar.claims.attribute import _cues
    assert {"مصدرا", "وكالتا", "صحيفتي"} <= _cues()["construct_duals"]


def test_two_agencies_that_relay_one_source_are_two_relays_one_claim_each():
    text = "موسكو (أ ف ب) - نقلت وكالتا تاس وريا نوفوستي عن الكرملين أن بوتين سيزور الصين الشهر المقبل."
    assert chains(text) == [["الكرملين", "تاس"], ["الكرملين", "ريا نوفوستي"]]
    text = 'موسكو - ونقلت وكالتا "تاس" و"ريا نوفوستي" عن المتحدث باسم الكرملين دميتري بيسكوف قوله إن الحوار ممكن.'
    assert chains(text) == [["دميتري بيسكوف", "تاس"], ["دميتري بيسكوف", "ريا نوفوستي"]]


def test_a_dual_subject_before_its_verb_with_a_nisba_and_a_time_before_an():
    text = ('موسكو - وكانت وكالتا "سبوتنيك" و"إنترفاكس" الروسيتان قد نقلتا مساء الأحد عن مصدر '
            'في وزارة الدفاع أن القوات انسحبت.')
    assert chains(text) == [["مصدر في وزارة الدفاع", "سبوتنيك"], ["مصدر في وزارة الدفاع", "إنترفاكس"]]
    text = "بيروت - ونقلت صحيفة النهار صباح اليوم عن مصدر وزاري أن الجلسة أرجئت."
    assert chains(text) == [["مصدر وزاري", "صحيفة النهار"]]


def test_two_outlets_that_report_together_are_one_source():
    text = 'بيروت - وذكرت صحيفتا "الشرق الأوسط" و"النهار" أن المفاوضات تعثرت.'
    [[source]] = chains(text)
    assert "الشرق الأوسط" in source and "النهار" in source


def test_speakers_after_kull_min_speak_together():
    assert chains("كييف - أعلنت كل من كييف وموسكو نجاح عملية تبادل للأسرى.") == [["كييف وموسكو"]]
    assert chains("الخرطوم - وأعلنت كل من قطر وكينيا وصول مساعدات إنسانية إلى السودان.") == [["قطر وكينيا"]]


def test_a_plural_participle_goes_on_with_the_crowd_not_the_last_body():
    text = ("خبر\nنشر في 02/04/2019\n"
            "الجزائر - وأعلنت رئاسة الجمهورية أن الرئيس استقال.\n"
            'وعقب الإعلان، خرج آلاف المواطنين إلى شوارع العاصمة، مطالبين بـ"رحيل كل رموز النظام".')
    assert chains(text) == [["رئاسة الجمهورية"], ["آلاف المواطنين"]]
    # with no crowd to go on with, a plural participle does not fall back on one named body
    text = ("خبر\nنشر في 02/04/2019\n"
            "الجزائر - وأعلنت رئاسة الجمهورية أن الرئيس استقال.\n"
            'واحتشدت الجموع في الساحات، مطالبين بـ"رحيل كل رموز النظام".')
    assert chains(text) == [["رئاسة الجمهورية"]]


def test_a_letter_carried_by_an_outlet_in_a_relative_clause_is_relayed_by_it():
    text = ("خبر\nنشر في 02/04/2019\n"
            "وجاء في رسالة رئيس الجمهورية إلى رئيس المجلس الدستوري، التي بثتها قناة النهار، "
            'أن هذا القرار "يأتي حرصا على تفادي المهاترات"، مضيفا أنه اتخذه "بغية التهدئة".')
    assert chains(text) == [["رئيس الجمهورية", "قناة النهار"]] * 2


def test_a_letter_aired_by_the_state_channel_is_its_platform():
    """The channel rule (session 14): the state channel that aired the president's letter is no relay."""
    text = ("خبر\nنشر في 02/04/2019\n"
            "وجاء في رسالة رئيس الجمهورية إلى رئيس المجلس الدستوري، التي بثها التلفزيون الجزائري، "
            'أن هذا القرار "يأتي حرصا على تفادي المهاترات"، مضيفا أنه اتخذه "بغية التهدئة".')
    assert chains(text) == [["رئيس الجمهورية"]] * 2
    assert [c["platform"] for c in khabar.read(text).claims] == ["TV", "TV"]


def test_the_person_after_an_honorific_is_the_speaker():
    text = ("خبر\nنشر في 10/09/2021\n"
            "الرباط - وكان وزير الداخلية، السيد عبد الوافي لفتيت، قد ترأس اجتماعا أمس الخميس.\n"
            "وأوضح السيد لفتيت أن نسبة المشاركة بلغت 50 في المائة.")
    assert chains(text) == [["لفتيت"]]
    from khabar.claims.attribute import _cues
    assert {"السيد", "الدكتوره", "الشيخ"} <= _cues()["honorifics"]   # loaded normalised


def test_a_request_not_to_be_named_without_commas_does_not_take_the_clause():
    text = "خبر\nنشر في 10/09/2021\nباماكو - وقال مسؤول مالي طلب عدم كشف اسمه إن «المفاوضات استمرت أسابيع»."
    assert chains(text) == [["مسؤول مالي"]]
    text = "خبر\nنشر في 10/09/2021\nعمان - وأكد مصدر حكومي فضل عدم ذكر اسمه أن الحكومة ستستقيل."
    assert chains(text) == [["مصدر حكومي"]]


def test_headlines_carry_no_claims_the_body_reports_them():
    # the annotated corpus lists no claim in a headline, of either shape ("X: …", "X يقول إن …")
    text = ("الكرملين: قرار منح الأسد اللجوء اتخذه بوتين شخصيا\nسكاي نيوز عربية - أبوظبي\n"
            "آخر تحديث: 9 ديسمبر 2024 - 15:30\n"
            "موسكو - قال المتحدث باسم الكرملين دميتري بيسكوف الاثنين إن القرار اتخذه بوتين.")
    assert chains(text) == [["دميتري بيسكوف"]]
    text = ("وزير الخارجية الروسي يقول إن المفاوضات مع أوكرانيا متعثرة\nمنشور الاثنين 10 يونيو 2024\n"
            "موسكو (رويترز) - قال وزير الخارجية الروسي سيرغي لافروف الخميس إن المفاوضات متعثرة.")
    claims = read(text)
    assert [[s["text"] for s in c["sources"]] for c in claims] == [["سيرغي لافروف"]]
    assert claims[0]["cue"]["start"] > text.index("\n")


def test_an_according_to_phrase_after_a_dateline_relays_the_clause_that_follows():
    text = ("خبر\nنشر في 22/07/2022\n"
            'واشنطن - وحسب شبكة "سي إن إن" الأمريكية، يعتقد مسؤولون أمريكيون أن الهجوم كان منسقا. '
            "وأضاف المسؤولون أن التحقيق مستمر. وقال الرئيس جو بايدن إن بلاده سترد.")
    assert chains(text) == [["مسؤولون أمريكيون", "سي إن إن"], ["المسؤولون", "سي إن إن"], ["جو بايدن"]]


def test_a_relay_opening_the_first_paragraph_after_a_dateline_governs_it():
    text = ("خبر\nنشر في 22/07/2022\n"
            'واشنطن - ونقلت صحيفة "وول ستريت جورنال" عن مسؤولين أمريكيين أن الهجوم كان منسقا. '
            "وأضاف المسؤولون أن التحقيق مستمر.")
    assert [chain[1:] for chain in chains(text)] == [["وول ستريت جورنال"]] * 2


def test_an_according_to_parenthesis_after_the_speaker_relays_the_claim():
    text = ("خبر\nنشر في 22/07/2022\n"
            "الرباط - وأكد الملك، حسب الوكالة، حرص المغرب على تعزيز التعاون.")
    claims = read(text)
    assert [[s["text"] for s in c["sources"]] for c in claims] == [["الملك", "الوكالة"]]
    assert text[claims[0]["content"]["start"]:].startswith("حرص")
    text = ("خبر\nنشر في 22/07/2022\n"
            "الدوحة - وقال وزير الخارجية، وفقا لوكالة الأنباء القطرية، إن المفاوضات مستمرة.")
    assert chains(text)[0][1:] == ["وكالة الأنباء القطرية"]
