"""check on review 79's reports: a total whose bracket leaves its 再掲 out, another scale's
word before its number with の, year-on-year phrasings (--previous), a paragraph of several
levels' sentences, and what a plan sets (設定) counting its every row."""

from __future__ import annotations

from dataclasses import replace

from planeval.agreement import check
from planeval.last_year import PreviousRound
from planeval.presets import PRESETS
from planeval.scale import Scale, Status
from planeval.stated_changes import FALL, PAST
from planeval.stated_number import ROWS, TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import rated_entries
from tests.test_check_phrasings import cells

# the city's 実施状況 (review 79a): preset "progress" and a 再掲 mark not counted
PROGRESS = replace(
    PRESETS["progress"],
    statuses=(
        *PRESETS["progress"].statuses,
        Status("-", "再掲", counted=False, aliases=("再掲",)),
    ),
)
ACHIEVEMENT = replace(
    PRESETS["achievement"],
    statuses=(
        *PRESETS["achievement"].statuses,
        Status("-", "再掲", counted=False, aliases=("再掲",)),
    ),
)
PILLARS = rated_entries(
    {
        "1": {"未着手": 1, "取組中": 6, "完了": 5},
        "2": {"未着手": 1, "取組中": 5, "完了": 6, "-": 1},
        "3": {"未着手": 1, "取組中": 6, "完了": 5},
        "4": {"未着手": 1, "取組中": 4, "完了": 6},
    }
)
EXCLUDING = (
    "行政改革大綱に掲げる47項目（再掲の1項目を除く）のうち、実施状況は、完了が22項目、"
    "取組中が21項目、未着手が4項目でした。"
)


def read(text: str, scale: Scale) -> list[tuple[str, int | float]]:
    return [(n.what, n.value) for n in read_numbers(text, scale)]


def test_a_total_whose_bracket_leaves_the_repeats_out_is_the_counted_total() -> None:
    assert read(EXCLUDING, PROGRESS)[:2] == [(TOTAL, 47), ("-", 1)]
    for said in ("47項目（再掲1項目を除く）のうち", "47項目（このほか再掲1項目）のうち"):
        assert read(said + "、完了が22項目でした。", PROGRESS)[:2] == [(TOTAL, 47), ("-", 1)]
    # (「うち」: the repeats among them, every row)
    assert read("48項目（うち再掲1項目）のうち、完了が22項目でした。", PROGRESS)[0] == (ROWS, 48)
    checked = check(cells("1 全体の進捗状況", EXCLUDING), PILLARS, scale=PROGRESS)
    assert checked.agrees and not checked.not_compared


def test_a_wrong_total_leaving_the_repeats_out_names_the_repeats_by_their_label() -> None:
    said = EXCLUDING.replace("47項目", "46項目")
    (wrong,) = check(cells("1 全体の進捗状況", said), PILLARS, scale=PROGRESS).disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == (TOTAL, 46, 47)
    assert wrong.note == "（集計しない再掲（-）1件を含めると 48）"


def test_another_scale_s_word_before_its_number_with_no_is_set_aside_as_with_ga() -> None:
    said = "未着手の4項目については、所管課と調整のうえ早期の着手に努めます。"
    (number,) = read_numbers(said, ACHIEVEMENT)
    assert not number.what and number.settled and 'preset "progress"' in number.reason
    assert read(said, PROGRESS) == [("未着手", 4)]  # (its own scale's: compared)
    rows = rated_entries({"1": {"未達成": 9, "一部達成": 19, "達成": 19}})
    both = ("1 全体の進捗状況", "達成が19項目、完了が22項目でした。", said)
    checked = check(cells(*both), rows, scale=ACHIEVEMENT)
    assert checked.agrees and all(n.settled for n in checked.not_compared)
    assert len(checked.not_compared) == 2


NAGAYO = PRESETS["nagayo"]
THIS_YEAR = rated_entries({"1": {"S": 6, "A": 15, "B": 8, "C": 6}})
FELL_TO = "A評価は前年度から2指標減少し、15指標となりました。"
SAME_AS = "C評価は、前年度と同じ6指標でした。"


def test_the_number_a_change_came_to_is_this_year_s_count_of_its_status() -> None:
    assert [(n.what, n.value, n.when) for n in read_numbers(FELL_TO, NAGAYO)] == [
        ("A", 2, FALL),
        ("A", 15, ""),
    ]
    numbers = read_numbers(SAME_AS, NAGAYO)  # (this year's C, and last year's)
    assert [(n.what, n.value, n.when) for n in numbers] == [("C", 6, ""), ("C", 6, PAST)]
    assert numbers[1].settled  # (without --previous: listed, failing nothing)
    checked = check(cells("1 全体の評価", FELL_TO, SAME_AS), THIS_YEAR, scale=NAGAYO)
    assert checked.agrees and all(n.settled for n in checked.not_compared)


def test_year_on_year_phrasings_are_compared_with_both_rounds() -> None:
    before = PreviousRound(tuple(rated_entries({"1": {"S": 4, "A": 17, "B": 8, "C": 6}})))
    said = cells("1 全体の評価", FELL_TO, SAME_AS)
    checked = check(said, THIS_YEAR, scale=NAGAYO, previous=before)
    assert checked.agrees and not checked.not_compared
    before = PreviousRound(tuple(rated_entries({"1": {"S": 4, "A": 17, "B": 7, "C": 7}})))
    (wrong,) = check(said, THIS_YEAR, scale=NAGAYO, previous=before).disagreements
    assert (wrong.what, wrong.stated, wrong.counted, wrong.when) == ("C", 6, 7, PAST)
    wrong_now = cells("1 全体の評価", FELL_TO.replace("15指標と", "14指標と"))
    (wrong,) = check(wrong_now, THIS_YEAR, scale=NAGAYO).disagreements
    assert (wrong.what, wrong.stated, wrong.counted, wrong.when) == ("A", 14, 15, "")


TWO_PILLARS = (
    "改革の柱1「持続可能な財政運営の推進」では、12項目のうち完了が5項目、取組中が6項目、"
    "未着手が1項目でした。改革の柱4「人材育成と組織力の強化」では、11項目のうち完了が6項目、"
    "取組中が4項目、未着手が1項目でした。"
)


def test_each_sentence_naming_its_own_level_is_compared_with_that_level() -> None:
    checked = check(cells("2 改革の柱ごとの状況", TWO_PILLARS), PILLARS, scale=PROGRESS)
    assert checked.agrees and not checked.not_compared and checked.compared == 8
    assert [s.scope for s in checked.statements] == ["改革の柱1", "改革の柱4"]
    wrong = TWO_PILLARS.replace("完了が6項目", "完了が7項目")
    (found,) = check(cells("2 改革の柱ごとの状況", wrong), PILLARS, scale=PROGRESS).disagreements
    assert (found.scope, found.what, found.stated, found.counted) == ("改革の柱4", "完了", 7, 6)


def test_a_sentence_naming_two_levels_is_still_not_placed() -> None:
    said = "改革の柱1と改革の柱4では、完了が11項目でした。"
    (number,) = check(cells("2 改革の柱ごとの状況", said), PILLARS, scale=PROGRESS).not_compared
    assert "複数を挙げる文" in number.reason


SET_ROWS = rated_entries({"1": {"S": 6, "A": 15, "B": 8, "C": 6, "−": 3}})


def test_what_the_plan_sets_counts_its_every_row_not_rated_ones_too() -> None:
    said = "本計画では、{}指標を設定しています。"
    (wrong,) = check(cells(said.format(35)), SET_ROWS, scale=NAGAYO).disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == (ROWS, 35, 38)
    assert wrong.note == "（集計しない評価できない（−）3件を除くと 35）"
    assert check(cells(said.format(38)), SET_ROWS, scale=NAGAYO).agrees
    # (a total said without them is still theirs: 「評価できない3指標を除く35指標のうち」)
    net = "評価できない3指標を除く35指標のうち、S評価が6指標でした。"
    assert check(cells(net), SET_ROWS, scale=NAGAYO).agrees
    # (a plan whose only uncounted rows are 再掲 sets no more items than it counts)
    repeats = "行政改革大綱に47項目を設定しています。"
    assert check(cells(repeats), PILLARS, scale=PROGRESS).agrees


def test_check_on_the_command_line_fails_a_set_count_of_the_rated_rows_only(tmp_path) -> None:
    from typer.testing import CliRunner

    from planeval.cli import app
    from tests.conftest import write_book

    rows = [["事業", "指標", "指標の評価"]]
    rows += [[f"1-1-{i} 事業", f"指標{i}", s] for i, s in enumerate("SAAB−", start=1)]
    book = write_book(tmp_path / "評価.xlsx", {"KPI": rows})
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    text = tmp_path / "報告.txt"
    text.write_text("本計画では4指標を設定しています。\n", encoding="utf-8")
    args = ["check", str(book), "--text", str(text), "--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "行数" in result.output and "│ 4    │ 5（集計しない" in result.output
