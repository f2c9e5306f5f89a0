"""Review 153 A1: 名東区 pasted the [wording] block the first run offers, its line
`preset = "nagoya"` with it; the report was then titled nagoya's 「区政運営方針 取組み結果」,
without the ward's name the forms state (「令和7年度　名東区区政運営方針　取組み結果」) and with no
notice. A preset's title gives way to the forms' where theirs names more of it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review149_first_run import NAGOYA_LEGEND, _forms

WORDS = '[scale]\npreset = "nagoya"\n\n[wording]\npreset = "nagoya"\nstatus = "取組み結果"\n'


def _title(tmp_path: Path, settings: str) -> str:
    forms = _forms(tmp_path / "R7", NAGOYA_LEGEND)
    config = tmp_path / "planeval.toml"
    config.write_text(settings, encoding="utf-8")
    report = tmp_path / "R7.md"
    args = ["export", str(forms), "--config", str(config), "--keep-going", "--md", str(report)]
    CliRunner().invoke(app, args)  # (04_市民課's blank 取組み結果: exit 1, the rest written)
    return report.read_text(encoding="utf-8").splitlines()[0]


def test_the_forms_title_naming_the_ward_survives_the_words_preset(tmp_path: Path) -> None:
    assert _title(tmp_path, WORDS) == "# 名東区区政運営方針　取組み結果"


def test_a_title_the_settings_give_is_kept(tmp_path: Path) -> None:
    given = WORDS + 'title = "区政運営方針の取組み結果"\n'
    assert _title(tmp_path, given) == "# 区政運営方針の取組み結果"
