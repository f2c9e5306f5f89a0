"""A policy's or direction's number as its body typed it: 浜松市's band row 「1.1 名前」 is the
direction planeval keys 1-1, 長与町's 基本方針 「Ⅰ」 the policy 1. The IDs pair files and
rounds and go to the machine-readable outputs (JSON, CSV, the export's data sheet); what a
person reads shows the number as typed, so that it is found in the plan.

Reading records the typed numbers that differ from their IDs in one mapping, keyed as the
levels' names are (``model.body_key``: within its body, two bodies may type one ID apart):
``ReadResult.level_labels``. Every output asks it through ``shown_number``; a level typed as
its ID has no entry, and is shown as it always was."""

from __future__ import annotations

from collections.abc import Mapping

from planeval.model import body_key

LevelLabels = Mapping[str, str]  # body_key(body, ID) → the number as typed (1.1, Ⅰ)
NO_LABELS: LevelLabels = {}
# ... and, under POLICY_WORD (a key no level's ID is, within its body as the others), the word
# a body typed its policies with where they are a level of their own above its rated rows: 基本
# 目標 of band rows 「基本目標１　…」 over its 施策, or of a 基本目標 column beside them. Rows
# rated right under such a policy are its, however they are numbered (a running No. 1–6
# through the table): a roll-up by policy counts them with the other bodies' (unlevelled.py),
# where a plan of one level, its running 番号 beside its projects, is counted apart.
POLICY_WORD = "\x1e"
# The export's data sheet records them in two columns, each beside its level's number
# (「基本方針番号（表記）」, 「方向性番号（表記）」: the policy's and the direction's), each row's,
# blank where typed as the ID; io/export_data.py reads them back (review 20's exports have them
# after the source's columns, and one written before them has none)
TYPED_TITLE = "（表記）"
TYPED_LEVELS = ("policy_id", "direction_id")


def typed_column(level: str) -> str:
    """The export's data sheet's column of a level's number as typed, as the export records
    its columns' fields ("policy_id" → "policy_id（表記）")."""
    return level + TYPED_TITLE


def typed_numbers(labels: LevelLabels, body: str, *identifiers: str) -> list[str]:
    """Each of ``body``'s levels ``identifiers`` as typed, "" where typed as its ID."""
    return [labels.get(body_key(body, identifier), "") for identifier in identifiers]


def shown_number(labels: LevelLabels, identifier: str, body: str = "") -> str:
    """The number of ``body``'s policy or direction ``identifier`` as a reader sees it: as
    typed where the body typed it otherwise (「1.1」 for 1-1), else the ID."""
    if not labels or not identifier:
        return identifier
    return labels.get(body_key(body, identifier)) or identifier


def policy_words(labels: LevelLabels) -> dict[str, str]:
    """Each body that typed its policies as a level of their own, with its word (policy_word):
    what an export records of them (cells.POLICY_WORDS_PROPERTY), to be read back so."""
    ends = f"\x1f{POLICY_WORD}"  # (recorded of bodies read as several: each key names one)
    return {key.removesuffix(ends): word for key, word in labels.items() if key.endswith(ends)}


def policy_word(labels: LevelLabels, body: str = "") -> str:
    """The word ``body`` typed its policies with as a level of their own (基本目標), "" where
    its rated rows stand under none it typed so."""
    return labels.get(body_key(body, POLICY_WORD), "") if labels else ""
