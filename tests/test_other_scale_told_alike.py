"""A body whose values unknown to the scale are a known preset's statuses is told that preset
and, read among others, left out for its scale — 平田市's A–D with a 評価対象外 (hirakata's)
under gunma's A–D had been counted as gunma's 達成…後退 and told to add 評価対象外 to gunma's
scale; 北山市's − (nagoya's A B C −) told nagayo alone, nagoya being a wider scale of A–D. A
letter past the scale's last (an 'E' among A–D) stays a slip, told alike in every file: 北浜市's
three 'E' in one file were told hirakata, its one 'E' in another to choose from the scale
(review 90: N2, N6)."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.past_errors import partly_counted, uncounted_why
from planeval.scale import CHOOSE_HINT
from tests.test_bodies_other_scale import GUNMA, form, run, settings

HIRAKATA_WORD = ["A", "B", "評価対象外", "C", "D", "A"]  # (平田市: hirakata's, no E typed)
OWN_TOML = """[[scale.status]]
symbol = "A"
label = "{0}"
[[scale.status]]
symbol = "B"
label = "{1}"
[[scale.status]]
symbol = "C"
label = "{2}"
[[scale.status]]
symbol = "D"
label = "{3}"
[[scale.status]]
symbol = "－"
label = "評価できない"
counted = false
"""


def _bodies(folder: Path, answers: dict[str, object]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, statuses in answers.items():
        form(folder / f"{name}.xlsx", name, statuses)  # type: ignore[arg-type]
    return folder


def test_a_body_with_a_wider_presets_word_is_left_out_and_told_that_preset(
    tmp_path: Path,
) -> None:
    folder = _bodies(tmp_path / "回答", {"星野市": "ABBCDA", "平田市": HIRAKATA_WORD})
    result = planeval.read_workbooks([folder], bodies="file", scale=GUNMA)
    assert {entry.body for entry in result.entries} == {"星野市"}  # (not 平田市's A–D)
    assert uncounted_why(result) == {"平田市": "評価尺度が違うため"}
    assert partly_counted(result) == {}
    [error] = [p for p in result.errors if "評価対象外" in p.message]
    assert error.hint.startswith('この値は preset "hirakata" の評価尺度のものです。')
    outcome = run("summarize", str(folder), "--bodies", "file", "--keep-going", "--by", "body",
                  "--config", str(settings(tmp_path)))  # fmt: skip
    assert "平田市（評価尺度が違うため）" in outcome.stdout
    assert '[[scale.status]] に symbol = "評価対象外"' not in outcome.stderr


def test_a_presets_word_is_a_status_to_add_where_the_scale_means_its_letters_alike(
    tmp_path: Path,
) -> None:
    """A scale whose A–D mean what hirakata's do counts 平田市's rows right: its 評価対象外 is
    a status to add (counted = false), the body counted in part, not left out."""
    config = tmp_path / "planeval.toml"
    labels = ("効果的", "おおむね効果的", "改善に向けた検討を要する", "課題の検証を要する")
    config.write_text(OWN_TOML.format(*labels), encoding="utf-8")
    folder = _bodies(tmp_path / "回答", {"星野市": "ABBCDA", "平田市": HIRAKATA_WORD})
    outcome = run("summarize", str(folder), "--bodies", "file", "--keep-going", "--by", "body",
                  "--config", str(config))  # fmt: skip
    assert "平田市（一部未集計）" in outcome.stdout
    assert 'symbol = "評価対象外" と counted = false を書いてください' in outcome.stderr


def test_a_dash_of_a_wider_preset_names_that_preset_too(tmp_path: Path) -> None:
    """北山市's A B C − is nagoya's (− counted: 事業が中止): under gunma's A–D it is told
    nagoya with nagayo, not nagayo alone."""
    folder = _bodies(tmp_path / "回答", {"星野市": "ABBCDA", "北山市": "ABC-AB"})
    result = planeval.read_workbooks([folder], bodies="file", scale=GUNMA)
    assert uncounted_why(result) == {"北山市": "評価尺度が違うため"}
    [error] = [p for p in result.errors if p.message.startswith("'-'")]
    assert '"nagoya"' in error.hint and '"nagayo"' in error.hint


def test_letters_past_d_are_slips_told_alike_in_every_file(tmp_path: Path) -> None:
    """One body's forms (no --bodies): three 'E' in one file, one in another — each told to
    choose from the scale, none told hirakata's A–E, under a preset or a scale of its own."""
    files = [
        form(tmp_path / "情報政策課.xlsx", "北浜市", "ABCDABCDEEE"),
        form(tmp_path / "企画課.xlsx", "北浜市", "ABCDE"),
    ]
    result = planeval.read_workbooks(files, scale=GUNMA)
    hints = {p.hint for p in result.errors if p.message.startswith("'E'")}
    assert hints == {CHOOSE_HINT}
    config = tmp_path / "planeval.toml"
    config.write_text(OWN_TOML.format("達成", "概ね達成", "一部達成", "未達成"), "utf-8")
    outcome = run("summarize", *map(str, files), "--keep-going", "--config", str(config))
    assert outcome.exit_code == 1
    assert "hirakata" not in outcome.stderr
    assert (
        outcome.stderr.count("この尺度の記号のどれかを書いてください") == 2
    )  # (once a file, 同上 after)
