"""Session 18's fourth trigger pass (second wave), each mechanism on its own: threats told as the fate of the
threatened (the speaker acts, the one who will pay is the recipient), the iron hand in a speaker's words, warnings
against any act, the words of condemnation a description needs, doing away with fighters (القضاء على) and aid
announced as pledged; and the lists that carry them (their behaviour in sentences: events_trigger_probes_s18b.yaml)."""

import khabar
from khabar.entities.recognise import Mention
from test_events_trigger_probes import coded_triggers  # noqa: F401  (the fixture that spies on code_sentence)
from test_trigger_mechanisms_s18 import _coded, _words   # the s18 helpers: a sentence's coded events, plain words
from khabar.events.code import Event, _agents_before, _announced_pending, _speaker_threatens, _warned_against, triggers


def _kept(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor names, recipient names) of the events the record keeps."""
    record = khabar.read(text, published="2025-03-10")
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]], [names[a] for a in v.get("recipient", [])])
            for v in record.events]


def test_the_lists_load_normalised():
    t = triggers()
    assert {"اي", "كل"} <= t["warned_against"]
    assert t["verbs"]["دفع"]["sufferer"] and t["verbs"]["دفع"]["future_only"] and "ثمنا" in t["verbs"]["دفع"]["needs"]
    assert t["verbs"]["نال"]["needs"] >= {"عقابه", "جزاءه"} and t["verbs"]["مر"]["negated_only"]
    assert t["verbs"]["ضرب"]["spoken"] and not t["verbs"]["ضرب"].get("sufferer")
    pejorative = t["verbs"]["وصف"]["needs"]                 # the list, resolved into the verb's needs
    assert {"اعتداء", "اشرار", "مهزله"} <= pejorative and "سافر" not in pejorative
    assert "دفع" in t["light"]                    # the light verb of reinforcements stays ("دفع بتعزيزات")


def test_a_warning_against_any_act_is_a_threat():
    assert _warned_against(_words("اي محاوله للخروج"), 0)
    assert _warned_against(_words('" اي محاوله "'), 0)                    # across a quotation mark
    assert _warned_against(_words("رفع اي رايه اخري"), 0)
    assert not _warned_against(_words("مخاطر انتشار الوباء"), 0)
    assert not _warned_against(_words("تداعيات ارتفاع الاسعار ، و كل"), 0)   # no further than its clause


def test_the_threatened_pays_and_the_speaker_acts():
    speaker = Mention(0, 5, "PER", "kb")
    threatened = Mention(10, 18, "ORG", "kb")
    event = Event("THREATEN", None, (20, 25), actor=[threatened])
    _speaker_threatens(event, [speaker], sufferer=True)
    assert event.actor == [speaker] and event.recipient == [threatened]
    event = Event("THREATEN", None, (20, 25), actor=[threatened])
    _speaker_threatens(event, [], sufferer=True)                            # no speaker, no actor
    assert event.actor == [] and event.recipient == [threatened]
    state = Mention(10, 15, "GPE", "kb")
    event = Event("THREATEN", None, (20, 25), actor=[state])
    _speaker_threatens(event, [speaker], sufferer=False)                    # the iron hand: the speaker's
    assert event.actor == [speaker] and event.recipient == []
    event = Event("THREATEN", None, (20, 25), actor=[state])
    _speaker_threatens(event, [], sufferer=False)
    assert event.actor == [state]


def test_paying_the_price_in_a_quote():
    kept = _kept("وأكد رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن حزب الله سيدفع ثمنا باهظا.")
    assert ("THREATEN", ["Benjamin Netanyahu"], ["Hezbollah"]) in kept


def test_idioms_need_their_tense_and_their_words(coded_triggers):  # noqa: F811
    assert ("THREATEN", "ينال", "asserted") in _coded("وأكد الوزير أن المتسبب سينال عقابه.", coded_triggers)
    assert ("THREATEN", "تمر", "asserted") in _coded("وأكد الوزير أن الجريمة لن تمر دون عقاب.", coded_triggers)
    for text in ("ودفعت المدينة ثمنا باهظا خلال الحرب.",                  # the past: a cost paid
                 "وستدفع الأسر ثمن ارتفاع الأسعار.",                          # a price in idafa: a cost
                 "وستمر القافلة عبر الطريق الدولي.",                          # passing, not unpunished
                 "وسينال الفائزون جوائز قيمة.",                              # a prize
                 "ودفع الجيش بتعزيزات إلى الحدود."):                          # the light verb keeps its sense
        assert all(t != "THREATEN" for t, _, _ in _coded(text, coded_triggers)), text
    assert any(t == "MOBILIZE" for t, _, _ in _coded("ودفع الجيش بتعزيزات إلى الحدود.", coded_triggers))


def test_a_description_with_a_word_of_condemnation_accuses(coded_triggers):  # noqa: F811
    assert any(t == "ACCUSE" for t, _, _ in _coded("ووصف المنتدى النتائج بأنها مهزلة.", coded_triggers))
    assert any(t == "ACCUSE" for t, _, _ in _coded("ووصف المرشد المحتجين بأنهم أشرار.", coded_triggers))
    assert all(t != "ACCUSE" for t, _, _ in _coded("ووصف السفير العلاقات بأنها متميزة.", coded_triggers))


def test_doing_away_with_needs_fighters_or_a_force_before():
    t = triggers()
    assert t["nouns"][("القضاء", "علي")]["needs"] >= {"مسلحين", "عناصر"}
    assert t["nouns"][("القضاء", "علي", "ه")]["agents_before"] == "custodians"
    assert _agents_before(_words("تمكنت وحدات الامن من القضاء علي ه"), 6, "custodians")
    assert not _agents_before(_words("تمكن رجال الاطفاء من القضاء علي ه"), 4, "custodians")


def test_doing_away_in_sentences(coded_triggers):  # noqa: F811
    assert ("ASSAULT", "القضاء على", "asserted") in _coded("وأعلن الجيش القضاء على خمسة مسلحين.", coded_triggers)
    assert ("ASSAULT", "القضاء عليه", "asserted") in _coded("وتمكنت قوات الأمن من القضاء عليه.", coded_triggers)
    for text in ("وتعمل الحكومة على القضاء على الفقر.", "وتمكنت الوزارة من القضاء على الوباء.",
                 "وتمكن رجال الإطفاء من القضاء عليه."):
        assert all(t != "ASSAULT" for t, _, _ in _coded(text, coded_triggers)), text


def test_aid_announced_is_pledged():
    assert {"ارسال", "تقديم", "صرف"} <= triggers()["announced_pending"]
    assert _announced_pending(_words("و اعلنت كل من قطر و كينيا ارسال مساعدات"), 7)
    assert _announced_pending(_words("، معلنا ارسال وفد"), 2)
    assert not _announced_pending(_words("و اعلنت الامم المتحده تخصيص 5 ملايين"), 4)   # allocating: done
    assert not _announced_pending(_words("اعلن الوزير ، ثم ارسال مساعدات"), 4)          # not across a comma
    assert not _announced_pending(_words("و قررت الحكومه ارسال مساعدات"), 3)            # no declaring word
