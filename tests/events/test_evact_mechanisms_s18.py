"""Session 18's argument mechanisms, one behaviour each: a control verb's subject acts the form IV
masdar after its preposition, whose genitive is the one it is done to; counted victims after an
unvocalised passive are its recipients, never its actor; an unnamed source never acts what its
claim tells when the claim names its own subject (arguments.yaml witnessed_act_types)."""

import pytest

import khabar


def coded(text: str) -> list[tuple[str, list[str], list[str]]]:
    record = khabar.read(text, published="2025-11-30")
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]], [names[a] for a in v["recipient"]]) for v in record.events]


def _words(text: str):
    from khabar.entities.recognise import words_of
    from khabar.pipeline import run

    return words_of(run(text))


def test_patient_genitive_of_a_transitive_verbs_masdar():
    from khabar.events.code import _patient_genitive, triggers

    verbs = triggers()["verbs"]
    assert _patient_genitive(verbs["اوقف"])               # recipient: object, read as its masdar
    assert _patient_genitive({"type": "ASSAULT", "genitive": "patient"})
    assert not _patient_genitive({"type": "ASSAULT", "recipient": "object"})   # a noun's own spec, not a verb's
    assert not _patient_genitive(triggers()["nouns"][("قصف",)])               # "قصف الطيران الروسي": its agent


@pytest.mark.parametrize("text, actor, patient", [
    ("وتمكنت وحدات الحرس الوطني من إيقاف عنصر تكفيري في القصرين.", "Tunisian National Guard", "عنصر تكفيري"),
    ("وتمكنت مصالح الأمن من إيقاف شبكة لتهريب المهاجرين.", None, None),
])
def test_form_iv_masdar_after_a_preposition(text, actor, patient):
    events = [e for e in coded(text) if e[0] == "COERCE"]
    assert events
    for _, actors, recipients in events:
        assert not any(patient and a.startswith(patient) for a in actors)
        if actor:
            assert actor in actors
        if patient:
            assert any(r.startswith(patient) for r in recipients)


def test_counted_mentions_after():
    from khabar.entities.recognise import words_of
    from khabar.events.code import _Args, _counted_mentions_after
    from khabar.pipeline import run

    doc = run("وقتل ثلاثة جنود سوريين بقصف إسرائيلي. وقتل الجنود مسلحا.")
    words = words_of(doc)
    args = _Args(words, doc._.mentions)
    text = doc.text
    first = _counted_mentions_after(words, 2, args)
    assert [text[m.start:m.end] for m in first][:1] == ["جنود سوريين"]   # the counted phrase first
    later = next(k for k, w in enumerate(words) if k > 5 and w.norm == "قتل")
    assert _counted_mentions_after(words, later + 1, args) == []   # no number: not read as victims


def test_counted_victims_are_never_the_actor():
    found = coded("وقتل ثلاثة جنود سوريين بقصف إسرائيلي على ريف دمشق.")
    assert ("ASSAULT", ["Israel"], ["Rif Dimashq Governorate"]) in found
    assert not any("جنود سوريين" in actors for _, actors, _ in found)


@pytest.mark.parametrize("text, k, i, witness", [
    ("وأفاد شهود عيان بأن 40 آلية اقتحمت المخيم وحاصرت منزلا", 1, 10, True),
    ("وقال مسلحون إنهم اقتحموا المقر واعتقلوا حراسه", 1, 7, False),        # أنهم: the source is the subject
    ("وقال مسلحون اقتحموا المقر واعتقلوا حراسه", 1, 6, False),             # no complement of its own
])
def test_anonymous_witness(text, k, i, witness):
    from khabar.events.code import _anonymous_witness
    from khabar.pipeline import run

    doc = run(text)
    words = _words(text)
    source = [m for m in doc._.mentions if m.type == "GROUP"][:1]
    assert source and source[0].anonymous
    assert _anonymous_witness(words, k, i, source) is witness


def test_named_source_is_no_witness():
    from khabar.events.code import _anonymous_witness
    from khabar.pipeline import run

    text = "وأعلنت الشرطة الكينية أن دورياتها اعتقلت عشرة أشخاص"
    doc = run(text)
    police = [m for m in doc._.mentions if text[m.start:m.end].startswith("الشرطة")]
    assert police and not _anonymous_witness(_words(text), 1, 6, police)


def test_witness_and_speech_acts():
    assert not any("شهود" in actors for _, actors, _ in coded("وذكر شهود أن جنودا اقتحموا المنزل واعتقلوا شابين."))
    # a speech act after the claim goes on from the source
    found = coded("واعتبر محامون أن التوقيفات عشوائية، وطالبوا النيابة العامة بإخلاء سبيل الموقوفين.")
    assert any(t == "REQUEST" and "محامون" in actors for t, actors, _ in found)


def test_witnessed_act_types_loaded():
    from khabar.events import code

    assert {"ASSAULT", "COERCE"} <= code.arguments()["witnessed_act_types"]
    assert "REQUEST" not in code.arguments()["witnessed_act_types"]


@pytest.mark.parametrize("good, bad, key", [
    ("witnessed_act_types: [ASSAULT", "witnessed_act_types: [assault", "witnessed_act_types"),
    ("movers: [توجه", "movers: [''", "movers"),
    ("spoken_for_types: [THREATEN", "spoken_for_types: [threaten", "spoken_for_types"),   # session 18b
    ("toll_heads: [حصيلة", "toll_heads: [''", "toll_heads"),
])
def test_session18_lists_are_checked(monkeypatch, good, bad, key):
    """A list of session 18 written wrong in arguments.yaml stops the loader with its name."""
    from khabar.events import code

    text = code.resources.files("khabar.events").joinpath("data/arguments.yaml").read_text("utf-8")
    assert good in text

    class _File:
        def joinpath(self, _):
            return self

        def read_text(self, _):
            return text.replace(good, bad)
    monkeypatch.setattr(code.resources, "files", lambda _: _File())
    code.arguments.cache_clear()
    try:
        with pytest.raises(ValueError, match=key):
            code.arguments()
    finally:
        code.arguments.cache_clear()


@pytest.mark.parametrize("norm, moving", [
    ("توجهت", True), ("وتوجهت", True), ("هرعوا", True), ("تنتشر", True), ("ينتشرون", True), ("تتدخل", True),
    ("توجه", True), ("قال", False), ("دعت", False), ("التوجه", False),
])
def test_mover_forms(norm, moving):
    from khabar.events.code import _mover

    assert _mover(norm) is moving


def test_mover_subject_acts_its_purpose():
    found = coded("وتوجهت قوات الأمن إلى المنطقة لتفريق المتظاهرين.")
    assert ("COERCE", ["قوات الأمن"], ["المتظاهرين"]) in found
    # the verb of moving must stand in the masdar's clause: a comma cuts it off
    from khabar.events.code import _Args, _mover_subject
    from khabar.pipeline import run

    doc = run("وتوجهت قوات الأمن إلى المنطقة، لتفريق المتظاهرين")
    words = _words("وتوجهت قوات الأمن إلى المنطقة، لتفريق المتظاهرين")
    masdar = next(k for k, w in enumerate(words) if w.norm == "تفريق")
    assert _mover_subject(_Args(words, doc._.mentions), masdar) == []


def test_city_inside_an_agreements_name_is_no_party():
    from khabar.events.code import _Args, _in_event_name
    from khabar.pipeline import run

    text = "تنفيذا لاتفاق الرياض الموقع بين الحكومة الشرعية والمجلس الانتقالي الجنوبي"
    doc = run(text)
    words = _words(text)
    args = _Args(words, doc._.mentions)
    i = next(k for k, w in enumerate(words) if w.norm == "اتفاق")
    city = next(m for m in doc._.mentions if text[m.start:m.end] == "الرياض")
    party = next(m for m in doc._.mentions if text[m.start:m.end] == "المجلس الانتقالي الجنوبي")
    assert _in_event_name(args, i, i + 1, city) and not _in_event_name(args, i, i + 1, party)
    found = coded(text + ".")
    assert any(t == "AGREE" and "Southern Transitional Council" in a and "Saudi Arabia" not in a for t, a, _ in found)


def test_place_named_types_are_agreements_and_meetings():
    from khabar.events.code import arguments

    # session 16 decided "قمة القاهرة للسلام" no act of Egypt's (it was its host's before): meetings too
    assert arguments()["place_named_types"] == {"AGREE", "CONSULT"}
