"""The load bench is run by hand (`enc bench load`, `python -m bench.load_bench`), never by the
suite: here only that it imports and that the wrk scripts it names are there."""

import re

from bench import load_bench


def test_load_bench_imports_and_its_wrk_scripts_exist() -> None:
    assert callable(load_bench.main)
    common = (load_bench.WRK_DIR / "common.lua").read_text()
    for script, _label in load_bench.RUNS:
        text = (load_bench.WRK_DIR / f"{script}.lua").read_text()
        kinds = re.findall(r'run\("(\w+)"\)', text)
        assert kinds, f"{script}.lua runs no kind"
        for kind in kinds:
            assert f"common.kinds.{kind} =" in common, f"{script}.lua runs an unknown kind {kind}"
