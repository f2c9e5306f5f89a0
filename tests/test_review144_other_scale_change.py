"""A change said after another scale's share (review 144 #3 of the forty-eighth session): in a
達成度 check with --previous, 「完了の割合は50.0%で、前年度（2項目）から1項目増えました」 gave the 2
and the 1 「どの区分の数か（合計か）が書かれていない」, though the sentence names 完了, the
実施状況 column's status. They are now that scale's, said so with the fix: its own config with
--previous; and the same sentence checked with the 実施状況 config is still compared."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_two_scales import ACHIEVEMENT, PROGRESS, ROWS, _form

DONE = "完了"


def _rounds(tmp_path: Path) -> tuple[Path, Path]:
    """This year's forms (ROWS) and last year's, where 市民課's last 取組項目 was still 取組中."""
    now, before = tmp_path / "R7", tmp_path / "R6"
    for folder in (now, before):
        folder.mkdir()
    for number, (department, rows) in enumerate(ROWS.items(), start=1):
        _form(now, number, department, rows)
        last = [(*row[:3], "取組中", None, row[5]) if row[2].endswith("案内の充実") else row for row in rows]  # fmt: skip
        _form(before, number, department, last, year="令和6年度")
    return now, before


def _done(rows: list[tuple]) -> int:
    return sum(row[3] == DONE for row in rows)


def test_a_change_after_the_other_scale_s_share_is_that_scale_s(tmp_path: Path) -> None:
    now, before = _rounds(tmp_path)
    rows = [row for own in ROWS.values() for row in own]
    done = _done(rows)
    last = done - 1
    text = tmp_path / "報告書.txt"
    text.write_text(
        "行政改革大綱 実施計画 令和7年度\n\n"
        f"　完了の割合は{100 * done / len(rows):.1f}%で、前年度（{last}項目）から{done - last}"
        f"項目増えました。達成は{sum(row[4] == '達成' for row in rows)}項目でした。\n",
        encoding="utf-8",
    )
    configs = {}
    for name, settings in (("達成度", ACHIEVEMENT), ("実施状況", PROGRESS)):
        configs[name] = tmp_path / f"{name}.toml"
        configs[name].write_text(settings, encoding="utf-8")
    args = ["check", str(now), "--text", str(text), "--previous", str(before), "-f", "json"]
    said = CliRunner().invoke(app, [*args, "--config", str(configs["達成度"])])
    assert said.exit_code == 0, said.output
    result = json.loads(said.stdout)
    past = {n["stated"]: n for n in result["not_compared"] if n["when"]}
    assert set(past) == {last, done - last}, result["not_compared"]
    for number, when in ((last, "前年度の数"), (done - last, "増減の数")):
        reason = past[number]["reason"]
        assert reason.startswith(f"{when}ですが、「{DONE}」はこの評価尺度（"), reason
        assert '（preset "progress" の区分です。' in reason, reason
        assert "その尺度の設定で check --previous を実行して" in reason, reason
        assert "どの区分の数か" not in reason, reason
        assert past[number]["other_scale"] == "progress" and past[number]["settled"]
    # the 実施状況 config compares them with last year's rows
    said = CliRunner().invoke(app, [*args, "--config", str(configs["実施状況"])])
    assert said.exit_code == 0, said.output
    result = json.loads(said.stdout)
    assert not [n for n in result["not_compared"] if n["when"]], result["not_compared"]
