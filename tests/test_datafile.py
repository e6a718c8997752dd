"""khabar's one YAML loader reads plain data and nothing else."""

from __future__ import annotations

import pytest
import yaml

from khabar.datafile import load_yaml


def test_reads_plain_data_as_the_safe_loader_does():
    text = "a: [1, 2.5, true, null, '07']\nb: {نص: عربي}\nc: 2024-06-10\n"
    assert load_yaml(text) == yaml.safe_load(text)


def test_refuses_python_objects():
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")


def test_every_data_file_of_the_package_goes_through_the_one_loader():
    from pathlib import Path

    import khabar

    root = Path(khabar.__file__).parent
    direct = [str(path.relative_to(root)) for path in root.rglob("*.py")
              if path.name != "datafile.py" and ("yaml.safe_load(" in path.read_text("utf-8")
                                                 or "yaml.load(" in path.read_text("utf-8"))]
    assert direct == []
