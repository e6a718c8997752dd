"""Claims in the shapes of agency copy and statements: participles of saying written with no
comma before them, and a statement named as the subject of a verb of saying."""

import khabar


def read(text, published="2024-06-10"):
    return khabar.read(text, published=published).claims


def chains(text):
    return [[s["text"] for s in c["sources"]] for c in read(text)]


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
