"""Words in quotation marks or shaped like a verb that no one is reported to say: a quoted
name inside a clause before a verb of saying, and the noun of amount قدْر ("غرامة قدرها …")."""

from tests.claims.reading import chains, claims_of as read


def test_a_quoted_name_inside_a_clause_is_no_fronted_quote():
    # the name of an operation, a campaign, a slogan: no one's words for the verb after them
    assert read('وأطلق الجيش عملية "الدرع الواقي"، قال المتحدث باسمه.') == []
    assert read("وتحمل الحملة شعار «لا للحرب»، يقول المنظمون.") == []
    assert read("ونشرت الوزارة وثيقة “رؤية 2030”، أضاف الوزير.") == []


def test_a_fronted_quote_still_opens_its_sentence_or_follows_a_colon():
    got = read("«الحدود ستبقى مغلقة»، قال المتحدث باسم الجيش.")
    assert [(c["kind"], [s["text"] for s in c["sources"]]) for c in got] == [("quote", ["المتحدث باسم الجيش"])]
    got = read('وكتب على لافتة: "لن نرحل عن أرضنا"، قال أحد المحتجين.')
    assert [c["kind"] for c in got] == ["quote"]


def test_a_quote_that_goes_on_from_the_sentence_before_is_reported_by_the_verb_after_it():
    text = 'وقال الوزير سليم الحداد: "المعبر سيفتح غدا. والشاحنات جاهزة"، أضاف الوزير.'
    got = read(text)
    assert got and got[0]["kind"] == "quote"


def test_the_noun_of_amount_is_no_verb_of_estimating():
    # "a fine amounting to", "worth": the noun قدْر with the pronoun of what it measures
    assert read('وأصدرت المحكمة حكما بالسجن وغرامة مالية قدرها 500 ألف دينار في حق الكاتب سليم الحداد، '
                'بعد إدانته بتهم "المساس بالوحدة".') == []
    assert read("ووقع البلدان اتفاقا بقيمة قدرها مليار دولار مع الرئيس خالد العلوي بشأن الطاقة.") == []
    # the verb قدّر still reports, after a conjunction or with its subject
    assert chains("وقدرها مسؤولون بنحو ثلاثة آلاف.") == [["مسؤولون"]]
    assert [c["cue"]["text"] for c in read("وقدر مسؤولون عددهم بنحو ثلاثة آلاف.")] == ["قدر"]


def test_a_quoted_body_in_a_speaker_phrase_goes_on_with_its_lam_noun_and_the_name():
    # the body's quoted name, its "ل + noun", then the person it titles and who they told
    text = 'وقال مدير خدمة "أمين" للإسعاف عبد القادر عبد الرحمن آدم لوكالة رويترز إن فرق الإسعاف تعمل.'
    assert chains(text) == [["عبد القادر عبد الرحمن آدم", "وكالة رويترز"]]
    text = 'وقالت مديرة منظمة "نداء" للإغاثة سعاد الحسيني لموقع الحرة إن المساعدات لم تصل.'
    assert chains(text) == [["سعاد الحسيني", "موقع الحرة"]]
    text = 'وقال مدير خدمة "النجدة" للإسعاف عبد الله عبد الرحمن آدم لوكالة رويترز إن الفرق تعمل.'
    assert chains(text) == [["عبد الله عبد الرحمن آدم", "وكالة رويترز"]]


def test_an_unnamed_source_told_an_outlet_past_a_nisba_its_mention_left_out():
    text = "وبحسب مصادر أمنية مالية تحدثت إلى وكالة الصحافة الفرنسية، فإن المعتقلين نقلوا."
    assert chains(text) == [["مصادر أمنية", "وكالة الصحافة الفرنسية"]]
    text = "وقال مسؤولون عسكريون نيجيريون تحدثوا لوكالة رويترز إن القافلة تعرضت لكمين."
    assert chains(text)[0][-1] == "وكالة رويترز"


def test_a_participle_of_saying_carries_the_outlet_that_published_it():
    text = ('ورحب رئيس المجلس الرئاسي فائز السراج بالاتفاق، مؤكدا في بيان نشره المكتب الإعلامي للرئاسي أن '
            '"عودة النازحين أولوية"، وداعيا إلى "الالتزام الكامل ببنوده".')
    assert chains(text) == [["فائز السراج", "المكتب الإعلامي للرئاسي"]] * 2  # the named holder, as with سليم الحداد
    text = "وقال الوزير سليم الحداد إن المعبر سيفتح، مضيفا في تصريحات بثها التلفزيون الرسمي أن الشاحنات جاهزة."
    # remarks the state's channel aired are the speaker's own, on TV (session 32: the channel rule of session 18)
    assert chains(text) == [["سليم الحداد"], ["سليم الحداد"]]


def test_a_calling_participle_reports_for_the_speaker():
    # the defective داع (داعيا، داعية، داعين), in any gender and number
    assert chains("وقالت الوزيرة سلمى العلي إن المشروع سيكتمل، داعية المستثمرين إلى «المشاركة الواسعة».") == \
        [["سلمى العلي"], ["سلمى العلي"]]
    assert [c["cue"]["text"] for c in read("وأكد المحتجون أن مطالبهم مشروعة، داعين الحكومة إلى «الحوار».")] == \
        ["أكد", "داعين"]
