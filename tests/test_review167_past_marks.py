"""check --previous on 川崎市-style 局 forms with a 「うち重点」 column (review 167): last year's
sub-count 「前年度の3事業（うち重点2事業）から」 is compared with last year's marked rows of that
status, never with all its rows of it (#1); a change sentence opening with the status's name,
「「目標を上回って達成」は、3事業（うち重点2事業）から5事業（…）に」, is that status's (#4); and a
sub-count is quoted from its bracket, never from the middle of 「うち重点」 (#8)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import KAWASAKI
from tests.conftest import write_book

HEADER = ("政策", "施策番号", "施策名", "事務事業名", "達成度 （1～5）", "うち重点", "所管局")
ITEMS = [  # (政策, 施策番号, 施策名, 事務事業名, うち重点, 所管局)
    ("1 安全なまち", "1-1-1", "防災", "防災計画推進事業", "○", "危機管理本部"),
    ("1 安全なまち", "1-1-1", "防災", "備蓄物資整備事業", "○", "危機管理本部"),
    ("1 安全なまち", "1-1-2", "減災", "避難所運営支援事業", "", "危機管理本部"),
    ("2 健康なまち", "2-1-1", "保健", "大気環境監視事業", "○", "環境局"),
    ("2 健康なまち", "2-1-1", "保健", "騒音振動対策事業", "", "環境局"),
    ("2 健康なまち", "2-1-1", "保健", "水質保全事業", "○", "環境局"),
]
LAST_YEAR = {"防災計画推進事業": 2, "備蓄物資整備事業": 2, "避難所運営支援事業": 2,
             "大気環境監視事業": 3, "騒音振動対策事業": 3, "水質保全事業": 4}  # fmt: skip
THIS_YEAR = {"防災計画推進事業": 2, "備蓄物資整備事業": 2, "避難所運営支援事業": 2,
             "大気環境監視事業": 2, "騒音振動対策事業": 3, "水質保全事業": 2}  # fmt: skip
LABEL = "目標を上回って達成"  # (達成度2, the kawasaki preset's)


def _forms(folder: Path, ratings: dict[str, int], *, marked: bool = True) -> None:
    """Each 局's form of ``ratings``, with its うち重点 column or (``marked`` False) without."""
    folder.mkdir(exist_ok=True)
    keep = [i for i, title in enumerate(HEADER) if marked or title != "うち重点"]
    for bureau in dict.fromkeys(item[-1] for item in ITEMS):
        rows = [
            (*item[:4], ratings[item[3]], item[4], bureau) for item in ITEMS if item[-1] == bureau
        ]
        table = [[row[i] for i in keep] for row in [HEADER, *rows]]
        write_book(folder / f"{bureau}.xlsx", {"評価票": table})


def _counts(ratings: dict[str, int], *, marked: bool = False) -> tuple[int, int]:
    """(達成度2's rows, of them those marked 重点) of ``ratings``, from the rows."""
    twos = [item for item in ITEMS if ratings[item[3]] == 2]
    return len(twos), sum(1 for item in twos if item[4] == "○" or not marked)


def _run(tmp_path: Path, text: str, *more: str, marked_before: bool = True):
    plan = [(*item[:4], "継続", item[5], item[4]) for item in ITEMS]
    titles = ("政策", "施策番号", "施策名", "事務事業名", "区分", "所管局", "うち重点")
    write_book(tmp_path / "計画.xlsx", {"計画": [titles, *plan]})
    (tmp_path / "planeval.toml").write_text(KAWASAKI, "utf-8")
    _forms(tmp_path / "R5", LAST_YEAR, marked=marked_before)
    _forms(tmp_path / "R6", THIS_YEAR)
    (tmp_path / "報告書.txt").write_text(text, encoding="utf-8")
    args = ["check", str(tmp_path / "R6"), "-q", "--text", str(tmp_path / "報告書.txt"), *more]
    args += ["--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "250"})
    return result, " ".join(result.output.split())


def _previous(tmp_path: Path) -> tuple[str, str]:
    return "--previous", str(tmp_path / "R5")


def _sentence(before: tuple[int, int], now: tuple[int, int], *, past_word: str = "前年度の") -> str:
    return (
        f"「{LABEL}」は、{past_word}{before[0]}事業（うち重点{before[1]}事業）から"
        f"{now[0]}事業（うち重点{now[1]}事業）に増加しました。\n"
    )


def test_last_year_s_sub_count_is_of_last_year_s_marked_rows(tmp_path: Path) -> None:
    was, marked_was = _counts(LAST_YEAR)[0], _counts(LAST_YEAR, marked=True)[1]
    now, marked_now = _counts(THIS_YEAR)[0], _counts(THIS_YEAR, marked=True)[1]
    assert marked_was != was  # (the sub-count differs from the status's whole)
    right = _sentence((was, marked_was), (now, marked_now))
    result, said = _run(tmp_path, right, *_previous(tmp_path))
    assert result.exit_code == 0, result.output
    assert "食い違い" not in said and "比べられなかった" not in said
    # (a wrong one is compared with those rows: named as last year's 重点)
    wrong = _sentence((was, marked_was + 1), (now, marked_now))
    result, said = _run(tmp_path, wrong, *_previous(tmp_path))
    assert result.exit_code == 1, result.output
    assert f"│ 計画全体の重点 │ 2（{LABEL}）（前年度） │ {marked_was + 1} │ {marked_was} │" in said


def test_last_year_s_sub_count_without_last_year_s_column_is_listed(tmp_path: Path) -> None:
    was, marked_was = _counts(LAST_YEAR)[0], _counts(LAST_YEAR, marked=True)[1]
    now, marked_now = _counts(THIS_YEAR)[0], _counts(THIS_YEAR, marked=True)[1]
    text = _sentence((was, marked_was), (now, marked_now))
    result, said = _run(tmp_path, text, *_previous(tmp_path), marked_before=False)
    assert result.exit_code == 0, result.output
    assert "食い違い" not in said
    assert "前年度の「うち重点」の件数は内訳で、表（" in said
    assert "に重点の印の列がないため比べていません" in said


def test_a_change_sentence_opening_with_the_status_is_that_status_s(tmp_path: Path) -> None:
    was, marked_was = _counts(LAST_YEAR)[0], _counts(LAST_YEAR, marked=True)[1]
    now, marked_now = _counts(THIS_YEAR)[0], _counts(THIS_YEAR, marked=True)[1]
    text = _sentence((was, marked_was), (now, marked_now), past_word="")
    result, said = _run(tmp_path, text, *_previous(tmp_path))
    assert result.exit_code == 0, result.output
    assert "比べられなかった" not in said and "何の件数か" not in said
    # (this year's count after it is 達成度2's: a wrong one differs)
    wrong = _sentence((was, marked_was), (now + 1, marked_now), past_word="")
    result, said = _run(tmp_path, wrong, *_previous(tmp_path))
    assert result.exit_code == 1, result.output
    assert f"│ 計画全体 │ 2（{LABEL}） │ {now + 1} │ {now} │" in said
    # (without --previous, last year's two are listed as such, this year's compared)
    result, said = _run(tmp_path, text)
    assert result.exit_code == 0, result.output
    assert "何の件数か" not in said and "何の内訳か" not in said
    assert "前年度の数なので、今回の行とは比べません" in said


def test_a_sub_count_is_quoted_from_its_bracket(tmp_path: Path) -> None:
    was, marked_was = _counts(LAST_YEAR)[0], _counts(LAST_YEAR, marked=True)[1]
    now, marked_now = _counts(THIS_YEAR)[0], _counts(THIS_YEAR, marked=True)[1]
    result, said = _run(tmp_path, _sentence((was, marked_was), (now, marked_now)))
    assert result.exit_code == 0, result.output
    quoted = f"（うち重点{marked_was}事業）から{now}事業（うち重点{marked_now}事業）に増加しました"
    assert f"│ 計画全体 │ {quoted} │ {marked_was} │" in said
    assert f"│ 重点{marked_was}事業）" not in said
