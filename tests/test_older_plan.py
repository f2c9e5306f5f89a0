"""This year's replies read with last year's plan still named in planeval.toml, the plan since
revised (an item renumbered, one dropped): each row the revision changed was an error whose fix
undid it in the replies — 「計画の一覧の番号「…」に直してください」 —, the plan's year said only in
a notice among them (review 136 #4). The plan stating a year before the round's, one error says
so first, naming the plan, both years and the fix, and no row is told to take the old plan's
numbers but if the plan is right."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from planeval.cli import app
from tests.designated_city import PLAN, RUNNER, city, returned, run

# last year's plan: 2-1-1's first two items the other way round (this year's renumbered them:
# 総務局's) and an item this year's plan dropped (市民局's: the revision touches two bureaus)
_SWAPPED = {"RPA対象業務の拡大": "2", "生成AIの試行導入": "1"}
_DROPPED = ("1-1-1", "電子申請の拡充", "3", "紙の申請書の見直し", "市民局")


def _last_years_plan(
    home: Path, name: str, *, title: str = "", dropped: tuple[str, ...] = _DROPPED
) -> Path:
    """The plan as it was before this year's revision, saved as ``name`` (``title`` above its
    table, where given; ``dropped``: the item this year's plan dropped), named by the city's
    planeval.toml."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    if title:
        sheet.append([title])
    sheet.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    for project, project_name, number, item, bureaus in [*PLAN, dropped]:
        sheet.append([project, project_name, _SWAPPED.get(item, number), item, "継続", bureaus])
    book.save(home / name)
    settings = home / "planeval.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace('file = "計画.xlsx"', f'file = "{name}"'), encoding="utf-8")
    return home / name


def _problems(home: Path, folder: Path) -> list[str]:
    """summarize's problem lines (exit 1: rows disagree with the plan)."""
    result = RUNNER.invoke(
        app,
        ["summarize", str(folder), "--config", str(home / "planeval.toml")],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 1, result.output
    return [line for line in result.stderr.splitlines() if line.startswith(("エラー:", "警告:"))]


def test_a_plan_of_an_earlier_year_is_said_first_and_rows_are_not_told_to_undo_it(
    tmp_path: Path,
) -> None:
    home = city(tmp_path)
    folder = returned(home)  # (令和6年度's forms, made from this year's plan)
    _last_years_plan(home, "計画_令和5年度.xlsx")
    lines = _problems(home, folder)
    first = lines[0]
    assert "計画『" in first and "計画_令和5年度.xlsx』は令和5年度の計画ですが" in first, lines
    assert "この回は令和6年度の回です" in first, first
    assert "--plan" in first and "[plan] file" in first, first
    assert "調査票の番号・名称は直さないでください" in first, first
    rows = [line for line in lines[1:] if line.startswith("エラー:")]
    renumbered = [line for line in rows if "の番号が計画と違います" in line]
    assert len(renumbered) == len(_SWAPPED), lines
    assert f"計画と合わないエラー {len(rows)} 件" in first, lines
    for line in rows:  # (each row's fix only if the plan is right: none undoes the revision)
        assert "計画をこの回の年度のものにしても出るなら、" in line, line
    assert not any("--no-plan" in line for line in lines), lines


def test_a_plan_of_the_rounds_own_year_keeps_the_rows_fixes(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home)
    _last_years_plan(home, "計画_令和6年度.xlsx")  # (the round's year: the rows are wrong)
    lines = _problems(home, folder)
    assert not any("の計画ですが" in line for line in lines), lines
    renumbered = [line for line in lines if "の番号が計画と違います" in line]
    assert len(renumbered) == len(_SWAPPED), lines
    for line in renumbered:  # (a mistake in the forms: the plan's number, as said before)
        assert "）（計画の一覧の番号「" in line and "この回の年度" not in line, line


def test_this_years_plan_reads_the_round_clean(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home)
    said = run(home, "summarize", str(folder))  # (exit 0: every row is this plan's)
    assert "の計画ですが" not in said, said


def test_a_plan_stating_no_year_disagreeing_as_a_revision_is_said_first(tmp_path: Path) -> None:
    """One 計画事業一覧.xlsx kept through the plan's period, its title and name stating no year
    (review 136 #4, the case older_plan's years cannot tell): the rows disagree as last year's
    plan would — two items under each other's numbers, one item no reply has —, so one error
    first says the plan may not be the current one, what disagrees counted, and the fix."""
    home = city(tmp_path)
    folder = returned(home)
    _last_years_plan(home, "計画事業一覧.xlsx")
    lines = _problems(home, folder)
    first = lines[0]
    assert "計画『" in first and "計画事業一覧.xlsx』は表題にもファイル名にも年度がなく" in first
    assert "この回は令和6年度の回ですが" in first, first
    assert "計画が今の版でないおそれがあります" in first, first
    assert "--plan" in first and "[plan] file" in first, first
    rows = [line for line in lines[1:] if line.startswith("エラー:")]
    renumbered = [line for line in rows if "の番号が計画と違います" in line]
    missing = [line for line in rows if "がどのファイルにもありません" in line]
    assert len(renumbered) == len(_SWAPPED) and len(missing) == 1, lines
    said = (
        f"番号だけが違う行 {len(renumbered)} 件、どのファイルにもない計画の取組 {len(missing)} 件"
    )
    assert f"（{said}）" in first, first
    for line in rows:  # (each row's fix only if the plan is the current one)
        assert "計画が今の版なら、" in line, line
    assert not any("計画の一覧の番号「" in line and "今の版なら" not in line for line in rows)


def test_one_number_mistyped_keeps_its_own_fix(tmp_path: Path) -> None:
    """A plan stating no year and one row's number alone differing from it (a typo, in the
    form or the plan): no revision's shape, no word of the plan's version."""
    home = city(tmp_path)
    folder = returned(home)
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    for project, project_name, number, item, bureaus in PLAN:
        sheet.append(
            [project, project_name, "3" if item == "端末の更新" else number, item, "継続", bureaus]
        )
    book.save(home / "計画.xlsx")
    lines = _problems(home, folder)
    assert not any("今の版" in line for line in lines), lines
    renumbered = [line for line in lines if "の番号が計画と違います" in line]
    assert (
        len(renumbered) == 1 and "（計画の一覧の番号「2-2-1③」に直してください）" in renumbered[0]
    )


def test_a_round_named_as_last_years_is_told_no_plan_not_the_plans_version(
    tmp_path: Path,
) -> None:
    """The same disagreement of a round whose folder says 前年度: that round is the older one,
    and earlier_round's notice names --no-plan, as before."""
    home = city(tmp_path)
    folder = returned(home).rename(home / "前年度")
    _last_years_plan(home, "計画事業一覧.xlsx")
    lines = _problems(home, folder)
    assert not any("今の版" in line for line in lines), lines
    said = RUNNER.invoke(
        app, ["summarize", str(folder), "--config", str(home / "planeval.toml")]
    ).stderr
    assert "番号は直さずに --no-plan で読んでください" in said, said


def test_a_plan_titled_with_a_span_holding_the_rounds_year_is_not_doubted(
    tmp_path: Path,
) -> None:
    """The plan's title states its period, 令和5年度～令和7年度, which holds the round's
    令和6年度: that is the plan's year, and the plan is not said to be maybe not the current
    one (review 163 #1: 「表題にもファイル名にも年度がなく」 of a title 「（令和4年度～令和5年度）」)."""
    home = city(tmp_path)
    folder = returned(home)
    _last_years_plan(home, "計画.xlsx", title="DX推進計画（令和5年度～令和7年度） 計画事業一覧")
    lines = _problems(home, folder)
    assert not any("今の版" in line or "年度がなく" in line for line in lines), lines
    assert any("の番号が計画と違います" in line for line in lines), lines


def test_one_form_disagreeing_while_the_others_match_is_not_the_plans_fault(
    tmp_path: Path,
) -> None:
    """Only 総務局's form disagrees with the plan (its rows as last year's, copied), the other
    bureaus' forms match it: the rows' own errors are said, each with its own fix, and the plan
    is not doubted (review 163 #1: the first error sent the clerk to check a current plan)."""
    home = city(tmp_path)
    folder = returned(home)
    _last_years_plan(
        home, "計画事業一覧.xlsx", dropped=("2-1-1", "RPA・AIの活用", "4", "AI-OCRの導入", "総務局")
    )
    lines = _problems(home, folder)
    assert not any("今の版" in line for line in lines), lines
    rows = [line for line in lines if "の番号が計画と違います" in line]
    assert len(rows) == len(_SWAPPED) and all("総務局" in line for line in rows), lines
    assert any("がどのファイルにもありません" in line for line in lines), lines
