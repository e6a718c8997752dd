"""Session 22's trigger pass, each mechanism on its own: a bare ambiguous verb with a reflexive object is the verb
wherever it stands (`_reflexive_verb`: "إن الانتحاري فجر نفسه"); a count in figures before the noun a light verb takes
after its unnamed subject (`_unnamed_subject`: "وزعت الجمعية 500 سلة"); the singulars such counts take and a battalion
sent (light lists); forces named by a construct before the light verb's noun (fronted_forces فصائل); a verb with the
object pronoun ه as the text writes it (`_him_object`, `_him_stem`: "كما وصفه الأمين العام بأنه"), never a ة the
normaliser makes ه; an act called wrong or reckless is a charge (pejorative).  Their behaviour in composed sentences:
data/trigger_probes_s22.yaml."""

from types import SimpleNamespace

from test_events_trigger_probes import coded_triggers  # noqa: F401  (the fixture that spies on code_sentence)
from test_trigger_mechanisms_s18 import _coded, _words   # the s18 helpers: a sentence's coded events, plain words
from khabar.entities.recognise import Word
from khabar.events.code import _him_object, _him_stem, _n, _reflexive_verb, _unnamed_subject, triggers


def _types(text: str, found) -> list[str]:
    return [t for t, _, _ in _coded(text, found)]


def _written(text: str) -> SimpleNamespace:
    """Words of a text with their offsets into it (what _him_object reads the written ه from)."""
    words, start = [], 0
    for token in text.split():
        start = text.index(token, start)
        words.append(Word(_n(token), start, start + len(token)))
        start += len(token)
    return SimpleNamespace(words=words, text=text)


def test_the_new_lists_load_normalised():
    t = triggers()
    assert {_n("نفسه"), _n("نفسها"), _n("أنفسهم")} <= t["reflexives"]
    assert {_n("سلة"), _n("وجبة"), _n("خيمة")} <= t["light"][_n("وزع")] and t["light_nouns"][_n("سلة")]["type"] == "AID"
    assert {_n("شاحنة"), _n("كتيبة")} <= t["light"][_n("أرسل")] and t["light_nouns"][_n("كتيبة")]["type"] == "MOBILIZE"
    assert _n("كتيبة") in t["verbs"][_n("نشر")]["needs"] and _n("فصائل") in t["fronted_forces"] and "MOBILIZE" in t["unnamed_subject_types"]
    spread = t["verbs"][_n("انتشر")]["needs"]
    assert {_n("قوة"), _n("دورية"), _n("قوات")} <= spread and _n("قوة") not in t["verbs"][_n("نشر")]["needs"]
    charges = t["verbs"][_n("وصف")]["needs"]
    assert {_n("خاطئ"), _n("مرفوض"), _n("متهور")} <= charges and _n("مقلق") not in charges


def test_a_reflexive_object_makes_the_verb():
    assert _reflexive_verb(_words("فجر نفسه قرب الحاجز"), 0) == _n("فجر")
    assert _reflexive_verb(_words("فجر أحدهم نفسه عند المدخل"), 0) == _n("فجر")   # past its one-word subject
    assert _reflexive_verb(_words("فجر اليوم نفسه"), 0) is None                  # dawn of that very day
    assert _reflexive_verb(_words("فجر الأحد نفسه"), 0) is None
    assert _reflexive_verb(_words("فجر الأحد"), 0) is None
    assert _reflexive_verb(_words("قصف نفسه"), 0) is None                        # only a bare ambiguous form


def test_an_unnamed_subject_before_a_count():
    light = triggers()["light"][_n("وزع")]
    assert _unnamed_subject(_words("وزعت الجمعية 500 سلة غذائية"), 1, light) == 2
    assert _unnamed_subject(_words("وزعت الجمعية نحو 1500 سلة غذائية"), 1, light) == 2
    assert _unnamed_subject(_words("وزعت الجمعية 500 تذكرة"), 1, light) == 1     # no noun it takes: as it was
    assert _unnamed_subject(_words("وزعت الجمعية 500"), 1, light) == 1           # nothing past the count


def test_the_written_pronoun_him():
    found = _him_object(_written("كما وصفه الأمين العام بأنه جريمة"), 1)
    assert found is not None and found[1] == _n("وصف")
    assert _him_object(_written("وقدم الطبيب وصفة للمريض"), 2) is None            # ة normalised to ه: no pronoun
    assert _him_stem(_n("دعمه")) is None                                          # a bare ambiguous form: his support
    assert _him_stem(_n("قتله")) is None                                          # three letters, no needs: his killing
    assert _him_stem(_n("ووصفه")) == (triggers()["verbs"][_n("وصف")], _n("وصف"))
    assert _him_stem(_n("وصف")) is None and _him_stem(_n("الله")) is None


def test_a_suicide_bomber_after_his_subject(coded_triggers):
    assert "ASSAULT" in _types("وقال المتحدث إن الانتحاري فجر نفسه قرب الحاجز.", coded_triggers)
    assert "ASSAULT" not in _types("ووصلت التعزيزات إلى المدينة فجر اليوم نفسه.", coded_triggers)


def test_counted_relief_and_a_battalion(coded_triggers):
    assert "AID" in _types("ووزعت الجمعية 500 سلة غذائية على الأسر.", coded_triggers)
    assert "AID" in _types("وأرسل الهلال الأحمر 40 شاحنة إلى المنفذ.", coded_triggers)
    assert "MOBILIZE" in _types("وأرسل الجيش كتيبة إضافية إلى المنطقة.", coded_triggers)
    assert "AID" not in _types("ووزع المنظمون 2000 تذكرة على المشجعين.", coded_triggers)


def test_one_force_spreading_out(coded_triggers):
    assert "MOBILIZE" in _types("وانتشرت قوة أمنية في محيط المبنى.", coded_triggers)
    assert "MOBILIZE" not in _types("ونشرت الصحيفة تقريرا عن قوة الجيش.", coded_triggers)   # published
    assert "MOBILIZE" not in _types("وانتشرت الشائعات بين السكان.", coded_triggers)


def test_described_as_wrong(coded_triggers):
    assert "ACCUSE" in _types('كما وصفه الأمين العام بأنه "جريمة حرب".', coded_triggers)
    assert "ACCUSE" in _types('ووصفت السفارة الهجوم بأنه "خاطئ".', coded_triggers)
    assert "ACCUSE" not in _types("ووصف المنسق الوضع الإنساني بأنه مقلق للغاية.", coded_triggers)
    assert "ACCUSE" not in _types("وجاء وصفه للأحداث دقيقا بحسب الشهود.", coded_triggers)
