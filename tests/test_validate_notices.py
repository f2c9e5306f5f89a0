"""validate's notices: a character outside Shift_JIS said at the cell it is in, to whoever can
fix it (the plan's owner where the form copied it from the plan — by template, which says it
once as it makes the forms —, the department where it was typed), and the plan's list-and-card
wording said in full by template, in one notice by validate of forms planeval did not make."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.cycle.plan_cards import plan_disagreements
from tests.conftest import REPO, write_book

# a city's 行政改革 plan as its clerk keeps it: one row per item, a 实 typed for 実 by an IME
PLAN_ROWS = [
    ["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"],
    ["1-1-1", "窓口サービスの改善", 1, "窓口の实施体制の見直し", "継続", "市民部"],
    ["1-1-1", "窓口サービスの改善", 2, "証明書のコンビニ交付", "継続", "市民部"],
    ["1-2-1", "職員の働き方改革", 1, "テレワークの推進", "継続", "総務部"],
]
LOOK_ALIKES = (
    "簡体字などの打ち間違い（「实」→「実」、「术」→「術」など）なら正しい字に直してください"
)
NOT_SHOWN = "Windows の一部のソフトや印刷では表示されないことがあります"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _filled_round(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """The plan, its forms made by template and filled in: 市民部 rates its two items ○,
    総務部 rates its one △ and types a 术 for 術 in its issue text. And what template said."""
    plan = write_book(tmp_path / "plan.xlsx", {"一覧": PLAN_ROWS})
    forms = tmp_path / "回答"
    made = run("template", str(plan), "--fiscal-year", "令和6", "-o", str(forms),
               "--split-by", "department")  # fmt: skip
    assert made.exit_code == 0, made.output
    for path in sorted(forms.glob("*.xlsx")):
        book = load_workbook(path)
        sheet = book["実施状況"]
        titles = {str(cell.value): cell.column for cell in sheet[5] if cell.value}
        for row in sheet.iter_rows(min_row=6):
            if row[titles["実施内容"] - 1].value:
                typed = "総務部" in path.name
                row[titles["達成状況"] - 1].value = "△" if typed else "○"
                if typed:
                    row[titles["課題等"] - 1].value = "新技术の導入が遅れたため次年度に延期"
        book.save(path)
    return plan, forms, made.stderr.splitlines()


def test_a_character_the_plan_gave_is_said_once_at_the_plans_cell(tmp_path: Path) -> None:
    """template says the plan's 实 once, at the plan's cell, when it copies it into the forms;
    validate of those forms says only what a department typed (review 84: a notice about the
    plan on every validate of every round is noise). A form planeval did not make — the
    plan's name copied by hand — is still said to the plan's owner, at the plan's cell."""
    plan, forms, made = _filled_round(tmp_path)
    citizens = forms / "実施状況調査票_2024_市民部.xlsx"
    general = forms / "実施状況調査票_2024_総務部.xlsx"
    assert [line for line in made if "Shift_JIS" in line] == [
        f"お知らせ: {plan} › 一覧 › D2: 計画の実施内容「窓口の实施体制の見直し」の「实」（U+5B9E）"
        "は Shift_JIS にない文字です（1-1-1①。調査票にはこのまま写します）"
        f"（{LOOK_ALIKES}。計画のブックを直してから調査票を作り直せば、調査票も直ります。{NOT_SHOWN}）"
    ]
    result = run("validate", str(forms), "--plan", str(plan))
    assert result.exit_code == 0, result.output
    said = [line for line in result.stdout.splitlines() if "Shift_JIS" in line]
    assert said == [
        f"お知らせ: {general} › 実施状況 › E7: 「术」（U+672F）は Shift_JIS にない文字です（1-2-1① "
        f"テレワークの推進、集計はしています）（{LOOK_ALIKES}。{NOT_SHOWN}）",
    ]
    # a department's own copy of its form (planeval's mark gone): the name came from the
    # plan all the same, said to the plan's owner
    book = load_workbook(citizens)
    book["実施状況"]["A2"].value = None
    book.save(citizens)
    result = run("validate", str(forms), "--plan", str(plan))
    said = [line for line in result.stdout.splitlines() if "Shift_JIS" in line]
    assert said[0] == (
        f"お知らせ: {plan} › 一覧 › D2: 計画の実施内容「窓口の实施体制の見直し」の「实」（U+5B9E）"
        "は Shift_JIS にない文字です（1-1-1①。調査票 1 ファイルに計画から写されています。集計は"
        f"しています）（計画のブックの担当の方へ: {LOOK_ALIKES}。調査票の実施内容は計画から写した"
        f"ものなので、計画のブックを直し、次の回の調査票は直したブックから作ってください。{NOT_SHOWN}）"
    )
    # without the plan, nothing tells where the name came from: said at the form's name cell
    alone = planeval.validate(planeval.read_workbooks([citizens, general]))
    assert [(str(p.location), p.message[:3]) for p in alone if "Shift_JIS" in p.message] == [
        (f"{citizens} › 実施状況 › B7", "「实」"),
        (f"{general} › 実施状況 › E7", "「术」"),
    ]


def test_the_plans_wording_is_said_in_one_notice_by_validate_and_in_full_by_template(
    tmp_path: Path,
) -> None:
    plan = REPO / "data" / "setagaya" / "plan.xlsx"
    each = plan_disagreements(planeval.read_plan(plan))
    said = [
        p
        for p in planeval.validate(planeval.ReadResult(), plan=planeval.read_plan(plan))
        if "事業個票" in p.message
    ]
    # one notice, naming every item the list and its card word otherwise, with its cell
    names = [p for p in each if "の名称が違います" in p.message]
    marks = [p for p in each if "の【新規】【拡充】の表示が違います" in p.message]
    assert len(names) + len(marks) == len(each) > 1

    def listed(found: list[planeval.Problem]) -> str:
        return "・".join(f"{p.message.split()[1]}（{p.location.cell}）" for p in found)

    first_kind = (marks, "【新規】【拡充】の表示") if each[0] in marks else (names, "名称")
    other_kind = (names, "名称") if first_kind[0] is marks else (marks, "【新規】【拡充】の表示")
    assert [(str(p.location), p.message) for p in said] == [
        (
            f"{plan} › 計画事業一覧",
            f"計画事業一覧と事業個票で 実施内容 {len(each)} 件の表記が違います（"
            f"{first_kind[1]} {len(first_kind[0])} 件: {listed(first_kind[0])}；"
            f"{other_kind[1]} {len(other_kind[0])} 件: {listed(other_kind[0])}）",
        )
    ]
    # template, making the forms from the plan, says each in full
    made = CliRunner().invoke(
        app, ["template", str(plan), "--fiscal-year", "令和5", "-o", str(tmp_path / "f.xlsx")]
    )
    assert made.exit_code == 0, made.output
    assert [line for line in made.stderr.splitlines() if "事業個票" in line] == [
        f"お知らせ: {p}" for p in each
    ]
