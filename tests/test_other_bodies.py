"""Other bodies' workbooks, laid out as their clerks lay them out (tests/other_bodies.py, built
from the team's OTHER-BODIES guide without reading planeval), each read with a planeval.toml
in the documented syntax: the published counts come out of the rows, per body and per level."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import planeval
from planeval.text import number_value
from tests.other_bodies import BODIES

CONFIGS = {
    "nagoya_moriyama": '[scale]\npreset = "nagoya"\n',
    "gunma": '[scale]\npreset = "gunma"\n',
    "kitayama_gyokaku": '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n',
    "kawasaki": '[scale]\npreset = "kawasaki"\n',
    "hirakata": '[scale]\npreset = "hirakata"\n',
    "hamura": '[scale]\npreset = "hamura"\n',
    "minamihara_shuchu": '[scale]\npreset = "reform_plan"\n',
    "nagayo": '[scale]\npreset = "nagayo"\n',
    "aichi": '[scale]\npreset = "aichi"\n',
}
TWO_COLUMNS = "kitayama_gyokaku"


def built(body, folder: Path, config_text: str = "") -> tuple[list[Path], planeval.Config]:
    """The body's workbooks built into ``folder`` beside its planeval.toml (CONFIGS' by
    default), and the settings read from it."""
    paths = body.build(folder)
    settings = folder / "planeval.toml"
    settings.write_text(config_text or CONFIGS[body.key], encoding="utf-8")
    return paths, planeval.load_config(settings)


def _read(body, folder: Path, config_text: str) -> tuple[planeval.ReadResult, planeval.Config]:
    paths, config = built(body, folder, config_text)
    return planeval.read_workbooks(paths, scale=config.scale, layout=config.layout), config


def _expected(body, key: str, column: str = "実施状況") -> dict:
    value = body.expected[key]
    return value[column] if body.key == TWO_COLUMNS else value


def _group_id(key: str) -> str:
    """ "基本方針1", "施策26", "Ⅱ", "1" → the level's number as planeval gives it."""
    match = re.search(r"([0-9]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])$", key)
    assert match, key
    return str(number_value(match[1]))


@pytest.mark.parametrize("body", BODIES, ids=[body.key for body in BODIES])
def test_each_body_gives_its_published_counts(body, tmp_path: Path) -> None:
    result, config = _read(body, tmp_path, CONFIGS[body.key])
    assert not result.has_errors, [str(p) for p in result.errors]
    assert [p for p in result.problems if p.severity is planeval.Severity.WARNING] == []
    summary = planeval.summarize(result.entries, scale=config.scale)
    assert dict(summary.total.counts) == _expected(body, "counts")
    assert summary.total.total == _expected(body, "total")
    uncounted = {k: v for k, v in summary.total.uncounted.items() if v}
    assert uncounted == body.expected.get("uncounted", {})
    assert len(result.entries) == body.expected["rows"]
    if "percent" in body.expected and body.key != TWO_COLUMNS:
        assert summary.total.percent(1) == body.expected["percent"]
    groups = {group.id: dict(group.count.counts) for group in summary.groups}
    for key, counts in _expected(body, "groups").items():
        counted = {s: n for s, n in counts.items() if s in config.scale.counted}
        assert groups[_group_id(key)] == counted, key


def test_two_status_columns_without_a_choice_is_an_error_naming_both(tmp_path: Path) -> None:
    body = next(body for body in BODIES if body.key == TWO_COLUMNS)
    result, _config = _read(body, tmp_path, '[scale]\npreset = "progress"\n')
    assert result.entries == []
    messages = {p.message for p in result.errors}
    assert any("評価の列が 2 つあります（実施状況・達成度）" in m for m in messages), messages
    assert all("--status-column" in p.hint for p in result.errors)


def test_the_other_status_column_is_its_own_evaluation(tmp_path: Path) -> None:
    body = next(body for body in BODIES if body.key == TWO_COLUMNS)
    config = '[scale]\npreset = "achievement"\n\n[layout]\nstatus_column = "達成度"\n'
    result, loaded = _read(body, tmp_path, config)
    summary = planeval.summarize(result.entries, scale=loaded.scale)
    assert dict(summary.total.counts) == body.expected["counts"]["達成度"]


def test_a_body_s_own_titles_and_headings_through_layout(book) -> None:
    """A title planeval does not know, named in [layout.titles]; a heading word in headings."""
    rows = [
        ["重点施策1　暮らしの安全"],
        ["取組の名称", "評価ランク", "担当"],
        ["防災無線の更新", "A", "危機管理課"],
        ["避難所Wi-Fi", "B", "危機管理課"],
        ["重点施策2　子育て"],
        ["取組の名称", "評価ランク", "担当"],
        ["オンライン相談", "A", "子育て支援課"],
    ]
    path = book(rows)
    assert planeval.read_workbooks([path]).entries == []  # (unknown titles: no table)
    layout = planeval.load_config(_toml(path.parent, "[layout]\nheadings = [\"重点施策\"]\n"
        "[layout.titles]\nproject = [\"取組の名称\"]\nstatus = [\"評価ランク\"]\n"
        "department = [\"担当\"]\n\n[scale]\npreset = \"aichi\"\n"))  # fmt: skip
    result = planeval.read_workbooks([path], scale=layout.scale, layout=layout.layout)
    summary = planeval.summarize(result.entries, scale=layout.scale)
    assert [(g.id, g.name, g.count.total) for g in summary.groups] == [
        ("1", "暮らしの安全", 2),
        ("2", "子育て", 1),
    ]
    assert [e.department for e in result.entries] == ["危機管理課", "危機管理課", "子育て支援課"]


def _toml(folder: Path, text: str) -> Path:
    path = folder / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("numbers", "names"),
    [
        (["(1)ア", "(1)イ", "(1)ウ"], ["申請", "届出", "照会"]),
        (["1.1", "1.2", "1.3"], ["申請", "申請", "申請"]),
        (["(1)-1", "(1)-2", "(1)-3"], ["申請", "届出", "照会"]),
    ],
)
def test_items_numbered_in_one_cell_are_never_collapsed(book, numbers, names) -> None:
    """(1)ア/(1)イ, 1.1/1.2, (1)-1/(1)-2 rated alike are three items, not one."""
    rows = [["番号", "取組項目", "評価"]]
    rows += [[number, name, "A"] for number, name in zip(numbers, names, strict=True)]
    config = planeval.load_config(_toml(book(rows).parent, '[scale]\npreset = "aichi"\n'))
    path = book(rows)
    result = planeval.read_workbooks([path], scale=config.scale)
    assert len(result.entries) == 3
    assert not result.problems


def test_two_items_with_one_number_and_different_names_are_two(book) -> None:
    rows = [
        ["情報化計画事業の体系", "実施内容", "達成状況"],
        ["1-1-1 事業", "① 電子申請の拡充", "○"],
        ["", "① 窓口の予約", "○"],
    ]
    result = planeval.read_workbooks([book(rows)])
    assert [e.item_name for e in result.entries] == ["電子申請の拡充", "窓口の予約"]


def test_a_status_column_asked_for_that_the_table_lacks_is_an_error() -> None:
    """`--status-column 無い列` (a typo, or a column of another body's layout): never the
    table's own status column counted silently in its place; no table having it, it is the
    command line's mistake, said once with the titles the tables have (review 141 #5)."""
    from typer.testing import CliRunner

    from planeval.cli import app
    from tests.conftest import SEED_WORKBOOK

    run = CliRunner().invoke(
        app, ["summarize", str(SEED_WORKBOOK), "--status-column", "無い列", "-q", "-f", "csv"]
    )
    assert run.exit_code == 2
    assert run.stderr.startswith(
        "エラー: --status-column の「無い列」という評価の列は、読んだ 1 ファイルのどの表の見出し行"
        "にもありません（ファイルにある評価の列: 「達成状況」）。何も数えていません"
    )
    run = CliRunner().invoke(app, ["summarize", str(SEED_WORKBOOK), "--status-column", "達成状況"])
    assert run.exit_code == 0 and run.stderr == ""


def test_a_body_rated_per_project_counts_each_rated_row_as_a_project(tmp_path: Path) -> None:
    """Hamura rates each 事業 in a row under its 施策 heading (no level between them): the
    sentence's 「N件の…」 is the rows rated, not one invented project per 施策 (counted in 件,
    as its statuses are: review 93)."""
    [body] = [body for body in BODIES if body.key == "hamura"]
    result, config = _read(body, tmp_path, CONFIGS["hamura"])
    summary = planeval.summarize(result.entries, scale=config.scale)
    rated = {}
    for entry in result.entries:
        rated.setdefault(entry.policy_id, set()).add(entry.item_name)
    assert {g.id: g.projects for g in summary.groups} == {p: len(n) for p, n in rated.items()}
    assert all(g.projects > 1 for g in summary.groups)
    report = planeval.build_report(result.entries, scale=config.scale, wording=config.wording)
    first = summary.groups[0]
    assert f"{first.projects}件の" in report.policies[0].sentence
