"""Review 165 #1: under `preset = "aichi"` (D 50%未満) two towns whose forms' legend says
「D：評価できない」 (hamamatsu's A–D, the same letters) were counted as D 50%未満 with exit 0 and
nothing said — the legend check named only presets of other symbols; and a legend of bare pairs
above the table, 「A 目標達成、B 概ね達成、C 未達成、D 評価できない」, was not read as a legend.
Now either is an error at the legend's cell naming the meaning found, the scale's and the fix,
the body left out as one of another scale; legends that agree with aichi in other words stay
quiet."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HAMAMATSU_BELOW = "※評価　A：目標達成　B：概ね達成　C：未達成　D：評価できない"
HAMAMATSU_ABOVE = "A 目標達成、B 概ね達成、C 未達成、D 評価できない"
STATUSES = "BDBCBA"


def _form(path: Path, body: str, *, above: str = "", below: str = "") -> Path:
    rows: list[list[object]] = [[f"{body} デジタル推進計画 進捗管理表（令和6年度）"], [above]]
    rows.append(["番号", "事業名", "評価", "課題・今後の方向性", "担当課"])
    for number, status in enumerate(STATUSES, start=1):
        issue = "予算確保が課題" if status in "CD" else ""
        rows.append([f"1-{number}", f"事業{number}", status, issue, "企画課"])
    rows += [[], [below]]
    return write_book(path, {"令和6年度": rows})


def _settings(folder: Path, roster: dict[str, str] | None = None) -> Path:
    text = '[scale]\npreset = "aichi"\n'
    if roster is not None:
        lines = ["団体コード,団体名,回答状況"]
        lines += [f"49210{n},{name},{mark}" for n, (name, mark) in enumerate(roster.items())]
        (folder / "団体一覧.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        text += '\n[bodies]\nroster = "団体一覧.csv"\n'
    config = folder / "planeval.toml"
    config.write_text(text, encoding="utf-8")
    return config


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "160"})


def _total(output: str) -> int:
    line = next(line for line in output.splitlines() if line.startswith("│ 合計"))
    return int(line.split("│")[-2])


def test_a_legend_of_hamamatsus_meanings_under_aichi_is_an_error_at_its_cell(
    tmp_path: Path,
) -> None:
    for where, legend in (("A2", {"above": HAMAMATSU_ABOVE}), ("A11", {"below": HAMAMATSU_BELOW})):
        book = _form(tmp_path / "492108_水沢市.xlsx", "水沢市", **legend)
        done = run("summarize", str(book), "-q", "--config", str(_settings(tmp_path)))
        assert done.exit_code == 1, done.output
        error = next(line for line in done.output.splitlines() if line.startswith("エラー:"))
        assert f"› 令和6年度 › {where}:" in error
        assert "D：評価できない" in error and "「D 50%未満」" in error  # (found, expected)
        assert 'preset = "hamamatsu"' in error and "表の凡例を直してください" in error  # (fixes)
        assert "│ 合計" not in done.stdout  # (not counted as aichi's D)


def test_among_bodies_that_body_alone_is_left_out_as_of_another_scale(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    folder.mkdir()
    _form(folder / "492086_湖南市.xlsx", "湖南市", below="※評価　A：達成率100%以上")
    _form(folder / "492108_水沢市.xlsx", "水沢市", below=HAMAMATSU_BELOW)
    common = ["--bodies", "file", "--by", "body"]
    config = _settings(tmp_path)
    done = run("summarize", str(folder), *common, "--config", str(config), "--keep-going")
    assert done.exit_code == 1
    assert "水沢市（評価尺度が違うため）" in done.stdout
    assert _total(done.stdout) == len(STATUSES)  # (湖南市's rows alone)
    assert "水沢市だけを別に集計するか" in done.output and 'preset = "hamamatsu"' in done.output
    # (the prefecture decides to count it apart: marked in the roster, the run counts clean)
    config = _settings(tmp_path, {"湖南市": "", "水沢市": "評価尺度が違う"})
    marked = run("summarize", str(folder), *common, "--config", str(config))
    assert marked.exit_code == 0, marked.output
    assert "水沢市（評価尺度が違うため）" in marked.stdout
    assert _total(marked.stdout) == len(STATUSES)


def test_legends_agreeing_with_aichi_in_other_words_are_quiet(tmp_path: Path) -> None:
    legends = [
        {"below": "※評価　A：達成率100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満"},
        {"below": "※評価　A：達成率100%以上　B：達成率80%以上　C：達成率50%以上　D：50%未満"},
        {
            "above": "凡例　A 達成率100%以上　B 達成率80%以上100%未満　C 達成率50%以上80%未満　D 達成率50%未満"
        },
        {"above": "A 達成率100%以上、B 80%以上100%未満、C 50%以上80%未満、D 達成率50%未満"},
        {"above": "D：50%未満", "below": "D 達成率50%未満"},
    ]
    for legend in legends:
        book = _form(tmp_path / "492086_湖南市.xlsx", "湖南市", **legend)
        done = run("summarize", str(book), "--config", str(_settings(tmp_path)))
        assert done.exit_code == 0, (legend, done.output)
        assert "凡例の記号の意味" not in done.output and "警告" not in done.output
        assert _total(done.stdout) == len(STATUSES)


AICHI_BELOW = "※評価　A：達成率100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満"


def test_groups_of_the_same_symbols_are_told_apart_by_the_meaning_that_differs(
    tmp_path: Path,
) -> None:
    """Review 165 #7: 「湖南市…は A B C D、水沢市・白石町は A B C D…」 named two groups alike."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for code, body in (("491004", "北山市"), ("492027", "東浜市")):
        rows: list[list[object]] = [["番号", "事業名", "評価", "課題・今後の方向性", "担当課"]]
        rows += [[f"1-{n}", f"事業{n}", s, "", "企画課"] for n, s in enumerate("◎○△○", 1)]
        write_book(folder / f"{code}_{body}.xlsx", {"調査票": rows})
    _form(folder / "492086_湖南市.xlsx", "湖南市", below=AICHI_BELOW)
    _form(folder / "492108_水沢市.xlsx", "水沢市", below=HAMAMATSU_BELOW)
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "setagaya"\n', encoding="utf-8")
    done = run("summarize", str(folder), "--bodies", "file", "--config", str(config))
    assert done.exit_code == 1
    said = next(line for line in done.output.splitlines() if "湖南市は A B C D" in line)
    assert "湖南市は A B C D（D：50%未満）、水沢市は A B C D（D：評価できない）" in said


def test_bodies_the_roster_marks_of_another_scale_are_said_once_in_one_line(
    tmp_path: Path,
) -> None:
    """Review 165 #9: each such body gave four notices, one a value, each repeating the advice
    to count it apart (82 in the prefecture's run): the roster's mark says it is decided."""
    folder = tmp_path / "回答"
    folder.mkdir()
    apart = ["北山市", "東浜市"]
    for code, body in zip(("491004", "492027"), apart, strict=True):
        rows: list[list[object]] = [["番号", "事業名", "評価", "課題・今後の方向性", "担当課"]]
        rows += [[f"1-{n}", f"事業{n}", s, "", "企画課"] for n, s in enumerate("◎○△×○", 1)]
        write_book(folder / f"{code}_{body}.xlsx", {"調査票": rows})
    _form(folder / "492086_湖南市.xlsx", "湖南市", below=AICHI_BELOW)
    config = _settings(
        tmp_path, {"北山市": "評価尺度が違う", "東浜市": "評価尺度が違う", "湖南市": ""}
    )
    done = run(
        "summarize", str(folder), "--bodies", "file", "--by", "body", "--config", str(config)
    )
    assert done.exit_code == 0, done.output
    said = [line for line in done.output.splitlines() if "評価尺度が違う" in line]
    told = [line for line in said if line.startswith("お知らせ")]
    assert (
        len(told) == 1
        and "としているため、北山市、東浜市（2 団体）の行は集計に含めていません" in told[0]
    )
    assert all(body in told[0] for body in apart)
    assert "この評価尺度の記号ではありません" not in done.output
    assert (
        "北山市（評価尺度が違うため）" in done.stdout
        and "東浜市（評価尺度が違うため）" in done.stdout
    )
    assert _total(done.stdout) == len(STATUSES)
