"""A body whose planeval.toml sets a preset scale and no [wording] (羽村市: ``[scale] preset =
"hamura"`` alone) is told once that its report is worded in planeval's plain words, not its
sheets' (review 26: 「（27）政策27 都市基盤整備」 under a sheet headed 施策27「…」), with the
[wording] lines its tables give; never where the planeval.toml has a [wording], nor where the
words are Setagaya's, and once per run (compare's two rounds)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from typer.testing import CliRunner

from planeval.cli import app
from tests.other_bodies import BODIES

NOTICE = (
    "お知らせ: {config}: 報告書の見出しと文は planeval の言葉で書かれます: 政策（表では 施策）・"
    "事業（表では 施策）・実施内容（表では 事業）・達成状況（表では 評価）・課題等（表では "
    "評価の理由・今後の方向性）・所管部（表では 担当課）（表の言葉と hamura の見出し・文で書くなら、{name} に"
    "次の設定を加えてください）"
)
# (the line the issue list's notice offers, 羽村市's 評価の理由 on every row: issue_list_hint.py)
ISSUE_LIST = 'issue_list = "status"'
BLOCK = [
    "  [wording]",
    # (the one line that gives its report 羽村市's frame: review 93)
    "  # 見出しと文を hamura の言葉の組で書きます（下の言葉はそれに優先します）",
    '  preset = "hamura"',
    # (the forms' own title, 「羽村市長期総合計画　施策評価（令和4年度）」: review 190 #7)
    "  # 報告書の表題です（調査票の表題から）",
    '  title = "羽村市長期総合計画　施策評価"',
    "  # 表の列の言葉です。報告書の言葉を変えるなら書き換えてください",
    '  policy = "施策"',
    '  project = "施策"',
    '  item = "事業"',
    '  status = "評価"',
    '  issue = "評価の理由・今後の方向性"',
    '  department = "担当課"',
]


def build(key: str, folder: Path, settings: str, name: str = "planeval.toml") -> tuple[Path, Path]:
    [body] = [body for body in BODIES if body.key == key]
    [path] = body.build(folder)
    config = folder / name
    config.write_text(settings, encoding="utf-8")
    return path, config


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def headings(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 2"]


def test_hamura_with_its_preset_alone_is_offered_its_sheets_words_once(tmp_path: Path) -> None:
    path, config = build("hamura", tmp_path, '[scale]\npreset = "hamura"\n')
    word = tmp_path / "報告書.docx"
    result = run("export", str(path), "--docx", str(word), "--config", str(config))
    assert result.exit_code == 0
    # (and, its 評価の理由・今後の方向性 filled in on every row, the line that lists its issues by
    # their status alone: review 146)
    lines = result.stderr.splitlines()
    assert lines[: len(BLOCK) + 1] == [NOTICE.format(config=config, name="planeval.toml"), *BLOCK]
    assert lines[len(BLOCK) + 1 :] == [
        "",
        next(line for line in lines if "課題一覧の 24 件のうち 18 件は" in line),
        f"  {ISSUE_LIST}",
        "お知らせ 2 件",
    ]
    # (what it says: the headings as written without them)
    assert any(heading.startswith("政策27 ") for heading in headings(word))


def test_the_lines_are_offered_for_the_settings_file_given(tmp_path: Path) -> None:
    """--config hamura_min.toml: the lines go in that file, not a planeval.toml (review 87)."""
    path, config = build("hamura", tmp_path, '[scale]\npreset = "hamura"\n', "hamura_min.toml")
    result = run("summarize", str(path), "--config", str(config))
    assert NOTICE.format(config=config, name="hamura_min.toml") in result.stderr.splitlines()


def test_the_lines_added_word_the_report_as_the_sheets_and_say_nothing_more(
    tmp_path: Path,
) -> None:
    path, config = build("hamura", tmp_path, f'[scale]\npreset = "hamura"\n{ISSUE_LIST}\n')
    block = "\n".join(line.strip() for line in BLOCK)
    config.write_text(config.read_text(encoding="utf-8") + "\n" + block + "\n", encoding="utf-8")
    word = tmp_path / "報告書.docx"
    result = run("export", str(path), "--docx", str(word), "--config", str(config))
    assert result.exit_code == 0 and result.stderr == ""
    assert any(heading.startswith("施策27「") for heading in headings(word))
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "では、5件の事業を評価しました。評価は、「計画どおり完了」が" in text
    assert "実施内容" not in text and "取り組みました" not in text


def test_a_scale_of_phrases_without_wording_counts_its_items_as_its_statuses(
    tmp_path: Path,
) -> None:
    """「5件の実施内容に取り組みました。…「計画どおり完了」が3件」, not 「5つの実施内容」 beside
    「3件」 (review 93); a [wording] keeps its own counter."""
    path, config = build("hamura", tmp_path, '[scale]\npreset = "hamura"\n')
    said = run("summarize", str(path), "--narrative", "--config", str(config)).stdout
    sentences = [line for line in said.splitlines() if "取り組みました" in line]
    assert len(sentences) == 5  # (a policy each, and the whole plan first: review 148 #7)
    assert all("件の実施内容に取り組みました" in line for line in sentences), sentences
    assert all("」が" in line and "つの" not in line for line in sentences)
    config.write_text('[scale]\npreset = "hamura"\n[wording]\nitem = "事業"\n', encoding="utf-8")
    said = run("summarize", str(path), "--narrative", "--config", str(config)).stdout
    assert "つの事業に取り組みました" in said


def test_a_body_with_its_wording_or_setagayas_words_is_told_nothing(tmp_path: Path) -> None:
    hirakata = tmp_path / "枚方市"
    hirakata.mkdir()
    path, config = build(
        "hirakata", hirakata, '[scale]\npreset = "hirakata"\n\n[wording]\npreset = "hirakata"\n'
    )
    result = run("summarize", str(path), "--config", str(config))
    assert result.exit_code == 0 and "planeval の言葉" not in result.stderr
    setagaya = Path(__file__).parents[1] / "data" / "setagaya" / "chapter3.xlsx"
    for settings in ("", '[scale]\npreset = "setagaya"\n'):
        config.write_text(settings, encoding="utf-8")
        result = run("summarize", str(setagaya), "--config", str(config))
        assert result.exit_code == 0 and result.stderr == ""


def test_two_rounds_compared_say_it_once(tmp_path: Path) -> None:
    path, config = build("hamura", tmp_path, '[scale]\npreset = "hamura"\n')
    rounds = []
    for name in ("令和4年度", "令和5年度"):
        (tmp_path / name).mkdir()
        rounds.append(str(shutil.copy(path, tmp_path / name / path.name)))
    result = run("compare", *rounds, "--config", str(config))
    assert sum(line.startswith("お知らせ: ") for line in result.stderr.splitlines()) == 1
    assert NOTICE.format(config=config, name="planeval.toml") in result.stderr.splitlines()


def test_no_word_is_offered_for_two_levels_where_bodies_number_it_otherwise() -> None:
    # (review 78: a prefecture's roll-up was offered direction = "施策" and project = "施策":
    # some bodies' 施策 is their second level, others' their third)
    from planeval.own_scale import sheet_words

    files = [
        {"policy": "基本方針", "direction": "施策", "project": "施策", "item": "事業"},
        {"policy": "基本方針", "direction": "施策", "project": "事業", "item": "取組内容"},
        {"policy": "基本方針", "project": "施策", "item": "事業"},
    ]
    words = sheet_words(files, differ={"project", "item"})
    assert words["direction"] == "施策" and "project" not in words
    assert "item" not in words  # (事業, planeval's word for the project it now keeps)
    assert sheet_words(files)["project"] == "施策"  # (where all agree, as a plan may say)
