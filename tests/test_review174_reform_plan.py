"""Review 174, body B (東山市's 第2次集中改革プラン: 基本方針 headings, 推進項目 lines 「(1)　…」
numbered anew under each 基本方針, rows 「(1)-1」, one compiled book with a 担当課 column,
資産経営課's two rows left blank): a 推進項目 with no row counted was listed as 「(2)」 alone
(#4), and 取組中 rows with no text were listed as 課題 (#6)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review174_plan_pairing import SETTINGS  # (東山市's planeval.toml)

# 基本方針 → 推進項目 → (番号, 取組項目, 取組内容, 進捗状況, 今後の方向性, 担当課)
PLAN = {
    "基本方針１　効率的・効果的な行政運営": {
        "(1)　事務事業の見直し": [
            ("(1)-1", "事務事業評価の実施", "全事業で事後評価を実施", "目標達成", "", "行政改革推進課"),
            ("(1)-2", "補助金の見直し", "補助金交付基準の改定", "取組中", "基準案を作成中。", "財政課"),
            ("(1)-3", "イベントの統廃合", "市主催イベントの統合", "変更・中止", "調整がつかず中止した。", "企画課"),
        ],
        "(2)　民間活力の活用": [
            ("(2)-1", "指定管理者制度の推進", "対象施設の拡大", "目標達成", "", "行政改革推進課"),
        ],
    },
    "基本方針２　健全な財政運営": {
        "(1)　歳入の確保": [
            ("(1)-1", "市税収納率向上", "コンビニ・スマホ決済の導入", "目標達成", "", "税務課"),
            ("(1)-2", "使用料・手数料の見直し", "受益者負担の適正化", "取組中", "", "財政課"),
        ],
        "(2)　歳出の削減": [
            ("(2)-1", "公共施設の再配置", "再配置計画の策定", None, "", "資産経営課"),
            ("(2)-2", "施設の長寿命化", "長寿命化計画の改定", None, "", "資産経営課"),
        ],
    },
    "基本方針３　組織・人材の活性化": {
        "(2)　人材育成": [
            ("(2)-1", "職員研修の充実", "階層別研修の見直し", "取組中", "", "人事課"),
            ("(2)-2", "人事評価制度の運用", "評価結果の処遇反映", "目標達成", "", "人事課"),
            ("(2)-3", "DX人材の育成", "デジタル研修の実施", "取組中", "受講者数が目標に届いていない。", "情報政策課"),
        ],
    },
}  # fmt: skip
RUNNER = CliRunner()


def _book(tmp_path: Path) -> Path:
    """The compiled book, as 東山市's 行政改革推進課 puts it together, and its planeval.toml."""
    book = Workbook()
    sheet = book.active
    sheet.title = "取組状況"
    sheet.append(["第２次東山市集中改革プラン　令和７年度取組状況"])
    for policy, directions in PLAN.items():
        sheet.append([])
        sheet.append([policy])
        for direction, rows in directions.items():
            sheet.append([direction])
            sheet.append(["番号", "取組項目", "取組内容", "進捗状況", "今後の方向性", "担当課"])
            for row in rows:
                sheet.append(list(row))
    path = tmp_path / "集中改革プラン取組状況_R7.xlsx"
    book.save(path)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return path


def _run(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    config = ["--config", str(tmp_path / "planeval.toml")]
    result = RUNNER.invoke(app, [*args, *config], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def test_a_direction_with_no_row_counted_is_numbered_with_its_policy(tmp_path: Path) -> None:
    """#4: 歳出の削減 (基本方針2's 推進項目 (2), both its rows blank) was 「(2)（未集計）」 between
    2-(1) and 3-(1), while the others read 1-(2) and 3-(2): now 「2-(2)」, as they are led."""
    book = _book(tmp_path)
    code, out, _ = _run(
        tmp_path, "summarize", str(book), "--keep-going", "--by", "direction", "-f", "csv"
    )
    assert code == 1, out
    rows = {
        line.split(",")[2]: line.split(",")[1] for line in out.lstrip("\ufeff").splitlines()[1:]
    }
    assert rows["歳出の削減"] == "2-(2)"
    assert rows["民間活力の活用"] == "1-(2)" and rows["人材育成"] == "3-(2)"
    code, out, _ = _run(tmp_path, "summarize", str(book), "--keep-going", "--by", "direction")
    assert "│ 2-(2)（未集計） │ 歳出の削減" in out, out


def test_a_row_in_progress_is_listed_as_an_issue_only_with_its_text(tmp_path: Path) -> None:
    """#6: mid-period, 取組中 is a 集中改革プラン's normal state; issues and the export's 課題一覧
    listed every 取組中 row under 「目標達成以外と評価された取組内容…」, two with an empty
    今後の方向性 that read as missing entries. A 取組中 row is listed only with its text; 変更・中止
    always, as the heading now says."""
    book = _book(tmp_path)
    code, out, _ = _run(tmp_path, "issues", str(book), "--keep-going", "-f", "csv")
    assert code == 1, out
    listed = [line.split(",") for line in out.lstrip("\ufeff").splitlines()[1:]]
    rows = [row for rows in (d for p in PLAN.values() for d in p.values()) for row in rows]
    expected = {r[2] for r in rows if r[3] == "変更・中止" or (r[3] and r[4])}
    assert {row[1] for row in listed} == expected, out
    assert all(row[4] for row in listed if row[3] == "取組中"), out
    md = tmp_path / "報告.md"
    _run(tmp_path, "export", str(book), "--keep-going", "--md", str(md))
    text = md.read_text(encoding="utf-8")
    assert "目標達成以外と評価された" not in text
    assert f"一覧は{len(expected)}件です" in text
