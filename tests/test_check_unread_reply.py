"""`check` with the plan where one department's reply is an .xls, not read at all (review 184
#1, 世田谷区's DX推進担当部). Before, the file held back every number of every scope: a wrong
「計画どおり実施9件」 (8 counted) went under 比べられなかった while the right 8 was affirmed.
With the plan its items are known, as a department's 未提出 items are: a number differing is a
disagreement said with them, by the label Chapter 3 lists them with (「未提出（読めないファイル
のみ）の 4 件は数えていません」, the fifty-fifth session: no more 「読めなかったファイルの 4 件」 beside it in
the same output), and a number agreeing names them in each scope holding them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval import read_plan, read_workbooks
from planeval.check_result import CheckResult
from planeval.cli import app
from tests.cycle_fill import PLAN, fill_workbook, split_templates
from tests.test_review174_whole_of_the_plan import WIDE

XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # (an .xls's OLE header)
SENT_AS_XLS = "危機管理部"
UNREAD = "未提出（読めないファイルのみ）"  # (Chapter 3's label of its items)


def _round(tmp_path: Path) -> tuple[planeval.ReadResult, str, int, int]:
    """Every form rated ○, 危機管理部's sent as .xls; its policy, ○ counted there, its items."""
    forms = split_templates(tmp_path / "回答")
    for path in forms.glob("*.xlsx"):
        fill_workbook(path, default="○")
    own = forms / f"実施状況調査票_2022_{SENT_AS_XLS}.xlsx"
    own.unlink()
    own.with_suffix(".xls").write_bytes(XLS)
    result = read_workbooks([forms], plan=read_plan(PLAN))
    theirs = Counter(r.policy_id for r in result.unreturned_rows if r.department == SENT_AS_XLS)
    policy, items = theirs.most_common(1)[0]
    counted = sum(1 for e in result.entries if e.policy_id == policy and e.status == "○")
    return result, policy, counted, items


def _checked(tmp_path: Path, result: planeval.ReadResult, policy: str, said: int) -> CheckResult:
    text = tmp_path / f"報告書_{said}.txt"
    name = result.policy_names.get(policy, "")
    text.write_text(
        f"（{policy}）情報化政策{policy} {name}\n"
        f"個別の実施内容ごとの達成状況は、計画どおり実施{said}件でした。\n",
        encoding="utf-8",
    )
    return planeval.check(result, texts=[text])


def test_a_wrong_number_beside_an_unread_reply_is_a_disagreement(tmp_path: Path) -> None:
    result, policy, counted, items = _round(tmp_path)
    assert items
    checked = _checked(tmp_path, result, policy, counted + 1)
    wrong = [d for d in checked.disagreements if d.stated == counted + 1]
    assert len(wrong) == 1, (checked.disagreements, checked.not_compared)
    assert wrong[0].counted == counted
    assert f"（{UNREAD}の {items} 件は数えていません）" in wrong[0].note
    assert "未提出の" not in wrong[0].note  # (it sent a file: not 未提出 alone)
    assert not [n for n in checked.not_compared if n.stated == counted + 1]


def test_a_right_number_beside_an_unread_reply_names_its_items(tmp_path: Path) -> None:
    result, policy, counted, items = _round(tmp_path)
    checked = _checked(tmp_path, result, policy, counted)
    assert not checked.disagreements and not checked.unsettled
    partial = [d for d in checked.partial if d.stated == counted]
    assert len(partial) == 1
    assert partial[0].left_out == f"{UNREAD}の {items} 件"


def test_check_s_output_names_the_unread_reply_s_items_by_one_label(tmp_path: Path) -> None:
    """The fifty-fifth session: the verdict said 「未提出（読めないファイルのみ） 4 件」 while the
    note under a disagreement said 「読めなかったファイルの 4 件」 of the same rows; both now
    Chapter 3's label."""
    result, policy, counted, items = _round(tmp_path)
    text = tmp_path / "報告.txt"
    name = result.policy_names.get(policy, "")
    text.write_text(
        f"（{policy}）情報化政策{policy} {name}\n"
        f"個別の実施内容ごとの達成状況は、計画どおり実施{counted + 1}件でした。\n",
        encoding="utf-8",
    )
    given = [str(tmp_path / "回答"), "--plan", str(PLAN), "--keep-going", "--text", str(text)]
    run = CliRunner().invoke(app, ["check", *given], env=WIDE)
    shown = "".join(line.strip() for line in run.stdout.splitlines())
    assert f"（{UNREAD}の {items} 件は数えていません）" in shown, shown
    assert "読めなかったファイル" not in shown
