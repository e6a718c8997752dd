"""Round s27's trigger mechanisms (gold events with no trigger coded, kinds that recur across outlets in dev), each
on sentences composed for the test, none copied from the corpus."""

import khabar
from khabar.events.code import triggers


def _events(text: str) -> list[tuple[str, list[str]]]:
    record = khabar.read(text)
    names = {e["id"]: e["name"] for e in record.entities}
    return [(e["type"], [names.get(a, a) for a in e.get("actor") or []]) for e in record.events]


def _requests(text: str) -> list[list[str]]:
    return [actor for kind, actor in _events(text) if kind == "REQUEST"]


# a request that grounds an act names who asked: بطلب من X، استجابة لطلب X، بناء على طلب من X
def test_a_request_that_grounds_an_act_is_the_asker_s_request():
    assert ["Algeria"] in _requests("وعقد مجلس الأمن الدولي مساء الأحد جلسة مغلقة بطلب من الجزائر.")
    assert any(_requests("وأرسلت اليابان فرق إغاثة إلى تركيا استجابة لطلب أنقرة."))
    assert ["Government of Egypt"] in _requests("وأجلت المحكمة الجلسة إلى الشهر المقبل بناءً على طلب من الحكومة المصرية.")


def test_a_request_whose_asker_is_only_a_pronoun_is_none():
    assert not _requests("وجاءت الزيارة بناء على طلب منه لبحث ملف العمالة.")
    assert not _requests("وقالت الهيئة إن الجلسة تأجلت بطلب منها.")


def test_the_noun_after_a_verb_s_own_preposition_is_no_request():
    assert not _requests("ووافقت الهيئة على طلب الشركة إدراج أسهمها في البورصة.")
    assert "بناء" in triggers()["request_grounds"]


def test_the_bare_noun_elsewhere_is_no_request():
    assert not _requests("وتراجع الطلب العالمي على الذهب خلال الربع الأول.")
    assert not _requests("وقالت الشركة إن الطلب على السيارات الكهربائية ارتفع في مصر.")


# the bare طلب before من and a noun, its subject the pronoun of أنّ/إنّ or a definite noun after them, is the verb
def test_the_bare_verb_before_min_and_a_noun_is_a_request():
    assert ["Mahmoud Tawfik"] in _requests(
        "وقال وزير الداخلية المصري محمود توفيق إنه طلب من قادة الشرطة تعزيز الدوريات في المدينة.")


def test_the_noun_before_min_after_a_preposition_or_a_compound_is_no_verb():
    assert not _requests("وقدمت الشركة طلبا من أجل الحصول على ترخيص.")
    assert not _requests("وقالت وزارة الداخلية المصرية إنها تلقت الشكوى بعد طلب من جانب المحامين.")


# أمر with an authority as its object before ب is a ruler's directive, the REQUEST وجّه codes (`directive`)
def test_an_order_to_an_authority_is_a_directive():
    assert ["Bola Tinubu"] in _requests("وأمر الرئيس النيجيري بولا تينوبو الأجهزة الأمنية بالعمل على إنقاذ المخطوفين.")
    assert ["Shehbaz Sharif"] in _requests(
        "وقال رئيس الوزراء الباكستاني شهباز شريف إن عشرين باكستانيا كانوا على متن المركب، وأمر وزارة الخارجية بالتحقق من أعدادهم.")


def test_a_court_s_order_and_an_order_with_no_authority_stay_no_directive():
    assert ("COERCE", ["النيابة العامة"]) in _events("وأمرت النيابة العامة بحبس المتهمين أربعة أيام على ذمة التحقيق.")
    assert not _requests("وأمرت النيابة العامة بحبس المتهمين أربعة أيام على ذمة التحقيق.")
    assert not _requests("وأمر رئيس الوزراء العراقي مصطفى الكاظمي بتشكيل لجنة تحقيق.")


def test_the_government_is_directed():
    assert ["Abdel Fattah el-Sisi"] in _requests("ووجه الرئيس المصري عبد الفتاح السيسي الحكومة بتقديم كل أشكال الرعاية للقادمين.")
    assert triggers()["verbs"]["امر"]["directive"] == "وجه" and "الحكومه" in triggers()["directed_bodies"]


def test_a_ministry_that_directs_with_no_body_directed_is_no_request():
    assert not _requests("وقال المصدر إن المستشفى استقبل عشرات المصابين، فيما وجهت وزارة الصحة المصرية بفتح بنوك الدم في المحافظات.")


# خرج with a crowd counted right after it and a ḥāl that voices a cause is a protest (`crowd_voiced`)
def _protests(text: str) -> list[list[str]]:
    return [actor for kind, actor in _events(text) if kind == "PROTEST"]


def test_a_crowd_that_goes_out_voicing_a_cause_protests():
    assert _protests("وخرج آلاف العمال صباح الأحد في الرباط وفاس، حسب شهود عيان، رافعين شعارات ضد غلاء المعيشة.")
    assert _protests("وخرج مئات الطلاب في مدينة الموصل مرددين هتافات تطالب بمحاسبة المسؤولين.")


def test_a_crowd_that_only_goes_out_or_celebrates_is_no_protest():
    assert not _protests("وخرج مئات السكان من منازلهم بعد الهزة الأرضية.")
    assert not _protests("وخرج آلاف المواطنين إلى شوارع العاصمة احتفالا بفوز المنتخب.")
    assert not _protests("وخرج الوزير من الاجتماع مطالبا بالهدوء.")
    assert "رافعين" in triggers()["protest_hals"]
