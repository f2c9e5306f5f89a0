"""東上野県's 進捗状況 (review 194 #3): its cells, count sentences and compare write a status as
word and letter together (status_cell = "{label}{symbol}": 横ばいC), but the issue list's lead
said 「横ばい（C）・後退（D）と評価された取組」, the issue_list notice 「「A 達成」・「B 前進」の取組」,
the legends 「※A：達成、B：前進…」 and 「凡例：A 達成 ／ B 前進 …」. Each now names a status as
the body writes it (Wording.status_named), and check reads the lead back."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.presets import PRESETS
from planeval.report.summary_legend import legend
from planeval.wording import DEFAULT_WORDING, Wording
from tests.conftest import write_book

RUNNER = CliRunner()
HEADER = ["情報化計画事業の体系", "実施内容", "所管部", "進捗状況", "課題等"]
CELLS = ("達成A", "達成A", "前進B", "前進B", "横ばいC", "後退D")
CONFIG = """[scale]
preset = "gunma"
[wording]
title = "東上野県情報化推進計画 進捗状況"
item = "取組"
status = "進捗状況"
status_cell = "{label}{symbol}"
"""
GUNMA = PRESETS["gunma"]
WRITTEN = Wording(status="進捗状況", status_cell="{label}{symbol}")


def _forms(folder: Path) -> Path:
    """One department's form, each row rated as 東上野県 writes it and given an issue text."""
    rows = [["1-1-1 事業" if n == 1 else "", f"({n}) 取組{n}", "企画部", cell, f"課題{n}。"]
            for n, cell in enumerate(CELLS, start=1)]  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    write_book(folder / "回答R6.xlsx", {"表": [HEADER, *rows]})
    (folder / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    return folder / "回答R6.xlsx"


def _export(tmp_path: Path) -> tuple[str, list[str]]:
    book = _forms(tmp_path)
    out = tmp_path / "報告R6.md"
    args = ["export", str(book), "--md", str(out), "--config", str(tmp_path / "planeval.toml")]
    done = RUNNER.invoke(app, args)
    assert done.exit_code == 0, done.output
    return done.output, out.read_text(encoding="utf-8").splitlines()


def test_the_issue_lead_and_the_legends_name_statuses_as_the_body_writes_them(
    tmp_path: Path,
) -> None:
    _output, lines = _export(tmp_path)
    assert "横ばいC・後退Dと評価された取組、または課題等の記載がある取組。一覧は6件です。" in lines
    assert lines.count("※進捗状況：達成A、前進B、横ばいC、後退D") == 1  # (集計 only: 193 #9)
    assert not [line for line in lines if "A：達成" in line or "（C）" in line]


def test_the_issue_list_notice_names_statuses_as_the_body_writes_them(tmp_path: Path) -> None:
    output, _lines = _export(tmp_path)
    assert (
        "課題一覧の 6 件のうち 4 件は、「達成A」・「前進B」の取組です。課題等の記入があるため"
        "載っています。「達成A」・「前進B」の取組は 4 件で、すべてに記入があります（課題等をどの行"
        "にも書く様式で、「横ばいC」・「後退D」の取組 2 件だけを課題一覧に載せるなら、"
    ) in output.replace("\n", "")


def test_check_reads_the_written_lead_back(tmp_path: Path) -> None:
    _export(tmp_path)
    args = [str(tmp_path / "回答R6.xlsx"), "--text", str(tmp_path / "報告R6.md")]
    config = ["--config", str(tmp_path / "planeval.toml"), "-f", "json"]
    done = RUNNER.invoke(app, ["check", *args, *config])
    data = json.loads(done.stdout)
    assert done.exit_code == 0
    assert (data["disagreements"], data["not_compared"]) == ([], [])
    assert data["verdict"].endswith("一覧の説明 1 件の記載件数はすべて集計と一致しています")


def test_summarize_legend_names_statuses_as_the_body_writes_them(tmp_path: Path) -> None:
    book = _forms(tmp_path)
    done = RUNNER.invoke(app, ["summarize", str(book), "--config", str(tmp_path / "planeval.toml")])
    assert done.exit_code == 0
    assert "凡例：達成A ／ 前進B ／ 横ばいC ／ 後退D" in done.stdout.splitlines()


def test_a_body_writing_the_letter_alone_keeps_the_legend_that_explains_it() -> None:
    assert legend(GUNMA, wording=WRITTEN) == "凡例：達成A ／ 前進B ／ 横ばいC ／ 後退D"
    assert legend(GUNMA, wording=DEFAULT_WORDING) == "凡例：A 達成 ／ B 前進 ／ C 横ばい ／ D 後退"
    shown = WRITTEN.statuses_shown(GUNMA)
    assert GUNMA.legend("進捗状況", shown=shown) == "※進捗状況：達成A、前進B、横ばいC、後退D"
    assert GUNMA.legend("進捗状況") == "※A：達成、B：前進、C：横ばい、D：後退"
    assert WRITTEN.status_named("C", GUNMA, "{label}（{symbol}）") == "横ばいC"
    assert DEFAULT_WORDING.status_named("C", GUNMA, "{label}（{symbol}）") == "横ばい（C）"
