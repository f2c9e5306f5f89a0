"""Review 154: 桜川市's 第3次集中改革プラン (目標達成 / 取組中 / 未着手 / 変更・中止, 再掲 rows shown and not
counted, 「取組内容は全67件（3項目再掲のため実質64件）」), one form per 部: No. | 改革項目 | 取組内容 |
取組状況 | 課題・今後の方向性 | 所管課, each 重点項目 a band row above its rows."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book
from tests.sakuragawa import TOML  # (the city's settings: one copy)

SECTIONS = {"総務部": "総務課", "教育部": "教育総務課", "経済環境部": "商工観光課"}  # (所管課)
HEADER = ["No.", "改革項目", "取組内容", "取組状況 ", "課題・今後の方向性", "所管課"]
BANDS = {"1": "重点項目1　事務事業の再編・整理", "2": "重点項目2　民間委託等の推進"}
# 部 → its rows: (No., 改革項目, 取組内容, 取組状況); 2-2 and 1-5 list 1-1 and 2-1 again (再掲)
FORMS: dict[str, list[tuple[str, str, str, str]]] = {
    "総務部": [
        ("1-1", "補助金の見直し", "補助金の見直しに向けた取組", "目標達成"),
        ("1-2", "窓口業務の見直し", "窓口業務の見直しに向けた取組", "取組中"),
        ("1-3", "公用車の集中管理", "公用車の集中管理に向けた取組", "未着手"),
        ("2-1", "庁舎清掃業務の委託", "庁舎清掃業務の委託に向けた取組", "目標達成"),
        ("2-2", "補助金の見直し", "（1-1再掲）", "再掲"),
    ],
    "教育部": [
        ("1-4", "公民館事業の再編", "公民館事業の再編に向けた取組", "取組中"),
        ("1-5", "庁舎清掃業務の委託", "（2-1再掲）", "再掲"),
        ("2-3", "図書館運営の委託", "図書館運営の委託に向けた取組", "未着手"),
        ("2-4", "体育施設の管理委託", "体育施設の管理委託に向けた取組", "変更・中止"),
    ],
}


def forms(
    folder: Path, forms: dict[str, list[tuple[str, str, str, str]]] = FORMS, year: int = 7
) -> Path:
    """Each 部's form of 令和``year``年度 as 桜川市's 行政改革推進室 sends it, planeval.toml beside
    the folder."""
    folder.mkdir(parents=True)
    for dept, rows in forms.items():
        lines: list[list[object]] = [
            [f"第3次桜川市集中改革プラン　取組状況調査票（令和{year}年度）"],
            [f"部名：{dept}"],
            [],
            HEADER,
        ]
        band = ""
        for number, project, item, status in rows:
            if number[0] != band:
                band = number[0]
                lines.append([BANDS[band]])
            lines.append([number, project, item, status, "", SECTIONS[dept]])
        write_book(folder / f"R{year}_取組状況_{dept}.xlsx", {"取組状況": lines})
    (folder.parent / "planeval.toml").write_text(TOML, encoding="utf-8")
    return folder


def with_status(number: str, status: str, item: str = "") -> dict:
    """FORMS with row ``number``'s 取組状況 (and 取組内容, where given) typed otherwise."""
    return {
        dept: [(n, p, item or i, status) if n == number else (n, p, i, s) for n, p, i, s in rows]
        for dept, rows in FORMS.items()
    }


def run(tmp_path: Path, *args: str) -> str:
    """The CLI's output of ``args`` with the body's planeval.toml; its exit code asserted by
    the caller through ``run.code``."""
    result = CliRunner().invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    run.code = result.exit_code  # type: ignore[attr-defined]
    return result.output


def _plain(output: str) -> str:
    return "".join(output.split())


def test_the_whole_count_beside_a_row_in_error_is_the_tables_and_check_compares_it(
    tmp_path: Path,
) -> None:
    """#1: with --keep-going and a row in error, the export said 「全67件（2件再掲のため実質65
    件）」 beside a table counting 64 (the row in error counted as 実質), and check held the
    sentence back. Now the sentence counts the table's rows, the row in error said left out,
    and check catches a wrong net."""
    folder = forms(tmp_path / "回答", with_status("2-4", ""))  # (a blank: an error, left out)
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale)
    counted = planeval.summarize(read.entries, scale=config.scale).total
    repeats = sum(s == "再掲" for rows in FORMS.values() for *_, s in rows)
    listed = sum(len(rows) for rows in FORMS.values())
    md = tmp_path / "報告.md"
    output = run(tmp_path, "export", str(folder), "--md", str(md), "--keep-going")
    assert run.code == 1, output  # type: ignore[attr-defined]
    said = (
        f"取組内容は全{listed}件で、再掲の{repeats}件と記入に不備のあった1件を除く{counted.total}件を"
        "集計しました。"
    )
    assert said in md.read_text(encoding="utf-8")
    narrative = run(tmp_path, "summarize", str(folder), "--narrative", "--keep-going")
    assert said in _plain(narrative), narrative
    checked = run(tmp_path, "check", str(folder), "--text", str(md), "--keep-going")
    assert run.code == 1, checked  # type: ignore[attr-defined]  # (--keep-going: the row in error)
    assert "食い違い" not in checked, checked
    # (last year's reports said it 「エラーの1件を除く」: they still check, each wrong net caught)
    for words in ("記入に不備のあった", "エラーの"):
        wrong = tmp_path / "報告書案.txt"
        wrong.write_text(
            said.replace("記入に不備のあった", words).replace(
                f"除く{counted.total}件", f"除く{counted.total + 1}件"
            )
        )
        checked = run(
            tmp_path, "check", str(folder), "--text", str(wrong), "--keep-going", "-f", "json"
        )
        assert run.code == 1, checked  # type: ignore[attr-defined]
        found = json.loads(checked[checked.index("{") :])
        assert [(d["stated"], d["counted"]) for d in found["disagreements"]] == [
            (counted.total + 1, counted.total)
        ]
        wrong.write_text(said.replace("記入に不備のあった", words))
        checked = run(tmp_path, "check", str(folder), "--text", str(wrong), "--keep-going")
        assert "食い違い" not in checked, checked
        assert "一致" in checked, checked


def test_a_count_said_as_the_rest_of_one_status_is_compared_as_that(tmp_path: Path) -> None:
    """#2: 「64件のうち目標達成が23件、未達成が40件」 (41 are not 目標達成) passed with exit 0,
    「すべて一致」, and advice to check with preset "achievement", a scale these forms do not
    use. 未達成 after a total and 目標達成 alone is the rest of 目標達成: compared as that; said
    without the total it is not compared, and the check fails."""
    folder = forms(tmp_path / "回答")
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale)
    counted = planeval.summarize(read.entries, scale=config.scale).total
    done = counted.counts["目標達成"]
    rest = counted.total - done
    text = tmp_path / "報告書案.txt"
    for said, code, wrong in (
        (f"{counted.total}件のうち目標達成が{done}件、未達成が{rest}件でした。", 0, []),
        (
            f"{counted.total}件のうち目標達成が{done}件、未達成が{rest - 1}件でした。",
            1,
            [(rest - 1, rest)],
        ),
    ):
        text.write_text(said, encoding="utf-8")
        output = run(tmp_path, "check", str(folder), "--text", str(text), "-f", "json")
        assert run.code == code, output  # type: ignore[attr-defined]
        found = json.loads(output[output.index("{") :])
        assert [(d["stated"], d["counted"]) for d in found["disagreements"]] == wrong
        assert not found["not_compared"], output
    text.write_text(f"目標達成が{done}件、未達成が{rest - 1}件でした。", encoding="utf-8")
    output = run(tmp_path, "check", str(folder), "--text", str(text))
    assert run.code == 1, output  # type: ignore[attr-defined]
    assert "すべて一致" not in output, output
    assert "achievement" not in output, output
    assert "比べられなかった数が 1 件" in output, output


# last year's forms: 1-2 not yet started, and 経済環境部, which did not answer this year
LAST_YEAR = {
    **with_status("1-2", "未着手"),
    "経済環境部": [
        ("1-6", "商工振興事業の整理", "商工振興事業の整理に向けた取組", "目標達成"),
        ("2-5", "観光案内所の運営委託", "観光案内所の運営委託に向けた取組", "取組中"),
        ("2-6", "し尿収集業務の委託", "し尿収集業務の委託に向けた取組", "未着手"),
    ],
}


def _said(change: int) -> str:
    return f"{change}件増加し" if change > 0 else f"{-change}件減少し"


def test_the_changes_of_one_sentence_are_compared_on_one_base(tmp_path: Path) -> None:
    """#4: 「目標達成は1件増加し、取組中は▲4件、未着手は前年度から▲9件」 was taken +1 and ▲4 on
    each round's whole answers and ▲9 on compare's rows of both rounds: the planted wrong ▲9
    (▲10 on the whole) passed. Every change is compared with each round's whole (review 189
    #2: one basis, whatever the sentence's others); one of compare's rows is a disagreement."""
    now = forms(tmp_path / "今回", with_status("2-4", "取組中"))
    before = forms(tmp_path / "前回", LAST_YEAR, year=6)
    config = planeval.load_config(tmp_path / "planeval.toml")
    scale = config.scale
    rows = planeval.read_workbooks([now], scale=scale).entries
    last = planeval.read_workbooks([before], scale=scale).entries
    both = [e for e in last if "経済環境部" not in e.location.file]
    count = planeval.summarize(rows, scale=scale).total.counts

    def change(rows_before: list) -> dict[str, int]:
        past = planeval.summarize(rows_before, scale=scale).total.counts
        return {status: count[status] - past[status] for status in ("目標達成", "取組中", "未着手")}

    whole, alike = change(list(last)), change(both)
    assert all(whole[s] != alike[s] for s in whole)  # (the two bases differ for each status)
    text = tmp_path / "報告書案.txt"
    for said, wrong in (
        (  # (two on the whole answers, 未着手 on compare's rows: read on the whole)
            f"前年度と比べ、目標達成は{_said(whole['目標達成'])}、取組中は{_said(whole['取組中'])}、"
            f"未着手は前年度から▲{-alike['未着手']}件となりました。",
            [(alike["未着手"], whole["未着手"])],
        ),
        (  # (one on each: compare's rows' is wrong — not the whole's, as before review 189)
            f"前年度と比べ、目標達成は{_said(whole['目標達成'])}、"
            f"未着手は前年度から▲{-alike['未着手']}件となりました。",
            [(alike["未着手"], whole["未着手"])],
        ),
    ):
        text.write_text(said, encoding="utf-8")
        output = run(
            tmp_path,
            "check",
            str(now),
            "--text",
            str(text),
            "--previous",
            str(before),
            "-f",
            "json",
        )
        assert run.code == 1, output  # type: ignore[attr-defined]
        found = json.loads(output[output.index("{") :])
        assert [(d["stated"], d["counted"]) for d in found["disagreements"]] == wrong, output


def test_a_repeat_naming_where_its_item_is_listed_is_a_repeat(tmp_path: Path) -> None:
    """#3: a 再掲 row whose 取組内容 says 「（2-1に掲載）」 or 「再掲（2-1参照）」 — or whose 取組状況
    says so itself — was an error, 「再掲元の書き込み…がありません」, and nothing was counted,
    while a bare 「（再掲）」 naming no source was accepted. It is a repeat of 2-1, not counted;
    one naming an item no file holds is a warning at its cell, the count unchanged."""
    config = planeval.load_config(forms(tmp_path / "回答").parent / "planeval.toml")
    scale = config.scale
    expected = planeval.summarize(
        planeval.read_workbooks([tmp_path / "回答"], scale=scale).entries, scale=scale
    ).total
    name = "庁舎清掃業務の委託に向けた取組"
    for index, (item, status) in enumerate(
        (
            ("（2-1に掲載）", "再掲"),
            ("再掲（2-1参照）", "再掲"),
            (name, "（2-1に掲載）"),
            (name, "再掲（2-1参照）"),
        )
    ):
        folder = forms(tmp_path / f"回答{index}", with_status("1-5", status, item))
        read = planeval.read_workbooks([folder], scale=scale)
        assert not read.errors, read.errors
        assert not [p for p in read.problems if p.severity.name == "WARNING"], read.problems
        repeat = [e for e in read.entries if e.project_id == "1-5"]
        assert [(e.status, e.repeat_of) for e in repeat] == [("再掲", "2-1")], (item, status)
        assert planeval.summarize(read.entries, scale=scale).total == expected
    folder = forms(tmp_path / "回答9", with_status("1-5", "再掲", "（2-9に掲載）"))
    read = planeval.read_workbooks([folder], scale=scale)
    assert not read.errors, read.errors
    warned = [p for p in read.problems if "2-9 の行がどのファイルにもありません" in p.message]
    assert [(Path(p.location.file).name, p.location.cell) for p in warned] == [
        ("R7_取組状況_教育部.xlsx", "D7")
    ]
    assert planeval.summarize(read.entries, scale=scale).total == expected
