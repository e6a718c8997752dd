"""Events on real sentence shapes and on the canonical article."""

import khabar


def events(text, published="2024-06-10"):
    record = khabar.read(text, published=published)
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], v["mode"], v["status"], [names[a] for a in v["actor"]],
             [names[a] for a in v["recipient"]], v["date"]) for v in record.events]


def test_canonical_article(canonical_record):
    names = {e["id"]: e["name"] for e in canonical_record.entities}
    coded = {(v["type"], v["trigger"]["text"]): v for v in canonical_record.events}
    assault = coded[("ASSAULT", "شن هجومًا")]
    assert [names[a] for a in assault["actor"]] == ["Israel Defense Forces"]
    assert assault["date"] == "2024-06-08" and assault["status"] == "asserted"
    figures = {f["id"]: f for f in canonical_record.figures}
    assert {figures[f]["value"] for f in assault["figures"]} >= {274, 698}
    consult = [v for v in canonical_record.events if v["type"] == "CONSULT" and v["status"] == "hypothetical"]
    assert consult and "Hamas" in [names[r] for r in consult[0]["recipient"]]
    rescue = [v for v in canonical_record.events if v["type"] == "AID"]
    assert rescue and [names[a] for a in rescue[0]["actor"]] == ["Israel"]
    text = canonical_record.text
    for event in canonical_record.events:
        assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
        assert 0.0 <= event["confidence"] <= 1.0


def test_verb_inflections_and_word_orders():
    assert events("وقصفت إسرائيل مواقع لحزب الله في جنوب لبنان أمس.")[0][:4] == \
        ("ASSAULT", None, "asserted", ["Israel"])
    svo = events("إسرائيل قصفت مواقع لحزب الله أمس.")
    assert svo and svo[0][3] == ["Israel"]


def test_status():
    assert events("لم تقصف إسرائيل المدينة.")[0][2] == "negated"
    assert events("وقد تهاجم إسرائيل رفح إذا فشلت المفاوضات.")[0][2] == "hypothetical"
    assert events("وسيزور وزير الخارجية الأمريكي أنتوني بلينكن القاهرة الأسبوع المقبل.")[0][2] == "future"


def test_compound_actor_stays_one_event():
    coded = events("واتفقت إسرائيل وحماس على هدنة في غزة.")
    agree = [e for e in coded if e[0] == "AGREE"]
    assert len(agree) == 1 and agree[0][3] == ["Israel", "Hamas"]


def test_passive_agent():
    coded = events("قُتل ثلاثة مدنيين على يد حماس في الهجوم.")
    assert any(e[0] == "ASSAULT" and e[3] == ["Hamas"] for e in coded)


def test_figures_point_to_their_event_time_place_and_claim(canonical_record):
    figures = {f["text"]: f for f in canonical_record.figures}
    killed = figures["274 شخصًا"]
    events = {e["id"]: e for e in canonical_record.events}
    assert events[killed["event"]]["type"] == "ASSAULT"
    times = {t["id"]: t for t in canonical_record.times}
    assert times[killed["time"]]["value"] == "2024-06-08"
    entities = {e["id"]: e for e in canonical_record.entities}
    assert entities[killed["place"]]["name"] == "Nuseirat camp"
    alive = figures["أقل من 60 شخصًا"]
    claims = {c["id"]: c for c in canonical_record.claims}
    assert [s["text"] for s in claims[alive["claim"]]["sources"]] == ["مسؤولون إسرائيليون", "موقع الحرة"]


def test_an_event_dated_by_a_clock_time_has_its_day():
    record = khabar.read("وقصف الجيش الإسرائيلي مخيم جنين عند الساعة الواحدة فجرا.", published="2024-06-10")
    assert record.times[0]["value"] == "2024-06-10T01:00"
    assert [v["date"] for v in record.events] == ["2024-06-10"]


def test_a_time_after_since_does_not_date_the_event():
    # "منذ عام 2002" says when a state began; the bombing is not dated 2002 nor historical
    record = khabar.read("وقصف الجيش الإسرائيلي مخيم جنين، الذي لم يشهد عملية مماثلة منذ عام 2002.", published="2024-06-10")
    assert [(v["type"], v["date"], v["status"]) for v in record.events] == [("ASSAULT", None, "asserted")]
