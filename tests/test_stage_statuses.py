"""A stage of its own beside a preset's symbols (review 98): 南浜市 rates its 集中改革プラン in
目標達成, 取組中, 未着手 and 変更・中止 with `preset = "reform_plan"`, which has no 未着手. Every
未着手 cell was told to add it as an alias — a newcomer would have merged it into 取組中. It is
said once, first, with the [[scale.status]] lines adding it after 取組中, and those lines pasted
count it as its own status."""

from __future__ import annotations

import tomllib
from pathlib import Path

import planeval
from planeval.model import Location, Problem, Severity
from planeval.presets import PRESETS
from planeval.scale import CHOOSE_HINT
from planeval.stage_statuses import STAGE_HINT, stages_said
from tests.conftest import write_book

HEADER = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
STATUSES = ["目標達成", "取組中", "未着手", "取組中", "目標達成", "変更・中止", "取組中", "未着手"]
STATUSES += ["目標達成", "取組中", "取組中", "目標達成", "取組中", "未着手", "目標達成", "取組中"]


def _form(folder: Path) -> Path:
    rows: list[list[object]] = [
        ["南浜市集中改革プラン　令和6年度 取組状況調査票"],
        ["担当課：総務課"],
        ["基本方針1　事務事業の見直しと効率化"],
        HEADER,
    ]
    for number, status in enumerate(STATUSES, start=1):
        rows.append([f"1.{number}", f"取組{number}", f"取組{number}の内容", status, "", "総務課"])
    return write_book(folder / "取組状況_総務課.xlsx", {"進捗状況": rows})


def _read(path: Path, config: Path) -> planeval.ReadResult:
    loaded = planeval.load_config(config)
    return planeval.read_workbooks([path], scale=loaded.scale, settings=config)


def test_a_stage_beside_the_preset_is_offered_as_its_own_status(tmp_path: Path) -> None:
    path = _form(tmp_path)
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "reform_plan"\n', encoding="utf-8")
    said, *cells = _read(path, config).problems
    assert "'未着手' 3 か所" in said.message and 'preset "progress"' in said.message
    assert "別名（aliases）にすると、いまの記号の件数にまとめて数えます" in said.hint
    block = tomllib.loads(said.settings)["scale"]["status"]
    # (listed in the issue list as 変更・中止 is: reform_plan marks the statuses it lists, its
    # 取組中 listed only with a text — review 174 #6)
    assert block == [
        {"symbol": "未着手", "label": "未着手", "after": "取組中", "needs_issue": True}
    ]
    unknown = [p for p in cells if "未着手" in p.message]
    assert len(unknown) == 3 and all(p.hint == STAGE_HINT for p in unknown)
    assert not any("aliases）として追加" in p.hint for p in cells)
    # (the lines pasted under the preset count it apart, right after 取組中)
    config.write_text('[scale]\npreset = "reform_plan"\n\n' + said.settings, encoding="utf-8")
    loaded = planeval.load_config(config)
    assert loaded.scale.symbols[:3] == ("目標達成", "取組中", "未着手")
    result = _read(path, config)
    assert not [p for p in result.problems if p.is_error]
    counts = planeval.summarize(result.entries, scale=loaded.scale).total
    assert (counts.counts["未着手"], counts.counts["取組中"], counts.total) == (3, 7, 16)


def _unknown(*values: str, scale_name: str) -> list[Problem]:
    scale = PRESETS[scale_name]
    problems = []
    for row, value in enumerate(values, start=5):
        message, hint = scale.unknown(value)
        problems.append(Problem(Location("a.xlsx", "s", f"D{row}"), Severity.ERROR, message, hint))
    return problems


def test_stages_are_placed_by_how_far_on_they_are() -> None:
    # (two stages under reform_plan, best first: 取組中, then 検討中, then 未着手)
    problems = _unknown("未着手", "検討中", scale_name="reform_plan")
    own = [(0, "未着手"), (1, "検討中")]
    (said,), _ = stages_said(problems, own, {}, PRESETS["reform_plan"])
    block = {s["symbol"]: s.get("after") for s in tomllib.loads(said.settings)["scale"]["status"]}
    assert block == {"未着手": "検討中", "検討中": "取組中"}
    # (progress is worst first, 未着手 取組中 完了: 検討中 goes after 未着手)
    problems = _unknown("検討中", scale_name="progress")
    (said,), _ = stages_said(problems, [(0, "検討中")], {}, PRESETS["progress"])
    assert tomllib.loads(said.settings)["scale"]["status"][0]["after"] == "未着手"


def test_a_slip_or_another_word_for_a_status_keeps_its_fix() -> None:
    # (「達成」 is held in 目標達成: its fix asks whether 目標達成 was meant; a letter is a slip)
    problems = _unknown("達成", "E", scale_name="reform_plan")
    assert problems[0].hint != CHOOSE_HINT
    said, told = stages_said(problems, [(0, "達成"), (1, "E")], {}, PRESETS["reform_plan"])
    assert said == [] and told == problems


def test_the_first_run_tells_the_stage_to_wait_for_the_preset_not_to_be_an_alias(
    tmp_path: Path,
) -> None:
    """README step 1, no planeval.toml: the 取組中 cells name preset "reform_plan", and the
    未着手 cells were told 「…planeval.toml で別名（aliases）として追加してください」, which step 2
    says never to do (review 99 #8). They are told to choose the preset first, then the
    [[scale.status]] lines of the next run (the test above)."""
    path = _form(tmp_path)
    problems = planeval.read_workbooks([path]).problems
    stages = [p for p in problems if "'未着手'" in p.message]
    assert len(stages) == 3
    assert {p.hint for p in stages} == {
        '評価の段階を表す言葉です。別名（aliases）にはせず、まず planeval.toml に [scale] preset = "reform_plan" '
        "と書いてください。次の実行で、この段階を評価尺度に加える [[scale.status]] の設定を示します"
    }
    assert any('preset = "reform_plan"' in p.hint for p in problems if "'取組中'" in p.message)


KPI_HEADER = ["基本方針", "施策", "取組", "KPI", "目標値", "実績値", "達成率", "評価（A～D）"]
KPI_HEADER += ["課題・今後の方向性", "担当課"]
KPI_STATUSES = ["A", "B", "達成済", "C", "A", "B", "D", "A", "B", "C"]


def _kpi_form(folder: Path) -> Path:
    """浜名市's 局 form as 総務局's clerk returned it: the KPI achieved last year marked 「達成済」
    in place of A (review 180 #1)."""
    rows: list[list[object]] = [
        ["令和7年度　浜名市デジタル・スマートシティ推進計画　KPI進捗状況調査票"],
        ["担当局：総務局"],
        [],
        KPI_HEADER,
    ]
    for number, status in enumerate(KPI_STATUSES, start=1):
        rate = "" if status == "達成済" else 0.9
        rows.append(
            ["1", "1-(1)", f"1-(1)-{number}", f"KPI{number}", 100, 90, rate, status, "", "総務課"]
        )
    rows += [
        [],
        [
            "※評価　A：目標達成（達成率100%以上）　B：達成率80%以上　C：達成率80%未満　D：評価できない"
        ],
    ]
    return write_book(folder / "総務局_KPI進捗.xlsx", {"KPI進捗": rows})


def test_a_word_meaning_a_status_is_offered_as_its_alias_not_a_status_of_its_own(
    tmp_path: Path,
) -> None:
    """Review 180 #1: 「達成済」 was offered `symbol = "達成済"` after A; pasted, the report gave
    A one fewer and a column 「達成済 1」. It means A (目標達成): the lines make it A's alias."""
    path = _kpi_form(tmp_path)
    config = tmp_path / "planeval.toml"
    a_block = '[[scale.status]]\nsymbol = "A"\nlabel = "目標達成（達成率100%以上）"\n'
    config.write_text(f'[scale]\npreset = "hamamatsu"\n\n{a_block}', encoding="utf-8")
    said, *cells = _read(path, config).problems
    assert said.is_error and "'A'（目標達成（達成率100%以上））と同じ意味" in said.message
    assert tomllib.loads(said.settings)["scale"]["status"] == [
        {"symbol": "A", "aliases": ["達成済"]}
    ]
    assert "その表に aliases の行を加えてください" in said.hint
    (cell,) = [p for p in cells if "'達成済'" in p.message]
    assert "'達成済' を 'A' の別名（aliases）に" in cell.hint
    # (its aliases line added to A's block, as the fix says: counted as A, no fifth status)
    config.write_text(
        f'[scale]\npreset = "hamamatsu"\n\n{a_block}{said.settings.splitlines()[-1]}\n',
        encoding="utf-8",
    )
    loaded = planeval.load_config(config)
    assert loaded.scale.symbols == ("A", "B", "C", "D")
    result = _read(path, config)
    assert not [p for p in result.problems if p.is_error]
    total = planeval.summarize(result.entries, scale=loaded.scale).total
    meant_a = KPI_STATUSES.count("A") + KPI_STATUSES.count("達成済")
    assert (total.counts["A"], total.total) == (meant_a, len(KPI_STATUSES))
    # (東尾張県's aichi, no block of A in its planeval.toml: the lines pasted as given)
    config.write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    said = _read(path, config).problems[0]
    assert "'A'（達成率100%以上）と同じ意味" in said.message
    config.write_text('[scale]\npreset = "aichi"\n\n' + said.settings, encoding="utf-8")
    loaded = planeval.load_config(config)
    result = _read(path, config)
    assert not [p for p in result.problems if p.is_error]
    total = planeval.summarize(result.entries, scale=loaded.scale).total
    assert (total.counts["A"], total.total) == (meant_a, len(KPI_STATUSES))


def test_a_symbol_with_the_word_of_rating_is_offered_as_its_alias_said_once(
    tmp_path: Path,
) -> None:
    """Review 198 #4: 松ヶ浦市's 「A評価」「B評価」 under nagayo's S A B C − with no aliases were 11
    lines each telling to move 「評価」 to the issue column — a symbol with the word of rating
    after it is the prefecture's one-line alias, said once first, every cell one fix, a file's
    many counted in one line."""
    from typer.testing import CliRunner

    from planeval.cli import app

    folder = tmp_path / "松ヶ浦市"
    header = ["番号", "取組項目", "取組内容", "評価", "課題", "担当課"]
    answers = (("企画課", "ABAAAAB"), ("情報政策課", "BA"), ("総務課", "SABCABCAB"))
    for name, statuses in answers:
        rows: list[list[object]] = [["市町DX推進計画 進捗状況調査票"], [f"担当課：{name}"], header]
        rows += [
            [
                f"1-{n}",
                f"項目{n}",
                f"{name}の内容{n}",
                s if name == "総務課" else f"{s}評価",
                "",
                name,
            ]
            for n, s in enumerate(statuses, start=1)
        ]
        folder.mkdir(exist_ok=True)
        write_book(folder / f"{name}.xlsx", {"調査票": rows})
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    result = CliRunner().invoke(
        app, ["summarize", str(folder), "--config", str(config)], env={"COLUMNS": "400"}
    )
    assert result.exit_code == 1
    lines = result.output.replace(str(tmp_path) + "/", "").splitlines()
    fix = "記号に「評価」を付けた書き方です。記号だけに直すか、はじめのエラーの設定例を planeval.toml に加えてください"
    said = "はこの評価尺度の記号ではありません（S A B C −）"
    assert lines[:12] == [
        "エラー: 松ヶ浦市/: 2 ファイルの達成状況の 'A評価' 6 か所・'B評価' 3 か所は、いまの評価尺度の"
        "記号（S A B C −）ではありませんが、記号に「評価」を付けた書き方とみられます（そのとおりなら、"
        "planeval.toml の [scale] の下に次の設定を加えてください（別名として、その記号の件数に数えます。"
        "別の段階として加えると、その記号の件数から外れます）。その symbol の [[scale.status]] が"
        "すでにあれば、その表に aliases の行を加えてください（aliases の行があれば、その一覧に足して"
        "ください）。別の意味なら、回答した部署に確かめてください）",
        "  [[scale.status]]",
        '  symbol = "A"',
        '  aliases = ["A評価"]',
        "",
        "  [[scale.status]]",
        '  symbol = "B"',
        '  aliases = ["B評価"]',
        "",
        f"エラー: 松ヶ浦市/企画課.xlsx › 調査票 › D4: 'A評価' {said}（{fix}）",
        f"エラー: 松ヶ浦市/企画課.xlsx › 調査票 › D5: 'B評価' {said}（修正方法は同上）",
        f"エラー: 松ヶ浦市/企画課.xlsx › 調査票 › D6: 'A評価' {said}（修正方法は同上）",
    ]
    assert lines[12:15] == [
        "エラー: 松ヶ浦市/企画課.xlsx › 調査票: 同じ種類のエラーがほかに 4 件"
        "（値は 'A評価'・'B評価'。D7・D8・D9・D10）（修正方法は同上）",
        "",
        f"エラー: 松ヶ浦市/情報政策課.xlsx › 調査票 › D4: 'B評価' {said}（{fix}）",
    ]
    assert not any("課題の欄に" in line for line in lines)
