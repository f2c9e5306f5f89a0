"""Review reports as plain data: check's disagreements, validate's problems and submission
status (compare's and rounds' changes: changes.py and round_tables.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planeval.body_words import MUNICIPALITIES, PREFECTURES
from planeval.check_result import RATED_PROJECTS, CheckResult, Disagreement, NotCompared
from planeval.cycle.submission import Submission
from planeval.cycle.trend_words import UP, trend_words
from planeval.marks import counted_unit, named_unit, own_unit
from planeval.model import Location, Problem
from planeval.plan import is_placeholder_department
from planeval.read_records import ReadResult
from planeval.report.render import TableData
from planeval.report.views import problem_dict
from planeval.scale import Scale
from planeval.stated_changes import PAST
from planeval.stated_moves import SAME, trend_of
from planeval.stated_number import (
    ANSWERED,
    BODIES,
    ENDED,
    GROUPS,
    IN_ERROR,
    ISSUES,
    NOT_COUNTED,
    PROJECTS,
    ROWS,
    SHARE_SUM,
    TOTAL,
    StatedNumber,
)
from planeval.stated_ranges import summed
from planeval.wording import DEFAULT_WORDING, Wording


def compared_name(
    what: str,
    scale: Scale,
    *,
    percent: bool = False,
    wording: Wording = DEFAULT_WORDING,
    level: str = "",
) -> str:
    """What a stated number counts, as a person reads it: "○（計画どおり実施）", "計画事業の数"
    (the body's own word: 施策の数), "基本方針の数" (a count of the groups at ``level``), "合計の割合"."""
    names = {
        PROJECTS: f"{wording.project_counted}の数",
        RATED_PROJECTS: f"評価した{wording.project_counted}の数",
        TOTAL: "合計",
        # (the uncounted rows in the scale's words: 「行数（再掲を含む）」, review 81)
        ROWS: f"行数（{'・'.join(map(scale.label, scale.uncounted)) or '対象外'}を含む）",
        GROUPS: f"{level or '区分'}の数",
        NOT_COUNTED: "集計していない行の数",
        IN_ERROR: f"{level or '未集計（エラー）'}の行の数",  # (a caption's 「ほかに未評価 1」)
        ENDED: f"計画の区分で終えた{wording.item}の数",  # (「完了・廃止の2取組」: stated_ended)
        ISSUES: f"{wording.issues_title}の件数",
        BODIES: "団体の数",  # (「29市町村のうち」: body_counts.py)
        ANSWERED: "回答した団体の数",  # (its lead's 「一覧は13件です」: issue_leads.py)
        PREFECTURES: "都道府県の数",  # (「都道府県47、市区町村253」: body_counts.py)
        MUNICIPALITIES: "市区町村の数",
    }
    if what == SHARE_SUM:  # (planeval's rounding note: 「合計の行は 99.9%」)
        return "割合の合計"
    if what == ANSWERED and percent:
        return "回答率"
    if trend := trend_of(what):  # (「前年度から改善した事務事業は7件」: compare's count)
        said = trend_words(scale)
        moved = {UP: said.up_said, SAME: "変わらなかった"}.get(trend, said.down_said)
        return f"前年度から{moved}{wording.item}の数"
    name = names.get(what) or (what if summed(what) else None)  # (「B以上（A・B）」)
    if name is None:
        label = scale.label(what)
        if (shown := wording.status_shown(what, scale)) != what:  # (横ばいC, as the body's cells)
            return f"{shown}の割合" if percent else shown
        # (a count and a share alike, 「D（50%未満の達成状況）」 and 「…）の割合」: review 169 #6;
        # 「D 評価できないの割合」 read as one phrase; 目標達成 said once)
        name = label if label == what else f"{what}（{label}）"
    return f"{name}の割合" if percent else name


# (said after what a number counts: 「完了（前年度）」 last year's, 「完了の増減」 a change)
_WHEN = {"": "", PAST: "（前年度）"}


def _changed(name: str, when: str) -> str:
    """「完了の増減」, 「4（目標を下回った）の増減」; a name with a space in quotes, 「「… …」の増減」
    (「4 目標を下回ったの増減」 read as one phrase: review 54)."""
    if when in _WHEN:
        return name + _WHEN[when]
    return f"「{name}」の増減" if " " in name else f"{name}の増減"


def _number(
    value: float | None, percent: bool, *, change: bool = False, separated: bool = True
) -> str:
    if value is None:
        return "記載なし"
    shown = f"{abs(value):,}" if separated and not percent else f"{abs(value)}"
    if change:  # (a change as compare prints it: ▲2, +2, ±0)
        return f"▲{shown}" if value < 0 else f"+{shown}" if value > 0 else "±0"
    sign = "-" if value < 0 else ""
    return f"{sign}{shown}%" if percent else f"{sign}{shown}"


def check_table(
    disagreements: Sequence[Disagreement],
    scale: Scale,
    wording: Wording = DEFAULT_WORDING,
    *,
    separated: bool = True,
    quoted: bool = False,
) -> TableData:
    """Every stated number that differs from the rows: where it applies (計画全体, 情報化政策1
    …), what it counts (in the body's words), stated and counted, and where the sentence is;
    ``separated``: a count's thousands separated, as summarize prints them (7,154), not in a
    CSV's data; ``quoted``: a text's place with the words the number stands in, as the table
    of numbers not compared quotes them (「13段落目「おおむね効果的なもの(B)が 4個」」: Word
    numbers no paragraph, and 13 counts the headings — review 206 #4; a sheet's cell is one)."""
    rows = [
        [
            d.scope,
            _changed(
                compared_name(d.what, scale, percent=d.percent, wording=wording, level=d.level),
                d.when,
            ),
            _number(d.stated, d.percent, change=d.when not in _WHEN, separated=separated),
            _number(d.counted, d.percent, change=d.when not in _WHEN, separated=separated) + d.note,
            f"{d.location}「{d.phrase}」"
            if quoted and d.phrase and not d.location.sheet
            else str(d.location),
        ]
        for d in disagreements
    ]
    return TableData("記載と集計の食い違い", ("範囲", "項目", "記載", "集計", "記載の場所"), rows)


def not_compared_table(skipped: Sequence[NotCompared], *, separated: bool = True) -> TableData:
    """Every stated number check could not compare, with the words around it and why; a
    whole number's thousands ``separated`` as check_table's (8,880, as the text types it). The
    same words with the same number and reason are one row, at its first place with how many
    more hold them (a form's line in each of 8 files: one row, 「ほかに 7 か所」, review 160 #3)."""
    same: dict[tuple[str, str, str], list[NotCompared]] = {}
    for n in skipped:
        same.setdefault((n.phrase, _shown(n.stated, separated), n.reason), []).append(n)
    rows = []
    for (phrase, number, reason), alike in same.items():
        scopes = list(dict.fromkeys(n.scope for n in alike))
        places = list(dict.fromkeys(str(n.location) for n in alike))
        scope = scopes[0] + (f" ほか {len(scopes) - 1}" if len(scopes) > 1 else "")
        more = f"（同じ記載がほかに {len(places) - 1} か所）" if len(places) > 1 else ""
        rows.append([scope, phrase, number, reason, places[0] + more])
    return TableData("比べられなかった数", ("範囲", "記載", "数", "理由", "記載の場所"), rows)


def check_dict(checked: CheckResult, problems: Sequence[Problem]) -> dict[str, object]:
    """check's JSON: every paragraph with the numbers read from it, every disagreement, every
    number not compared (with why), how many were compared, and the reading problems."""

    def where(location: Location) -> dict[str, object]:
        return {"file": location.file, "sheet": location.sheet, "cell": location.cell}

    def number(n: StatedNumber) -> dict[str, object]:
        return {
            "what": n.what,
            "value": n.value,
            "percent": n.percent,
            "phrase": n.phrase,
            # (last year's numbers and changes are compared with --previous: no reason then;
            # one that still could not be is in not_compared, with its own)
            "reason": "" if checked.previous and n.when else n.reason,
            "level": n.level,
            "when": n.when,
        }

    return {
        "statements": [
            {
                "policy_id": s.policy_id,
                "scope": s.scope,
                "stated": dict(s.counts),
                "numbers": [number(n) for n in s.numbers],
                "table": s.pasted,  # (a table's row or column: its scope may name a policy)
                "source": where(s.location),
            }
            for s in checked.statements
        ],
        "disagreements": [
            {
                "policy_id": d.policy_id,
                "scope": d.scope,
                "what": d.what,
                "stated": d.stated,
                "counted": d.counted,
                "percent": d.percent,
                "phrase": d.phrase,
                "level": d.level,
                "note": d.note,
                "when": d.when,
                "source": where(d.location),
            }
            for d in checked.disagreements
        ],
        "not_compared": [
            {
                "policy_id": n.policy_id,
                "scope": n.scope,
                "phrase": n.phrase,
                "stated": n.stated,
                "reason": n.reason,
                "settled": n.settled,
                "other_scale": n.other_scale,
                "when": n.when,
                "source": where(n.location),
            }
            for n in checked.not_compared
        ],
        "compared": checked.compared,
        # (as the terminal's last line: the totals agreeing as two parts are said only there)
        "verdict": checked.verdict(),
        "previous": checked.previous,
        "texts_without_counts": list(checked.silent),
        "problems": [problem_dict(p) for p in problems],
    }


def problem_table(problems: Sequence[Problem]) -> TableData:
    rows = [
        [
            p.severity.label,
            p.location.file,
            p.location.sheet or "",
            p.location.cell or "",
            p.message,
            p.hint,
        ]
        for p in problems
    ]
    return TableData("", ("重要度", "ファイル", "シート", "セル", "内容", "対処"), rows)


def submission_table(found: Sequence[Submission], wording: Wording = DEFAULT_WORDING) -> TableData:
    """Per department (部, 局 … as they are named: marks.named_unit): 提出済 / 未提出 / 未記入 N件
    / 記入誤り N件, the items it leads (所管の実施内容, in the body's word), its files."""
    rows = [[s.department, s.label, str(s.items), _files_returned(s)] for s in found]
    own = named_unit((s.department for s in found), wording.department)
    return TableData("提出状況", (own, "状況", f"所管の{wording.item}", "ファイル"), rows)


def _files_returned(returned: Submission) -> str:
    """Its files' names, a corrected version's with the workbook it replaced, which is no
    second return (「…_修正版.xlsx（修正版。元の「….xlsx」は数えていません）」)."""
    names = []
    for file in returned.files:
        replaced = [Path(old).name for old, new in returned.superseded if new == file]
        said = f"（修正版。元の「{'」「'.join(replaced)}」は数えていません）" if replaced else ""
        names.append(Path(file).name + said)
    return "、".join(names)


def validate_verdict(
    result: ReadResult,
    *,
    hidden: int = 0,
    returned: Sequence[Submission] = (),
    quiet: int = 1,
    word: str = "",
) -> str:
    """What validate says when it shows no problem: none found, or (``hidden``: warnings and
    notices -q does not show) no error found and how many it does not show — of the files
    read, where ``returned`` (the plan's 提出状況) has a department that sent nothing or left
    items blank (「問題は見つかりませんでした」 over a table saying 未提出: review 76)."""
    read = f"（{len(result.files)} ファイル、{len(result.entries)} 件）"
    short = [s for s in returned if s.state not in ("提出済", "提出不要")]
    of = "読み込んだ回答には" if short else ""
    said = f"{of}問題は見つかりませんでした{read}"
    if hidden:
        option = "-qq" if quiet > 1 else "-q"  # (as given: review 89)
        said = f"{of}エラーは見つかりませんでした{read}。ほかに警告・お知らせ {hidden} 件（{option} のため表示していません）"
    if short:
        said += f"。{named_unit((s.department for s in returned), word)}ごとの提出状況は下の表のとおりです"
    return said


def submission_verdict(found: Sequence[Submission], word: str = "") -> str:
    """``word``: the body's [wording] department (its 部局: marks.unit)."""
    own = named_unit((s.department for s in found), word)  # (部, 局 …)
    late = [s for s in found if s.state == "未提出"]
    # (a row deleted is no cell left blank: said as the table says it, 行なし — review 178 #6)
    blank = [s for s in found if s.missing > s.absent and s.state != "未提出"]
    absent = [s for s in found if s.absent and s.state != "未提出"]
    wrong = [s for s in found if s.wrong or s.outside]
    if not late and not blank and not absent and not wrong:
        # (by the plan: who leads an item — not who happened to send a co-owner's remark, 6
        # one year and 4 the next: review 118)
        unasked = [s for s in found if not s.items]  # (co-owners only: nothing to rate)
        if any(s.state == "提出不要" for s in unasked):
            sent = [s for s in unasked if s.state == "提出済"]
            also = (
                f"。うち {_many(sent, own, word, listed=True)}からも調査票の提出あり"
                if sent
                else ""
            )
            # (one that sent an .xls instead: its error said above — review 162 #1)
            if unread := [s.department for s in unasked if s.state == "提出不要" and s.files]:
                also += f"。{'、'.join(unread)}から届いたファイルは、上のエラーのため使っていません"
            needed = [s for s in found if s.items]
            return (
                f"記入の必要な {_many(needed, own, word)}の調査票がすべて提出され、すべて"
                f"記入されています（所管のない {_many(unasked, own, word, listed=True)}は提出不要{also}）"
            )
        return f"全 {_many(found, own, word)}の調査票が提出され、すべて記入されています"
    parts = [
        f"{said}{counted_unit(names, word) if said != '未提出' else ''} "
        f"{_many(them, own, word, listed=True)}（{'、'.join(names)}）"
        for said, them in (
            ("未提出", late),
            ("未記入のある", blank),
            ("行なしのある", absent),
            ("記入誤りのある", wrong),
        )
        if (names := [s.department for s in them])
    ]
    return f"{_many(found, own, word)}のうち、" + "、".join(parts) + "があります"


def _many(found: Sequence[Submission], own: str, word: str = "", *, listed: bool = False) -> str:
    """How many departments: 「5 部」, a lead that is none (関係各部: review 162 #8) and a unit of
    another word than ``own`` (会計室) said apart by name, 「18 部、会計室と関係各部」, not 「19 部」
    (more such: 「22 部署」); ``listed`` (names follow): 「1 室（会計室）」 (marks.counted_unit)."""
    apart = [s.department for s in found if is_placeholder_department(s.department)]
    named = [s.department for s in found if not is_placeholder_department(s.department)]
    others = [] if listed or own == "部署" else [n for n in named if own_unit(n, own, word) != own]
    if len(others) > 2:
        units, others = f"{len(named)} 部署", []
    elif listed:
        units = f"{len(named)} {counted_unit(named, word)}" if named else ""
    else:
        units = f"{len(named) - len(others)} {own}" if len(named) > len(others) else ""
    said = [part for part in (units, *others, *apart) if part]
    return "、".join(said[:-1]) + "と" + said[-1] if len(said) > 1 else "".join(said)


def _shown(stated: float, separated: bool) -> str:
    """A stated number as the table shows it: 8,880 (8880 in a CSV's data), 19.0 as stated."""
    return f"{stated:,}" if separated and isinstance(stated, int) else f"{stated}"
