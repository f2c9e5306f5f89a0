"""A table with two issue columns (Hirakata: 評価の理由 | 今後の方向性): the preferred title is
read, the other named in a notice; planeval.toml's [layout.titles] issue chooses (review 5, M4)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from planeval.io.header_titles import HEADER_TITLES, ISSUE_PREFERENCE
from planeval.model import Severity
from planeval.presets import PRESETS
from tests.conftest import write_book

HEADER = ["No.", "施策名", "評価", "評価の理由", "今後の方向性", "担当部"]
ROWS = [
    HEADER,
    [1, "防災力の強化", "A", "", "継続して取り組む。", "危機管理部"],
    [2, "防犯対策の推進", "C", "成果指標が目標値に届いていない。", "手法を見直す。", "市民部"],
]


def _read(tmp_path: Path, layout: str = "") -> tuple[list[str], list]:
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "hirakata"\n' + layout, encoding="utf-8")
    settings = load_config(config)
    path = write_book(tmp_path / "施策評価.xlsx", {"評価結果一覧": ROWS})
    result = planeval.read_workbooks([path], scale=settings.scale, layout=settings.layout)
    return [entry.issue for entry in result.entries], result.problems


def test_the_next_step_column_is_read_and_the_reason_column_named(tmp_path: Path) -> None:
    issues, problems = _read(tmp_path)
    assert issues == ["継続して取り組む。", "手法を見直す。"]
    assert [(p.severity, p.location.cell) for p in problems] == [(Severity.NOTICE, "D1")]
    assert problems[0].message == (
        "「評価の理由」の列は読んでいません（文章を書く列が二つあるため、"
        "「今後の方向性」の列だけを読みました）"
    )
    assert 'issue = ["評価の理由", "今後の方向性"]' in problems[0].hint
    assert '[columns] に ignore = ["評価の理由"]' in problems[0].hint


BOTH = '[layout.titles]\nissue = ["評価の理由", "今後の方向性"]\n'


def test_a_title_chosen_alone_still_names_the_other_filled_column(tmp_path: Path) -> None:
    """Review 148 #1: one title in [layout.titles] issue — or [wording]'s issue word, as the
    hirakata preset's 今後の方向性 — read that column and dropped the other, unsaid."""
    issues, problems = _read(tmp_path, '[layout.titles]\nissue = ["評価の理由"]\n')
    assert issues == ["", "成果指標が目標値に届いていない。"]
    assert [(p.location.cell, p.message[:14]) for p in problems] == [
        ("E1", "「今後の方向性」の列は読んで")
    ]
    issues, problems = _read(tmp_path, '[wording]\npreset = "hirakata"\n')
    assert issues == ["継続して取り組む。", "手法を見直す。"]
    assert [p.location.cell for p in problems if "列は読んでいません" in p.message] == ["D1"]
    said = "\n".join(map(str, problems))
    assert "文章を書く列が二つあるため、「今後の方向性」の列だけを読みました" in said


def test_both_titles_keep_both_texts_and_an_ignored_one_is_not_said(tmp_path: Path) -> None:
    issues, problems = _read(tmp_path, BOTH)
    assert issues == [
        "今後の方向性：継続して取り組む。",
        "評価の理由：成果指標が目標値に届いていない。\n今後の方向性：手法を見直す。",
    ]
    assert problems == []
    for words in ("", '[wording]\npreset = "hirakata"\n'):
        ignored = '[columns]\nignore = ["評価の理由"]\n'
        issues, problems = _read(tmp_path, words + ignored)
        assert issues == ["継続して取り組む。", "手法を見直す。"] and problems == []


def test_both_texts_are_published_and_read_back(tmp_path: Path) -> None:
    """The export's データ and 課題一覧 hold both texts under both titles, quiet."""
    config = tmp_path / "planeval.toml"
    config.write_text(
        # (a title of its own: no notice of the preset's, review 190 #7)
        '[scale]\npreset = "hirakata"\n[wording]\npreset = "hirakata"\ntitle = "東雲市施策評価結果"\n'
        + BOTH,
        encoding="utf-8",
    )
    path = write_book(tmp_path / "施策評価.xlsx", {"評価結果一覧": ROWS})
    out = tmp_path / "報告.xlsx"
    run = CliRunner().invoke(
        app,
        [
            "export",
            str(path),
            "--xlsx",
            str(out),
            "--config",
            str(config),
            "--fiscal-year",
            "令和7",
        ],
    )
    assert run.exit_code == 0 and "お知らせ" not in run.output, run.output
    listed = CliRunner().invoke(app, ["issues", str(out), "-f", "csv", "--config", str(config)])
    assert listed.exit_code == 0 and "お知らせ" not in listed.stderr
    lines = listed.stdout.splitlines()
    assert "評価の理由,今後の方向性" in lines[0]  # (a column each: review 148 #1's remainder)
    assert ",成果指標が目標値に届いていない。,手法を見直す。," in listed.stdout


def test_the_order_does_not_depend_on_which_column_comes_first(tmp_path: Path) -> None:
    """今後の方向性 | 評価の理由 reads 今後の方向性 too; 課題等 beats 備考 wherever it stands."""
    swapped = [[r[0], r[1], r[2], r[4], r[3], r[5]] for r in ROWS]
    path = write_book(tmp_path / "a.xlsx", {"表": swapped})
    result = planeval.read_workbooks([path], scale=PRESETS["hirakata"])
    assert [e.issue for e in result.entries] == ["継続して取り組む。", "手法を見直す。"]
    assert [p.location.cell for p in result.problems] == ["E1"]
    rows = [
        ["体系", "実施内容", "達成状況", "備考", "課題等"],
        ["1-1-1 事業", "① 一", "△", "メモ", "遅れ"],
    ]
    result = planeval.read_workbooks([write_book(tmp_path / "b.xlsx", {"表": rows})])
    assert [e.issue for e in result.entries] == ["遅れ"]
    assert "「備考」の列は読んでいません" in result.problems[0].message


def test_every_issue_title_has_its_place() -> None:
    assert set(ISSUE_PREFERENCE) == HEADER_TITLES["issue"]


def test_cli_says_the_column_not_read(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "hirakata"\n', encoding="utf-8")
    path = write_book(tmp_path / "施策評価.xlsx", {"評価結果一覧": ROWS})
    result = CliRunner().invoke(
        app, ["validate", str(path), "--config", str(tmp_path / "planeval.toml")]
    )
    assert result.exit_code == 0
    assert f"お知らせ: {path} › 評価結果一覧 › D1: 「評価の理由」の列は読んでいません" in (
        result.stdout
    )


def test_an_issue_title_no_list_names_is_still_read(tmp_path: Path) -> None:
    """Gunma's 「課題・今後の取組」 (review 14) was no issue title: every issue text was left out
    of the issue list and the exports, with nothing said."""
    for title in ("課題・今後の取組", "課題と対応", "今後の取組方針"):
        rows = [
            ["項目", "指標", "指標の評価", title],
            ["(1) 行政手続のオンライン化", "", "", ""],
            ["ア", "電子申請が可能な手続の割合", "横ばいC", "市町村との共同利用の拡大が課題"],
        ]
        path = write_book(tmp_path / f"{title}.xlsx", {"進捗状況": rows})
        config = tmp_path / "planeval.toml"
        config.write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
        read = planeval.read_workbooks([path], scale=load_config(config).scale)
        assert [e.issue for e in read.entries] == ["市町村との共同利用の拡大が課題"], title


def test_a_second_issue_column_left_empty_is_not_said(tmp_path: Path) -> None:
    """Review 54: 川崎市's 備考, empty in every row beside its 課題・今後の方向性, was a notice in
    every file of every run (10 of them): nothing in it is lost."""
    rows = [[*row[:3], "" if n else row[3], *row[4:]] for n, row in enumerate(ROWS)]
    path = write_book(tmp_path / "a.xlsx", {"表": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["hirakata"])
    assert [e.issue for e in result.entries] == ["継続して取り組む。", "手法を見直す。"]
    assert result.problems == []


REFORM = ["改革項目", "取り組み項目", "実施状況", "取組内容・課題", "備考", "所管課"]


def _reform(tmp_path: Path, rows: list[list[object]]) -> planeval.ReadResult:
    path = write_book(tmp_path / "04_健康福祉部.xlsx", {"進捗状況": [REFORM, *rows]})
    return planeval.read_workbooks([path], scale=PRESETS["progress"])


def test_a_title_holding_issue_is_read_before_a_remarks_column(tmp_path: Path) -> None:
    """Review 114 #5: a 部 added a 備考 column beside 「取組内容・課題」, a title no list names,
    and 備考 was read — empty — so the issue texts were lost (README: 課題… before 備考)."""
    rows = [
        [
            "1. 国保財政の健全化",
            "法定外繰入の解消",
            "取組中",
            "令和8年度の見込み。",
            "済",
            "保険年金課",
        ]
    ]
    result = _reform(tmp_path, rows)
    assert [e.issue for e in result.entries] == ["令和8年度の見込み。"]
    assert "「備考」の列は読んでいません" in result.problems[0].message


def test_an_empty_issue_column_is_never_read_over_a_filled_one(tmp_path: Path) -> None:
    """課題等 preferred to 備考, but left empty on every row while 備考 holds the texts."""
    rows = [
        ["体系", "実施内容", "達成状況", "課題等", "備考"],
        ["1-1-1 事業", "① 一", "△", "", "遅れ"],
        ["1-1-1 事業", "② 二", "○", None, None],
    ]
    result = planeval.read_workbooks([write_book(tmp_path / "b.xlsx", {"表": rows})])
    assert [e.issue for e in result.entries] == ["遅れ", ""]
    assert result.problems == []  # (the empty 課題等: nothing lost)


def test_a_phone_card_does_not_label_the_titled_lines_again(tmp_path: Path) -> None:
    """Review 152 #8: on a phone (390 px) the joined cell read 「評価の理由・今後の方向性：
    評価の理由：…」; its lines carry their own titles, so the cell has no card label in the
    direction's table (the issue list's a cell each, labelled by its title), while a one-title
    cell keeps its label."""
    config = tmp_path / "planeval.toml"
    path = write_book(tmp_path / "施策評価.xlsx", {"評価結果一覧": ROWS})
    out = tmp_path / "報告.html"
    words = '[scale]\npreset = "hirakata"\n[wording]\npreset = "hirakata"\n'

    def issue_cells(settings: str) -> list[str]:
        config.write_text(words + settings, encoding="utf-8")
        command = ["export", str(path), "--html", str(out), "--force", "--config", str(config)]
        run = CliRunner().invoke(app, [*command, "--fiscal-year", "令和7"])
        assert run.exit_code == 0, run.output
        page = out.read_text(encoding="utf-8").replace("<wbr>", "")
        return page.split('<td class="issue')[1:]

    cells = issue_cells(BOTH)
    # (its table's; the issue list has a column each, labelled: review 148 #1's remainder)
    tags = [cell.split(">", 1)[0] for cell in cells]
    titled = [tag for tag, cell in zip(tags, cells, strict=True) if "評価の理由：" in cell[:200]]
    assert len(titled) == 1 and "data-label" not in titled[0]  # (its table's)
    labels = [tag.split('data-label="')[1].split('"')[0] for tag in tags if "data-label" in tag]
    assert labels == ["評価の理由", "今後の方向性"]  # (its one row rated C)
    cells = issue_cells('[columns]\nignore = ["評価の理由"]\n')
    assert cells and all('data-label="' in cell.split(">", 1)[0] for cell in cells)


def test_the_first_run_notice_offers_both_kept_columns_as_the_issue_word(tmp_path: Path) -> None:
    """fix49b: with both titles kept, the notice offering the tables' words said 課題等（表では
    評価の理由） and offered issue = "評価の理由" alone; it offers the pair, as the report heads
    the column, and the lines added word the report with no notice."""
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "hirakata"\n' + BOTH, encoding="utf-8")
    path = write_book(tmp_path / "施策評価.xlsx", {"評価結果一覧": ROWS})
    result = CliRunner().invoke(app, ["summarize", str(path), "--config", str(config)])
    assert result.exit_code == 0, result.output
    pair = "・".join(ROWS[0][3:5])
    assert f"課題等（表では {pair}）" in result.stderr, result.stderr
    offered = [line.strip() for line in result.stderr.splitlines() if line.startswith("  ")]
    assert f'issue = "{pair}"' in offered, result.stderr
    block = "\n".join(line for line in offered if not line.startswith("#"))
    config.write_text(config.read_text(encoding="utf-8") + block + "\n", encoding="utf-8")
    again = CliRunner().invoke(app, ["summarize", str(path), "--config", str(config)])
    assert again.exit_code == 0 and again.stderr == "", again.stderr


def test_the_readme_says_where_the_two_texts_are_two_columns_and_where_one(
    tmp_path: Path,
) -> None:
    """Review 157 #4: the README said the joined column 「評価の理由・今後の方向性」 was used
    「in every output」, while the issue list showed 評価の理由 | 今後の方向性 side by side. It
    says now where each is, as the export writes them."""
    config = tmp_path / "planeval.toml"
    hirakata = '[scale]\npreset = "hirakata"\n[wording]\npreset = "hirakata"\n'
    config.write_text(hirakata + BOTH, encoding="utf-8")
    path = write_book(tmp_path / "施策評価.xlsx", {"評価結果一覧": ROWS})
    out = tmp_path / "報告.md"
    args = ["export", str(path), "--md", str(out), "--config", str(config)]
    run = CliRunner().invoke(app, [*args, "--fiscal-year", "令和7"])
    assert run.exit_code == 0, run.output
    lines = out.read_text(encoding="utf-8").splitlines()
    headers = [line for line in lines if "評価の理由" in line and "評価の理由：" not in line]
    policy_table, issue_list = headers[0], headers[-1]
    assert "| 評価の理由・今後の方向性 |" in policy_table
    assert "| 評価の理由 | 今後の方向性 |" in issue_list
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text("utf-8").split())
    said = readme.split("`[layout.titles] issue` (`issue = [", 1)[1].split("`[columns] ignore`")[0]
    assert "in every output" not in said
    assert "show them as two columns, 評価の理由 | 今後の方向性" in said
    assert "keep them in one column titled 「評価の理由・今後の方向性」" in said
