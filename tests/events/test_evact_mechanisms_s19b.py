"""Session 19's second-wave argument mechanisms, by session 16's decisions (docs/gold-format.md):
a city or a capital inside the name of a meeting or an accord ("قمة القاهرة للسلام"، "اجتماع الرياض
الوزاري"، "مفاوضات الدوحة") is no party to it, and the actor model does not give it one
(arguments.yaml place_named_types, meeting_heads); a visit to people ("زار المصابين") is a visit,
a visit to a site an inspection (triggers.yaml senses_on); a vow in the first person singular
("لن أسمح"، "سأرد") is a verb whose actor is the speaker."""

import pytest

from tests.events.test_evact_mechanisms_s16b import _words, coded


def test_meeting_heads_loaded():
    from khabar.events import code

    a = code.arguments()
    assert {"قمه", "اجتماع", "مؤتمر", "اتفاق"} <= a["meeting_heads"]      # normalised ة→ه
    assert {"AGREE", "CONSULT"} <= a["place_named_types"] and "ASSAULT" not in a["place_named_types"]


@pytest.mark.parametrize("text, place", [
    ("وتنطلق السبت أعمال قمة القاهرة للسلام بمشاركة قادة دول عربية.", "Egypt"),
    ("وبحث اجتماع الرياض الوزاري سبل إيصال المساعدات إلى قطاع غزة.", "Saudi Arabia"),
    ("وأكدت قمة الجزائر العربية في بيانها الختامي مركزية القضية الفلسطينية.", "Algeria"),
    ("ورحب مؤتمر باريس بالاتفاق بين الأطراف الليبية.", "France"),
])
def test_a_place_naming_a_meeting_is_no_party(text, place):
    assert not any(place in actors for t, actors in coded(text) if t in ("CONSULT", "AGREE")), coded(text)


@pytest.mark.parametrize("text, kind, actor", [
    ("واستضافت مصر قمة القاهرة للسلام بمشاركة 31 دولة.", "CONSULT", "Egypt"),          # the host's verb
    ("وشارك الأردن في قمة جدة للأمن والتنمية.", "CONSULT", "Jordan"),                   # a participant's
    ("وتستأنف مفاوضات الدوحة بين الحكومة السودانية والحركات المسلحة.", "CONSULT", "Government of Sudan"),
])
def test_who_the_text_makes_a_party_still_acts(text, kind, actor):
    assert any(t == kind and actor in actors for t, actors in coded(text)), coded(text)


def test_place_named_meeting_is_read_at_its_head():
    from khabar.events.code import _Args, _place_named_meeting
    from khabar.pipeline import run
    from khabar.entities.recognise import words_of

    doc = run("وبحث اجتماع الرياض الوزاري الأزمة، وبحث اجتماع مجلس الأمن الأزمة.")
    words = words_of(doc)
    args = _Args(words, sorted(doc._.mentions, key=lambda m: m.start))
    heads = [k for k, w in enumerate(words) if w.norm == "اجتماع"]
    assert _place_named_meeting(args, heads[0]) and not _place_named_meeting(args, heads[1])


def test_the_model_does_not_fill_a_place_named_meeting():
    from khabar.events import actmodel
    from khabar.events.code import Event

    chosen = actmodel.model()
    if chosen is None or chosen.variant != "fill":
        pytest.skip("no filling actor model shipped")
    kind = next(iter(chosen.kinds))
    assert chosen.fills(Event("CONSULT", None, (0, 1), kind=kind))
    assert not chosen.fills(Event("CONSULT", None, (0, 1), kind=kind, place_named=True))


@pytest.mark.parametrize("text, actor", [
    ("وزار رئيس الوزراء مصطفى مدبولي المصابين في مستشفى سوهاج الجامعي.", "Moustafa Madbouly"),
    ("وزار الرئيس اللبناني جوزاف عون الجرحى في مستشفى الجامعة الأميركية.", "Joseph Aoun"),
])
def test_a_visit_to_people_is_a_visit(text, actor):
    assert any(t == "CONSULT" and actor in actors for t, actors in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "وزار وزير الصحة المصري مستشفى الجامعة للاطمئنان على الجرحى.",   # the site first: an inspection
    "وزار وزير التربية والتعليم عددا من المدارس في محافظة الجيزة.",
    "وتفقد وزير الداخلية موقع الحادث صباح اليوم.",
])
def test_an_inspection_is_no_event(text):
    assert not any(t == "CONSULT" for t, _ in coded(text)), coded(text)


def test_first_singular_is_read_only_after_a_vow_cue():
    from khabar.events.code import _first_singular

    words = _words("لن أسمح بذلك. ثم أخرج الجيش المسلحين. سأرد عليهم.")
    at = {w.norm: k for k, w in enumerate(words)}
    assert _first_singular(words, at["اسمح"]) and _first_singular(words, at["ارد"])
    assert not _first_singular(words, at["اخرج"])         # a form IV past, no cue before it


@pytest.mark.parametrize("text, kind, actor", [
    ("وقال الرئيس الجزائري عبد المجيد تبون: لن أسمح بالمساس بأمن البلاد.", "REJECT", "Abdelmadjid Tebboune"),
    ("وقال الرئيس التونسي قيس سعيد: سأرد على كل من يمس بأمن الدولة.", "THREATEN", "Kais Saied"),
])
def test_a_first_person_vow_is_the_speakers(text, kind, actor):
    assert any(t == kind and actor in actors for t, actors in coded(text)), coded(text)


def test_companions_loaded():
    from khabar.events import code

    assert {"يرافقه", "برفقه", "بصحبه"} <= code.arguments()["companions"]   # normalised ة→ه


@pytest.mark.parametrize("text, actor, companion", [
    ("وتفقد الدكتور مصطفى مدبولي رئيس مجلس الوزراء، يرافقه الدكتورة هالة زايد وزيرة الصحة، موقع الحادث، "
     "وزار المصابين في المستشفى.", "Moustafa Madbouly", "Hala Zayed"),
    ("وتفقد الرئيس التونسي قيس سعيد برفقة رئيس الحكومة أحمد الحشاني موقع الانفجار، وزار المصابين في المستشفى.",
     "Kais Saied", "Ahmed Hachani"),
])
def test_a_companion_is_no_antecedent(text, actor, companion):
    found = [actors for t, actors in coded(text) if t == "CONSULT"]
    assert any(actor in a for a in found) and not any(companion in a for a in found), found


@pytest.mark.parametrize("text", [
    "وحل وزير الداخلية الجزائري كمال بلجود أمس بميلة في زيارة تفقدية بتكليف من الرئيس عبد المجيد تبون.",
    "وأجرى رئيس الوزراء العراقي زيارة تفقدية إلى قيادة العمليات المشتركة.",
])
def test_an_inspection_visit_is_no_event(text):
    assert not any(t == "CONSULT" for t, _ in coded(text)), coded(text)


def test_joined_after_comma_reads_a_glued_conjunction():
    from khabar.events.code import _joined_after_comma

    words = _words("وأدان الوزير الهجوم، ودعا المبعوث إلى التحرك، و دعا الأطراف إلى الحوار، وصل الوفد.")
    at = [k for k, w in enumerate(words) if w.norm in ("ودعا", "دعا", "وصل")]
    assert all(_joined_after_comma(words, k) for k in at[:2])   # "، ودعا" as one word or two
    assert not _joined_after_comma(words, at[2])                 # "، وصل": the و is the verb's own


def test_opening_verb_after_a_speakers_aside():
    from khabar.events.code import _opening_verb_at

    words = _words("من جهته، وصف الاتحاد الأوروبي الخطوة بأنها مقلقة.")
    assert words[_opening_verb_at(words)].norm == "وصف"
    words = _words("وأدان الاتحاد الأوروبي الهجوم.")
    assert _opening_verb_at(words) == 1


@pytest.mark.parametrize("text, actor, called", [
    ("من جهته، وصف الاتحاد الأوروبي الخطوة بأنها مقلقة للغاية، ودعا الجزائر إلى التراجع عنها.",
     "European Union", "Algeria"),
    ("وأدان وزير الإعلام اليمني معمر الإرياني الهجوم، ودعا المبعوث الأممي مارتن غريفيث إلى تسمية الطرف المعرقل.",
     "Muammar al-Eryani", "Martin Griffiths"),
])
def test_a_joined_call_names_whom_it_calls_on(text, actor, called):
    import khabar

    record = khabar.read(text, published="2025-11-30")
    names = {e["id"]: e["name"] for e in record.entities}
    requests = [([names[a] for a in v["actor"]], [names[a] for a in v["recipient"]])
                for v in record.events if v["type"] == "REQUEST"]
    assert any(actor in a and called in r for a, r in requests), requests


def test_inspection_and_tourism_senses_share_one_key():
    from khabar.events.code import triggers

    after = triggers()["noun_senses_off"]["زياره"]["after"]
    assert {"تفقديه", "السياح"} <= after                  # both rounds' words: one key, not two


@pytest.mark.parametrize("name", ["triggers.yaml", "arguments.yaml", "actor_cues.yaml", "trigger_cues.yaml"])
def test_event_data_files_repeat_no_key(name):
    # YAML lets a later key replace an earlier one silently (two rounds wrote "زيارة" under
    # noun_senses_off and the second hid the first): no mapping in the event data repeats a key
    from importlib import resources

    import yaml

    root = yaml.compose(resources.files("khabar.events").joinpath(f"data/{name}").read_text("utf-8"))
    stack, repeated = [root], []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            keys = [k.value for k, _ in node.value]
            repeated += sorted({k for k in keys if keys.count(k) > 1})
            stack += [v for _, v in node.value]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value
    assert not repeated, repeated
