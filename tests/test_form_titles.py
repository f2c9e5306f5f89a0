"""The report is titled as the forms title themselves where the settings' [wording] gives no
title: a 集中改革プラン's 「取組状況」, a 大綱's 「取り組み項目の進捗状況」, not planeval's plain
「計画の進捗状況」 (review 114 #9, 116, 119); the plan's own name where a plan is given and the
forms shorten it; planeval's title kept where the forms state none alike."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.minamihama import TOML, titled
from tests.test_reform_plan_directions import city_plan, own_form

RUNNER = CliRunner()


def _forms(tmp_path: Path, *titles: str) -> Path:
    """Both 課' forms, each titled as given (one title: both alike)."""
    folder = tmp_path / "回収"
    for department, title in zip(("企画課", "総務課"), titles * 2, strict=False):
        form = own_form(folder, department)
        book = load_workbook(form)
        book.active["A1"] = title.format(department=department)
        book.save(form)
    return folder


def _title(tmp_path: Path, forms: Path, *options: str, settings: str = TOML) -> str:
    """The exported report's title (its Markdown's first line), and that the Word and HTML
    reports carry the same."""
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    md, html = tmp_path / "報告.md", tmp_path / "報告.html"
    exported = RUNNER.invoke(
        app,
        ["export", str(forms), "--md", str(md), "--html", str(html), "--force", "-q", *options,
         "--config", str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert exported.exit_code == 0, exported.stderr
    title = md.read_text(encoding="utf-8").splitlines()[0].removeprefix("# ")
    # (the page's title as the md's, its break points aside: review 164 #8)
    assert f"<h1>{title}</h1>" in html.read_text(encoding="utf-8").replace("<wbr>", "")
    return title


def test_the_forms_title_titles_the_report(tmp_path: Path) -> None:
    """Each 課's form 「令和6年度 集中改革プラン 取組状況調査票」: the report 「集中改革プラン
    取組状況」, its year and the form's word left out."""
    forms = _forms(tmp_path, "令和6年度 集中改革プラン 取組状況調査票")
    assert _title(tmp_path, forms) == "集中改革プラン 取組状況"


def test_the_plan_names_itself_in_full(tmp_path: Path) -> None:
    """With the plan 「南浜市集中改革プラン（令和4年度～令和8年度）取組一覧」, the forms' shorter
    name is the plan's."""
    forms = _forms(tmp_path, "令和6年度 集中改革プラン 取組状況調査票")
    plan = city_plan(tmp_path / "取組一覧.xlsx")
    assert _title(tmp_path, forms, "--plan", str(plan)) == "南浜市集中改革プラン 取組状況"


def test_a_title_naming_each_department_is_one_title(tmp_path: Path) -> None:
    """A 大綱's forms each titled with its 部 in brackets after: one title, without them."""
    forms = _forms(
        tmp_path, "令和6年度　東雲市行政改革大綱実施計画　取り組み項目の進捗状況（{department}）"
    )
    assert _title(tmp_path, forms) == "東雲市行政改革大綱実施計画　取り組み項目の進捗状況"


def test_a_title_naming_the_plan_before_what_it_rates_titles_the_report(tmp_path: Path) -> None:
    """Review 149 #6: 名東区's KPI form 「令和7年度　名東区区政運営方針　成果指標（KPI）の評価」
    was said to name no plan, the report headed 「計画の進捗状況」 and the same text offered as
    --title. A title ending in 評価 after the plan's name is the forms' title as the others are."""
    forms = _forms(tmp_path, "令和7年度\u3000名東区区政運営方針\u3000成果指標（KPI）の評価")
    assert _title(tmp_path, forms) == "名東区区政運営方針\u3000成果指標（KPI）の評価"


def test_planevals_title_where_the_forms_state_none_alike_or_the_settings_give_one(
    tmp_path: Path,
) -> None:
    forms = _forms(tmp_path, "集中改革プラン 取組状況調査票", "集中改革プラン 進捗状況報告")
    assert _title(tmp_path, forms) == "計画の進捗状況"
    forms = _forms(tmp_path, "令和6年度 実施状況調査票")  # (no plan named)
    assert _title(tmp_path, forms) == "計画の進捗状況"
    forms = _forms(tmp_path, "令和6年度 集中改革プラン 取組状況調査票")
    assert _title(tmp_path, forms, settings=titled("南浜市の改革 報告")) == "南浜市の改革 報告"
    assert _title(tmp_path, forms, "--title", "取組状況") == "取組状況"


def test_planevals_plain_title_is_said_with_the_settings_that_title_the_report(
    tmp_path: Path,
) -> None:
    """Review 125 #10: 川崎市's forms titled 「令和5年度　施策進行管理・評価票（事務事業）」 name
    no plan, so the report was titled planeval's 「計画の進捗状況」 without a word. A notice at
    the form's title says so, with --title and [wording] title filled in from the plan's name."""
    forms = _forms(tmp_path, "令和5年度\u3000施策進行管理・評価票（事務事業）")
    plan = city_plan(tmp_path / "取組一覧.xlsx")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    md = tmp_path / "報告.md"
    config = ["--config", str(tmp_path / "planeval.toml")]
    said = RUNNER.invoke(app, ["export", str(forms), "--md", str(md), "--plan", str(plan), *config])
    assert said.exit_code == 0, said.stderr
    assert md.read_text(encoding="utf-8").startswith("# 計画の進捗状況\n")
    notice = next(line for line in said.stderr.splitlines() if "既定の「計画の進捗状況」" in line)
    assert notice.startswith("お知らせ: ") and "企画課.xlsx › " in notice and " › A1: " in notice
    assert "「令和5年度\u3000施策進行管理・評価票（事務事業）」に計画の名前がない" in notice
    assert '--title "南浜市集中改革プラン ' in notice and "[wording] に title = " in notice
    titled_run = RUNNER.invoke(
        app, ["export", str(forms), "--md", str(md), "--force", "--title", "取組状況", *config]
    )
    assert titled_run.exit_code == 0, titled_run.stderr
    assert "既定の「計画の進捗状況」" not in titled_run.stderr


def test_a_year_bracket_holding_more_than_the_year_is_left_out_whole(tmp_path: Path) -> None:
    """Review 175 #1: 長瀬町's 「第６次長瀬町総合計画　前期基本計画　施策評価シート（令和７年度実績）」
    titled the report 「計画の進捗状況」 (said to name no plan), where the same title ending
    「（令和７年度）」 titled it; only 「（令和７年度」 was taken for the year. The bracket goes whole."""
    plan = "第６次東雲町総合計画\u3000前期基本計画\u3000施策評価"
    for number, year in enumerate(("（令和７年度実績）", "（令和７年度）", "（令和6年度評価分）")):
        (tmp_path / str(number)).mkdir()
        forms = _forms(tmp_path / str(number), f"{plan}シート{year}")
        assert _title(tmp_path / str(number), forms) == plan


def test_the_title_offered_never_leaves_a_bracket_unmatched(tmp_path: Path) -> None:
    """Review 175 #1: the --title and `title =` offered were 「…シート実績）」. A title naming no
    plan, its year bracket holding 実績, is offered without the bracket or a stray half of it."""
    forms = _forms(tmp_path, "施策進行管理・評価票（令和5年度実績）")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    md = tmp_path / "報告.md"
    config = ["--config", str(tmp_path / "planeval.toml")]
    said = RUNNER.invoke(app, ["export", str(forms), "--md", str(md), *config])
    assert said.exit_code == 0, said.stderr
    notice = next(line for line in said.stderr.splitlines() if "既定の「計画の進捗状況」" in line)
    assert '--title "施策進行管理・評価票" ' in notice
    assert 'title = "施策進行管理・評価票" ' in notice
    assert "実績）" not in notice.split("ため")[-1]


def test_a_title_ending_in_its_department_after_a_space_offers_the_common_title(
    tmp_path: Path,
) -> None:
    """Review 202 #4: 北川崎市's forms, one per 局, titled 「令和6年度　施策進行管理・評価票（事務
    事業）　まちづくり局」, offered the whole city's report the first form's title, its 局 and all,
    as --title. The department after the last space is left out as a bracketed （総務部） is."""
    forms = _forms(tmp_path, "令和6年度\u3000施策進行管理・評価票（事務事業）\u3000{department}")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    md = tmp_path / "報告.md"
    said = RUNNER.invoke(
        app, ["export", str(forms), "--md", str(md), "--config", str(tmp_path / "planeval.toml")]
    )
    assert said.exit_code == 0, said.stderr
    notice = next(line for line in said.stderr.splitlines() if "既定の「計画の進捗状況」" in line)
    assert notice.endswith(
        '（--title "施策進行管理・評価票（事務事業）" のように表題を指定するか、planeval.toml の '
        '[wording] に title = "施策進行管理・評価票（事務事業）" と書いてください）'
    )


def test_a_plans_title_ending_in_its_department_after_a_space_is_one_title(
    tmp_path: Path,
) -> None:
    """… and forms naming their plan, each with its 課 after a space, title the report alike."""
    forms = _forms(tmp_path, "令和6年度 集中改革プラン 取組状況調査票 {department}")
    assert _title(tmp_path, forms) == "集中改革プラン 取組状況"
