"""One base for the changes a sentence states (check --previous). A change may agree with each
round's whole answers (前年度 22 → 今回 23) or only with compare's rows of both rounds (like for
like: 15 → 23); either is accepted and named in the verdict. But one sentence reads on one base:
「目標達成は1件増加し、取組中は▲4件、未着手は前年度から▲9件」 took +1 and ▲4 on the whole answers
and ▲9 on compare's rows (16 → 7), so a wrong ▲9 (▲10 on the whole) passed (review 154 #4).

Where a sentence's changes agree on different bases, the sentence is read on the base more of
them agree on — compare's rows of both rounds where as many agree on each, compare's being the
table a clerk is given — and a change that differs on it is a disagreement, its note giving both
bases' counts."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from planeval.check_result import Disagreement

_WHOLE = "（この文のほかの増減は各年度の回答全体の数で一致しています）"
_ALIKE = "（この文のほかの増減は compare の表と同じく両年度で比べられる行だけの数で一致しています）"


def one_base(wrong: Sequence[Disagreement], text: str) -> list[Disagreement]:
    """``wrong`` (one statement's, of ``text``) with the changes of each sentence that agree
    only on the base fewer of them agree on made disagreements, counted on the other."""
    sentences: dict[int, list[Disagreement]] = {}
    plain = unicodedata.normalize("NFKC", text)
    for d in wrong:
        if d.when and (d.alike or d.whole):
            at = plain.find(d.phrase)
            sentences.setdefault(plain[:at].count("。") if at >= 0 else -1, []).append(d)
    changed: dict[int, Disagreement] = {}
    for found in sentences.values():
        whole = sum(d.whole for d in found)
        alike = sum(d.alike for d in found)
        if not (whole and alike):
            continue
        on_whole = whole > alike
        for d in found:
            if d.alike and on_whole:  # (agreeing only on compare's rows: its counted the whole's)
                changed[id(d)] = replace(d, alike=False, note=f"{d.note}{_WHOLE}")
            elif d.whole and not on_whole and d.alike_counted is not None:
                changed[id(d)] = replace(
                    d, whole=False, counted=d.alike_counted, note=f"{d.note}{_ALIKE}"
                )
    return [changed.get(id(d), d) for d in wrong]
