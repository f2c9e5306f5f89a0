"""check: planeval's lead of its issue list, 「…と評価された事業、または…の記載がある事業。一覧は
3件です。」, is compared with the rows its words select — by the export's own rule, and only the
statuses it names where the export was asked for some (export --status) — or listed as not
compared with why. Review 93 N6: 「一覧は12件です」 over a list of 13 was said to agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.issue_leads import Listed, lead_rows
from planeval.presets import PRESETS
from planeval.scale import DEFAULT_SCALE
from planeval.stated_number import ISSUES
from planeval.unknown_counters import Unknown
from tests.conftest import SEED_WORKBOOK
from tests.test_phrase_statuses import _export

RUNNER = CliRunner()
LEAD = "「次年度以降計画を見直す」と評価された事業、または課題・今後の方向性の記載がある事業。"


def test_the_lead_of_planeval_s_export_agrees_and_a_wrong_count_is_found(tmp_path: Path) -> None:
    text = _export(tmp_path)  # (羽浦市: 2 事業 見直す, both with an issue text)
    assert f"{LEAD}一覧は2件です。" in text
    source = str(tmp_path / "施策評価結果_令和6年度.xlsx")
    config = ["--config", str(tmp_path / "planeval.toml")]
    agreed = RUNNER.invoke(app, ["check", source, *config, "--text", str(tmp_path / "r.md")])
    assert agreed.exit_code == 0, agreed.output
    assert "と一覧の説明 1 件の記載件数は\n  すべて集計と一致しています" in agreed.output
    wrong = tmp_path / "wrong.md"
    wrong.write_text(text.replace("一覧は2件です", "一覧は3件です"), encoding="utf-8")
    found = RUNNER.invoke(app, ["check", source, *config, "--text", str(wrong)])
    assert found.exit_code == 1
    assert "│ 計画全体 │ 課題一覧の件数 │ 3    │ 2    │" in found.output


def _lead_checked(tmp_path: Path, *status: str, edit: tuple[str, str] = ("", "")) -> list[str]:
    """The lead of the seed's export (with ``status``), after ``edit``, and check's word on it:
    「agrees」, or each disagreement's stated and counted, or each reason not compared."""
    report = tmp_path / "r.md"
    made = RUNNER.invoke(
        app, ["export", str(SEED_WORKBOOK), *status, "--md", str(report), "--force"]
    )
    assert made.exit_code == 0, made.output
    text = report.read_text(encoding="utf-8").replace(*edit)
    report.write_text(text, encoding="utf-8")
    result = planeval.read_workbooks([SEED_WORKBOOK])
    checked = planeval.check(result, texts=[report])
    (lead,) = [s for s in checked.statements if s.listed]
    wrong = [f"{d.stated} {d.counted}" for d in checked.disagreements if d.what == ISSUES]
    skipped = [n.reason for n in checked.not_compared if n.location == lead.location]
    return [lead.text, *(wrong or skipped or ["agrees"])]


@pytest.mark.parametrize(
    ("status", "said", "listed"),
    [
        ((), "内容を一部修正して実施（△）・未実施（×）と評価された実施内容、または課題等", 25),
        (("--status", "△"), "達成状況が内容を一部修正して実施（△）の実施内容。", 15),
        (("--status", "○"), "の記載がある実施内容のうち、達成状況が計画どおり実施（○）のもの。", 5),
    ],
)
def test_an_export_s_lead_is_compared_with_the_rows_it_says_it_lists(
    tmp_path: Path, status: tuple[str, ...], said: str, listed: int
) -> None:
    """The list --status made holds those statuses only, as its lead says: compared so."""
    lead, verdict = _lead_checked(tmp_path, *status)
    assert said in lead and lead.endswith(f"一覧は{listed}件です。") and verdict == "agrees"
    edit = (f"一覧は{listed}件", f"一覧は{listed + 1}件")
    assert _lead_checked(tmp_path, *status, edit=edit)[1:] == [f"{listed + 1} {listed}"]


def test_a_lead_whose_words_do_not_say_what_it_lists_is_not_compared(tmp_path: Path) -> None:
    """An edited lead is listed with why — never passed over as agreeing."""
    edit = ("と評価された実施内容、または課題等の記載がある実施内容。", "の実施内容（抜粋）。")
    lead, reason = _lead_checked(tmp_path, edit=edit)
    assert lead.endswith("（抜粋）。一覧は25件です。")
    assert reason.startswith("planeval の課題一覧の件数ですが、一覧の説明からどの行を載せた")


def test_the_lead_s_words_select_the_rows() -> None:
    aichi = PRESETS["aichi"]
    every = "A(達成率100%以上)以外と評価された取組、または課題等の記載がある取組"
    assert lead_rows(every, aichi) == Listed(frozenset({"B", "C", "D"}), True)
    only = "達成状況がB(80%以上100%未満)・C(50%以上80%未満)の取組"
    assert lead_rows(only, aichi) == Listed(frozenset({"B", "C"}), False)
    review = "「次年度以降計画を見直す」と評価された事業"
    assert lead_rows(review, PRESETS["hamura"]) == Listed(
        frozenset({"次年度以降計画を見直す"}), False
    )
    some = "内容を一部修正して実施(△)・未実施(×)と評価された実施内容のうち、達成状況が×のもの"
    assert lead_rows(some, DEFAULT_SCALE) == Listed(frozenset({"△", "×"}), False, frozenset("×"))
    # (a body's item word with brackets, 東海県's 取組（KPI）, NFKC 取組(KPI): review 150)
    kpi = "A(達成率100%以上)以外と評価された取組(KPI)、または課題等の記載がある取組(KPI)"
    assert lead_rows(kpi, aichi) == Listed(frozenset({"B", "C", "D"}), True)
    chosen = "評価がB(80%以上100%未満)・C(50%以上80%未満)の取組(KPI)"
    assert lead_rows(chosen, aichi) == Listed(frozenset({"B", "C"}), False)
    other = lead_rows("Sと評価された取組", aichi)
    assert isinstance(other, Unknown) and not other.settled and "この評価尺度" in other.reason


def test_an_earlier_export_s_lead_in_rows_is_compared_too(tmp_path: Path) -> None:
    """Exports before the thirty-ninth session wrote 「一覧は 25 行です」."""
    lead = "内容を一部修正して実施（△）・未実施（×）と評価された実施内容、または課題等の記載がある実施内容。"
    said = _lead_checked(tmp_path, edit=("一覧は25件です", "一覧は 24 行です"))
    assert said == [f"{lead}一覧は 24 行です。", "24 25"]
