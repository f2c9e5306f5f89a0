"""What validate --plan says of the plan itself, not of the returns: said once where it bears on
something, not on every validate of every round.

``template`` says the plan's own notices when it makes the forms from it — a project whose lead
is a placeholder (「関係各部」: choose who fills its form), the list and the project cards
wording an item differently, a name with a character outside Shift_JIS that every form will
carry. A round of those forms says none of them again (review 84: the seed plan's 「関係各部」
notice on every validate of a correct cycle): validate says a placeholder's only while its form
has not come back (someone is still to be chosen), and the list's and cards' wordings only of
forms planeval did not make (no template said them then).
"""

from __future__ import annotations

from planeval.cycle.plan_cards import plan_disagreements_said
from planeval.cycle.submission import submissions, unreturned
from planeval.io.plan_sections import SPLIT_CELLS
from planeval.marks import template_marks
from planeval.model import Problem
from planeval.plan import PLACEHOLDER_LEAD, Plan
from planeval.read_records import ReadResult
from planeval.wording import DEFAULT_WORDING, Wording


def plan_notices(
    result: ReadResult, plan: Plan, wording: Wording = DEFAULT_WORDING
) -> list[Problem]:
    """The plan's own problems as validate says them of the round ``result`` read."""
    # (how a cell of a 局 and its 課 was read is template's to say: it made the forms so)
    said = [p for p in plan.problems if p.reason not in (PLACEHOLDER_LEAD, SPLIT_CELLS)]
    if any(problem.reason == PLACEHOLDER_LEAD for problem in plan.problems):
        said += plan.placeholder_leads(of=unreturned(submissions(result, plan)))
    if not template_marks(result.texts):  # (forms planeval made: template said each)
        said += plan_disagreements_said(plan, wording)
    return said
