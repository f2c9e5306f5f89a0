"""Review 175: a town's 総合計画 施策評価 rated at the 施策 level beside each 施策's 成果指標
(章 | 施策番号 | 施策名 | 成果指標 | 基準値 | 目標値 | 実績値 | 評価 | … | 担当課, S/A/B/C/−, −
評価できない): messages and compare name the 施策, not its indicator (#2); compare says a move to
− in words (#3); the whole plan's sentence says the 施策 left out for an error (#4)."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.nagase_forms import NAGASE_HEADER, NAGASE_SETTINGS

RUNNER = CliRunner()

_SETTINGS, _HEADER = NAGASE_SETTINGS, NAGASE_HEADER
_NAMES = (("防災体制の充実", "防犯対策の推進", "消費者行政の推進"),
          ("学校教育の充実", "文化芸術の振興", "スポーツの振興"))  # fmt: skip


def _town(folder: Path, ratings: tuple[tuple[str | None, ...], ...], year: str) -> Path:
    """長瀬町's workbook of two 基本目標, a sheet each, its 施策 rated as ``ratings`` give."""
    folder.mkdir(parents=True)
    book = Workbook()
    book.remove(book.active)
    for goal, (names, rated) in enumerate(zip(_NAMES, ratings, strict=True), start=1):
        sheet = book.create_sheet(f"基本目標{goal}")
        sheet["A1"] = f"第６次長瀬町総合計画　前期基本計画　施策評価シート（{year}年度実績）"
        sheet["A3"] = f"基本目標{goal}　まちづくり{goal}"
        sheet.append(_HEADER)
        for number, (name, status) in enumerate(zip(names, rated, strict=True), start=1):
            sheet.append((goal, f"{goal}-{number}", name, f"{name}に関する満足度（％）", 40, 60,
                          50, status, "理由" if status else None, "方向性", "企画課"))  # fmt: skip
    path = folder / f"長瀬町_施策評価_{year}年度.xlsx"
    book.save(path)
    return folder


def _run(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    (tmp_path / "planeval.toml").write_text(_SETTINGS, encoding="utf-8")
    ran = RUNNER.invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    return ran.exit_code, ran.stdout, ran.stderr


def test_a_blank_is_said_of_the_policy_its_indicator_after_it(tmp_path: Path) -> None:
    """#2: the blank 3-4 was said 施策「文化芸術の振興に関する満足度（％）（3-4 文化芸術の振興）」,
    a 施策 of no such name. The 施策 is named, its 成果指標 after it as that."""
    forms = _town(tmp_path / "R7", (("A", "B", "C"), ("A", None, "S")), "令和７")
    code, out, said = _run(tmp_path, "validate", str(forms))
    assert code == 1
    line = next(line for line in (out + said).splitlines() if "が空です" in line)
    assert (
        "施策「2-2 文化芸術の振興」（成果指標「文化芸術の振興に関する満足度（％）」）の評価が空です"
        in line
    )
    assert "満足度（％）（2-2" not in line


_BEFORE = (("A", "B", "A"), ("A", "A", "B"))
_AFTER = (("S", "B", "−"), ("−", None, "B"))


def test_compare_names_the_policy_it_left_out(tmp_path: Path) -> None:
    """#2: compare's 「除いたのは前回（令和6年度）の A 1 件（3-4 文化芸術の振興に関する満足度（％））」
    named the 施策 by its indicator; it names the 施策."""
    old = _town(tmp_path / "R6", _BEFORE, "令和６")
    new = _town(tmp_path / "R7", _AFTER, "令和７")
    code, out, said = _run(tmp_path, "compare", str(old), str(new), "--keep-going")
    assert code == 1, said  # (the blank 2-2: an error, counted past)
    assert "除いたのは前回（令和6年度）の A 1 件（2-2 文化芸術の振興）です" in out


def test_compare_says_a_move_to_unrated_in_words(tmp_path: Path) -> None:
    """#3: B → − and A → − were said 「変化」 alone (「変化 変化」 at 40 columns, 「（ほかに変化
    2件）」); they are said 「評価できないに変化」 in the terminal, csv, JSON and the workbook."""
    before, after = _BEFORE, _AFTER
    old = _town(tmp_path / "R6", before, "令和６")
    new = _town(tmp_path / "R7", after, "令和７")
    code, out, said = _run(tmp_path, "compare", str(old), str(new), "--keep-going")
    assert code == 1, said  # (the blank 2-2: an error, counted past)
    pairs = zip(sum(before, ()), sum(after, ()), strict=True)
    moved_to_unrated = sum(1 for was, now in pairs if now == "−" and was != now)
    assert f"（ほかに評価できないに変化 {moved_to_unrated}件）" in out
    assert "ほかに変化" not in out
    narrow = RUNNER.invoke(
        app,
        ["compare", str(old), str(new), "--keep-going", "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "40"},
    )  # fmt: skip
    assert "変化 変化" not in narrow.stdout
    assert narrow.stdout.count("評価できないに変化") == moved_to_unrated + 1  # (+ the summary)
    _code, csv_text, _said = _run(
        tmp_path, "compare", str(old), str(new), "--keep-going", "-f", "csv"
    )
    rows = [line.split(",") for line in csv_text.splitlines()]
    assert [row[-1] for row in rows if len(row) > 2 and row[-2] == "−"] == [
        "評価できないに変化"
    ] * moved_to_unrated
    _code, json_text, _said = _run(
        tmp_path, "compare", str(old), str(new), "--keep-going", "-f", "json"
    )
    changes = [m["change"] for m in json.loads(json_text)["movements"] if m["new"]
               and m["new"]["status"] == "−"]  # fmt: skip
    assert changes == ["評価できないに変化"] * moved_to_unrated
    book = tmp_path / "変化.xlsx"
    _run(tmp_path, "compare", str(old), str(new), "--keep-going", "--xlsx", str(book))
    rows_of = [row for sheet in load_workbook(book) for row in sheet.iter_rows(values_only=True)]
    unrated = [row for row in rows_of if "−" in row and row[-1] is not None]
    assert [row[-1] for row in unrated] == ["評価できないに変化"] * moved_to_unrated


def test_rounds_says_a_move_to_unrated_as_compare_does(tmp_path: Path) -> None:
    """#3 in rounds: its trend line still said 「（ほかに変化 2件）」 where compare says
    「（ほかに評価できないに変化 2件）」; both say it from the same words, rounds' JSON counts it."""
    old = _town(tmp_path / "R6", _BEFORE, "令和６")
    new = _town(tmp_path / "R7", _AFTER, "令和７")
    pairs = zip(sum(_BEFORE, ()), sum(_AFTER, ()), strict=True)
    moved_to_unrated = sum(1 for was, now in pairs if now == "−" and was != now)
    _code, compared, _said = _run(tmp_path, "compare", str(old), str(new), "--keep-going")
    others = f"（ほかに評価できないに変化 {moved_to_unrated}件）"
    assert others in compared
    code, out, said = _run(tmp_path, "rounds", str(old), str(new), "--keep-going", "-f", "plain")
    assert code == 1, said  # (the blank 2-2: an error, counted past)
    line = next(line for line in out.splitlines() if line.startswith("改善・後退した施策"))
    assert line.endswith(others), line
    assert "変化 " not in line.replace("評価できないに変化 ", "")
    _code, json_text, _said = _run(
        tmp_path, "rounds", str(old), str(new), "--keep-going", "-f", "json"
    )
    assert json.loads(json_text)["trends"][0]["changed"] == moved_to_unrated


def test_rounds_says_only_moves_to_unrated_in_words(tmp_path: Path) -> None:
    """#3: a round where no 施策 went up or down, two became −, said 「前の回から変化 2件」 in
    rounds and 「評価が変わった施策 2件」 (a scale of categories' words) in compare."""
    before = (("A", "B", "A"), ("A", "A", "B"))
    after = (("−", "B", "A"), ("A", "−", "B"))
    old = _town(tmp_path / "R6", before, "令和６")
    new = _town(tmp_path / "R7", after, "令和７")
    pairs = zip(sum(before, ()), sum(after, ()), strict=True)
    said_so = f"評価できないに変化 {sum(1 for was, now in pairs if now == '−' != was)}件"
    _code, compared, _said = _run(tmp_path, "compare", str(old), str(new))
    assert f"前回から{said_so}" in compared
    code, out, said = _run(tmp_path, "rounds", str(old), str(new), "-f", "plain")
    assert code == 0, said
    assert f"改善・後退した施策: 令和7年度は前の回から{said_so}" in out


def test_a_move_back_from_unrated_says_from_what(tmp_path: Path) -> None:
    """#3, the other way: − → A is 「評価できないから変化」."""
    old = _town(tmp_path / "R6", (("−", "B", "A"), ("A", "A", "B")), "令和６")
    new = _town(tmp_path / "R7", (("A", "B", "A"), ("A", "A", "B")), "令和７")
    code, out, said = _run(tmp_path, "compare", str(old), str(new), "-f", "csv")
    assert code == 0, said
    assert "1-1 防災体制の充実,防災体制の充実に関する満足度（％）,−,A,評価できないから変化" in out


def test_the_whole_plans_sentence_says_the_policy_left_out_for_an_error(tmp_path: Path) -> None:
    """#4: 「計画全体では、29の施策に取り組みました。」 of a plan of 30, one 施策 left out for its
    blank 評価, where 基本目標3's sentence said 「なお、このほか施策1件は、エラー…」. The whole
    plan's says it too, in summarize --narrative and the export."""
    forms = _town(tmp_path / "R7", (("A", "B", "C"), ("A", None, "S")), "令和７")
    code, out, said = _run(tmp_path, "summarize", str(forms), "--keep-going", "--narrative")
    assert code == 1, said  # (the blank 2-2: an error, counted past)
    blank = sum(1 for rated in (("A", "B", "C"), ("A", None, "S")) for s in rated if s is None)
    whole = next(line for line in out.splitlines() if line.startswith("計画全体では、"))
    assert whole.startswith(f"計画全体では、{6 - blank}つの施策に取り組みました。")
    assert whole.endswith(
        f"なお、このほか施策{blank}件は、評価が記入されていないため集計に含めていません。"
    )
    md = tmp_path / "報告.md"
    code, _out, said = _run(tmp_path, "export", str(forms), "--keep-going", "--md", str(md))
    assert code == 1, said
    assert whole in md.read_text(encoding="utf-8")


def test_the_issue_list_holds_the_policies_that_could_not_be_rated(tmp_path: Path) -> None:
    """#5: under nagayo's scale the issue list held B and C only, so the reasons the 施策 rated
    − could not be evaluated (「統計の公表が遅れ…」) were in the Chapter 3 tables alone. − there
    means 評価できない, not a repeat listing: a − row with its text is listed beside B and C (one
    with none is not, nor warned of), the lead says so and check counts them as listed."""
    rated = (("S", "B", "−"), ("−", "A", "C"))
    forms = _town(tmp_path / "R7", rated, "令和７")
    path = next(forms.glob("*.xlsx"))
    book = load_workbook(path)
    sheet = book["基本目標2"]
    untold = sheet["B5"].value  # (2-1, rated −: neither of its texts typed)
    sheet["I5"] = sheet["J5"] = None
    book.save(path)
    code, out, said = _run(tmp_path, "issues", str(forms), "-f", "json")
    assert code == 0, said
    listed = json.loads(out)["issues"]
    expected = [
        f"{goal}-{n}"
        for goal, row in enumerate(rated, start=1)
        for n, status in enumerate(row, start=1)
        if status in ("B", "C", "−") and f"{goal}-{n}" != untold
    ]
    assert sorted(row["project_id"] for row in listed) == expected
    assert "−" in {row["status"] for row in listed}
    code, out, said = _run(tmp_path, "validate", str(forms))
    assert code == 0 and "警告" not in out + said, out + said
    md = tmp_path / "報告.md"
    code, _out, said = _run(tmp_path, "export", str(forms), "--md", str(md))
    assert code == 0, said
    lead = (
        "概ね達成（B）・達成できなかった（C）と評価された施策、または評価できない（−）で"
        f"評価の理由・今後の方向性の記載がある施策。一覧は{len(listed)}件です。"
    )
    assert lead in md.read_text(encoding="utf-8")
    code, out, said = _run(tmp_path, "check", str(forms), "--text", str(md))
    assert code == 0, out + said
    assert "一覧の説明 1 件" in out
