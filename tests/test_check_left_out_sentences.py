"""A prefecture's roll-up checked past errors (review 84, 長野県's municipalities under 愛知県's
A–D): a report's 「このほか…N件は、…ため集計に含めていません」 compared with what its own 件
count. 東御市 rates its indicator table (項目 (1) over sub-rows ア, イ, each its own 指標 and
rating) in S A B C −: its rows are left out whole, each under its project's policy — its 「－」
too, which check took for a row of any policy (5 items said, 6 rows 「記載と違います」). A PDF
reply is a file not read at all: a number of its rows cannot be compared, said with its name;
a number of other rows, whose count is known, is compared all the same."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

NAGAYO_LEGEND = (
    "S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった　－：評価できない"
)
GOALS = ["便利な行政手続の実現", "暮らしを支えるデジタル活用", "安全な情報基盤"]
# each body's indicator table: per policy, its projects, each with its items' ratings
TOUMI = [  # (its 「－」 in policy 1's second project, an 「S」 first of policy 2 and last of all)
    [("電子申請の拡充", "A"), ("公衆無線LANの整備", "－A")],
    [("AI議事録の活用", "SB"), ("ガバメントクラウドへの移行", "CB"), ("文書管理の電子化", "C")],
    [("書かない窓口の導入", "AB"), ("マイナンバーカードの普及", "A"), ("防災アプリの配信", "AS")],
]
KOMAGANE = [
    [("AI議事録の活用", "C"), ("テレワーク環境の整備", "AB")],
    [("電子契約の導入", "AD"), ("オープンデータの公開", "B")],
    [("職員研修の実施", "A")],
]
ITEMS = ["システムの導入", "対象手続の拡大", "利用者への周知"]


def indicator_form(path: Path, body: str, plan: list, legend: str = "") -> Path:
    """A municipality's form as gen.py's F4 clerk builds it: 基本目標 headings, a header row
    each, 「(1) 項目」 rows unrated and 「ア …」 rows rated with their 指標's figures."""
    book = Workbook()
    sheet = book.active
    sheet.title = "評価結果"
    sheet.append([f"令和6年度 {body} DX推進計画 指標の評価"])
    sheet.append(["団体名", body])
    for number, projects in enumerate(plan, start=1):
        sheet.append([])
        sheet.append([f"基本目標{number}\u3000{GOALS[number - 1]}"])
        sheet.append(["項目", "指標", "策定時", "現状値", "目標値", "指標の評価"])
        for order, (project, statuses) in enumerate(projects, start=1):
            sheet.append([f"({order}) {project}"])
            for k, status in enumerate(statuses):
                item = ITEMS[k]
                sheet.append([f"{'アイウ'[k]} {item}", f"{item}の件数", 5, 20, 40, status])
    if legend:
        sheet.append([])
        sheet.append([legend])
    book.save(path)
    return path


def roll_up(folder: Path, *, pdf: bool = False) -> Path:
    folder.mkdir(parents=True)
    indicator_form(folder / "202100_駒ヶ根市.xlsx", "駒ヶ根市", KOMAGANE)
    indicator_form(folder / "【令和6年度回答】長野県東御市.xlsx", "東御市", TOUMI, NAGAYO_LEGEND)
    if pdf:  # (御代田町 answered on paper, scanned)
        (folder / "203238_御代田町.pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")
    return folder


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def settings(tmp_path: Path) -> Path:
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    return config


def _report(tmp_path: Path, folder: Path) -> str:
    report = tmp_path / "報告.md"
    common = ["--bodies", "file", "--config", str(settings(tmp_path)), "--keep-going"]
    assert run("export", str(folder), *common, "--md", str(report)).exit_code == 1
    return report.read_text(encoding="utf-8")


def _check(tmp_path: Path, folder: Path, text: str) -> dict:
    """check of a draft through the command line, its JSON (exit 1: 東御市's errors, past)."""
    draft = tmp_path / "報告案.md"
    draft.write_text(text, encoding="utf-8")
    common = ["--bodies", "file", "--config", str(settings(tmp_path)), "--keep-going"]
    checked = run("check", str(folder), *common, "--text", str(draft), "-f", "json")
    assert checked.exit_code == 1, checked.output
    return json.loads(checked.stdout)


def test_a_body_of_another_scale_is_left_out_by_its_items_policies(tmp_path: Path) -> None:
    folder = roll_up(tmp_path / "回答")
    text = _report(tmp_path, folder)
    # (the report's own count: 東御市's items of each policy, its 「－」 and 「S」 among them)
    for policy, items in ((1, 3), (2, 5), (3, 5)):
        said = f"このほか実施内容{items}件は、評価尺度が違う団体の行のため集計に含めていません"
        assert said in text.split(f"## 政策{policy}")[1].split("## ")[0], policy
    checked = _check(tmp_path, folder, text)
    assert not checked["not_compared"] and not checked["disagreements"], checked
    # a clerk's own words, 団体別集計's reason: compared with the same items
    own = "このほか東御市の5件は、評価尺度が違うため集計に含めていません"
    draft = text.replace(
        "このほか実施内容5件は、評価尺度が違う団体の行のため集計に含めていません", own
    )
    checked = _check(tmp_path, folder, draft)
    assert draft.count(own) == 2
    assert not checked["not_compared"] and not checked["disagreements"], checked
    # and a number other than its items' is wrong (every row of the body was read)
    checked = _check(tmp_path, folder, draft.replace("東御市の5件", "東御市の6件", 1))
    [wrong] = checked["disagreements"]
    assert [wrong[k] for k in ("scope", "stated", "counted")] == ["政策2", 6, 5]
    assert not checked["not_compared"]


def test_a_pdf_reply_leaves_the_numbers_of_other_rows_compared(tmp_path: Path) -> None:
    folder = roll_up(tmp_path / "回答", pdf=True)
    text = _report(tmp_path, folder)
    checked = _check(tmp_path, folder, text)
    assert not checked["not_compared"] and not checked["disagreements"], checked
    # (of errors and of 東御市's scale, as planeval says both: the PDF's rows are no row read)
    either = (
        "このほか実施内容3件は、エラーがあったか、評価尺度が違う団体の行のため集計に含めていません"
    )
    draft = text.replace(
        "このほか実施内容3件は、評価尺度が違う団体の行のため集計に含めていません", either
    )
    assert either in draft
    checked = _check(tmp_path, folder, draft)
    assert not checked["not_compared"] and not checked["disagreements"], checked


def test_a_number_of_a_pdf_reply_s_rows_is_said_not_compared_by_its_name(tmp_path: Path) -> None:
    folder = roll_up(tmp_path / "回答", pdf=True)
    text = _report(tmp_path, folder)
    pdf = f"{folder / '203238_御代田町.pdf'}"
    said = "このほか実施内容3件は、評価尺度が違う団体の行のため集計に含めていません。"
    paper = "また、このほか御代田町の6件は、回答がPDFで提出されたため集計に含めていません。"
    checked = _check(tmp_path, folder, text.replace(said, said + paper, 1))
    [aside] = checked["not_compared"]
    assert [aside[k] for k in ("scope", "stated", "settled")] == ["政策1", 6, False]
    assert aside["reason"] == (
        f"{pdf} は読み込んでいない（数えていない）ファイルのため、"
        "その行の数が planeval には分からず比べていません"
    )
    # (a count of rows left out for errors, which the PDF's may be among: it names the file)
    errors = "このほか実施内容4件は、エラーがあったため集計に含めていません。"
    checked = _check(tmp_path, folder, text.replace(said, said + errors, 1))
    [aside] = checked["not_compared"]
    assert aside["reason"] == (
        f"{pdf} は読み込んでいない（数えていない）ファイルのため、"
        "その行の数が planeval には分からず比べていません"
    )
