"""Fixing the dev/test split of the annotated corpus.

    python -m khabar.evaluate.split

reads corpus/manifest-*.yaml (written with the articles: outlet, date, topic, cluster),
writes corpus/clusters.yaml and adds every article not yet in corpus/split.yaml to a side.
A cluster (several reports of one event) always goes to one side, so no test article has
a dev twin.  The side of a unit (cluster or lone article) is decided by a hash of its name
— not by looking at it — with about 40% dev; articles that rules were written against
before the split existed are dev by name (DEV_BY_HISTORY).  Ids already in the split never
move: the split only grows.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml
from khabar.datafile import load_yaml

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
# Articles (or their clusters) looked at while rules were written, before the split.
DEV_BY_HISTORY = {"manassa-2024-06-10-us-hamas", "afp-2023-07-03-jenin-israeli-operation"}
DEV_SHARE = 4  # of 10


def _units(manifests: list[dict]) -> dict[str, list[str]]:
    units: dict[str, list[str]] = {}
    for manifest in manifests:
        for article_id, info in manifest.items():
            unit = (info or {}).get("cluster") or article_id
            units.setdefault(unit, []).append(article_id)
    return units


def _side(unit: str, members: list[str]) -> str:
    if any(m in DEV_BY_HISTORY for m in members):
        return "dev"
    return "dev" if int(hashlib.sha1(unit.encode()).hexdigest(), 16) % 10 < DEV_SHARE else "test"


def _manifest_entries(path: Path) -> dict:
    data = load_yaml(path.read_text("utf-8")) or {}
    if isinstance(data, list):  # a list of {id: …, …}
        return {item.get("id") or item.get("article"): item for item in data}
    if "articles" in data and isinstance(data["articles"], (list, dict)):
        articles = data["articles"]
        return articles if isinstance(articles, dict) else {a.get("id"): a for a in articles}
    return data


def main() -> None:
    manifests = [_manifest_entries(p) for p in sorted(CORPUS.glob("manifest-*.yaml"))]
    manifests.append({"manassa-2024-06-10-us-hamas": {"cluster": None}})
    units = _units(manifests)
    split_path = CORPUS / "split.yaml"
    split = load_yaml(split_path.read_text("utf-8")) if split_path.exists() else {"dev": [], "test": []}
    known = set(split["dev"]) | set(split["test"])
    for unit, members in sorted(units.items()):
        side = _side(unit, members)
        for member in sorted(members):
            member = member.removesuffix(".txt").removesuffix(".yaml")
            if member not in known:
                split[side].append(member)
                known.add(member)
    split_path.write_text("# The fixed dev/test split (khabar/evaluate/split.py). test is held out: no rule\n"
                          "# is written against it and no model trained on it.  Ids never move.\n"
                          + yaml.safe_dump({"dev": sorted(split["dev"]), "test": sorted(split["test"])},
                                           allow_unicode=True, sort_keys=False), "utf-8")
    clusters = {u: sorted(m) for u, m in sorted(units.items()) if len(m) > 1}
    (CORPUS / "clusters.yaml").write_text(yaml.safe_dump(clusters, allow_unicode=True), "utf-8")
    print(f"dev {len(split['dev'])}, test {len(split['test'])}, clusters {len(clusters)}")


if __name__ == "__main__":
    main()
