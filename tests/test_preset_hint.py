"""A body's own scale read without its planeval.toml (or with another scale): the unknown
statuses of a file that are mostly one preset's symbols are answered with that preset."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
HIRAKATA = 'この値は preset "hirakata" の評価尺度のものです。planeval.toml に [scale] preset = "hirakata" と書いてください'  # fmt: skip
KAWASAKI = 'この値は preset "kawasaki" の評価尺度のものです。planeval.toml に [scale] preset = "kawasaki" と書いてください'  # fmt: skip


def rows(*statuses: object) -> list[list[object]]:
    circled = "①②③④⑤⑥⑦⑧⑨⑩"
    return [HEADER] + [
        ["1-1-1 事業" if i == 0 else "", f"{circled[i]} 項目", status, "理由"]
        for i, status in enumerate(statuses)
    ]


def hints(path) -> dict[str, str]:
    result = planeval.read_workbooks([path])
    return {p.location.cell or "": p.hint for p in result.problems}


def test_a_file_in_hirakatas_scale_is_pointed_at_its_preset(book) -> None:
    """'A'–'E' and 評価対象外 are hirakata's (nagoya and aichi know A–D only); a value no preset
    knows keeps its own fix."""
    found = hints(book(rows("A", "Ｂ", "C", "E", "評価対象外", "対象外", "評価の対象外")))
    # (「対象外」 is the preset's own short form of 評価対象外: review 182 #2)
    assert [found[cell] for cell in ("C2", "C3", "C4", "C5", "C6", "C7")] == [HIRAKATA] * 6
    # (its words say the row is rated none: not an alias of a rating — review 66 —, but the
    # preset's own 評価対象外, not counted, after the preset: review 113)
    assert found["C8"].startswith('ほかの値は preset "hirakata" の評価尺度のものです。')
    assert "'評価対象外' のことですか" in found["C8"]


def test_kawasakis_ratings_are_not_called_counts_to_delete(book) -> None:
    found = hints(book(rows(3, 1, "４", 2, 5)))
    assert set(found.values()) == {KAWASAKI}
    assert not any("削除" in hint for hint in found.values())


def test_letters_several_presets_share_name_them_all(book) -> None:
    found = hints(book(rows("A", "B", "C", "D")))
    hint = found["C2"]
    assert 'preset "nagoya"・"gunma"・"hirakata"・"aichi"・"hamamatsu" のどれか' in hint
    assert '"nagayo"' not in hint  # (no D)
    assert hint.startswith("この値は preset ") and "表の記号に合うもの" in hint


def test_a_typo_among_the_bodys_own_symbols_is_no_other_scale(book) -> None:
    """One 'A' or one '3' (a total row) among rated rows: the fix that fits the cell, as before."""
    found = hints(book(rows("◎", "○", "A", "△", 3)))
    assert "別名（aliases）" in found["C4"]
    assert "合計などの行なら表の外に移すか削除" in found["C6"]


def test_the_scale_in_use_is_not_suggested(book) -> None:
    """Read with kawasaki's scale, a file of A–E is another body's (hirakata), and nothing
    points back at kawasaki."""
    found = hints_with(book(rows("A", "B", "E", "E")), PRESETS["kawasaki"])
    assert set(found.values()) == {HIRAKATA}
    found = hints_with(book(rows(1, 2, 3), name="k.xlsx"), PRESETS["kawasaki"])
    assert found == {}


def test_the_wrong_preset_is_told_the_right_one(book) -> None:
    """S A B C − read with hamamatsu's A–D (review 9): fewer unknown cells (S, −) than rated
    ones, yet one preset knows every status of the file: that preset is named."""
    found = hints_with(book(rows("S", "A", "A", "B", "C", "C", "−")), PRESETS["hamamatsu"])
    nagayo = 'この値は preset "nagayo" の評価尺度のものです。'
    assert set(found) == {"C2", "C8"} and all(hint.startswith(nagayo) for hint in found.values())
    # a stray letter among ◎ ○ △: presets know the letter, none knows the rest with it
    found = hints_with(book(rows("◎", "○", "○", "△", "A"), name="t.xlsx"), planeval.DEFAULT_SCALE)
    assert "preset" not in found["C6"]


def hints_with(path, scale) -> dict[str, str]:
    result = planeval.read_workbooks([path], scale=scale)
    return {p.location.cell or "": p.hint for p in result.problems}


def test_cli_groups_the_file_under_one_preset_line(book) -> None:
    path = book(rows(*"ABCDEABCDE"))
    result = CliRunner().invoke(app, ["summarize", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[3].startswith(f"エラー: {path} › 第3章: 同じ種類のエラーがほかに 7 件（値は 'A'")
    assert lines[0].endswith(f"（{HIRAKATA}）")  # (the fix once, then 同上: review 78)
    assert all(line.endswith("（修正方法は同上）") for line in lines[1:4])


# a scale of categories (Kawasaki's 点検結果 A–H): ranked = false, documented in README


CATEGORIES = "".join(
    f'[[scale.status]]\nsymbol = "{s}"\nlabel = "区分{s}"\nranked = false\n' for s in "ABF"
)


def test_a_category_scale_with_ranked_false_says_changed_not_improved(book, tmp_path) -> None:
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\nas_planned = "A"\n' + CATEGORIES, encoding="utf-8")
    old = book(rows("F", "A"), name="old.xlsx")
    new = book(rows("B", "A"), name="new.xlsx")
    run = ["compare", str(old), str(new), "--config", str(config), "-f", "plain"]
    result = CliRunner().invoke(app, run, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "変化" in result.stdout and "改善" not in result.stdout and "後退" not in result.stdout
    ranked = tmp_path / "ranked.toml"
    ranked.write_text(config.read_text("utf-8").replace("ranked = false\n", ""), "utf-8")
    result = CliRunner().invoke(app, [*run[:4], str(ranked), "-f", "plain"])
    assert "後退" in result.stdout or "改善" in result.stdout  # (the order A B F: F → B 改善)


def test_ranked_must_be_true_or_false(book, tmp_path) -> None:
    config = tmp_path / "planeval.toml"
    config.write_text(CATEGORIES.replace("ranked = false", 'ranked = "no"', 1), "utf-8")
    path = book(rows("A"))
    result = CliRunner().invoke(app, ["summarize", str(path), "--config", str(config)])
    assert result.exit_code == 2
    assert "ranked は true か false で書いてください" in result.stderr


def test_one_stray_word_is_a_slip_not_another_scale(book) -> None:
    """Review 10: 「概ね達成」 once in a file of A–D (gunma's scale) named nagayo, whose scale
    would misread every other cell; one cell is a slip, and the hint is the usual one."""
    found = hints_with(book(rows("概ね達成", "Ａ")), PRESETS["gunma"])
    assert "preset" not in found["C2"] and "別名（aliases）" in found["C2"]


def test_a_body_of_another_scale_among_others_is_told_to_be_counted_on_its_own(
    book, tmp_path
) -> None:
    """Review 11: 若葉市 rates A–E among bodies rating ◎○△×; the fix 「[scale] preset =
    "hirakata" と書いてください」 for the whole roll-up turned every other body's rows into
    errors. Read among bodies, the hint says one table counts one scale, and how to count the
    body on its own (its file named) or have it answer in the common scale."""
    path = book(rows("A", "Ｂ", "C", "E"), name="若葉市.xlsx")
    book(rows("◎", "○", "○", "△"), name="青山町.xlsx")
    result = planeval.read_workbooks([path.parent], bodies="file")
    [hint] = {p.hint for p in result.problems}
    assert hint.startswith('この値は preset "hirakata" の評価尺度のものです。')
    # (review 26: who rates in which symbols, not only that this body's differ)
    assert "若葉市は A B C E、青山町は ◎ ○ △ × - で評価していて、評価尺度が違うため" in hint
    assert f"planeval summarize {path} --config その設定ファイル" in hint


def test_a_scale_of_more_letters_than_a_preset_knows_is_no_preset_s(book) -> None:
    """Kawasaki's 点検結果 A–H (review 15): most cells are A–E, so the fix sent its clerk to
    Hirakata's preset, whose A–E mean something else; F, G and H are no symbols of it."""
    found = hints(book(rows("A", "A", "B", "B", "C", "D", "E", "F", "G", "H")))
    assert HIRAKATA not in found.values()


def test_the_preset_whose_legend_the_file_states_is_the_one_named(book) -> None:
    """愛知県's form states its thresholds above the table (「A：達成率100%以上 …」): of the five
    presets that know A–D, aichi is the one whose labels those are, and the only one named
    (review 23: the others' labels, 効果的 or 100%またはそれ以上の達成状況, would be published)."""
    legend = ["評価　A：達成率100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満"]
    found = hints(book([legend, [], *rows("A", "B", "C", "D")]))
    assert found["C4"] == 'この値は preset "aichi" の評価尺度のものです。planeval.toml に [scale] preset = "aichi" と書いてください'  # fmt: skip


def test_a_legend_repeating_its_measure_on_each_line_names_aichi_alone(tmp_path: Path) -> None:
    """Review 85: 愛知県's 「A：達成率100%以上　B：達成率80%以上100%未満 …」 (達成率 on each line,
    the preset's B–D without it) was told five presets' symbols, its words none of theirs,
    and given a block to copy; README says aichi alone is suggested for that legend."""
    legend = "【評価基準】　A：達成率100%以上　B：達成率80%以上100%未満　C：達成率50%以上80%未満　D：達成率50%未満"  # fmt: skip
    header = ("基本方針", "取組項目", "指標", "目標値", "実績値", "達成率", "評価\n（A～D）")
    rows: list[tuple[object, ...]] = [("あいちＩＴプラン２０２５　令和5年度取組状況評価一覧",)]
    rows += [(legend,), (), header]
    for index, rating in enumerate("ABCAＡDBCADB"):
        policy = f"{index // 4 + 1}　方針{index // 4 + 1}" if index % 4 == 0 else None
        number = f"{index // 4 + 1}.{index % 4 + 1}"
        rows.append((policy, f"{number}　取組{index}", "指標", "10件", "9件", "90%", rating))
    for few in (rows, rows[:8]):  # (every cell another scale's; a few of them)
        path = write_book(tmp_path / "ITプラン取組状況_R5.xlsx", {"取組状況": few})
        said = CliRunner().invoke(app, ["summarize", str(path)], env={"COLUMNS": "200"})
        assert said.exit_code == 1
        assert 'preset = "aichi" と書いてください' in said.output
        assert "nagoya" not in said.output and "[[scale.status]]" not in said.output


def test_a_form_rated_in_another_scale_is_not_called_unanswered(book) -> None:
    """A 局 co-owning two rows (left blank: the lead rates them) and rating three in A–C, read
    before its planeval.toml was written: its form was called 「一つも記入されていません」,
    記入前の調査票, though the three are rated — only in a scale not loaded."""
    path = book(rows("", "", "A", "C", "B"))
    messages = [p.message for p in planeval.read_workbooks([path]).problems]
    assert not any("一つも記入されていません" in message for message in messages)
    assert sum("達成状況が空です" in message for message in messages) == 2
    assert sum("この評価尺度の記号ではありません" in message for message in messages) == 3


def test_a_body_of_several_files_in_another_scale_is_told_to_count_its_folder(
    tmp_path: Path,
) -> None:
    """Review 40: 東山市's two department workbooks rated A–D among bodies rating ◎○△×: the fix
    said to summarize one of its workbooks alone, which counts half of it; it names the folder."""
    from tests.conftest import write_book

    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
    for body, department, marks in [
        ("01_青葉市", "企画課", "○◎"), ("01_青葉市", "総務課", "○△"),
        ("02_緑町", "企画課", "○○"), ("03_東山市", "企画課", "AB"), ("03_東山市", "総務課", "CA"),
    ]:  # fmt: skip
        rows = [header] + [
            [
                f"1-1-{n}" if n == 1 else "",
                f"{'①②'[n - 1]} 取組{n}",
                mark,
                "課題" if mark in "△C" else "",
            ]
            for n, mark in enumerate(marks, start=1)
        ]
        (tmp_path / body).mkdir(exist_ok=True)
        write_book(tmp_path / body / f"{department}.xlsx", {"第3章": rows})
    result = planeval.read_workbooks([tmp_path], bodies="folder")
    hints = {p.hint for p in result.problems if "'A'" in p.message or "'C'" in p.message}
    assert hints and all(
        f"planeval summarize {tmp_path / '03_東山市'} --config" in h for h in hints
    )


def test_a_row_rated_none_and_a_roman_numeral_are_told_their_own_fixes(tmp_path: Path) -> None:
    """Review 66: 「評価対象外」 and 「Ⅲ」 (3 meant) on 川崎市's 達成度 1–5 were told to add an
    alias — which would count 評価対象外 as a rating; it is a status counted = false, and Ⅲ is 3."""
    rows: list[list[object]] = [
        ["施策", "達成度", "課題"],
        ["1-1-1 防災", "2", ""],
        ["1-1-2 減災", "Ⅲ", ""],
        ["1-1-3 避難", "評価対象外", ""],
    ]
    path = write_book(tmp_path / "総務企画局.xlsx", {"評価票": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["kawasaki"])
    hints = {p.location.cell: p.hint for p in result.problems if p.is_error}
    assert hints["B3"] == "'3' のことなら '3' に直してください（この尺度の記号は数字です）"
    assert hints["B4"].startswith(
        '評価しない行の印なら、planeval.toml の [[scale.status]] に symbol = "評価対象外"'
    )


def test_a_legend_under_the_last_table_names_its_preset(tmp_path) -> None:
    """Review 71: 浜松市's legend 「A：目標達成　B：概ね達成　C：未達成　D：評価できない」 under
    its last table was read as a group row of that table: five presets named, nagoya first.
    It is the sheet's legend line, as above the tables: hamamatsu alone."""
    header = ("項目", "指標", "現状値", "目標値", "指標の評価")
    rows: list[tuple[object, ...]] = [("浜松市DX推進計画 KPI進捗状況（令和5年度）",), (), header]
    rows += [("(1) 行政手続のオンライン化",)]
    rows += [
        (kana, f"指標{kana}", "10件", "20件", status)
        for kana, status in zip("アイウエ", "ABCD", strict=True)
    ]
    rows += [(), ("A：目標達成\u3000B：概ね達成\u3000C：未達成\u3000D：評価できない",)]
    book = write_book(tmp_path / "KPI.xlsx", {"KPI": rows})
    result = CliRunner().invoke(app, ["summarize", str(book)])
    assert result.exit_code == 1
    assert 'preset "hamamatsu" の評価尺度' in result.output and "nagoya" not in result.output


def test_every_file_is_told_the_preset_all_the_files_values_fit(tmp_path: Path) -> None:
    """Reviews 75 and 76: a department's file holding only A and B was told 「preset "nagoya"・
    "gunma"・"hirakata"・… のどれか … preset = "nagoya" のように」 while the next file, with E and
    評価対象外, was told hirakata: the first named was the wrong one. Every file is told the
    presets all the files' values fit."""
    write_book(tmp_path / "01.xlsx", {"s": rows("A", "B", "A", "B")})
    write_book(tmp_path / "02.xlsx", {"s": rows("A", "E", "評価対象外", "B")})
    read = planeval.read_workbooks([tmp_path])
    told = {p.hint for p in read.problems if "評価尺度のもの" in p.hint}
    assert told == {HIRAKATA}
    alone = planeval.read_workbooks([tmp_path / "01.xlsx"])  # (one file: its own presets)
    assert any("のどれかの評価尺度" in p.hint for p in alone.problems)
