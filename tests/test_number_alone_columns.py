"""東浜市's 実施計画事業評価 (review 128 #1): each 部 sends a workbook with headings above its tables
at two levels, 「基本目標1　安全・安心に暮らせるまち」 then 「基本方針1-3　防災力の向上」 (健康福祉部's
「基本方針 (1)　…」 under its 基本目標), over 項目 | 事業名 | 指標 | … | 評価 whose 項目 holds the
rows' numbers alone: 1-3-(1), (1)-1, ①. 項目 and 事業名 both being a project's titles, 項目 was
read as a level above 事業名, named 「1-3-(1)」 and numbered by its place in each file: the
基本方針 headings ignored, several 部' 事業 under one 「基本方針1-1 1-3-(1)」, every --by direction
row wrong, 名称 warnings, and the first run offered ``direction = "推進項目"`` for 「1-3-(1)」.
A column under a project's title whose cells are numbers alone is the rows' number column."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from planeval.presets import PRESETS
from tests.conftest import write_book
from tests.tohama_forms import HEADER

GOALS = {
    "1": "安全・安心に暮らせるまち",
    "2": "健やかに暮らせるまち",
    "3": "未来を担う人が育つまち",
}
# 部 → its tables: (基本目標, 基本方針 heading, [(項目, 事業名, 指標, 評価)])
FORMS = {
    "01_総務部": [
        ("1", "基本方針1-3　防災力の向上", [("1-3-(1)", "自主防災", "結成率", "A"),
                                           ("1-3-(2)", "防災無線", "デジタル化率", "S")]),
        ("3", "基本方針3-1　学校教育の充実", [("3-1-(1)", "ICT教育", "活用率", "C")]),
    ],
    "02_市民生活部": [
        ("1", "基本方針1-1　地域防犯の推進", [("1-1-(1)", "防犯灯", "LED化率", "S"),
                                             ("1-1-(2)", "見守り", "事業者数", "A")]),
        # (a 基本方針 of one row: the 部's share of another's)
        (None, "基本方針1-3　防災力の向上", [("1-3-(3)", "避難所", "備蓄率", "B")]),
    ],
    "03_健康福祉部": [
        ("2", "基本方針 (1)　地域福祉の推進", [("(1)-1", "生活支援", "協議体数", "A"),
                                               ("(1)-2", "成年後見", "申立件数", "B")]),
    ],
    "04_教育部": [
        ("3", "基本方針3-2　生涯学習の推進", [("①", "公民館講座", "参加者数", "A"),
                                             ("②", "図書館", "貸出冊数", "C")]),
    ],
}  # fmt: skip
# each 事業 → (its 基本方針's ID, name)
DIRECTIONS = {
    "自主防災": ("1-3", "防災力の向上"),
    "防災無線": ("1-3", "防災力の向上"),
    "避難所": ("1-3", "防災力の向上"),
    "防犯灯": ("1-1", "地域防犯の推進"),
    "見守り": ("1-1", "地域防犯の推進"),
    "生活支援": ("2-1", "地域福祉の推進"),
    "成年後見": ("2-1", "地域福祉の推進"),
    "ICT教育": ("3-1", "学校教育の充実"),
    "公民館講座": ("3-2", "生涯学習の推進"),
    "図書館": ("3-2", "生涯学習の推進"),
}
NOTE = "※評価基準は、S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった"


def build(folder: Path) -> list[Path]:
    """Each 部's workbook as its clerk types it: title, 担当部, then per table its headings."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, tables in FORMS.items():
        rows: list[list[object]] = [
            [f"令和6年度　東浜市第5次総合計画　実施計画事業評価（{name[3:]}）"],
            [f"担当部：{name[3:]}"],
            [],
        ]
        for goal, heading, items in tables:
            rows += [[f"基本目標{goal}　{GOALS[goal]}"]] if goal else []
            rows += [[heading], HEADER]
            for number, project, indicator, status in items:
                rows.append([number, project, indicator, "1", "2", "3", status, "", "課"])
            rows.append([])
        rows.append([NOTE])
        paths.append(write_book(folder / f"{name}_R6実施計画事業評価.xlsx", {"評価": rows}))
    return paths


def test_the_headings_above_are_the_directions_and_the_number_column_the_rows(
    tmp_path: Path,
) -> None:
    """Each 事業 under the 基本方針 heading above its table, numbered as its 項目 types it;
    nothing said of names differing between files (review 128 #1)."""
    result = planeval.read_workbooks(build(tmp_path), scale=PRESETS["nagayo"])
    read = {e.project_name: (e.direction_id, e.direction_name) for e in result.entries}
    assert read == DIRECTIONS
    labels = {e.project_name: e.project_shown_id for e in result.entries}
    assert labels["自主防災"] == "1-3-(1)"
    assert labels["生活支援"] == "(1)-1"
    # (基本方針1-2, between 1-1 and 1-3 of 部 that number each 基本目標's from 1, is in no 部's
    # file: said as a gap is — review 160 #5 —, no name said to differ)
    assert [p.message for p in result.problems if p.severity is not Severity.NOTICE] == [
        "取り組みの方向性 1-2 の行がどのファイルにもありません（1-1・1-3 はあります）"
    ]


def test_a_circled_number_alone_is_shown_as_typed(tmp_path: Path) -> None:
    """教育部's 項目 ① ② under 「基本方針3-2」 are 3-2-1 and 3-2-2, shown ① and ② as typed, as
    (1)-1 is: they read as 事業 numbered by their place, shown 3-2-1 in every output, the
    form's own ① lost (review 128, left by the forty-fifth session's first fix)."""
    result = planeval.read_workbooks(build(tmp_path), scale=PRESETS["nagayo"])
    read = {e.project_name: (e.project_id, e.project_shown_id) for e in result.entries}
    assert read["公民館講座"] == ("3-2-1", "①")
    assert read["図書館"] == ("3-2-2", "②")


def test_summarize_by_direction_and_the_first_run_offers_the_headings_word(
    tmp_path: Path,
) -> None:
    """The counts by 基本方針 as the headings say, and the first run's [wording] offers
    ``direction = "基本方針"`` — no 「1-3-(1)」 level named 推進項目 to fill in."""
    build(tmp_path)
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    args = ["summarize", str(tmp_path), "--by", "direction", "-f", "plain"]
    args += ["--config", str(tmp_path / "planeval.toml")]
    run = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert run.exit_code == 0, run.output
    rows = [line.split() for line in run.stdout.splitlines() if line and line[0] in "123("]
    assert [(row[0], row[1], row[-2]) for row in rows] == [
        ("1-1", "地域防犯の推進", "2"),
        ("1-3", "防災力の向上", "3"),
        ("(1)", "地域福祉の推進", "2"),
        ("3-1", "学校教育の充実", "1"),
        ("3-2", "生涯学習の推進", "2"),
    ]
    assert 'direction = "基本方針"' in run.stderr
    assert "推進項目" not in run.stderr


def test_a_bracketed_directions_projects_stand_under_their_policy_in_every_list(
    tmp_path: Path,
) -> None:
    """健康福祉部's (1)-1 under 「基本方針 (1)」 of 基本目標2 is 2-1-1, not 1-1: tables listed
    基本目標2 among 基本目標1's 基本方針, its heading repeated (review 128 #4)."""
    build(tmp_path)
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    args = ["tables", str(tmp_path), "--config", str(tmp_path / "planeval.toml"), "-q"]
    run = CliRunner().invoke(app, args, env={"COLUMNS": "120"})
    assert run.exit_code == 0, run.output
    lines = [line for line in run.stdout.splitlines() if line and line[0] not in "│┌├└"]
    assert [line.split()[0] for line in lines] == [
        "政策1", "1-1", "1-3", "政策2", "(1)", "政策3", "3-1", "3-2",
    ]  # fmt: skip


def test_a_plans_directions_typed_after_their_word_are_named_alone(tmp_path: Path) -> None:
    """The plan's 基本方針 cells typed with their word, 「基本方針4-4 産業と環境の調和」 and
    「基本方針 (1) 地域福祉の推進」, where [wording] calls the directions 基本方針 (no policy's
    heading word then): tables showed 「基本方針4-4 基本方針4-4 …」 and the template's band
    「3-1 基本方針3-1 …」 (review 128 #7)."""
    from planeval.config import load_config

    plan = write_book(
        tmp_path / "計画.xlsx",
        {
            "計画事業一覧": [
                ["基本目標", "基本方針", "事業番号", "事業名", "指標", "区分", "担当部"],
                ["基本目標2 健やかに", "基本方針 (1) 地域福祉の推進", "2-1-(1)", "生活支援", "協議体数", "継続", "健康福祉部"],
                ["基本目標4 活力", "基本方針4-4 産業と環境の調和", "4-4-(1)", "中小企業支援", "創業件数", "継続", "環境経済部"],
            ]
        },
    )  # fmt: skip
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "nagayo"\n\n[wording]\npolicy = "基本目標"\ndirection = "基本方針"\n'
        'project = "事業"\nitem = "指標"\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path / "planeval.toml")
    read = planeval.read_plan(plan, layout=config.layout, wording=config.wording)
    assert [(i.direction_id, i.direction_name) for i in read.items] == [
        ("2-1", "地域福祉の推進"),
        ("4-4", "産業と環境の調和"),
    ]


def test_an_ended_item_rated_is_named_as_its_form_numbers_it(tmp_path: Path) -> None:
    """The notice of an item the plan ends, rated again, names it 1-3-(2) as the form and the
    plan type it, not by its ID 1-3-2 (review 128 #8)."""
    from planeval.config import load_config

    forms = build(tmp_path / "回答")[:1]  # (総務部's)
    rows = [
        ["基本目標1 安全", "基本方針1-3 防災力の向上", "1-3-(1)", "自主防災", "結成率", "継続"],
        ["基本目標1 安全", "基本方針1-3 防災力の向上", "1-3-(2)", "防災無線", "デジタル化率", "終了"],
        ["基本目標3 未来", "基本方針3-1 学校教育の充実", "3-1-(1)", "ICT教育", "活用率", "継続"],
    ]  # fmt: skip
    head = ["基本目標", "基本方針", "事業番号", "事業名", "指標", "区分", "担当部"]
    book = {"計画事業一覧": [head, *([*row, "総務部"] for row in rows)]}
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "nagayo"\n\n[wording]\nitem = "指標"\n', encoding="utf-8"
    )
    config = load_config(tmp_path / "planeval.toml")
    plan = planeval.read_plan(
        write_book(tmp_path / "計画.xlsx", book), layout=config.layout, wording=config.wording
    )
    result = planeval.read_workbooks(forms, scale=config.scale, plan=plan, wording=config.wording)
    ended = [p.message for p in result.problems if "終了" in p.message]
    assert ended == [
        "計画で区分が「終了」の指標 デジタル化率（1-3-(2) 防災無線） が評価されています（数えています）"
    ]


def test_a_bracketed_direction_is_headed_by_its_word_as_the_others(tmp_path: Path) -> None:
    """健康福祉部's 「基本方針 (1)　地域福祉の推進」 is headed 「基本方針(1) 地域福祉の推進」 beside
    「基本方針1-1 地域防犯の推進」: it printed 「(1) 地域福祉の推進」, its level's word lost."""
    build(tmp_path)
    settings = (
        '[scale]\npreset = "nagayo"\n\n[wording]\npolicy = "基本目標"\ndirection = "基本方針"\n'
    )
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    args = ["tables", str(tmp_path), "--config", str(tmp_path / "planeval.toml"), "-q"]
    run = CliRunner().invoke(app, args, env={"COLUMNS": "120"})
    assert run.exit_code == 0, run.output
    lines = [line for line in run.stdout.splitlines() if line.startswith("基本方針")]
    assert lines == [
        "基本方針1-1 地域防犯の推進",
        "基本方針1-3 防災力の向上",
        "基本方針(1) 地域福祉の推進",
        "基本方針3-1 学校教育の充実",
        "基本方針3-2 生涯学習の推進",
    ]


def test_a_bracketed_caption_under_a_directions_heading_is_a_group_of_it(tmp_path: Path) -> None:
    """A lone 「(1) 生涯学習の場づくり」 in 項目 under the heading 「基本方針3-2 …」, inside the
    table or right above its header, is a group of 3-2's rows, a level below it: it took the
    heading's place as the direction 3-1, its rows 3-1-1 under 「(1) …」 beside 基本方針3-1's
    own (review 128, left by the forty-fifth session's first fix). 南浜市's lines 「(1)　…」 under
    a policy's heading stay its directions (test_bracketed_direction_headings)."""
    top = [
        ["令和6年度　東浜市第5次総合計画　実施計画事業評価（教育部）"],
        ["基本目標3　未来を担う人が育つまち"],
    ]
    first = (
        ["基本方針3-1　学校教育の充実"],
        HEADER,
        ["3-1-(1)", "ICT教育", "活用率", "1", "2", "3", "C", "", "課"],
    )
    rows = {
        "inside": [["基本方針3-2　生涯学習の推進"], HEADER, ["(1) 生涯学習の場づくり"]],
        "above": [["基本方針3-2　生涯学習の推進"], ["(1) 生涯学習の場づくり"], HEADER],
    }
    items = [("①", "公民館講座", "A"), ("②", "図書館", "B")]
    paths = [
        write_book(
            tmp_path / f"{name}.xlsx",
            {"評価": [*top, *first, [], *head, *([n, p, "数", "1", "2", "3", s, "", "課"] for n, p, s in items)]},
        )
        for name, head in rows.items()
    ]  # fmt: skip
    for path in paths:
        result = planeval.read_workbooks([path], scale=PRESETS["nagayo"])
        read = [(e.direction_id, e.direction_name, e.project_shown_id) for e in result.entries]
        assert read == [
            ("3-1", "学校教育の充実", "3-1-(1)"),
            ("3-2", "生涯学習の推進", "①"),
            ("3-2", "生涯学習の推進", "②"),
        ], path.name
        assert len({e.project_id for e in result.entries}) == 3
