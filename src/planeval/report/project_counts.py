"""The counts per project, after 集計, where a project is the level right under a policy and
holds several items: a 施策評価 (基本目標 | 施策 | 事業, each 事業 rated) reports per 施策 —
「「良好な居住環境の整備」などの2事業は、「計画どおり完了」であり…」 — and its export counted per
基本目標 only, the figures left to `summarize --by project` (review 196 #5). The table is that
summary's, titled 「施策別集計」 and printed in every format as 集計 is (Report.count_sections),
a project none of whose rows was counted (未提出) a row with no numbers, as in 集計.

Not where a direction stands between (Setagaya's 取り組みの方向性: each direction's table says
its counts in its caption), nor with several bodies or a survey, nor where some project holds
one item or is its policy (the table would repeat Chapter 3's rows or 集計)."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.aggregate import summarize
from planeval.level_labels import LevelLabels
from planeval.model import Entry
from planeval.report.tables import CountTable
from planeval.report.uncounted_policies import policy_table, uncounted_groups
from planeval.report.uncounted_summary import partly_counted_groups
from planeval.scale import Scale
from planeval.whole_sentence import holds_several
from planeval.wording import Wording


def project_table(
    entries: Sequence[Entry],
    uncounted: Sequence[Entry],
    scale: Scale,
    wording: Wording,
    labels: LevelLabels,
) -> CountTable | None:
    """``entries``' counts per project (施策番号 | 施策名 | 計画どおり完了 …, with percentages),
    the projects of ``uncounted`` (the rows Chapter 3 lists not counted: 未提出, in error) none
    of whose rows was counted blank in their place, those some of whose rows was marked
    「（一部未集計）」; None where the report counts per project nowhere (counts_projects)."""
    if not counts_projects(entries):
        return None
    by_project = summarize(entries, by="project", scale=scale, labels=labels)
    short = wording.project_short  # (施策番号 | 施策名, as 集計's 基本目標番号)
    return policy_table(
        by_project,
        uncounted_groups(by_project, uncounted, labels),
        id_headers=(f"{short}番号", f"{short}名"),
        remarks=(),
        word=wording.status,
        partly=partly_counted_groups(by_project, uncounted),
    )


def counts_projects(entries: Sequence[Entry]) -> bool:
    """Whether ``entries`` (one body's, no direction among them) hold projects under their
    policies, more projects than policies, each with a number of its own (the table's rows
    named as `check` reads them back) and more than one item (whole_sentence.holds_several:
    the projects a whole count says 「施策を構成する事業は…」 of)."""
    if not entries or any(entry.body or entry.direction_id for entry in entries):
        return False
    if any((e.project_id, e.project_name) == (e.policy_id, e.policy_name) for e in entries):
        return False
    if not all(entry.project_shown_id for entry in entries):
        return False
    projects = {entry.project_id for entry in entries}
    policies = {entry.policy_id for entry in entries}
    return len(projects) > len(policies) and holds_several(entries)


def project_title(wording: Wording) -> str:
    """The heading and sheet name of the counts per project: 「施策別集計」."""
    return f"{wording.project}別集計"
