"""Review 148 #5: on a first run (no planeval.toml), every file of a hirakata-scale read was told
「この値は preset "hirakata" の評価尺度のものです…」 but 子ども未来部's, whose first values were 「a」
(A typed small) — told to add aliases, as if for a whole scale of its own. One hint per read:
that file too is told the preset, and of its 「a」 the alias second."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.preset_fixes import UNKNOWN_VALUE
from tests.conftest import write_book

HEADER = ["番号", "施策名", "評価", "今後の方向性", "担当部"]
FILES = {
    "危機管理部": ["A", "B", "C", "E", "評価対象外", "D"],
    "市民生活部": ["B", "A", "C", "A", "E", "B"],
    "子ども未来部": ["a", "a", "a", "B", "D", "a"],
}


def _read(tmp_path: Path) -> planeval.ReadResult:
    for goal, (department, values) in enumerate(FILES.items(), start=1):
        rows = [HEADER]
        rows += [
            [f"{goal}-{n}", f"施策{goal}-{n}", v, "", department] for n, v in enumerate(values, 1)
        ]
        write_book(tmp_path / f"{department}.xlsx", {"施策評価": rows})
    return planeval.read_workbooks([tmp_path])


def test_every_file_of_one_scale_is_told_the_preset_first(tmp_path: Path) -> None:
    result = _read(tmp_path)
    unknown = [p for p in result.errors if UNKNOWN_VALUE.match(p.message)]
    typed = sum(len(values) for values in FILES.values())
    assert len(unknown) == typed  # (no value is the default scale's)
    for problem in unknown:
        assert 'preset "hirakata"' in problem.hint, problem
        assert "aliases" not in problem.hint.split('preset "hirakata"')[0], problem
    small = [p for p in unknown if UNKNOWN_VALUE.match(p.message)["text"] == "a"]
    assert len(small) == FILES["子ども未来部"].count("a")
    for problem in small:
        assert problem.hint.index('preset = "hirakata"') < problem.hint.index('aliases = ["a"]')
        assert 'symbol = "A"' in problem.hint
