"""Review 150: a prefecture (aichi's A–D) collecting its municipalities' replies by folder, one
town (高森町) rating in nagayo's S A B C − across three departments' files. One of them held an
S beside a C only: the S was told to be added to the prefecture's scale (first error) and the
C counted as the prefecture's C (50%以上80%未満), the town counted in part (#1, #4); check set
aside wrong figures for the town's rows and flagged right ones (#2, #3); the town's symbols
were one file's (#5); and the run could never finish clean (#6). A body judged of another scale
by any of its files is left out whole, every file of it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.api import summarize_workbooks
from planeval.cli import app
from planeval.past_errors import OTHER_SCALE, partly_counted, uncounted_why
from planeval.presets import PRESETS
from tests.conftest import write_book

AICHI = PRESETS["aichi"]
LEGEND = (
    "※評価　S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった　−：評価できない"
)
# each body's folder → each department's file → its rows (item number, status)
REPLIES: dict[str, dict[str, list[tuple[str, str]]]] = {
    "01_青浜市": {"企画課": [("1-1-1", "A"), ("1-1-2", "B"), ("2-1-1", "D")]},
    "02_浜浦市": {
        "企画課": [("1-1-1", "A"), ("1-1-2", "C")],
        "総務課": [("2-1-1", "B"), ("2-1-2", "B"), ("2-1-3", "A")],
    },
    "03_高森町": {
        "企画課": [("1-1-1", "S"), ("2-2-1", "C")],  # (only C besides its S)
        "情報政策課": [("1-2-1", "A"), ("1-2-2", "B"), ("2-1-1", "−")],
        "総務課": [("2-2-2", "A"), ("2-2-3", "C"), ("2-2-4", "C")],  # (letters A–D share)
    },
    "04_南台市": {"企画課": [("1-1-1", "B"), ("2-1-1", "C"), ("2-1-2", "A")]},
}
OTHER = "高森町"
POLICIES = {"1": "1 行政のデジタル化", "2": "2 地域社会のデジタル化"}
PROJECTS = {
    "1-1": "手続のオンライン化",
    "1-2": "業務の効率化",
    "2-1": "地域のデジタル活用",
    "2-2": "デジタルデバイド対策",
}


def _form(path: Path, body: str, rows: list[tuple[str, str]], legend: bool) -> None:
    table: list[list[object]] = [
        ["令和7年度 ITプラン 進捗状況調査票"],
        ["団体名", body],
        [],
        ["番号", "基本方針", "施策", "取組（KPI）", "評価", "課題・今後の方向性", "担当課"],
    ]
    for number, status in rows:
        issue = "" if status in "SA" else "引き続き取り組む"
        policy, project = POLICIES[number[0]], PROJECTS[number[:3]]
        table.append([number, policy, project, f"{project}の取組{number}", status, issue, "企画課"])
    if legend:
        table += [[], [LEGEND]]
    write_book(path, {"調査票": table})


@pytest.fixture
def replies(tmp_path: Path) -> Path:
    folder = tmp_path / "回答"
    for name, files in REPLIES.items():
        body = name.split("_")[1]
        (folder / name).mkdir(parents=True)
        for department, rows in files.items():
            _form(folder / name / f"{department}.xlsx", body, rows, legend=body == OTHER)
    return folder


def _counted() -> Counter[str]:
    """The statuses of every body but the town, as typed."""
    return Counter(
        status
        for name, files in REPLIES.items()
        if OTHER not in name
        for rows in files.values()
        for _number, status in rows
    )


def _settings(tmp_path: Path, mark: str = "") -> Path:
    roster = tmp_path / "団体一覧.csv"
    lines = ["団体コード,団体名"] + [
        f"23201{n},{name.split('_')[1]}" + (f",{mark}" if OTHER in name and mark else "")
        for n, name in enumerate(REPLIES)
    ]
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "aichi"\n\n[bodies]\nroster = "団体一覧.csv"\n', encoding="utf-8"
    )
    return config


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "160"})  # (messages: .output)


def test_a_body_of_another_scale_is_left_out_whole_whatever_one_file_holds(
    replies: Path,
) -> None:
    result = planeval.read_workbooks([replies], bodies="folder", scale=AICHI)
    assert OTHER not in {entry.body for entry in result.entries}  # (not 企画課's C)
    assert Counter(entry.status for entry in result.entries) == _counted()
    assert uncounted_why(result)[OTHER] == OTHER_SCALE
    assert OTHER not in partly_counted(result)
    town = {f for f, body in result.file_bodies.items() if body == OTHER}
    assert {entry.location.file for entry in result.other_scale_rows} == town
    # (streamed alike: none of its files tallied)
    streamed, _ = summarize_workbooks(
        [replies], by="body", bodies="folder", scale=AICHI, stream=True
    )
    kept, _ = summarize_workbooks([replies], by="body", bodies="folder", scale=AICHI, stream=False)
    assert streamed == kept
    assert dict(kept.total.counts) == {s: _counted()[s] for s in AICHI.counted}


def test_the_town_is_told_its_scale_first_with_its_own_symbols(replies: Path) -> None:
    result = planeval.read_workbooks([replies], bodies="folder", scale=AICHI)
    town = [p for p in result.errors if result.file_bodies.get(p.location.file) == OTHER]
    # (no status to add to the prefecture's scale: the S is the town's scale's)
    assert not [p for p in result.errors if p.settings and "[[scale.status]]" in p.settings]
    assert all(p.reason == OTHER_SCALE for p in town)
    # (each, the legend's too, to count the town's folder apart: not one file of it)
    assert all(f"summarize {replies / '03_高森町'} --config" in p.hint for p in town)
    first = next(p for p in result.errors if p in town)
    assert first.hint.startswith('この値は preset "nagayo" の評価尺度のものです。')
    # (the town's values across its files, in its scale's order: not one file's)
    typed = {s for files in REPLIES.values() for rows in files.values() for _n, s in rows}
    symbols = " ".join(s for s in PRESETS["nagayo"].symbols if s in typed)
    assert f"{OTHER}は {symbols}、" in first.hint and symbols == "S A B C −"


def test_check_compares_every_figure_past_the_towns_rows(replies: Path, tmp_path: Path) -> None:
    counted = _counted()
    wrong_b = counted["B"] + 1
    text = tmp_path / "報告書案.txt"
    text.write_text(
        f"取組は全{sum(counted.values())}件で、Cが{counted['C']}件、Bが{wrong_b}件でした。\n",
        encoding="utf-8",
    )
    config = _settings(tmp_path)
    common = ["--bodies", "folder", "--config", str(config), "--keep-going"]
    checked = run("check", str(replies), *common, "--text", str(text), "-f", "json")
    import json

    found = json.loads(checked.stdout)
    wrong = {(d["what"], d["stated"], d["counted"]) for d in found["disagreements"]}
    assert ("B", wrong_b, counted["B"]) in wrong  # (not set aside for the town's rows)
    assert not [d for d in found["disagreements"] if d["what"] in ("C", "total")]
    assert not found["not_compared"], found["not_compared"]
    # (planeval's own export, its sentence of the town's rows not counted: agreeing)
    report = tmp_path / "報告.docx"
    assert run("export", str(replies), *common, "--docx", str(report)).exit_code == 1
    again = json.loads(
        run("check", str(replies), *common, "--text", str(report), "-f", "json").stdout
    )
    assert not again["disagreements"], again["disagreements"]


def test_a_roster_marking_the_town_lets_the_run_finish_clean(replies: Path, tmp_path: Path) -> None:
    unmarked = run(
        "summarize", str(replies), "--bodies", "folder", "--config", str(_settings(tmp_path))
    )
    assert unmarked.exit_code == 1
    assert (
        "団体一覧（団体一覧.csv）のその団体の行の団体名の後に「,評価尺度が違う」と書けば"
        in unmarked.output
    )
    config = _settings(tmp_path, mark="評価尺度が違う")
    done = run(
        "summarize", str(replies), "--bodies", "folder", "--by", "body", "--config", str(config)
    )
    assert done.exit_code == 0, done.output
    assert "エラー" not in done.output
    assert f"{OTHER}（評価尺度が違うため）" in done.stdout
    assert (
        f"団体一覧で「評価尺度が違う」としているため、{OTHER}の行は集計に含めていません"
        in done.output
    )
    total = next(line for line in done.stdout.splitlines() if line.startswith("│ 合計"))
    assert total.split("│")[-2].strip() == str(sum(_counted().values()))
