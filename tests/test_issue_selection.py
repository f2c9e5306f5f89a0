"""Which rows the issue list holds (review 20 F11): a status that needs no issue text, on a
row with none, is no issue (羽村市's 計画どおり進捗, a status its planeval.toml adds); a body
whose issue column every row fills in (枚方市's 今後の方向性, 「引き続き取り組む」 too) lists the
施策 its statuses single out, not all of them."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.report.views import select_issues
from planeval.scale import DEFAULT_SCALE
from tests.conftest import write_book

RUNNER = CliRunner()
HAMURA_TOML = """[scale]
preset = "hamura"

[[scale.status]]
symbol = "計画どおり進捗"
label = "計画どおり進捗"

[wording]
policy = "施策"
project = "施策"
item = "事業"
status = "評価結果"
issue = "評価の理由・今後の方向性"
department = "担当課"
"""
HEADER = ["No.", "事業名", "事業の概要", "評価結果", "評価の理由・今後の方向性", "担当課"]


def _hamura(folder: Path) -> Path:
    """羽村市's 施策評価結果 as its clerk types it: 施策 headings, the reason only where needed."""
    book = Workbook()
    sheet = book.active
    sheet.title = "施策評価"
    sheet.append(["令和5年度　羽村市施策評価結果（令和4年度事業分）"])
    sheet.append(["施策28「道路・交通」"])
    sheet.append(HEADER)
    sheet.append([1, "コミュニティバスの運行", "はむらんの運行", "計画どおり進捗",
                  "利用者数は回復傾向にある。", "企画政策課"])  # fmt: skip
    sheet.append([2, "自転車通行空間の整備", "整備", "次年度以降計画を見直す",
                  "国の補助採択が遅れたため、次年度以降に見直す。", "土木課"])  # fmt: skip
    sheet.append([3, "道路の維持管理", "舗装の計画的補修", "計画どおり完了", None, None])
    sheet.append(
        [4, "デマンド型交通の検討", "実証運行の実施", "計画どおり進捗", None, "企画政策課"]
    )
    sheet.append([5, "交通安全施設の整備", "カーブミラー", "次年度以降計画を見直す", None, None])
    (folder / "planeval.toml").write_text(HAMURA_TOML, encoding="utf-8")
    path = folder / "施策評価結果_令和5年度.xlsx"
    book.save(path)
    return path


def _issues(path: Path, folder: Path) -> list[str]:
    result = RUNNER.invoke(
        app, ["issues", str(path), "--config", str(folder / "planeval.toml"), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    return [issue["item_name"] for issue in json.loads(result.stdout)["issues"]]


def test_a_status_needing_no_text_on_a_row_without_one_is_no_issue(tmp_path: Path) -> None:
    """28-5 デマンド型交通の検討 (計画どおり進捗, no text) was listed; a 見直す without its
    reason still is (it needs one), and a 進捗 with a text is."""
    assert _issues(_hamura(tmp_path), tmp_path) == [
        "コミュニティバスの運行",
        "自転車通行空間の整備",
        "交通安全施設の整備",
    ]


def test_the_status_a_config_adds_is_shown_in_the_scale_s_order(tmp_path: Path) -> None:
    """完了 | 見直す | 進捗 in every table: 進捗, needing no reason, goes with 完了."""
    path = _hamura(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    assert config.scale.symbols == ("計画どおり完了", "計画どおり進捗", "次年度以降計画を見直す")
    result = RUNNER.invoke(
        app, ["summarize", str(path), "--config", str(tmp_path / "planeval.toml"), "-f", "csv"]
    )
    header = result.stdout.lstrip("\ufeff").splitlines()[0]
    assert header.index("計画どおり完了") < header.index("計画どおり進捗") < header.index("見直す")


def test_the_seed_s_above_plan_without_a_text_is_no_issue(tmp_path: Path) -> None:
    """◎ needs no issue text: listed only with one; △ and × always."""
    path = write_book(
        tmp_path / "s.xlsx",
        {
            "第3章": [
                ["情報化政策1 区民の力を活かす情報化"],
                ["事業", "実施内容", "達成状況", "課題等"],
                ["1-1-1 電子申請", "① 手続の拡大", "◎", ""],
                ["", "② 本人確認", "◎", "目標の2倍となった"],
                ["", "③ 可視化", "○", ""],
                ["", "④ 通知", "△", ""],
            ]
        },
    )
    read = planeval.read_workbooks([path])
    chosen = select_issues(read.entries, DEFAULT_SCALE)
    assert [e.item_name for e in chosen] == ["本人確認", "通知"]


def test_a_body_whose_every_row_has_a_direction_lists_what_its_statuses_single_out(
    tmp_path: Path,
) -> None:
    """枚方市: 35 施策, 今後の方向性 on every row (「引き続き取り組む」 beside an A 効果的):
    「課題のある施策 35 件」 said nothing. The preset lists those rated C, D or E (改善・検証・
    見直しを要する), whatever the texts; 評価対象外 with its note is not rated, not listed."""
    rows = [
        ["No.", "施策名", "評価", "今後の方向性", "担当部"],
        [1, "防災・減災対策の推進", "A", "引き続き取り組む", "危機管理部"],
        [2, "地域防犯の推進", "B", "引き続き取り組む", "市民生活部"],
        [3, "道路の整備", "C", "手法を見直す", "土木部"],
        [4, "市営住宅の管理", "評価対象外", "廃止された施策のため評価しない", "都市整備部"],
        [5, "上下水道の安定供給", "D", "手法を見直す", "上下水道局"],
        [6, "交通安全の推進", "E", "手法を見直す", "土木部"],
    ]
    path = write_book(
        tmp_path / "施策評価_令和5年度.xlsx",
        {
            "施策評価一覧": [
                ["令和5年度　枚方市施策評価　評価結果一覧"],
                ["基本目標1　安全で安心"],
                *rows,
            ]
        },
    )
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "hirakata"\n\n[wording]\npreset = "hirakata"\n', encoding="utf-8"
    )
    assert _issues(path, tmp_path) == ["道路の整備", "上下水道の安定供給", "交通安全の推進"]
    exported = tmp_path / "r.md"
    result = RUNNER.invoke(
        app,
        ["export", str(path), "--config", str(tmp_path / "planeval.toml"), "--md", str(exported)],
    )
    assert result.exit_code == 0, result.output
    text = exported.read_text(encoding="utf-8")
    assert (
        "改善に向けた検討を要する（C）・課題の検証を要する（D）・抜本的な見直しを要する（E）と"
        "評価された施策。一覧は3件です。"
    ) in text


def test_a_body_may_list_by_status_alone(tmp_path: Path) -> None:
    """[scale] issue_list = "status" for any body; a misspelt value is refused at its line."""
    path = _hamura(tmp_path)
    toml = tmp_path / "planeval.toml"
    toml.write_text(HAMURA_TOML.replace("[scale]\n", '[scale]\nissue_list = "status"\n'), "utf-8")
    assert _issues(path, tmp_path) == ["自転車通行空間の整備", "交通安全施設の整備"]
    toml.write_text(HAMURA_TOML.replace("[scale]\n", '[scale]\nissue_list = "text"\n'), "utf-8")
    result = RUNNER.invoke(app, ["issues", str(path), "--config", str(toml)])
    assert result.exit_code == 2
    assert "planeval.toml:2 › [scale]: issue_list は" in result.output


def test_a_scale_marking_no_status_needing_a_text_lists_those_below_plan() -> None:
    """An S 計画以上に達成 (above A, as planned) without a text was listed; 名古屋's 中止,
    outside the order, is still listed, as are those below plan."""
    from dataclasses import replace

    from planeval.presets import PRESETS
    from planeval.scale import Scale

    unmarked = Scale(
        tuple(replace(s, needs_issue=False) for s in PRESETS["nagayo"].statuses),
        as_planned="A",
    )
    assert [s for s in unmarked.counted if unmarked.off_plan(s)] == ["B", "C"]
    nagoya = PRESETS["nagoya"]
    assert [s for s in nagoya.counted if nagoya.off_plan(s)] == ["B", "C", "D", "-"]
    kawasaki = PRESETS["kawasaki"]  # (4 and 5 need a text: 1 and 2, above plan, do not)
    assert [s for s in kawasaki.counted if kawasaki.off_plan(s)] == ["4", "5"]


NAGAYO_TOML = """[scale]
preset = "nagayo"

[wording]
policy = "基本方針"
project = "施策"
item = "取組"
status = "評価"
issue = "評価の理由"
department = "担当課"
"""


def _nagayo(folder: Path) -> Path:
    """長与町's 取組評価シート as its clerk types it: 評価の理由 written for an S as for a C."""
    rows = [
        ["長与町DX推進計画　令和5年度　取組評価シート"],
        ["番号", "取組項目", "取組内容・実績", "評価（S・A・B・C・−）", "評価の理由", "担当課"],
        ["Ⅰ", "行政のデジタル化"],
        ["1.1", "行政手続のオンライン化"],
        ["1.1.1", "電子申請の拡充", "拡充した。", "S", "対象手続を120件に拡大した。", "企画課"],
        ["1.1.2", "キャッシュレス決済の導入", "導入した。", "A", None, "総務課"],
        ["1.1.3", "書かない窓口の導入", "検討した。", "B", "システム改修が遅れている。", "住民課"],
        ["1.1.4", "基幹業務システムの標準化", "移行中。", "−", "国の日程変更で評価できない。", "企画課"],
        ["1.1.5", "オンライン健康相談", "実施した。", "C", "利用者が伸びていない。", "健康保険課"],
    ]  # fmt: skip
    (folder / "planeval.toml").write_text(NAGAYO_TOML, encoding="utf-8")
    return write_book(folder / "長与町DX推進計画_取組評価_令和5年度.xlsx", {"取組評価": rows})


def test_nagayo_lists_its_rows_below_plan_not_every_row_with_a_reason(tmp_path: Path) -> None:
    """Review 21 N6: 「1.1.1 電子申請の拡充 S 対象手続を120件に拡大した。」 stood under 課題一覧
    (評価の理由 is written for good results too), as did the − rows; the preset lists B and C,
    and the caption says so — and a − with its reason (review 175 #5: why it could not be
    rated is the town's to publish beside B and C; 評価できない, not a repeat listing)."""
    path = _nagayo(tmp_path)
    listed = ["書かない窓口の導入", "基幹業務システムの標準化", "オンライン健康相談"]
    assert _issues(path, tmp_path) == listed
    exported = tmp_path / "r.md"
    config = str(tmp_path / "planeval.toml")
    result = RUNNER.invoke(app, ["export", str(path), "--config", config, "--md", str(exported)])
    assert result.exit_code == 0, result.output
    assert (
        "概ね達成（B）・達成できなかった（C）と評価された取組、または評価できない（−）で"
        f"評価の理由の記載がある取組。一覧は{len(listed)}件です。"
    ) in exported.read_text(encoding="utf-8")


def test_nagoya_s_issue_list_holds_the_statuses_below_a(tmp_path) -> None:
    """Review 69: 守山区 fills 今後の方向性 on every row, so the issue list held all 63 取組み;
    preset "nagoya" lists them by their status, as 枚方市's and 長与町's do: B, C, D and 中止."""
    import json

    from typer.testing import CliRunner

    from planeval.cli import app
    from tests.other_bodies import BODIES
    from tests.test_other_bodies import built

    body = next(b for b in BODIES if b.key == "nagoya_moriyama")
    paths, config = built(body, tmp_path)
    assert config.scale.issue_list == "status"
    args = [*map(str, paths), "--config", str(tmp_path / "planeval.toml")]
    runner = CliRunner()
    rows = json.loads(runner.invoke(app, ["summarize", *args, "-f", "json"]).stdout)["total"]
    listed = json.loads(runner.invoke(app, ["issues", *args, "-f", "json"]).stdout)["issues"]
    below = sum(rows["counts"][s] for s in ("B", "C", "D", "-"))
    assert len(listed) == below and {row["status"] for row in listed} <= {"B", "C", "D", "-"}
