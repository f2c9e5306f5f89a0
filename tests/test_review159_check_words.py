"""Review 159 #3 and #4: check's words. It listed 「24件」 as a disagreement, then quoted the
same sentence, cut short, under 「一致とみました」 as if 24 agreed; and its explanations wrote
counts without the thousands separators summarize prints (「2108件を含めると 50277」,
「1699 団体」)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.test_review154 import FORMS, forms, run


def test_a_sentence_one_number_of_which_disagrees_names_the_one_that_agrees(
    tmp_path: Path,
) -> None:
    """教育部 sent last year's form (left out): 重点項目1's 「6件（1項目再掲のため実質N件）」 —
    6 wrong, N the rows counted and left out together — is a disagreement for 6, and the
    verdict's agreeing quote names N, the bracket closed."""
    folder = forms(tmp_path / "回答", {"総務部": FORMS["総務部"]})
    forms(tmp_path / "昨年", {"教育部": FORMS["教育部"]}, year=6)
    shutil.move(tmp_path / "昨年" / "R6_取組状況_教育部.xlsx", folder / "R7_取組状況_教育部.xlsx")
    counted = sum(n.startswith("1-") and s != "再掲" for n, *_, s in FORMS["総務部"])
    left = sum(n.startswith("1-") for n, *_ in FORMS["教育部"])
    rows = counted + left + 1  # (a wrong count of the rows: one more)
    text = tmp_path / "案.txt"
    text.write_text(
        f"重点項目1　事務事業の再編・整理\n取組内容は{rows}件（1項目再掲のため実質{counted + left}件）です。\n",
        encoding="utf-8",
    )
    output = run(tmp_path, "check", str(folder), "--text", str(text), "--keep-going")
    plain = "".join(output.split())
    assert run.code == 1  # type: ignore[attr-defined]
    quote = f"「取組内容は{rows}件（1項目再掲のため実質{counted + left}件）」"
    assert f"{quote}（{counted + left}件は集計{counted}件＋数えなかった行{left}件" in plain, output
    assert "実質" + str(counted + left) + "件」（集計" not in plain


def test_check_s_explanations_separate_thousands(tmp_path: Path) -> None:
    """A total of over a thousand rows stated wrong: the counted total and the other total
    beside it (the 再掲 rows included) are written 1,000 and 1,002, as summarize prints them."""
    rows = [(f"1-{n}", f"改革{n}", f"改革{n}の取組", "取組中") for n in range(1, 1001)]
    rows += [(f"2-{n}", f"改革{n}", f"（1-{n}再掲）", "再掲") for n in (1, 2)]
    folder = forms(tmp_path / "回答", {"総務部": rows})
    counted = sum(status != "再掲" for *_, status in rows)
    text = tmp_path / "案.txt"
    text.write_text(f"取組内容は全{counted + 1:,}件です。\n", encoding="utf-8")
    output = run(tmp_path, "check", str(folder), "--text", str(text), "-f", "json")
    assert run.code == 1  # type: ignore[attr-defined]
    [wrong] = json.loads(output[output.index("{") :])["disagreements"]
    assert wrong["counted"] == counted
    assert wrong["note"] == f"（集計しない再掲 {len(rows) - counted}件を含めると {len(rows):,}）"
