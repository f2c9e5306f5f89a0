"""A scale whose statuses are whole phrases, as 羽村市 rates its 事業 (計画どおり完了,
次年度以降計画を見直す), in the report's sentences (review 92 #2, #6): a count sentence quotes
them, 「「次年度以降計画を見直す」が2件」, not 「…見直す2件」; and the issue list's lead names the
one status it lists, 「「次年度以降計画を見直す」と評価された事業」, and counts its entries in the
body's counter, 「一覧は3件です」. Setagaya's wording is kept (tests/test_narrative.py pins it)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.aggregate import Count, Group
from planeval.cli import app
from planeval.count_sentence import policy_sentence
from planeval.presets import PRESETS
from planeval.scale import DEFAULT_SCALE, Scale, Status
from planeval.wording import configured
from planeval.wording_presets import OWN_WORDING_BASE

RUNNER = CliRunner()
DONE, REVIEW = "計画どおり完了", "次年度以降計画を見直す"
TOML = """[scale]
preset = "hamura"

[wording]
policy = "施策"
project = "施策"
item = "事業"
status = "評価"
issue = "課題・今後の方向性"
department = "担当課"
counter = "件"
"""


def _hamura(folder: Path) -> Path:
    """羽浦市 (review 92's 羽村市-style body): 施策 headings, one 事業 a row, no item column."""
    book = Workbook()
    sheet = book.active
    sheet.title = "施策評価"
    sheet.append(["令和6年度 羽浦市 施策評価結果"])
    rows = {
        ("27", "都市基盤整備"): [
            ("良好な居住環境の整備", DONE, None, "都市計画課"),
            ("都市計画道路の整備", DONE, None, "道路課"),
            ("公園の長寿命化", DONE, None, "公園緑地課"),
            ("橋りょうの耐震化", REVIEW, "耐震診断の結果を踏まえ、工法と工期を見直す。", "道路管理課"),
            ("空き家対策の推進", REVIEW, "相談体制の強化が必要。", "住宅課"),
        ],
        ("28", "地域交通の充実"): [
            ("コミュニティバスの運行", DONE, None, "交通企画課"),
            ("交通安全施設の整備", DONE, None, "道路管理課"),
        ],
    }  # fmt: skip
    for (number, name), projects in rows.items():
        sheet.append([f"施策{number}「{name}」"])
        sheet.append(["事業名", "評価", "課題・今後の方向性", "担当課"])
        for project in projects:
            sheet.append(list(project))
        sheet.append([])
    (folder / "planeval.toml").write_text(TOML, encoding="utf-8")
    path = folder / "施策評価結果_令和6年度.xlsx"
    book.save(path)
    return path


def _export(folder: Path) -> str:
    path, out = _hamura(folder), folder / "r.md"
    config = str(folder / "planeval.toml")
    result = RUNNER.invoke(app, ["export", str(path), "--config", config, "--md", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_a_count_sentence_quotes_statuses_that_are_whole_phrases() -> None:
    wording = configured(OWN_WORDING_BASE, {"item": "事業", "status": "評価", "counter": "件"})
    policy = Group("27", "都市基盤整備", Count({DONE: 3, REVIEW: 2}, {}), 5)
    sentence = policy_sentence(policy, [], PRESETS["hamura"], wording)
    assert sentence.endswith("「計画どおり完了」が3件、「次年度以降計画を見直す」が2件でした。")
    none = Group("28", "地域交通の充実", Count({DONE: 5, REVIEW: 0}, {}), 5)
    said = policy_sentence(none, [], PRESETS["hamura"], wording)
    assert said.endswith("「計画どおり完了」が5件でした。")


def test_only_a_scale_of_the_body_s_own_phrases_is_quoted() -> None:
    """A symbol with its label (◎ 計画どおり実施, Setagaya's 「計画どおり実施6件」) is not; nor
    are words that end as a noun (完了, 取組中): 「完了3件」 reads as Japanese."""
    from planeval.count_sentence import said_as_phrases

    assert said_as_phrases(PRESETS["hamura"])
    assert not said_as_phrases(DEFAULT_SCALE)
    assert not said_as_phrases(PRESETS["nagayo"])  # (C 達成できなかった: a letter's label)
    assert not said_as_phrases(PRESETS["progress"])
    late = Scale((Status("順調", "順調"), Status("遅れている", "遅れている")))
    assert said_as_phrases(late)


def test_a_body_s_own_status_count_is_kept(tmp_path: Path) -> None:
    wording = configured(OWN_WORDING_BASE, {"status_count": "{label}の事業が{n}件"})
    policy = Group("27", "都市基盤整備", Count({DONE: 3, REVIEW: 2}, {}), 5)
    sentence = policy_sentence(policy, [], PRESETS["hamura"], wording)
    assert "次年度以降計画を見直すの事業が2件" in sentence


def test_the_exported_sentence_quotes_the_phrases_and_check_reads_it_back(tmp_path: Path) -> None:
    text = _export(tmp_path)
    assert "評価は、「計画どおり完了」が3件、「次年度以降計画を見直す」が2件でした。" in text
    assert "見直す2件" not in text and "見直す0件" not in text
    config, source = str(tmp_path / "planeval.toml"), str(tmp_path / "施策評価結果_令和6年度.xlsx")
    agreed = RUNNER.invoke(
        app, ["check", source, "--config", config, "--text", str(tmp_path / "r.md")]
    )
    assert agreed.exit_code == 0, agreed.output
    wrong = tmp_path / "wrong.md"
    wrong.write_text(text.replace("見直す」が2件", "見直す」が4件"), encoding="utf-8")
    found = RUNNER.invoke(app, ["check", source, "--config", config, "--text", str(wrong)])
    assert found.exit_code == 1 and "次年度以降計画を見直す" in found.output


def test_the_issue_list_names_the_one_status_it_lists_and_counts_its_entries(
    tmp_path: Path,
) -> None:
    """「計画どおり完了以外と評価された事業…。一覧は 2 行です。」 read clumsily: the one status
    off plan is named, and a report counts entries, not 行; check reads no count of a policy's
    in it (it ran silent on the export above)."""
    text = _export(tmp_path)
    assert (
        "「次年度以降計画を見直す」と評価された事業、または課題・今後の方向性の記載がある事業。"
        "一覧は2件です。"
    ) in text
    assert "以外と" not in text and "行です" not in text


def test_the_issue_list_counts_in_the_body_s_counter() -> None:
    from planeval.captions import is_issue_lead
    from planeval.stated_numbers import read_numbers

    lead = "「次年度以降計画を見直す」と評価された事業。一覧は12事業です。"
    assert is_issue_lead(lead) and read_numbers(lead, PRESETS["hamura"], counter="事業") == []


def test_the_hamura_words_head_and_word_each_policy_as_the_city_does(tmp_path: Path) -> None:
    """[wording] preset = "hamura": 施策27「都市基盤整備」, and a sentence that says the 事業
    were rated, not Setagaya's 「「都市基盤整備」として…取り組みました。個別の事業ごとの…」."""
    path = _hamura(tmp_path)
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "hamura"\n\n[wording]\npreset = "hamura"\n', "utf-8")
    result = RUNNER.invoke(app, ["summarize", str(path), "--config", str(config), "--narrative"])
    assert result.exit_code == 0, result.output
    assert (
        "施策27「都市基盤整備」\n施策27「都市基盤整備」では、5件の事業を評価しました。"
        "評価は、「計画どおり完了」が3件、「次年度以降計画を見直す」が2件でした。\n"
    ) in result.stdout
    report = tmp_path / "r.md"
    exported = RUNNER.invoke(
        app, ["export", str(path), "--config", str(config), "--md", str(report)]
    )
    assert exported.exit_code == 0, exported.output
    checked = RUNNER.invoke(
        app, ["check", str(path), "--config", str(config), "--text", str(report)]
    )
    assert checked.exit_code == 0, checked.output


def test_the_library_checks_under_the_settings_as_the_command_does(tmp_path: Path) -> None:
    """planeval.check_under(result, config): the body's scale and words, as `check --config`
    reads the same texts (the command calls it), the wrong count found in the body's phrase."""
    import planeval

    text = _export(tmp_path)
    (tmp_path / "wrong.md").write_text(text.replace("見直す」が2件", "見直す」が4件"), "utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    source = tmp_path / "施策評価結果_令和6年度.xlsx"
    result = planeval.read_workbooks([source], scale=config.scale, layout=config.layout)
    assert planeval.check_under(result, config, texts=[tmp_path / "r.md"]).agrees
    found = planeval.check_under(result, config, texts=[tmp_path / "wrong.md"])
    # (the whole plan's sentence and the policy's: one policy, the same counts, both wrong)
    assert {(d.what, d.stated, d.counted) for d in found.disagreements} == {(REVIEW, 4, 2)}
