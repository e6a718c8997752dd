"""Which check dropped each `no-trigger` gold event (diagnostic, dev only, round s35).

    PYTHONPATH=. python benchmarks/trigger_drops.py corpus/manifest-A.yaml [corpus/manifest-B.yaml ...]

Takes the `no-trigger` gold events of event_outcomes.py on the dev articles of the manifests given,
re-reads those articles with a line tracer on code._match_trigger and code.code_sentence, and puts
each down to: NOT IN LEXICON (every word of the gold trigger is inert: no lexicon entry starts
there), "MT <line>: <condition>" (the last check of _match_trigger that set the spec to None or
returned None at the gold trigger's first live word), "MT fell through" (a lexicon word, but no
listed phrase, light noun or participle reading was found), "CS <line>" (a check of code_sentence
skipped the match), or a later filter.  Prints the count per check; pickles the cases under
reports/.  The line numbers are those of the checkout it runs in.  Run it on dev manifests only."""
import sys, re, pickle
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's khabar
sys.path.insert(0, str(Path(__file__).resolve().parent))
import khabar
from khabar.evaluate.gold import load_gold
from khabar.evaluate.run import gold_files, gold_sources, manifest_ids
from khabar.events import code, component
import event_outcomes as eo

manifests = sys.argv[1:]
only = {i for m in manifests for i in manifest_ids(Path(m))}
CODE = code.__file__
SRC = Path(CODE).read_text().splitlines()
KILL = re.compile(r"^\s*(return None|spec = None|light = nominal = None|nominal = None|light = None|participle = None|verb = None|continue|i = end|i = p)\b")
MT_KILL = re.compile(r"^\s*(return None|spec = None|light = nominal = None|nominal = None|light = None|participle = None|verb = None)\b")
_MT_LAST = code._match_trigger.__code__.co_firstlineno + max(
    k for k, line in enumerate(SRC[code._match_trigger.__code__.co_firstlineno - 1:
                                   code._directs.__code__.co_firstlineno - 1]) if line.strip() == "return None")

def label(lineno):
    """The condition line above a kill line."""
    k = lineno - 1
    ind = len(SRC[k]) - len(SRC[k].lstrip())
    j = k - 1
    while j > 0:
        s = SRC[j]
        if s.strip() and (len(s) - len(s.lstrip())) < ind and re.match(r"\s*(if|elif|for|while)\b", s):
            return f"{j+1}: {s.strip()[:110]}"
        j -= 1
    return f"{lineno}: {SRC[k].strip()[:110]}"

# pass 1: no-trigger list
targets = defaultdict(list)   # article -> [(spans, trigger text, type)]
for stem, g, cause, sent in eo.outcomes("dev", only):
    if cause == "no-trigger":
        gold = None
        targets[stem].append(g)
print(sum(map(len, targets.values())), "no-trigger", file=sys.stderr)

MT = code._match_trigger.__code__
CS = code.code_sentence.__code__
state = {}

def overl(word, spans):
    return any(word.start < e and s < word.end for s, e in spans)

def tracer(frame, event, arg):
    co = frame.f_code
    if co is MT:
        w, i = frame.f_locals["words"], frame.f_locals["i"]
        hit = [t for t in state["targets"] if overl(w[i], t["spans"])]
        if not hit:
            return None
        lines = []
        def local(fr, ev, a):
            if ev == "line":
                lines.append(fr.f_lineno)
            elif ev == "return":
                for t in hit:
                    if w[i].start == t.get("first"):
                        t["calls"].append((lines[:], a is not None, a[2] if a else None, a[0].get("type") if a else None))
            return local
        return local
    if co is CS:
        w = frame.f_locals["words"]
        hit = []
        for t in state["targets"]:
            ks = [k for k, word in enumerate(w) if overl(word, t["spans"])]
            if ks:
                live = [k for k in ks if not code._INERT[w[k].norm, w[k].lemma]]
                hit.append((t, (live or ks)[0]))
        if not hit:
            return None
        for t, k in hit:
            if t["sentence_seen"]:
                continue
            t["sentence_seen"] = True
            t["inert"] = code._INERT[w[k].norm, w[k].lemma]
            t["word"] = w[k].norm
            t["lemma"] = w[k].lemma
            t["first"] = w[k].start
        def local(fr, ev, a):
            if ev == "line":
                ln = fr.f_lineno
                if KILL.match(SRC[ln - 1]):
                    i = fr.f_locals.get("i")
                    ws = fr.f_locals["words"]
                    if i is not None and i < len(ws):
                        for t, k in hit:
                            if overl(ws[i], t["spans"]) and ln > CS.co_firstlineno + 80:
                                t["cs_kills"].append(ln)
                if "event = Event(" in SRC[ln - 1]:
                    pass
            elif ev == "return":
                for t, k in hit:
                    t["returned"] += [(e.type, e.trigger) for e in (a or []) if overl_span(e.trigger, t["spans"])]
            return local
        return local
    return None

def overl_span(tr, spans):
    return any(tr[0] < e and s < tr[1] for s, e in spans)

orig_records = component._records
orig_in_name = component._in_a_name
def rec(coded, *a, **k):
    for t in state["targets"]:
        t["coded"] = [(e.type, e.trigger) for e in coded if overl_span(e.trigger, t["spans"])]
    return orig_records(coded, *a, **k)
component._records = rec
orig_outside, orig_aims = component._outside_times, component._aims_stated
def outside(coded, doc):
    out = orig_outside(coded, doc)
    for t in state["targets"]:
        t["before_outside"] = [(e.type, e.trigger) for e in coded if overl_span(e.trigger, t["spans"])]
        t["after_outside"] = [(e.type, e.trigger) for e in out if overl_span(e.trigger, t["spans"])]
    return out
component._outside_times = outside

files = [p for p in gold_files([Path("corpus/gold")], split="dev") if p.stem in targets]
sources = gold_sources(files)
results = []
for path in files:
    gold = load_gold(path)
    ts = []
    for g in targets[path.stem]:
        spans = gold.spans(g["trigger"]) if g.get("trigger") else []
        ts.append(dict(id=path.stem, type=g.get("type"), trigger=g.get("trigger"), spans=spans, calls=[],
                       cs_kills=[], returned=[], coded=[], sentence_seen=False, inert=None, word=None))
    state["targets"] = ts
    sys.settrace(tracer)
    try:
        khabar.read(gold.text, published=None, source=sources.get(path.stem))
    finally:
        sys.settrace(None)
    for t in ts:
        t["sentence"] = gold.text[max(0, t["spans"][0][0]-120): t["spans"][0][1]+120] if t["spans"] else ""
    results.extend(ts)
Path("reports").mkdir(exist_ok=True)
pickle.dump(results, open(f"reports/trigger-drops-{Path(manifests[0]).stem}-{len(manifests)}.pkl", "wb"))


def classify(t: dict) -> str:
    """The check that dropped one gold event (see the module's docstring)."""
    if not t["sentence_seen"]:
        return "sentence not coded (bracketed, credit)"
    if t["inert"] and not t["calls"]:
        return "NOT IN LEXICON"
    if t["returned"] or t["coded"]:
        return "component: dropped after code_sentence"
    if t["cs_kills"]:
        return "CS " + label(t["cs_kills"][0])
    if not t["calls"]:
        return "never matched at its word (in a name, or inside an earlier trigger)"
    found = "MT fell through"
    for lines, ok, kind, kind_type in t["calls"]:
        if ok:
            return f"matched as {kind_type} ({kind}), lost later"
        kills = [ln for ln in lines if MT_KILL.match(SRC[ln - 1]) and ln != _MT_LAST]
        found = ("MT " + label(kills[-1])) if kills else "MT fell through"
    return found


counts = Counter(classify(t) for t in results)
for name, n in counts.most_common():
    print(f"{n:4} {name}")
