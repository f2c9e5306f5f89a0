"""Column titles as other bodies type them (review 85): 長与町's names column 「施策・取組」 (two
names' words joined by 「・」) read as the names with only `preset = "nagayo"`, as README's
長与町 paragraph says, and a names column still unread offered as the names in its notice."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.config import Layout
from planeval.presets import PRESETS
from tests.nagayo_forms import nagayo_book as _nagayo

NAGAYO = PRESETS["nagayo"]


def test_nagayo_s_joined_names_title_is_read_with_its_preset_alone(tmp_path: Path) -> None:
    read = planeval.read_workbooks([_nagayo(tmp_path)], scale=NAGAYO)
    assert not [p for p in read.problems if "施策・取組" in p.message]
    # every level read: Ⅰ over 1.1 over rated 1.1.1, rows in the sheets' order
    assert [(e.policy_id, e.direction_id, e.project_id) for e in read.entries][:3] == [
        ("1", "1-1", "1-1-1"), ("1", "1-1", "1-1-2"), ("1", "1-2", "1-2-1")
    ]  # fmt: skip
    assert [read.level_labels[key] for key in ("1", "2")] == ["Ⅰ", "Ⅱ"]
    assert [e.project_name for e in read.entries][:2] == ["電子申請の拡大", "コンビニ交付の推進"]
    summary = planeval.summarize(read.entries, scale=NAGAYO, labels=read.level_labels)
    assert [(g.name, g.count.total) for g in summary.groups] == [
        ("便利で快適な町民サービス", 3), ("効率的な行政運営", 3)
    ]  # fmt: skip


def test_a_names_column_not_read_is_offered_as_the_names(tmp_path: Path) -> None:
    """Its notice offered only copying the names into 課題等 (「読まれる列（課題等など）に書き
    写してください」); the fix that reads it is [layout.titles] item."""
    path = _nagayo(tmp_path, names="施策／取組")
    read = planeval.read_workbooks([path], scale=NAGAYO)
    [notice] = [p for p in read.problems if "「施策／取組」の列" in p.message]
    assert notice.hint.endswith(
        '名称の列として読ませるなら planeval.toml の [layout.titles] に item = ["施策／取組"]'
        " と書いてください"
    )
    layout = Layout({"item": ("施策／取組",)})  # (the line offered, followed)
    read = planeval.read_workbooks([path], scale=NAGAYO, layout=layout)
    assert not [p for p in read.problems if "施策／取組" in p.message]
    assert [e.project_id for e in read.entries][:3] == ["1-1-1", "1-1-2", "1-2-1"]


def test_the_issue_title_is_read_however_its_torikumi_is_written(tmp_path: Path) -> None:
    """Review 85: 桜ヶ丘市's 「取り組み状況・課題」 was a column not read (its texts in no table
    nor 課題一覧) while 「取組み状況・課題」 was: 取り組み, 取組み and 取組 are one word."""
    from tests.gyokaku_forms import gyokaku_form

    layout = Layout(status_column="実施状況")
    for title in ("取り組み状況・課題", "取組み状況・課題", "取組状況・課題"):
        folder = tmp_path / title
        folder.mkdir()
        path = gyokaku_form(folder, "財政課", issue=title)
        read = planeval.read_workbooks([path], scale=PRESETS["progress"], layout=layout)
        assert [e.issue for e in read.entries] == ["補助金の見直しの課題", "市税収納率の向上の課題"]
        assert not [p for p in read.problems if title in p.message]
