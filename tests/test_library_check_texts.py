"""``planeval.check_texts`` is the whole of ``planeval check`` (STYLE.md: the CLI parses, calls,
prints; the fifty-sixth session's re-read found check's command body folding last year's
problems under two planeval.toml, dropping the read's notices of the --text files, joining the
two years' problems and saying --map's unused pairs itself). Called with the reads the command
makes, the library gives the verdict and the problems ``check -f json`` prints, under one
settings file or two, with --previous and --map."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.report.review import check_dict
from tests.test_review180_earlier_errors import _rounds

MAP = {"9-(9)-①": "9-(9)-②"}  # (a pair naming nothing of either year)


def _home(home: Path) -> tuple[list[Path], Path, Path, Path]:
    """The two settings files, this year's folder (its book and the report's text), the text,
    last year's book (its 警察本部 rows blank: two errors)."""
    last, now = _rounds(home)
    second = home / "二つ目.toml"  # (the same words, another file: check --config twice)
    second.write_text((home / "planeval.toml").read_text("utf-8") + "# 二つ目\n", "utf-8")
    folder = home / "回答"
    folder.mkdir()
    shutil.copy(now, folder)
    text = folder / "報告書.txt"
    text.write_text("計画全体で、A評価の取組は2件でした。\n", encoding="utf-8")
    return [home / "planeval.toml", second], folder, text, last


def _read(
    settings: Path, folder: Path, last: Path
) -> tuple[planeval.Config, planeval.ReadResult, planeval.ReadResult]:
    config = planeval.load_config(settings)

    def read(path: Path) -> planeval.ReadResult:
        return planeval.read_workbooks(
            [path], scale=config.scale, layout=config.layout, wording=config.wording
        )

    return config, read(folder), read(last)


def _problem(path: object, severity: str, message: str, hint: str) -> dict[str, object]:
    return {
        "file": str(path),
        "sheet": None,
        "cell": None,
        "severity": severity,
        "message": message,
        "hint": hint,
    }


@pytest.mark.parametrize("configs", [1, 2])
def test_the_library_gives_what_check_prints(tmp_path: Path, configs: int) -> None:
    settings, folder, text, last = _home(tmp_path)
    reads = [_read(path, folder, last) for path in settings[:configs]]
    # (the folder's 報告書.txt, read as a workbook: check reads it as the text, not skipped)
    assert any(p.location.file == str(text) for p in reads[0][1].problems)
    done = planeval.check_texts(
        reads[0], reads[1] if configs == 2 else None, texts=[text], mapping=MAP, given=str(last)
    )
    shown = json.loads(json.dumps(check_dict(done.checked, done.result.problems)))
    assert shown["problems"] == [
        _problem(
            last,
            "notice",
            "前年度のブックの問題（エラー 2 件）は前年度の集計のときのものとして、ここでは一つずつ"
            "示していません。エラーで数えなかった前年度の行の取組内容は、前年度の件数に含めていません",
            f"一つずつ見るには planeval validate {last} を実行してください",
        ),
        _problem(
            "--map",
            "warning",
            "9-(9)-①=9-(9)-② は使っていません（前回の評価に 9-(9)-① がありません、"
            "今回の評価に 9-(9)-② がありません）",
            "番号を確かめてください（--map には「前回の番号=今回の番号」を書きます）",
        ),
    ]
    assert done.checked.agrees and shown["compared"] == configs  # (each settings' A: 2)
    assert [settings for _checked, settings in done.each] == [read[0] for read in reads]
    given = [str(folder), "--text", str(text), "--previous", str(last), "--map", "9-(9)-①=9-(9)-②"]
    given += [option for path in settings[:configs] for option in ("--config", str(path))]
    printed = CliRunner().invoke(app, ["check", *given, "-f", "json"])
    assert printed.exit_code == 0, printed.stderr
    assert json.loads(printed.stdout) == shown
