"""A ministry's national survey as review 137 played it: one workbook per local body
(--bodies file), each the form 「令和7年度 自治体DX推進状況調査 回答票」 with its 団体名 and
団体コード above a table of numbered 調査項目 in 分野 bands, each 取組状況 one of 実施済, 実施中,
検討中, 未着手 or 対象外 (not counted). A small one: the tests of review 137 build it."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

FIELDS = {
    "行政手続のオンライン化": ["子育て関係手続のオンライン化", "電子申請システムの導入"],
    "セキュリティ対策の徹底": ["職員向けセキュリティ研修", "クラウドサービス利用基準の策定"],
}
# last year's form: its 2-2 another question under the same number
LAST_YEAR = {"2-2": "テレワーク環境のセキュリティ確保"}
STATUSES = ("実施済", "実施中", "検討中", "未着手", "対象外")
SETTINGS = """[scale]
as_planned = "実施済"
order = "best_first"
[[scale.status]]
symbol = "実施済"
[[scale.status]]
symbol = "実施中"
[[scale.status]]
symbol = "検討中"
[[scale.status]]
symbol = "未着手"
[[scale.status]]
symbol = "対象外"
counted = false

[layout.titles]
number = ["調査項目番号"]

[wording]
policy = "分野"
item = "調査項目"
status = "取組状況"
issue = "課題・備考"
"""


def items(names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Each item's number and question, 「1-1」 first; ``names`` another year's questions."""
    found = [
        (f"{f}-{i}", question)
        for f, questions in enumerate(FIELDS.values(), start=1)
        for i, question in enumerate(questions, start=1)
    ]
    return [(number, (names or {}).get(number, question)) for number, question in found]


def write_form(
    path: Path,
    code: str,
    name: str,
    statuses: list[str | None],
    *,
    year: str = "令和7年度",
    names: dict[str, str] | None = None,
) -> None:
    """A body's reply: ``statuses`` one per item, in their order (None: left blank)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "回答票"
    sheet["A1"] = f"{year} 自治体DX推進状況調査 回答票"
    for row, (title, value) in enumerate((("団体コード", code), ("団体名", name)), start=3):
        sheet.cell(row, 1, title)
        sheet.cell(row, 2, value)
    sheet.append([])
    sheet.append(["調査項目番号", "調査項目", "取組状況", "課題・備考"])
    numbered = iter(zip(items(names), statuses, strict=True))
    for f, (field, questions) in enumerate(FIELDS.items(), start=1):
        sheet.append([f"【分野{f}】{field}"])
        for _ in questions:
            (number, question), status = next(numbered)
            issue = "予算確保が課題" if status in ("検討中", "未着手") else None
            sheet.append([number, question, status, issue])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def survey(folder: Path, bodies: int = 6) -> Path:
    """``bodies`` replies in ``folder`` (each a cycle of the statuses), 「若津市」's 1-2 left
    blank, 「花瀬市」's last year's form sent again; the settings beside them. The folder."""
    names = ["札幌市", "千代田区", "赤岡市", "春宮市", "大崎町", "雪里町", "青丘村", "月根市"]
    for n in range(bodies):
        statuses: list[str | None] = [STATUSES[(n + i) % 5] for i in range(4)]
        write_form(folder / f"{n + 1:02d}0006.xlsx", f"{n + 1:02d}0006", names[n], statuses)
    blank: list[str | None] = ["実施済", None, "実施中", "未着手"]
    write_form(folder / "462039.xlsx", "462039", "若津市", blank)
    last = ["実施中", "検討中", "実施済", "未着手"]
    write_form(
        folder / "212156.xlsx", "212156", "花瀬市", list(last), year="令和6年度", names=LAST_YEAR
    )
    (folder.parent / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folder
