"""check on review 100's finding 8.4: 「Eは合わせて192件」 — 合わせて after one status's count —
was 「何の件数か読み取れません」, where 「Eは192件」 was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_check_review85 import _checked


@pytest.mark.parametrize(
    ("draft", "wrong"),
    [
        ("いずれの部署でも、目標達成（A）は合わせて3指標にとどまった。", []),
        ("Aは、合わせて3指標でした。", []),
        ("いずれの部署でも、Aは合わせて4指標にとどまった。", [("A", 4, 3)]),
    ],
    ids=("right", "comma", "wrong"),
)
def test_together_after_one_status_is_that_status_s_count(
    tmp_path: Path, draft: str, wrong: list[tuple[str, int, int]]
) -> None:
    checked = _checked(tmp_path, draft)
    assert checked.not_compared == ()
    assert [(d.what, d.stated, d.counted) for d in checked.disagreements] == wrong
    assert checked.compared == 1
