"""A prefecture's survey read before its planeval.toml is written (review 26): every
municipality answers the prefecture's form in A–D, so the read says once that every body
rates in A–D, with the planeval.toml lines naming the preset whose labels the form's legend
states — not, of each body, that it rates in a scale the other bodies do not. Where one
body does answer otherwise, its cells name who rates in which symbols."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.workbook import ReadOptions
from planeval.presets import PRESETS
from planeval.rollup import count_workbooks
from tests.conftest import write_book

LEGEND = "評価　A：達成率100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満"
TITLES = ["番号", "取組項目", "取組内容", "達成度（A～D）", "課題", "担当課"]
# each municipality's departments and the statuses its forms hold (as its clerks typed them)
ANSWERS = {
    "01_青葉市": {"総務部": "ABBCA", "企画部": "BADCB"},
    "02_緑町": {"総務部": "AAB", "企画部": "CＢA"},
    "03_山田村": {"総務部": "ABDA"},
    "04_星野市": {"総務部": "BBCA", "企画部": "AC"},
}
PROJECTS = ["オンライン申請の拡充", "キャッシュレス決済の導入", "情報システムの標準化"]


def form(path: Path, body: str, department: str, statuses: str, *, legend: bool) -> Path:
    """The prefecture's form as a municipality's department fills it in (総務部 the plan's
    first policy, 企画部 its second)."""
    policy = 1 if department == "総務部" else 2
    rows: list[list[object]] = [
        ["令和5年度 県内市町村DX推進計画 取組状況調査票"],
        ["団体名", body],
        [f"担当部：{department}"],
        [LEGEND if legend else ""],
        TITLES,
    ]
    for number, status in enumerate(statuses, start=1):
        project = PROJECTS[number % len(PROJECTS)]
        issue = "" if status in "AＡBＢ" else "予算の確保が課題"
        rows.append(
            [
                f"{policy}-1-{number}",
                project,
                f"{project}の取組{number}",
                status,
                issue,
                "情報政策課",
            ]
        )
    return write_book(path, {"調査票": rows})


def survey(folder: Path, *, legend: bool = True, answers: dict | None = None) -> list[Path]:
    paths = []
    for name, departments in (answers or ANSWERS).items():
        (folder / name).mkdir(parents=True)
        for department, statuses in departments.items():
            path = folder / name / f"{department}.xlsx"
            paths.append(form(path, name[3:], department, statuses, legend=legend))
    return paths


def typed(paths: list[Path]) -> Counter[str]:
    """Every status cell of the forms, counted with openpyxl (not planeval)."""
    return Counter(
        str(row[3])
        for path in paths
        for row in load_workbook(path).active.iter_rows(min_row=6, values_only=True)
    )


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_every_body_in_a_d_is_said_once_with_the_legends_preset(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    cells = typed(survey(folder))
    result = planeval.read_workbooks([folder], bodies="folder")
    said = result.problems[0]
    assert said.location == planeval.Location(f"{folder}/")
    assert said.message == (
        f"4 団体（7 ファイル）の達成度は、どの団体も A B C D で評価されています。"
        f"{cells.total()} か所すべてが、いまの評価尺度の記号（◎ ○ △ × -）ではありません"
        f"（値は 'A' {cells['A']} か所・'B' {cells['B']} か所・'Ｂ' {cells['Ｂ']} か所・"
        f"'C' {cells['C']} か所・'D' {cells['D']} か所）"
    )
    assert said.hint == 'preset "aichi" の評価尺度です。planeval.toml に次の設定を書いてください'
    assert said.settings == '[scale]\npreset = "aichi"'
    hints = Counter(problem.hint for problem in result.problems[1:])
    assert hints == {
        'この値は preset "aichi" の評価尺度のものです。どの団体も同じ評価尺度です。'
        "はじめのエラーの設定例を planeval.toml に書いてください": cells.total()
    }


def test_the_cli_says_it_in_one_line_and_counts_the_cells(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    paths = survey(folder)
    result = run("summarize", str(folder), "--bodies", "folder")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(
        f"エラー: {folder}/: 4 団体（7 ファイル）の達成度は、どの団体も A B C D"
    )
    assert lines[1:3] == ["  [scale]", '  preset = "aichi"']
    assert not any("ほかの団体と違う" in line for line in lines)
    assert lines[-2] == f"エラー {typed(paths).total()} 件（{len(paths)} ファイル）"


def test_the_lines_pasted_read_every_cell(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    paths = survey(folder)
    said = planeval.read_workbooks([folder], bodies="folder").problems[0]
    config = tmp_path / "planeval.toml"
    config.write_text(said.settings, encoding="utf-8")
    again = run(
        "summarize", str(folder), "--bodies", "folder", "--config", str(config), "-f", "json"
    )
    assert again.exit_code == 0, again.stderr
    output = json.loads(again.stdout)
    counted = Counter({"A": 0, "B": 0, "C": 0, "D": 0})
    for value, count in typed(paths).items():
        counted[PRESETS["aichi"].normalise(value) or value] += count
    assert output["total"]["counts"] == dict(counted)


def test_without_a_legend_the_presets_of_a_d_are_each_a_line_to_choose(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    survey(folder, legend=False)
    said = planeval.read_workbooks([folder], bodies="folder").problems[0]
    assert said.hint == (
        'この記号の評価尺度は preset "nagoya"・"gunma"・"hirakata"・"aichi"・"hamamatsu" にあります。'
        "表の凡例に合うもの（その言葉が報告書に載ります）を一つ選んで、planeval.toml に次の設定を"
        "書いてください"
    )
    assert said.settings.split("\n") == [
        "[scale]",
        "# 表の凡例に合う preset を一つ選んでください",
        'preset = "nagoya"',
        '# preset = "gunma"',
        '# preset = "hirakata"',
        '# preset = "aichi"',
        '# preset = "hamamatsu"',
    ]


def test_one_body_read_alone_is_said_of_that_body(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    survey(folder, answers={"01_青葉市": ANSWERS["01_青葉市"]})
    said = planeval.read_workbooks([folder], bodies="folder").problems[0]
    assert said.message.startswith("青葉市の達成度は、A B C D で評価されています。10 か所すべて")
    assert not any(
        "ほかの団体" in problem.hint
        for problem in planeval.read_workbooks([folder], bodies="folder").problems
    )


def test_a_body_of_other_symbols_is_told_who_rates_in_which(tmp_path: Path) -> None:
    """The prefecture's planeval.toml reads A–D; 星野市 answered in its own city's ◎ ○ △ ×
    (Setagaya's scale): its cells say so, naming the bodies of A–D."""
    folder = tmp_path / "回答"
    answers = {**ANSWERS, "04_星野市": {"総務部": "◎○○△", "企画部": "◎×"}}
    survey(folder, answers=answers)
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    scale = planeval.load_config(config).scale
    result = planeval.read_workbooks([folder], bodies="folder", scale=scale)
    hints = {problem.hint for problem in result.problems if "星野市" in problem.location.file}
    # (one fix for both department files: count the body's folder, not one file of it)
    [hint] = hints
    assert f"planeval summarize {folder / '04_星野市'} --config" in hint
    for hint in hints:
        assert hint.startswith(
            'この値は preset "setagaya" の評価尺度のものです。星野市は ◎ ○ △ ×、'
        )
        assert "青葉市・緑町・山田村は A B C D で評価していて、評価尺度が違うため" in hint
    assert not any(problem.settings for problem in result.problems)


def test_the_streamed_count_says_it_alike(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    survey(folder)
    kept = planeval.read_workbooks([folder], bodies="folder").problems
    _, _, streamed = count_workbooks(
        [folder], by="policy", options=ReadOptions(), bodies="folder", stream=True
    )
    assert streamed.problems[0] == kept[0] and streamed.problems[0].settings == kept[0].settings


def test_bodies_of_two_presets_symbols_are_each_told_who_rates_in_which(tmp_path: Path) -> None:
    """No planeval.toml yet, and 山田村 answered in its own 1–5 (kawasaki's): the A–D bodies
    are no one scale of all, so the first body's cells name the two groups, its own body first,
    and a later body's its own group only (review 89: seven copies of who rates in which)."""
    folder = tmp_path / "回答"
    survey(folder, answers={**ANSWERS, "03_山田村": {"総務部": "2343"}})
    result = planeval.read_workbooks([folder], bodies="folder")
    assert not any(problem.settings for problem in result.problems)
    hints = {
        problem.location.file.split("/")[-2]: problem.hint
        for problem in result.problems
        if problem.hint.startswith("この値は preset ")
    }
    assert (
        "山田村は 2 3 4 で評価していて、ほかの団体と評価尺度が違うため、ほかの団体と同じ表では"
        "数えられません。" in hints["03_山田村"]
    )
    assert "A B C D" not in hints["03_山田村"]
    assert "青葉市・緑町・星野市は A B C D、山田村は 2 3 4 で評価していて" in hints["01_青葉市"]


def test_a_body_whose_letters_several_presets_hold_is_told_to_choose_by_its_legend(
    tmp_path: Path,
) -> None:
    """Review 89: 南台市's A B D (no legend) was told `preset = "nagoya"` — which counts a −
    it has not — as if its scale were known; bodies of those letters are told the presets
    that hold them and to choose the one their legend states, each alike."""
    folder = tmp_path / "回答"
    survey(folder, legend=False, answers={**ANSWERS, "03_山田村": {"総務部": "2343"}})
    result = planeval.read_workbooks([folder], bodies="folder")
    told = [problem.hint for problem in result.problems if "01_青葉市" in problem.location.file]
    told += [problem.hint for problem in result.problems if "04_星野市" in problem.location.file]
    for hint in told:
        assert 'preset = "nagoya"' not in hint
        assert '"gunma"・"hirakata"・"aichi"・"hamamatsu"' in hint
        assert "のうち表の凡例に合うものを書いた設定ファイルを作り" in hint


def test_a_dash_of_the_one_preset_points_at_its_fix_too(tmp_path: Path) -> None:
    """Review 104: 30 bodies answering S A B C −, read before the planeval.toml: the first
    error says they all rate in nagayo's scale; the − of a body (read as the 再掲 mark of the
    scale then read) was told that its body rated in a scale the others do not, to be counted
    apart or to answer again — one error per body with a −."""
    folder = tmp_path / "回答"
    answers = {
        "01_青葉市": {"総務部": "SAB−C", "企画部": "AS"},
        "02_緑町": {"総務部": "AAB−"},
        "03_山田村": {"総務部": "SBCA"},
    }
    survey(folder, legend=False, answers=answers)
    result = planeval.read_workbooks([folder], bodies="folder")
    assert result.problems[0].settings.split("\n")[:2] == ["[scale]", 'preset = "nagayo"']
    dashes = [problem for problem in result.problems if problem.value == "−"]
    assert len(dashes) == 2
    for problem in dashes:
        assert problem.hint == (
            'この値は preset "nagayo" の評価尺度のものです。どの団体も同じ評価尺度です。'
            "はじめのエラーの設定例を planeval.toml に書いてください"
        )
    assert not any("ほかの団体と違う" in problem.hint for problem in result.problems)


def test_a_department_of_dashes_only_is_its_body_s_scale(tmp_path: Path) -> None:
    """Review 198 #3: 平戸崎市's DX推進室.xlsx held only 「ー」 and 川棚町's 情報政策課.xlsx only
    「−」 (nagayo's 評価できない), their other departments S A B C as every body's: the first
    error said every body rates S A B C, yet those two files were told that their body rates
    in a scale the others do not, to be counted apart — a body is judged by all its files."""
    folder = tmp_path / "回答"
    answers = {
        "01_青葉市": {"総務部": "SABC", "企画部": "ー"},
        "02_緑町": {"総務部": "AAB", "企画部": "−−"},
        "03_山田村": {"総務部": "SBCA"},
    }
    survey(folder, legend=False, answers=answers)
    result = planeval.read_workbooks([folder], bodies="folder")
    assert result.problems[0].settings == '[scale]\npreset = "nagayo"'
    dashes = [problem for problem in result.problems if "企画部" in problem.location.file]
    assert [(problem.value, problem.hint) for problem in dashes] == [
        (
            dash,
            'この値は preset "nagayo" の評価尺度のものです。どの団体も同じ評価尺度です。'
            "はじめのエラーの設定例を planeval.toml に書いてください",
        )
        for dash in ("ー", "−", "−")
    ]
    assert not any("ほかの団体と違う" in problem.hint for problem in result.problems)


def test_a_department_of_one_symbol_is_its_body_s_scale_and_counted(tmp_path: Path) -> None:
    """Review 200 #3: 島原台市's 情報政策課.xlsx held only 「S」, too few cells for a preset's
    fix of its own: it was told to add S as an alias while the first error said every body
    rates S A B C — and that first error counted 16 bodies (46 files) of 17 (51), leaving out
    that file and the files of dashes alone, which rate in the scale too."""
    folder = tmp_path / "回答"
    answers = {
        "01_青葉市": {"総務部": "SABC", "企画部": "ー"},
        "02_緑町": {"総務部": "AAB", "企画部": "S"},
        "03_山田村": {"企画部": "S"},
    }
    survey(folder, legend=False, answers=answers)
    result = planeval.read_workbooks([folder], bodies="folder")
    assert result.problems[0].message.startswith(
        "3 団体（5 ファイル）の達成度は、どの団体も S A B C で評価されています。9 か所すべてが"
    )
    lone = [
        p for p in result.problems if p.location.file.endswith(("町/企画部.xlsx", "村/企画部.xlsx"))
    ]
    assert [(Path(p.location.file).parent.name, p.hint) for p in lone] == [
        (
            place,
            'この値は preset "nagayo" の評価尺度のものです。どの団体も同じ評価尺度です。'
            "はじめのエラーの設定例を planeval.toml に書いてください",
        )
        for place in ("02_緑町", "03_山田村")
    ]


def test_a_blank_status_of_the_one_preset_points_at_its_fix_too(tmp_path: Path) -> None:
    """Review 109 #6: a blank status cell, read before the planeval.toml, was told to type the
    read's symbols (◎ ○ △ ×, Setagaya's), not pointed at the first error's preset as every
    other cell of the bodies was."""
    folder = tmp_path / "回答"
    answers = {"01_青葉市": {"総務部": "SAB C"}, "02_緑町": {"総務部": "AAB−"}}
    survey(folder, legend=False, answers=answers)
    result = planeval.read_workbooks([folder], bodies="folder")
    # (its forms' 達成度, each 取組項目 rated as one row: review 206 #3)
    blank = next(problem for problem in result.problems if "達成度が空です" in problem.message)
    assert blank.hint == (
        'どの団体も preset "nagayo" の評価尺度で評価しています。はじめのエラーの設定例を '
        "planeval.toml に書いて、集計し直してください（そのあとも空なら、S A B C のいずれかを"
        "入力してください。評価がまだ出ていないなら − と入力すると、件数に含めず表に載せます）"
    )
