"""A designated city's first yearly cycle (review 31, 北浜市): 基本目標 › 施策 › 事業 › 取組, rated
A–D by its 局, the forms written by ``template`` from the plan (planeval.toml's [plan] file)
and filled in as the bureaus return them. Every reading command given the plan says what
validate says of the rows against it (F4); a bureau that sent last year's form is said so,
its 再掲 row not among its items (F8); a policy's sentence names the items an error left out
of it (F9); a contact line typed under the table is no issue text (F14)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.cell_range import CellRange
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from tests.designated_city import TOML as CITY_TOML

RUNNER = CliRunner()

TOML = CITY_TOML.replace("{counter}", "件")  # (the designated city's settings, counter 件)

# the plan as its 計画事業一覧 lists it: policy heading, header, direction, project rows
PLAN = {
    "基本目標1 市民サービスのデジタル化": {
        "1-1 行政手続のオンライン化": [
            ("1-1-1 電子申請の拡充", ["電子申請対象手続の拡大", "キャッシュレス納付の導入"], "市民局"),
            ("1-1-2 窓口のデジタル化", ["書かない窓口の導入", "オンライン相談の実施"], "区政推進局、市民局"),
        ],
    },
    "基本目標2 行政運営のDX": {
        "2-1 業務の効率化": [
            ("2-1-1 ペーパーレス化", ["電子決裁の徹底", "会議資料のペーパーレス化"], "財政局"),
            ("2-1-2 基幹業務システムの標準化", ["標準準拠システムへの移行", "ガバメントクラウドの利用"], "財政局"),
        ],
    },
    "基本目標3 デジタル基盤の強化": {
        "3-1 情報セキュリティの確保": [
            ("3-1-1 セキュリティ対策の強化", ["職員研修の実施", "インシデント対応訓練"], "総務局"),
            (
                "3-1-2 福祉・保健分野のデータ連携",
                ["健診データの連携", "子育て支援情報の一元化", "電子申請対象手続の拡大（1-1-1①再掲）"],
                "健康福祉局、こども青少年局",
            ),
        ],
    },
}  # fmt: skip
CIRCLED = "①②③"
# each bureau's ratings, as it returns them (C and D with their issue texts)
RATINGS = {
    "1-1-1①": ("A", ""),
    "1-1-1②": ("B", ""),
    "1-1-2①": ("B", ""),
    "1-1-2②": ("B", ""),
    "2-1-1①": ("B", ""),
    "2-1-1②": ("D", "議会との調整が未了"),
    "2-1-2①": ("C", "国の仕様変更に伴い移行時期を見直し"),
    "2-1-2②": ("B", ""),
    "3-1-1①": ("B", ""),
    "3-1-1②": ("A", ""),
    "3-1-2①": ("B", ""),
    "3-1-2②": ("C", "システム間の調整に時間を要している"),
}


def _plan(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["北浜市DX推進計画 計画事業一覧（令和6年度～令和9年度）"])
    for policy, directions in PLAN.items():
        sheet.append([])
        sheet.append([policy])
        sheet.append([])
        sheet.append(["情報化計画事業の体系", "実施内容", "新規/拡大/継続/終了", "関係部"])
        for direction, projects in directions.items():
            sheet.append([direction])
            for project, items, departments in projects:
                for number, item in enumerate(items):
                    first = number == 0
                    sheet.append(
                        [project if first else None, f"{CIRCLED[number]} {item}", "継続"]
                        + ([departments] if first else [])
                    )
    book.save(path)


def _city(tmp_path: Path) -> Path:
    city = tmp_path / "北浜市"
    city.mkdir()
    (city / "planeval.toml").write_text(TOML, encoding="utf-8")
    _plan(city / "計画.xlsx")
    return city


def _forms(city: Path, year: int, folder: str) -> dict[str, Path]:
    """Each bureau's form for ``year`` as template writes them, by bureau."""
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    written = planeval.write_templates(
        plan,
        city / folder,
        fiscal_year=year,
        scale=config.scale,
        split_by_department=True,
        wording=config.wording,
    )
    return {one.department: one.path for one in written if one.department}


def _fill(path: Path, changes: dict[str, tuple[str, str] | None] | None = None) -> None:
    """The bureau's ratings typed into its form's status and issue cells (``changes``: an
    item rated otherwise, or left blank: None)."""
    book = load_workbook(path)
    sheet = book["実施状況"]
    project = ""
    for row in sheet.iter_rows(min_row=6):
        if row[0].value and str(row[0].value)[:5].count("-") == 2:
            project = str(row[0].value).split()[0]
        if not row[1].value or row[3].value == "-":
            continue
        key = project + str(row[1].value)[0]
        rated = (changes or {}).get(key, RATINGS.get(key))
        if rated is not None:
            row[3].value, issue = rated
            row[4].value = issue or None
    book.save(path)


def _round(tmp_path: Path, **changes: dict[str, tuple[str, str] | None]) -> tuple[Path, Path]:
    city = _city(tmp_path)
    for bureau, path in _forms(city, 2024, "回収").items():
        _fill(path, changes.get(bureau))
    return city, city / "回収"


def _run(city: Path, *args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return result.exit_code, result.stdout, result.stderr


def _row_of(sheet, project: str, mark: str) -> int:  # type: ignore[no-untyped-def]
    current = ""
    for row in sheet.iter_rows(min_row=6):
        if row[0].value and str(row[0].value).startswith(project):
            current = project
        if current == project and str(row[1].value or "").startswith(mark):
            return int(row[1].row)
    raise AssertionError(f"{project}{mark} がありません")


def _shift(sheet, at: int, by: int) -> None:  # type: ignore[no-untyped-def]
    """A row inserted before row ``at`` (``by`` 1) or row ``at`` deleted (-1), as Excel does it:
    the merged cells below move with their rows, a merge over a deleted row loses it."""
    merges = [CellRange(str(merged)) for merged in sheet.merged_cells.ranges]
    for merged in merges:
        sheet.unmerge_cells(merged.coord)
    if by > 0:
        sheet.insert_rows(at)
    else:
        sheet.delete_rows(at)
    for merged in merges:
        low, high = merged.min_row, merged.max_row
        low, high = (low + by if low >= at + (by < 0) else low), (high + by if high >= at else high)
        if high > low or merged.min_col != merged.max_col:
            sheet.merge_cells(
                start_row=low, end_row=high, start_column=merged.min_col, end_column=merged.max_col
            )


def _sentences(markdown: Path) -> dict[str, str]:
    """Each policy's count sentence in an exported .md, by its heading."""
    lines = markdown.read_text(encoding="utf-8").splitlines()
    return {
        line[3:]: lines[index + 2]
        for index, line in enumerate(lines)
        if line.startswith("## 基本目標")
    }


ADDED = "3-1-1③ 標的型メール訓練 は計画にない取組です"
MISSING = "計画の取組 2-1-2② ガバメントクラウドの利用 がどのファイルにもありません"


def _added_and_deleted(tmp_path: Path) -> tuple[Path, Path, str, str]:
    """総務局 adds 「③ 標的型メール訓練 D」 under 3-1-1; 財政局 deletes the row 2-1-2②."""
    city, folder = _round(tmp_path)
    general = folder / "実施状況調査票_2024_総務局.xlsx"
    book = load_workbook(general)
    sheet = book["実施状況"]
    at = _row_of(sheet, "3-1-1", "②") + 1
    _shift(sheet, at, 1)
    sheet.cell(at, 2, "③ 標的型メール訓練")
    sheet.cell(at, 3, "総務局")
    sheet.cell(at, 4, "D")
    sheet.cell(at, 5, "訓練業者の選定が遅れた")
    book.save(general)
    finance = folder / "実施状況調査票_2024_財政局.xlsx"
    book = load_workbook(finance)
    sheet = book["実施状況"]
    _shift(sheet, _row_of(sheet, "2-1-2", "②"), -1)
    book.save(finance)
    # (the added row said at its name, B: review 167 #7)
    return city, folder, f"{general} › 実施状況 › B{at}", f"{city / '計画.xlsx'} › 計画事業一覧"


def test_a_row_added_and_a_row_deleted_are_validate_s_errors_in_every_reading_command(
    tmp_path: Path,
) -> None:
    city, folder, added_at, plan_at = _added_and_deleted(tmp_path)
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan, wording=config.wording)
    validated = planeval.validate(read, scale=config.scale, plan=plan, wording=config.wording)
    errors = [(str(p.location), p.message) for p in validated if p.is_error]
    # (naming the bureau that leads it and the form it returned without the row: review 138 #4)
    finance = folder / "実施状況調査票_2024_財政局.xlsx"
    missing = f"{MISSING}（所管局: 財政局。財政局の回答 {finance} にこの行がありません）"
    assert errors == [(added_at, ADDED), (f"{plan_at} › B19", missing)]
    # the library's read says the same, once each, and counts neither row
    assert [(str(p.location), p.message) for p in read.problems if p.is_error] == errors
    assert "3-1-1③" not in {entry.item_key for entry in read.entries}
    summary, counted = planeval.summarize_workbooks(
        [folder], scale=config.scale, plan=plan, wording=config.wording
    )
    assert [(str(p.location), p.message) for p in counted.problems if p.is_error] == errors
    assert {g.id: g.count.total for g in summary.groups} == {"1": 4, "2": 3, "3": 4}
    # the command line: nothing counted, exit 1, validate's errors …
    code, out, err = _run(city, "summarize", str(folder))
    assert (code, out) == (1, "")
    assert f"エラー: {added_at}: {ADDED}（" in err
    assert f"エラー: {plan_at} › B19: {MISSING}（" in err
    # … and past them, the rows read that the plan has, each policy saying what it left out
    out_md = tmp_path / "報告書.md"
    code, _, err = _run(city, "export", str(folder), "--keep-going", "--md", str(out_md))
    assert code == 1
    assert _sentences(out_md) == {
        "基本目標1 市民サービスのデジタル化": "「1-1 行政手続のオンライン化」として、2件の事業に取り組みました。"
        "個別の取組ごとの評価は、計画を上回って進捗1件、計画どおり進捗3件、やや遅れ0件、遅れ0件"
        "でした。",
        "基本目標2 行政運営のDX": "「2-1 業務の効率化」として、2件の事業に取り組みました。"
        "個別の取組ごとの評価は、計画を上回って進捗0件、計画どおり進捗1件、やや遅れ1件、遅れ1件"
        "でした。なお、このほか計画の取組1件は、所管局の回答に行がないため集計に含めていません。",
        "基本目標3 デジタル基盤の強化": "「3-1 情報セキュリティの確保」として、2件の事業に取り組みました。"
        "個別の取組ごとの評価は、計画を上回って進捗1件、計画どおり進捗2件、やや遅れ1件、遅れ0件"
        "でした。なお、このほか計画にない行1件は、集計に含めていません。",  # (review 88)
    }
    published = out_md.read_text(encoding="utf-8")
    assert "標的型メール訓練" not in published  # (not in 課題一覧 either)
    assert "記入に不備のあった 1 か所の行は集計に含めていません。" in published


def test_a_bureau_that_sent_last_year_s_form_is_said_so_its_repeat_row_not_counted(
    tmp_path: Path,
) -> None:
    city, folder = _round(tmp_path)
    (folder / "実施状況調査票_2024_健康福祉局.xlsx").unlink()
    last_year = _forms(city, 2023, "前年度")["健康福祉局"]
    _fill(last_year)
    last_year.rename(folder / last_year.name)
    warning = (
        "健康福祉局の回答が別の年度の調査票で提出されたため（未提出、令和5年度の調査票）、"
        "この局が所管する計画の取組 2 件は集計に含まれていません"
    )
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan, wording=config.wording)
    [warned] = [p for p in read.problems if p.severity is Severity.WARNING]
    assert (str(warned.location), warned.message, warned.hint) == (
        f"{city / '計画.xlsx'} › 計画事業一覧 › D27",
        warning,
        "今回の調査票で回答し直してもらい、ほかの回答と同じフォルダに入れて集計し直してください。"
        "局ごとの提出状況は validate で確かめられます",
    )
    # validate's 提出状況 says the same, and the two rows its form asks a status of (not its
    # 再掲 row, which template fills in: review 45)
    [health] = [s for s in planeval.submissions(read, plan) if s.department == "健康福祉局"]
    assert (health.label, health.items) == ("未提出（令和5年度の調査票）", 2)
    out_md = tmp_path / "報告書.md"
    code, _, err = _run(city, "export", str(folder), "--keep-going", "--md", str(out_md))
    assert code == 1 and f"警告: {warned.location}: {warning}（" in err
    published = out_md.read_text(encoding="utf-8")
    assert (
        "健康福祉局の取組 2 件は、回答が別の年度の調査票で提出されたため集計に含めていません"
        "（未提出、令和5年度の調査票）"
    ) in published
    assert _sentences(out_md)["基本目標3 デジタル基盤の強化"].endswith(
        "なお、計画にはこのほか所管局の回答が別の年度の調査票で提出された事業があり、"
        "その取組2件は集計に含めていません。"
    )


def test_a_blank_status_is_said_in_its_policy_s_sentence_and_check_reads_it(
    tmp_path: Path,
) -> None:
    city, folder = _round(tmp_path, 区政推進局={"1-1-2②": None})
    out_md = tmp_path / "報告書.md"
    code, _, err = _run(city, "export", str(folder), "--keep-going", "--md", str(out_md))
    assert code == 1 and "D9: 取組「1-1-2② オンライン相談の実施」の評価が空です" in err
    sentences = _sentences(out_md)
    assert sentences["基本目標1 市民サービスのデジタル化"] == (
        "「1-1 行政手続のオンライン化」として、2件の事業に取り組みました。"
        "個別の取組ごとの評価は、計画を上回って進捗1件、計画どおり進捗2件、やや遅れ0件、遅れ0件"
        "でした。なお、このほか取組1件は、評価が記入されていないため集計に含めていません。"
    )
    assert (
        "なお"
        not in sentences["基本目標2 行政運営のDX"] + sentences["基本目標3 デジタル基盤の強化"]
    )
    # check compares that number with the rows the error left out of that policy: one
    text = tmp_path / "基本目標1.txt"
    text.write_text(
        "基本目標1 市民サービスのデジタル化\n"
        + sentences["基本目標1 市民サービスのデジタル化"][-31:]
        + "\n",
        encoding="utf-8",
    )
    config = planeval.load_config(city / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale, wording=config.wording)
    checked = planeval.check(read, scale=config.scale, texts=[text], item="取組", project="事業")
    assert (checked.disagreements, checked.not_compared) == ((), ())


def test_a_contact_line_under_the_table_is_no_issue_text(tmp_path: Path) -> None:
    city, folder = _round(tmp_path)
    general = folder / "実施状況調査票_2024_総務局.xlsx"
    book = load_workbook(general)
    sheet = book["実施状況"]
    last = _row_of(sheet, "3-1-1", "②")
    sheet.cell(last + 1, 5, "担当：総務局デジタル推進課 内線1234")
    sheet.cell(last + 3, 5, "次年度は全職員を対象に実施予定")  # (a blank row between)
    book.save(general)
    config = planeval.load_config(city / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale, wording=config.wording)
    [trained] = [e for e in read.entries if e.item_key == "3-1-1②"]
    assert trained.issue == ""
    where = f"{general} › 実施状況 › E"
    assert [(str(p.location), p.severity, p.message, p.hint) for p in read.problems] == [
        (
            f"{where}{last + 1}",
            Severity.NOTICE,
            "「担当：総務局デジタル推進課 内線1234」は連絡先などの注記と読めるため、上の行"
            f"（E{last}）の課題・今後の方向性の続きとして読んでいません",
            "上の行の課題・今後の方向性なら、そのセルの中に改行（Alt+Enter）して書いてください",
        ),
        (
            f"{where}{last + 3}",
            Severity.NOTICE,
            "「次年度は全職員を対象に実施予定」はあいだに空いた行があるため、上の行"
            f"（E{last}）の課題・今後の方向性の続きとして読んでいません",
            "上の行の課題・今後の方向性なら、そのセルの中に改行（Alt+Enter）して書いてください",
        ),
    ]
    code, out, _ = _run(city, "issues", str(folder))
    assert code == 0 and "内線1234" not in out and "全職員" not in out


def test_an_issue_text_on_the_next_line_is_still_the_item_s(tmp_path: Path) -> None:
    city, folder = _round(tmp_path, 財政局={"2-1-2②": ("C", "移行経費を精査している")})
    finance = folder / "実施状況調査票_2024_財政局.xlsx"
    book = load_workbook(finance)
    sheet = book["実施状況"]
    row = _row_of(sheet, "2-1-2", "②")  # (the form's last row)
    sheet.cell(row + 1, 5, "次年度に移行時期を判断する")
    book.save(finance)
    config = planeval.load_config(city / "planeval.toml")
    read = planeval.read_workbooks([finance], scale=config.scale, wording=config.wording)
    [late] = [e for e in read.entries if e.item_key == "2-1-2②"]
    assert late.issue == "移行経費を精査している\n次年度に移行時期を判断する"
    assert [(p.severity, p.message) for p in read.problems] == [
        (
            Severity.WARNING,
            f"課題・今後の方向性だけの行です。上の行（E{row}）の課題・今後の方向性の続きとして"
            "読みました",
        )
    ]


def test_two_things_left_out_of_one_policy_are_said_なお_then_また(tmp_path: Path) -> None:
    """Review 35: 「…でした。なお、計画にはこのほか…。なお、このほか取組1件は、エラーが…」 —
    two sentences after one policy's count each began なお; the second now begins また."""
    city, folder = _round(tmp_path, 総務局={"3-1-1①": None})  # (a blank, counted past)
    (folder / "実施状況調査票_2024_健康福祉局.xlsx").unlink()  # (3-1-2's bureau: no reply)
    out_md = tmp_path / "報告書.md"
    code, _, _ = _run(city, "export", str(folder), "--keep-going", "--md", str(out_md))
    assert code == 1
    sentence = _sentences(out_md)["基本目標3 デジタル基盤の強化"]
    assert sentence.count("なお、") == 1 and "。また、このほか取組1件は、" in sentence, sentence
