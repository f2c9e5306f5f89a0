"""check on review 86's findings: a draft with no count in it passed on the workbook's own 合計
row, a grand total under the last sheet's 計 compared with that sheet alone, planeval's own
roll-up Word report whose 団体別集計 合計 row could not be read, a verdict counting fewer
numbers not compared than its table lists, a table row's scope named 「表の「2」の行」, and a
clerk's table's 合計 割合 100.0 listed as not comparable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book
from tests.test_check_review85 import _checked, _nagayo, gyokaku_r5


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "400"})


@pytest.mark.parametrize("draft", ["", "本年度も着実に取り組みました。\n", "docx"])
def test_a_draft_with_no_count_fails_though_the_workbook_s_total_row_agrees(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, draft: str
) -> None:
    """Review 86 (2): an empty or number-less draft (or an empty Word file) passed, 「ブックの
    合計の行 1 行の記載件数はすべて集計と一致しています」, exit 0 — the clerk gave the wrong file."""
    gyokaku_r5(tmp_path)
    if draft == "docx":
        name = "報告書案.docx"
        Document().save(str(tmp_path / name))
    else:
        name = "報告書案.txt"
        (tmp_path / name).write_text(draft, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    done = run("check", "R5/", "--text", name)
    assert done.exit_code == 1, done.output
    verdict = done.stdout.splitlines()[-1]
    assert verdict.startswith(f"{name} に件数を記載した文章が見つかりませんでした"), verdict
    assert "--text に指定したファイルが報告書の文章か確かめてください" in verdict
    # (what the workbook's own row says is still said after it)
    assert verdict.endswith("ブックの合計の行 1 行の記載件数はすべて集計と一致しています")
    data = json.loads(run("check", "R5/", "--text", name, "-f", "json").stdout)
    assert data["texts_without_counts"] == [name]


def test_a_draft_with_counts_beside_the_total_row_still_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gyokaku_r5(tmp_path)
    (tmp_path / "報告書案.txt").write_text(
        "令和5年度は、全5項目のうち、完了が2項目、取組中が1項目、未着手が2項目でした。\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    done = run("check", "R5/", "--text", "報告書案.txt")
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines()[-1] == (
        "1 段落とブックの合計の行 1 行の記載件数はすべて集計と一致しています"
    )


def _nagayo_with_grand_total(folder: Path, grand: str) -> Path:
    """長与町's R5 workbook (each 基本目標's sheet with its own 「計」: 3 and 4) with the clerk's
    「合計 | … | 7件」 typed under the last sheet's 計: the whole workbook's."""
    path = _nagayo(folder)
    book = load_workbook(path)
    sheet = book["基本目標Ⅱ"]
    sheet.append(["合計", "", "", "", "", "", grand])
    book.save(path)
    return path


def test_a_grand_total_under_the_last_sheet_s_total_is_the_whole_plan_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 86 (3): 「合計 8件」 under 基本目標Ⅱ's 「計 4件」 was compared with 基本目標Ⅱ's 4 rows,
    exit 1 (and every read warned 「合計 8（行は 4）」)."""
    _nagayo_with_grand_total(tmp_path / "R5", "7件")
    monkeypatch.chdir(tmp_path)
    done = run("check", "R5/")
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines()[-1] == (
        "ブックの合計の行 3 行の記載件数はすべて集計と一致しています"
    )
    shown = run("summarize", "R5/")
    assert shown.exit_code == 0 and "合計の行の件数" not in shown.output, shown.output


def test_a_wrong_grand_total_is_said_of_the_whole_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _nagayo_with_grand_total(tmp_path / "R5", "9件")
    monkeypatch.chdir(tmp_path)
    done = run("check", "R5/", "-f", "json")
    assert done.exit_code == 1, done.output
    [wrong] = json.loads(done.stdout)["disagreements"]
    assert (wrong["scope"], wrong["stated"], wrong["counted"]) == (
        "計画全体",
        9,
        8,
    )  # (its rows, − too)
    assert (wrong["source"]["sheet"], wrong["source"]["cell"]) == ("基本目標Ⅱ", "G13")
    shown = run("summarize", "R5/")
    assert (
        "合計の行の件数が、上の評価の行を数えた件数と合いません: 合計 9（行は 7）" in shown.output
    )


def test_a_sheet_s_section_totals_keep_its_total_the_sheet_s(tmp_path: Path) -> None:
    """A sheet with a 「計」 under each 施策 and its 「合計」 at the foot: the 合計 is the sheet's
    (its first total stands among its rows, not under them all)."""
    import planeval
    from planeval.stated_totals import STATED_TOTAL

    header = ["番号", "施策・取組", "指標", "評　価"]
    first = [header, ["Ⅰ", "便利で快適な町民サービス"], ["1.1", "行政手続のオンライン化"],
             ["1.1.1", "電子申請", "手続数", "A"], ["1.1.2", "コンビニ交付", "交付率", "B"],
             ["計", "", "", "2件"], ["1.2", "情報発信の充実"],
             ["1.2.1", "ホームページ", "閲覧数", "B"], ["計", "", "", "1件"],
             ["合計", "", "", "3件"]]  # fmt: skip
    second = [header, ["Ⅱ", "効率的な行政運営"], ["2.1", "業務の効率化"],
              ["2.1.1", "RPA", "導入業務数", "C"], ["計", "", "", "1件"]]  # fmt: skip
    path = write_book(tmp_path / "進捗.xlsx", {"基本目標Ⅰ": first, "基本目標Ⅱ": second})
    result = planeval.read_workbooks([path], scale=PRESETS["nagayo"])
    assert len(result.entries) == 4, result.problems
    assert not [p for p in result.problems if p.reason == STATED_TOTAL], result.problems


def test_a_roll_up_s_word_report_is_compared_to_its_last_row(tmp_path: Path) -> None:
    """Review 86 (4): planeval's own roll-up Word report, 団体別集計 with two bodies no row was
    counted of one under the other (御代田町, 立科町), left its 合計 row 「表2の…行目」 not
    compared — 「どの集計のどの数か読み取れない…」 —, while the same report as Markdown was
    compared whole."""
    from tests.test_roster import ROSTER, _reply

    roster = [*ROSTER, [5, 12050, "海野村", "総務課"]]  # (山田村 and 海野村 never answered)
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": roster})
    settings = tmp_path / "planeval.toml"
    settings.write_text('[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8")
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "01_青葉市.xlsx", "012017", "青葉市", ["○", "○", "△"])
    _reply(replies / "02_緑町.xlsx", "012025", "緑町", ["◎", "×"])
    _reply(replies / "03_川辺町.xlsx", "012033", "川辺町", ["○"])
    read = [str(replies), "--bodies", "file", "--keep-going", "--config", str(settings)]
    report, page = tmp_path / "報告書.docx", tmp_path / "報告書.html"
    made = run("export", *read, "--docx", str(report), "--html", str(page), "-q")
    assert made.exit_code == 1 and "未回答）: 山田村、海野村" in made.output  # (written past it)
    for text in (report, page):
        done = run("check", *read, "--text", str(text), "-f", "json")
        data = json.loads(done.stdout)
        assert data["not_compared"] == [], data["not_compared"]
        assert data["disagreements"] == []
        rows = [s for s in data["statements"] if s["scope"] == "表の「合計」の行"]
        assert len(rows) == 2  # (集計's and 団体別集計's)


def test_the_verdict_counts_every_number_its_table_lists(tmp_path: Path) -> None:
    """Review 86 (8): 「比べられなかった数が 1 件あります」 over a table of two rows (a number
    of no known kind, and a change after it, which fails nothing)."""
    draft = "A評価が3指標、B評価が2指標で、ほかに7指標となり、前年度から1指標増加しました。"
    checked = _checked(tmp_path, draft)
    assert [n.settled for n in checked.not_compared] == [False, True]
    assert checked.verdict() == (
        "1 段落のうち、比べられなかった数が 2 件あります（うち 1 件は前年度の数・増減・"
        "印のない内訳など、行から数えられない数です）"
    )


@pytest.mark.parametrize("word", ["合わせて", "合計"])
@pytest.mark.parametrize(
    ("together", "change", "wrong"),
    [("5", "2", []), ("6", "2", [("", 6, 5)]), ("5", "1", [("増減", 1, 2)])],
    ids=("right", "wrong sum", "wrong change"),
)
def test_together_after_two_statuses_counts_them_added_up(
    tmp_path: Path, word: str, together: str, change: str, wrong: list[tuple[str, int, int]]
) -> None:
    """Review 86 (8): 「A評価が3指標、B評価が2指標で、合わせて5指標となり、前年度から2指標増加」
    — 合わせて of A and B (3 + 2; last year 2 + 1) and its change, not a number of no kind;
    「…で、合計5指標」 alike (was compared with the whole plan's total)."""
    draft = (
        f"A評価が3指標、B評価が2指標で、{word}{together}指標となり、"
        f"前年度から{change}指標増加しました。"
    )
    checked = _checked(tmp_path, draft)
    assert checked.not_compared == ()
    found = [(d.when, d.stated, d.counted) for d in checked.disagreements]
    assert found == wrong
    assert all(d.what == "AとBの合計（A・B）" for d in checked.disagreements)
    assert checked.compared == 4


def test_a_policy_s_row_of_a_pasted_table_is_named_as_a_paragraph_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 86 (12): a count edited in 集計's row 「1」 was said 「表の「1」の行」 while the same
    count in a sentence was said 「改革項目1」; a director reads the second."""
    gyokaku_r5(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run("export", "R5/", "--md", "報告書.md", "-q").exit_code == 0
    lines = (tmp_path / "報告書.md").read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("| 1 |"))
    cells = lines[at].split("|")
    cells[3] = f" {int(cells[3]) + 1} "  # (its first status's count, one more)
    lines[at] = "|".join(cells)
    lines.append("改革項目1「事務事業の見直し」では、3項目のうち完了が2項目でした。")
    (tmp_path / "報告書.md").write_text("\n".join(lines), encoding="utf-8")
    done = run("check", "R5/", "--text", "報告書.md", "-f", "json")
    assert done.exit_code == 1
    wrong = json.loads(done.stdout)["disagreements"]
    assert [(d["scope"], d["source"]["cell"]) for d in wrong] == [
        ("改革項目1", f"{len(lines)}行目"),
        ("改革項目1", f"{at + 1}行目"),
    ]
    rows = [s["scope"] for s in json.loads(done.stdout)["statements"] if s["table"]]
    assert rows[:3] == ["改革項目1", "改革項目5", "表の「合計」の行"]


@pytest.mark.parametrize("where", ["sheet", "report"])
def test_a_clerk_s_table_s_total_share_is_compared_with_its_shares(
    tmp_path: Path, where: str
) -> None:
    """Review 86 (12): 守山区's 「合計 | | 63 | 100.0」 (its 概要 sheet, or pasted into the report)
    was listed 「計の行の割合は各区分の割合の和で…比べていません」; it is the shares' whole, and
    a wrong one (98.5) passed."""
    from tests.test_check_sheet_tables import TOTAL_ROW, _moriyama

    cells = {f"D{TOTAL_ROW}": 98.5} if where == "sheet" else {}
    workbook, settings = _moriyama(tmp_path, **cells)
    texts = []
    if where == "report":  # (the 集計 sheet's table pasted into the draft, its 計 share wrong)
        book = load_workbook(workbook)
        lines = ["\t".join("" if c is None else str(c) for c in row)
                 for row in book["集計"].iter_rows(min_row=5, max_row=TOTAL_ROW, values_only=True)]  # fmt: skip
        lines[-1] = lines[-1].rsplit("\t", 1)[0] + "\t98.5"
        (tmp_path / "報告書.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        texts = ["--text", str(tmp_path / "報告書.txt")]
    args = [str(workbook), *texts, "--config", str(settings), "-f", "json"]
    done = run("check", *args)
    assert done.exit_code == 1, done.output
    data = json.loads(done.stdout)
    found = [(d["what"], d["stated"], d["counted"], d["percent"]) for d in data["disagreements"]]
    assert found == [("total", 98.5, 100.0, True)]
    assert not [n for n in data["not_compared"] if "計の行の割合" in n["reason"]]
