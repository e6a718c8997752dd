"""The EVENT DATE battery of round s23 (tests/events/data/evdate_probes_s23.yaml): composed
sentences and paragraphs in the older, longer, clustered writing, with the date each event must get."""

from pathlib import Path

import yaml

from tests.events.test_event_date_probes_s17 import battery_tests

DATA = yaml.safe_load((Path(__file__).parent / "data" / "evdate_probes_s23.yaml").read_text("utf-8"))
PROBES = DATA["probes"]

test_probe, test_battery_is_well_formed = battery_tests(PROBES, DATA["published"])
