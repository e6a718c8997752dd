"""The benchmark scripts measure the checkout they stand in, not the installed khabar.

A script run as `python benchmarks/X.py` has benchmarks/ on sys.path, not the checkout's root,
so `import khabar` found the editable install (the main tree) from every git worktree: a
helper's before/after measure in its own worktree compared main's code with itself."""
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
IMPORTING = sorted(p for p in BENCHMARKS.glob("*.py")
                   if any(line.startswith(("import khabar", "from khabar"))
                          for line in p.read_text("utf-8").splitlines()))


def test_some_benchmarks_import_khabar():
    assert len(IMPORTING) >= 5


@pytest.mark.parametrize("script", IMPORTING, ids=lambda p: p.name)
def test_the_checkout_comes_first_on_the_path(script: Path, tmp_path: Path):
    """A copy of the script in a fake checkout whose khabar says where it is imports that one."""
    fake = tmp_path / "checkout"
    (fake / "benchmarks").mkdir(parents=True)
    (fake / "khabar").mkdir()
    (fake / "khabar" / "__init__.py").write_text("raise SystemExit('fake checkout khabar')\n")
    (fake / "benchmarks" / script.name).write_text(script.read_text("utf-8"))
    run = subprocess.run([sys.executable, str(fake / "benchmarks" / script.name), "--help"],
                         capture_output=True, text=True, timeout=120)
    assert "fake checkout khabar" in run.stderr


def test_the_records_check_names_no_held_out_article(tmp_path: Path):
    """check_same_records counts changed records of test articles and names only the others, so
    that a helper checking a change never learns which held-out article it moved."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("check_same_records", BENCHMARKS / "check_same_records.py")
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    split = tmp_path / "corpus" / "split.yaml"
    split.parent.mkdir()
    split.write_text("dev: [dev-one]\ntest: [held-out-one]\n", "utf-8")
    check.ROOT = tmp_path
    assert check._held_out("articles/held-out-one.txt")
    assert check._held_out("articles/held-out-one.txt#second-pass")
    assert not check._held_out("articles/dev-one.txt")
    assert not check._held_out("ar/held-out-one.txt")
