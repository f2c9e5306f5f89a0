"""One shown form for each 施策's number (review 105 #7, review 110 N7): a 課 typing 「II-2」
(Latin letters) or 「Ⅲ－１」 (a full-width dash and digit) is shown as the plan, else most files,
write it: its Roman numerals, its dash and its digits' width; a dotted 1.1 beside 1-1 as typed."""

from __future__ import annotations

from planeval.aggregate import summarize
from planeval.combine import combine
from planeval.model import Entry, Location
from planeval.plan import Plan, PlanItem
from planeval.read_records import ReadResult

_TYPED = {"1-1": "Ⅰ-1", "2-1": "Ⅱ-1", "2-2": "II-2", "2-3": "Ⅱ-3", "3-1": "Ⅲ－１"}


def _read() -> ReadResult:
    def row(n: int, project: str) -> Entry:
        file = "情報政策課.xlsx" if project in ("2-2", "3-1") else f"課{project}.xlsx"
        return Entry(
            Location(file, "進捗状況", f"H{n + 8}"), project[0], "", project, f"施策{project}",
            1, "1", f"取組{n}", None, "○", "○", project_label=_TYPED[project],
        )  # fmt: skip

    return ReadResult(read=[row(n, p) for n, p in enumerate(_TYPED)])


def _shown(result: ReadResult) -> list[str]:
    return [group.shown_id for group in summarize(result.entries, by="project").groups]


def test_numbers_typed_otherwise_are_shown_as_most_files_type_them() -> None:
    assert _shown(combine(_read())) == ["Ⅰ-1", "Ⅱ-1", "Ⅱ-2", "Ⅱ-3", "Ⅲ-1"]


def test_numbers_are_shown_as_the_plan_types_them() -> None:
    typed = {"1-1": "Ⅰ-1", "2-1": "Ⅱ－1", "2-2": "Ⅱ－2", "2-3": "Ⅱ－3", "3-1": "Ⅲ－1"}
    items = [
        PlanItem(
            Location("計画.xlsx"),
            project[0],
            "",
            project,
            f"施策{project}",
            1,
            "1",
            f"取組{project}",
            project_label=label,
        )
        for project, label in typed.items()
    ]
    plan = Plan(items=items)
    assert _shown(combine(_read(), plan=plan)) == list(typed.values())  # (the plan's dash)


def test_one_notation_throughout_is_shown_as_typed() -> None:
    result = _read()
    result.read = [e._replace(project_label=e.project_label.replace("Ⅰ", "I").replace("Ⅱ", "II")
                              .replace("Ⅲ－１", "III-1")) for e in result.read]  # fmt: skip
    assert _shown(combine(result)) == ["I-1", "II-1", "II-2", "II-3", "III-1"]


def test_digits_are_shown_in_the_width_most_files_type_them_and_dots_as_typed() -> None:
    result = _read()
    typed = {"Ⅰ-1": "Ⅰ．１", "Ⅱ-3": "２-３"}  # (a mixed read: most files type 「１」)
    result.read = [e._replace(project_label=typed.get(e.project_label, e.project_label))
                   for e in result.read]  # fmt: skip
    assert _shown(combine(result)) == ["Ⅰ．１", "Ⅱ-１", "Ⅱ-２", "２-３", "Ⅲ-１"]


def test_brackets_are_shown_as_most_files_type_them() -> None:
    """経済産業局's group 「（１）」 beside the others' 「(2)」 (review 115 #7): one notation, the
    brackets and digits most files type; paired by its ID as before."""
    typed = {"1-1": "(1)", "1-2": "(2)", "2-1": "（１）", "2-2": "(2)"}
    result = ReadResult(
        read=[
            Entry(
                Location(f"局{n}.xlsx", "進捗状況", "A7"),
                project[0],
                "",
                project,
                "項目",
                1,
                "ア",
                f"取組{n}",
                None,
                "○",
                "○",
                project_label=label,
            )
            for n, (project, label) in enumerate(typed.items())
        ]
    )
    assert _shown(combine(result)) == ["1-(1)", "1-(2)", "2-(1)", "2-(2)"]
