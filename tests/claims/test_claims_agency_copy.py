"""Claims in the shapes of agency copy and statements: participles of saying written with no
comma before them, and a statement named as the subject of a verb of saying."""

from tests.claims.reading import chains, claims_of as read


def cues(text):
    return [c["cue"]["text"] for c in read(text)]


def test_a_participle_with_no_comma_goes_on_with_the_claim_before():
    # agency copy (KUNA, WAM, SPA style) leaves the comma out before the participle
    text = ('وأعلن وزير المالية فهد العتيبي في المؤتمر الصحفي أن الإيرادات "تجاوزت التقديرات" '
            'مؤكدا أن الحكومة ستواصل الإصلاحات.')
    assert cues(text) == ["أعلن", "مؤكدا"]
    assert chains(text) == [["فهد العتيبي"]] * 2
    text = ("وأفاد وزير الخارجية النرويجي يوناس ستوره في كلمته بأن بلاده ستقدم منحة للإعمار "
            "محذرا من أن الأوضاع الإنسانية تتدهور.")
    assert cues(text)[-1] == "محذرا" and chains(text)[-1] == ["يوناس ستوره"]
    text = "وأوضحت الهيئة العامة للإحصاء أن معدل البطالة انخفض مشيرة إلى أن سوق العمل تعافى."
    assert cues(text)[-1] == "مشيرة"
    # after a claim made in a relative clause: "وهو ما نفته مصادر … مؤكدة أن"
    text = ("واتهمت الحركة الجيش بقصف القرية، وهو ما نفته مصادر أمنية نيجيرية مؤكدة أن "
            '"لا عمليات جرت" في المنطقة.')
    assert ["مصادر أمنية نيجيرية"] in chains(text) and cues(text)[-1] == "مؤكدة"


def test_a_participle_with_no_comma_is_no_claim_without_its_clause_or_as_a_predicate():
    # the predicate of كان and its sisters: "it became certain that"
    text = "وقال المحلل سمير الخطيب إن الاتفاق هش، وبات مؤكدا أن الجولة المقبلة ستتأجل."
    assert cues(text) == ["قال"]
    text = "وذكر التقرير أن العجز ارتفع، وليس مستبعدا أن تلجأ الحكومة إلى الاقتراض."
    assert cues(text) == ["ذكر"]
    # an adjective after a noun, with no clause of its own: "sources that confirmed the news"
    text = "وقال المتحدث إن الأنباء المؤكدة تشير إلى تقدم القوات مؤكدة الخبر."
    assert "مؤكدة" not in cues(text)
    # no claim before it in the sentence: nothing to go on with
    text = "وصلت القافلة إلى المدينة مؤكدا أن الطريق آمن."
    assert read(text) == []


def test_a_statement_named_as_the_subject_is_the_source_as_written():
    text = ("وقال وزير الداخلية مراد الطاهري في بيان إن قوات الأمن أوقفت المشتبه بهم. "
            "وأوضح البيان أن التحقيقات ما زالت جارية، وأضاف البيان أن الموقوفين أحيلوا إلى النيابة.")
    assert chains(text) == [["مراد الطاهري"], ["البيان"], ["البيان"]]
    text = ("واستقبل الملك رئيس الحكومة المعين، حسب بلاغ للديوان الملكي. "
            "وأفاد البلاغ بأن الاستقبال يأتي تبعا لنتائج الانتخابات.")
    assert chains(text)[-1] == ["البلاغ"]
    # a participle after it goes on with the statement
    text = ("وقالت المنظمة في بيان إن الوباء ينتشر. وأشار التقرير إلى أن المستشفيات مكتظة، "
            "مضيفا أن اللقاحات نفدت.")
    assert chains(text)[1:] == [["التقرير"], ["التقرير"]]
    # an indefinite statement is no subject: "وأضاف بيان" names no one, the pronoun does
    text = "وقال الجيش إن الهجوم صد. وأضاف في بيان لاحق أن الخسائر محدودة."
    assert chains(text) == [["الجيش"], ["الجيش"]]


def test_an_opening_adverbial_with_its_pronoun_or_preposition_split_off():
    # "بدورها،" / "بدوره،": the subject of the clause after it is the speaker of a later "وقال"
    text = "بدورها، أيدت رابطة علماء المغرب القرار، وقالت إن مكافحة الفساد واجب."
    found = chains(text)   # (the organisation's name may run on into its object: an entities matter)
    assert len(found) == 1 and len(found[0]) == 1 and found[0][0].startswith("رابطة علماء المغرب")
    text = "بدوره، رحب وزير الخارجية الأردني بالاتفاق، وقال إن المنطقة بحاجة إلى الاستقرار."
    assert chains(text) == [["وزير الخارجية الأردني"]]


def test_a_verb_that_says_what_was_said_in_an_occasion_named_before_it():
    # "أصدر بيانا أكد فيه أن": the issuer of the statement is the subject of the relative clause
    assert chains("وأصدرت وزارة الداخلية التونسية بيانا أكدت فيه أن الوضع تحت السيطرة.") == \
        [["وزارة الداخلية التونسية"]]
    assert chains("وألقى الملك كلمة متلفزة أكد فيها أن المملكة ماضية في الإصلاح.") == [["الملك"]]
    text = "ووجه الرئيس السنغالي رسالة إلى الأمين العام قال فيها إن على مجلس الأمن أن يتحرك."
    assert chains(text)[0][0].startswith("الرئيس السنغالي")
    # named after فيه
    assert ["الجيش"] in chains("وفي بيان قال فيه الجيش إن القوات تقدمت، أعلن الناطق انتهاء العملية.")
    # an interview given to an outlet: the outlet relays what was said in it
    text = ("وأوقف الكاتب سليم برادة في المطار، على خلفية تصريحات أدلى بها لوسيلة إعلام إسبانية زعم "
            "فيها أن الحدود مصطنعة.")
    assert chains(text) == [["سليم برادة", "وسيلة إعلام إسبانية"]]


def test_the_outlet_before_a_relative_verb_of_saying_is_not_its_subject():
    text = "وفاجأ المدرب الجمهور بحديث لصحيفة ماركا قال فيه إنه سيرحل."
    assert ["صحيفة ماركا"] not in chains(text)
    # no occasion of speech before فيها: what they did in it is no claim
    assert read("ونظم الطلاب وقفة رفعوا فيها لافتات.") == []


def test_a_pronoun_verb_does_not_point_back_to_a_clause_subject_of_the_other_gender():
    # the prosecution (feminine) summoned the activist, who "claimed" (masculine) in an interview
    text = ("واستدعت النيابة الناشط يوسف الحمداوي بسبب تصريحات أدلى بها لقناة فرنسية زعم فيها أن "
            "الانتخابات مزورة.")
    assert not any(chain[0] == "النيابة" for chain in chains(text))
    # one that agrees still does
    text = "وأصدرت الهيئة بيانا أكدت فيه أن الانتخابات نزيهة."
    assert chains(text) == [["الهيئة"]]


def test_a_verb_that_shows_a_plural_subject_takes_no_noun_after_it_for_subject():
    # "وحذروا الوزارة": the ministry is who was warned; they are the deputies named before
    text = "وانتقد نواب المعارضة الحكومة، وحذروا الوزارة من أن الأزمة ستتفاقم."
    assert chains(text)[-1] == ["نواب المعارضة"]
    text = "واجتمع المحتجون أمام البرلمان، وأبلغوا الصحفيين أن الاعتصام مستمر."
    assert chains(text) == [["المحتجون"]]
    # a plural subject before the verb is still its subject
    assert chains("والمحامون قالوا إن التوقيفات تعسفية.") == [["المحامون"]]
    # and a singular verb before a plural subject takes it ("وقال المحامون")
    assert chains("وقال المحامون إن التوقيفات تعسفية.") == [["المحامون"]]


def test_according_to_what_a_record_shows_with_any_verb_that_takes_ma_up():
    # "حسب ما أظهرته مقاطع فيديو"، "وفق ما ينص عليه الدستور": the record is the source
    text = "وتجمع المئات أمام المحكمة، حسب ما أظهرته مقاطع فيديو نشرها ناشطون على فيسبوك."
    assert chains(text)[0][0].startswith("مقاطع")
    assert chains("ويحق للرئيس حل البرلمان وفق ما ينص عليه الدستور التونسي.") == [["الدستور التونسي"]]
    text = "وتضررت عشرات المنازل في الحي، بحسب ما رصدته كاميرات المراقبة."
    assert chains(text) == [["كاميرات المراقبة"]]
    # a body the text names
    assert chains("وتوجه المحتجون إلى الساحة، حسب ما أظهرته قناة الجزيرة.") == [["قناة الجزيرة"]]


def test_according_to_what_circumstances_allow_is_no_claim():
    assert read("وسيتم توزيع المساعدات وفق ما تسمح به الظروف.") == []
    assert read("وستعود الحياة إلى طبيعتها حسب ما تقتضيه المصلحة العامة.") == []
    assert read("وتراجعت الأسهم، حسب ما هو متوقع.") == []
    assert read("وعقدت الجلسة بحسب ما كان مقررا.") == []


def test_a_demand_or_pledge_whose_subject_carries_a_bi_phrase_still_reports_its_clause():
    # "بالمملكة"، "بالنيابة" qualify the subject; the clause after it is what was pledged or demanded
    assert chains("وتعهد رئيس الحكومة بالنيابة بأن تصرف التعويضات قريبا.")[0][0].startswith("رئيس الحكومة")
    assert chains("وتعهد رئيس اللجنة بالبرلمان بأن تفتح الحكومة تحقيقا.")[0][0].startswith("رئيس اللجنة")
    # a demand without a quote of its words is the REQUEST event only (session 19), whatever clause it takes
    assert read("وطالب رئيس اللجنة بالبرلمان بأن تفتح الحكومة تحقيقا.") == []
    text = "وجددت الجهات المعنية بالمملكة التأكيد على أن الالتزام بالتصاريح يحفظ سلامة الحجاج."
    assert chains(text)[0][0].startswith("الجهات المعنية")
    # a ب + noun right after the verb, or an indefinite one, is still the act demanded
    assert read("وطالبوا بالإفراج عن المعتقلين.") == []
    assert read("وطالب الرئيس بإقالة الوزير.") == []
    assert read("وهدد الجيش بالرد على أي هجوم.") == []


def test_authorities_named_as_jihat_speak():
    assert chains("وقالت جهات أمنية إن المشتبه به فر إلى الخارج.") == [["جهات أمنية"]]
    assert chains("ومن جهة أخرى، قال الوزير إن الوضع مستقر.") == [["الوزير"]]


def test_a_report_inside_a_second_clause_joined_by_wa_an():
    # "وأفاد البلاغ بأن …، وأن الملك أكد …": the statement relays what the king affirmed
    text = ("وأفاد البلاغ بأن الاستقبال يأتي تبعا لنتائج الانتخابات، وأن الملك أكد بهذه المناسبة "
            "تشبثه بالخيار الديمقراطي.")
    assert chains(text) == [["البلاغ"], ["الملك", "البلاغ"]]
    # the outermost report, not the one inside the first clause
    text = "وأوضحت المصادر أن المتهم نفى التهم، وأن محاميه أكد براءته."
    assert chains(text)[-1] == ["محاميه", "المصادر"]
    # "غير أن" opens the writer's own clause: no relay
    text = "وقال الوزير إن الحكومة ملتزمة بالإصلاح، غير أن المعارضة نفت ذلك."
    assert chains(text)[-1] == ["المعارضة"]
