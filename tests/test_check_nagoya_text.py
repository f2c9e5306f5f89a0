"""名古屋市守山区's report as it publishes it (review 43): counts with no counter, each with its
share after it (「Aが43（68.2%）」), were never read — a wrong A passed unseen —, and a table's
評価の基準 cell (「B ⇥ 80%以上 ⇥ 12 ⇥ 9」) was read as B's share of 80%."""

from __future__ import annotations

from planeval.presets import PRESETS
from planeval.stated_number import TOTAL
from planeval.stated_numbers import read_numbers

NAGOYA = PRESETS["nagoya"]


def test_a_count_with_its_share_after_it_and_no_counter_is_read() -> None:
    said = read_numbers(
        "63の取組みのうち、Aが43（68.2%）、Bが9（14.3%）、-が2（3.2%）でした。",
        NAGOYA,
        item="取組み",
    )
    assert [(n.what, n.value, n.percent) for n in said] == [
        (TOTAL, 63, False),
        ("A", 43, False),
        ("A", 68.2, True),
        ("B", 9, False),
        ("B", 14.3, True),
        ("-", 2, False),
        ("-", 3.2, True),
    ]
    # (a table's cell of a count and its share, no status named before it: not read so)
    assert [n.percent for n in read_numbers("3（42%）", NAGOYA)] == [True]
    progress = read_numbers("4つの重点項目のもと63の取組みを進めました。", NAGOYA, item="取組み")
    assert [(n.what, n.value) for n in progress if n.value == 63] == [(TOTAL, 63)]


def test_a_threshold_in_the_next_cell_of_a_table_row_is_no_share() -> None:
    said = read_numbers("B\t80%以上\t12\t9\t▲3", NAGOYA)
    assert not [n for n in said if n.percent]


def test_the_rows_word_of_nagoya_before_its_total_is_a_total() -> None:
    """Review 50: 「16区全体で評価した取組みは717件」 was 「「区全体で評価した取組み」はこの評価
    尺度の区分ではありません」 unless [wording] item said 取組み (取組 was read, 取組み not)."""
    for text in ("16区全体で評価した取組みは717件でした。", "守山区の取り組みは717件で、"):
        assert [(n.what, n.value) for n in read_numbers(text, NAGOYA)] == [(TOTAL, 717)]


def test_a_number_column_beside_a_name_typed_again_numbers_the_rows(tmp_path) -> None:
    """Review 50: 千種区 typed 取組み項目 on every row beside No. 1, 2, 3 …: each row was a project
    (and a policy) of its own, 51 groups of one row, where 西区, merging the cell down, was read
    as 3 projects of 11 rows numbered 1–33. Both read alike now."""
    import planeval
    from tests.conftest import write_book

    rows: list[list[object]] = [["令和6年度 千種区区政運営方針 取組み結果"], []]
    rows.append(["No.", "取組み項目", "取組み内容", "評価", "実績"])
    names = ["健康・福祉の推進"] * 3 + ["子育て支援の充実"] * 2
    for number, (name, status) in enumerate(zip(names, "ABACD", strict=True), start=1):
        rows.append([number, name, f"取組み{number}", status, "実施"])
    typed = write_book(tmp_path / "千種区.xlsx", {"取組み結果": rows})
    merged = write_book(
        tmp_path / "西区.xlsx",
        {"取組み結果": [row if index < 4 or row[1] != rows[index - 1][1] else [row[0], None, *row[2:]]
                    for index, row in enumerate(rows)]},
        merges={"取組み結果": ["B4:B6", "B7:B8"]},
    )  # fmt: skip
    read = [planeval.read_workbooks([path], scale=NAGOYA) for path in (typed, merged)]
    shapes = [
        [(e.project_name, e.item_label, e.item_name, e.status) for e in result.entries]
        for result in read
    ]
    assert (
        shapes[0]
        == shapes[1]
        == [
            (name, str(n), f"取組み{n}", status)
            for n, (name, status) in enumerate(zip(names, "ABACD", strict=True), start=1)
        ]
    )
    summary = planeval.summarize(read[0].entries, scale=NAGOYA)
    assert [(g.name, g.count.total) for g in summary.groups] == [
        ("健康・福祉の推進", 3), ("子育て支援の充実", 2)
    ]  # fmt: skip


def test_an_export_of_wards_some_without_a_policy_level_passes_its_own_check(tmp_path) -> None:
    """Review 50: 守山区 with 基本方針 over its 取組み項目, 千種区 with 取組み項目 alone: 千種区 is printed
    under 区分なし, its caption 「事業 2・実施内容 5」, which check compared with its 5 rows as
    projects (a disagreement in planeval's own export)."""
    from typer.testing import CliRunner

    from planeval.cli import app
    from tests.conftest import write_book

    folder = tmp_path / "区"
    folder.mkdir()
    header = ["No.", "取組み項目", "取組み内容", "評価", "実績"]
    names = ["健康・福祉の推進"] * 3 + ["子育て支援の充実"] * 2
    rows: list[list[object]] = [["令和6年度 千種区区政運営方針 取組み結果"], header]
    rows += [[n, name, f"取組み{n}", "ABACD"[n - 1], "実施"] for n, name in enumerate(names, 1)]
    write_book(folder / "千種区.xlsx", {"取組み結果": rows})
    levelled: list[list[object]] = [["令和6年度 守山区区政運営方針 取組み結果"]]
    levelled += [["基本方針1 安心・安全に暮らせるまち"], header]
    levelled += [
        [n, "1-1 区民サービスの向上", f"取組み{n}", "AB-"[n - 1], "実施"] for n in (1, 2, 3)
    ]
    write_book(folder / "守山区.xlsx", {"取組み結果": levelled})
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml"), "--bodies", "file"]
    report = tmp_path / "報告.md"
    runner = CliRunner()
    made = runner.invoke(app, ["export", str(folder), "--md", str(report), *config])
    assert made.exit_code == 0, made.stderr
    assert "2事業・実施内容 5件" in report.read_text(encoding="utf-8")
    said = runner.invoke(app, ["check", str(folder), "--text", str(report), *config])
    assert said.exit_code == 0, said.stdout + said.stderr


def test_a_wards_own_breakdown_under_its_list_is_no_rows_of_it(tmp_path) -> None:
    """Review 50: 熱田区 put 守山区's published 【評価の内訳】 under its list (a blank row, then
    評価 | 評価の基準 | 事業数 | 割合（％） one column in): read as rated rows, 「'事業数' はこの評価
    尺度の記号ではありません」 and six errors, nothing counted."""
    import planeval
    from tests.conftest import write_book

    rows: list[list[object]] = [["令和6年度 熱田区区政運営方針 取組み結果"], []]
    rows.append(["No.", "取組み項目", "取組み内容", "評価", "実績"])
    rows += [
        [n, "安心・安全なまちづくり", f"取組み{n}", s, "実施"] for n, s in enumerate("AAB-", 1)
    ]
    rows += [[], ["【評価の内訳】"], [None, "評価", "評価の基準", "事業数", "割合（％）"]]
    rows += [[None, "A", "100%またはそれ以上の達成状況", 2, 50.0]]
    rows += [
        [None, "B", "80%以上の達成状況", 1, 25.0],
        [None, "-", "事業が中止となったもの", 1, 25.0],
    ]
    rows += [[None, "合計", None, 4, 100]]
    path = write_book(tmp_path / "熱田区.xlsx", {"取組み結果": rows})
    read = planeval.read_workbooks([path], scale=NAGOYA)
    assert not read.has_errors, [p.message for p in read.problems]
    assert sorted(e.status for e in read.entries) == ["-", "A", "A", "B"]


def test_a_total_of_torikumi_however_spelt_is_read_whatever_the_item_word() -> None:
    """Review 69: 「区政運営方針に掲げた64の取組みのうち」 (63 rows) passed unread, exit 0, where
    the item word was 事業 — and 「64の取組のうち」 or 「64の取り組みのうち」 where it was 取組み.
    取組 however spelt counts the rated rows; 取組項目 stays a project's word (not read so)."""
    for text, item in [
        ("区政運営方針に掲げた64の取組みのうち、Aが43件でした。", "事業"),
        ("64の取組のうち、Aが43件でした。", "取組み"),
        ("64の取り組みのうち、Aが43件でした。", ""),
    ]:
        said = [(n.what, n.value) for n in read_numbers(text, NAGOYA, item=item)]
        assert said == [(TOTAL, 64), ("A", 43)], text
    assert [(n.what, n.value) for n in read_numbers("Aが8取組、Bが3取組", NAGOYA)] == [
        ("A", 8),
        ("B", 3),
    ]
    assert not [n for n in read_numbers("22の取組項目のうち", NAGOYA) if n.what == TOTAL]


def test_the_ward_s_words_for_a_cancelled_item_name_its_status() -> None:
    """Review 69: 守山区 writes its - status as 「中止となったもの」 and 「中止となった取組み」 (the
    label is 「事業が中止となったもの」): read as the total (「記載 2 集計 63」, false) or as no
    status at all. Each is the count and share of -, counted as 名古屋市 counts it."""
    for text in (
        "中止となったものが2（3.2%）でした。",
        "中止となったものが2件（3.2%）でした。",
        "事業が中止となった取組みは2件（3.2%）でした。",
    ):
        said = [(n.what, n.value, n.percent) for n in read_numbers(text, NAGOYA, item="取組み")]
        assert said == [("-", 2, False), ("-", 3.2, True)], text
    said = read_numbers("中止となった取組みは2件でした。", NAGOYA, item="取組み")
    assert [(n.what, n.value) for n in said] == [("-", 2)]
    assert NAGOYA.normalise("中止となったもの") == "-"


def test_a_status_done_to_the_rows_names_it() -> None:
    """Review 72: 「中止した取組は2件ありました」 was read as the total (「合計 記載 2 集計 63」)."""
    for text in (
        "中止した取組は2件ありました。",
        "中止した取組みが2件ありました。",
        "事業を中止したものは2件です。",
    ):
        said = [(n.what, n.value) for n in read_numbers(text, NAGOYA, item="取組み")]
        assert said == [("-", 2)], text


def test_the_ward_s_summary_table_pasted_into_its_report_is_compared(tmp_path) -> None:
    """Review 69: the ward's 概要 table 「評価 | 評価の基準 | 事業数 | 割合（％）」, pasted from
    Excel into the report, was 「この表は比べていません」 (exit 1 on the designed report) where
    the same table in a sheet was compared. Each count and share is compared at its line."""
    import json
    from pathlib import Path

    from typer.testing import CliRunner

    from planeval.cli import app
    from tests.other_bodies import BODIES
    from tests.test_other_bodies import built

    body = next(b for b in BODIES if b.key == "nagoya_moriyama")
    paths, _config = built(body, tmp_path)
    args = [*map(str, paths), "--config", str(tmp_path / "planeval.toml")]
    runner = CliRunner()
    total = json.loads(runner.invoke(app, ["summarize", *args, "-f", "json"]).stdout)["total"]
    criteria = dict(
        zip("ABCD-", ("100%またはそれ以上", "80%以上", "50%以上", "50%未満", "中止"), strict=True)
    )

    def report(wrong: str = "") -> Path:
        lines = ["２　取組み結果の概要", "", "評価\t評価の基準\t事業数\t割合（％）"]
        for symbol in "ABCD-":
            count = total["counts"][symbol] + (symbol == wrong)
            lines.append(f"{symbol}\t{criteria[symbol]}\t{count}\t{total['percent'][symbol]}")
        lines.append(f"合計\t\t{total['total']}\t100.0")
        text = tmp_path / "報告書.txt"
        text.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return text

    right = runner.invoke(app, ["check", *args, "--text", str(report()), "-f", "json"])
    data = json.loads(right.stdout)
    assert data["disagreements"] == []
    listed = [n for n in data["not_compared"] if n["source"]["file"].endswith("報告書.txt")]
    assert listed == []  # (its 計's share compared as the shares' whole: review 86)
    wrong = runner.invoke(app, ["check", *args, "--text", str(report("C")), "-f", "json"])
    found = json.loads(wrong.stdout)["disagreements"]
    said = [(d["what"], d["stated"], d["counted"], d["source"]["cell"]) for d in found]
    assert said == [("C", total["counts"]["C"] + 1, total["counts"]["C"], "6行目")]


def test_a_paragraph_of_last_year_s_numbers_above_the_ward_s_table_makes_it_no_past_table(
    tmp_path,
) -> None:
    """Review 102 #4: the ward's 概要 table under a paragraph saying 「前年度の73.2%から」 was
    listed as last year's (「表の「」の列」) and its wrong B share never compared. A table is
    last year's where its own heading, title or lead-in sentence says so, never a paragraph of
    numbers above it; listed, its scope names its column."""
    import json

    from typer.testing import CliRunner

    from planeval.cli import app
    from tests.other_bodies import BODIES
    from tests.test_other_bodies import built

    body = next(b for b in BODIES if b.key == "nagoya_moriyama")
    paths, _config = built(body, tmp_path)
    args = [*map(str, paths), "--config", str(tmp_path / "planeval.toml")]
    runner = CliRunner()
    total = json.loads(runner.invoke(app, ["summarize", *args, "-f", "json"]).stdout)["total"]
    counts, shares = total["counts"], total["percent"]

    def checked(*above: str) -> dict:
        lines = ["１　全体の状況", *above, "", "評価\t評価の基準\t事業数\t割合（％）"]
        for symbol in "ABCD-":  # (B's share 0.1 off)
            share = round(shares[symbol] - (symbol == "B") * 0.1, 1)
            lines.append(f"{symbol}\t基準\t{counts[symbol]}\t{share}")
        lines.append(f"合計\t\t{total['total']}\t100.0")
        text = tmp_path / "報告書.txt"
        text.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run = runner.invoke(app, ["check", *args, "--text", str(text), "-f", "json"])
        return json.loads(run.stdout)

    prose = f"Aの割合は、前年度の73.2%から{shares['A']}%に下がりました。"
    found = checked(prose)["disagreements"]
    assert [(d["what"], d["percent"]) for d in found] == [("B", True)]
    for lead in ("前年度（令和5年度）の結果は次のとおりです。", "【前年度の結果】"):
        data = checked(prose, lead)
        assert data["disagreements"] == []
        scopes = {n["scope"] for n in data["not_compared"] if "前年度の表" in n["reason"]}
        assert scopes == {"表の「事業数」の列"}, lead
