"""A pattern compiled on its first use (planeval/lazy_pattern.py) answers as re.compile's does,
before and after that use, for text and for bytes."""

from __future__ import annotations

import re

from planeval.lazy_pattern import LazyPattern


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "令和6年度 青葉市 回答(1) 青葉市役所"
    source = r"(?P<body>[一-龥]+)(市|町)"
    lazy, compiled = LazyPattern(source), re.compile(source)
    assert "compiled" not in vars(lazy)  # (nothing compiled by making it)
    for _ in range(2):  # (the first use compiles it; the second uses what it compiled)
        found, expected = lazy.search(text), compiled.search(text)
        assert found is not None and expected is not None
        assert found[0] == expected[0] == "青葉市"
        assert lazy.match(text) is compiled.match(text) is None
        whole = lazy.fullmatch("青葉市")
        assert whole is not None and whole.groups() == ("青葉", "市")
        assert lazy.findall(text) == compiled.findall(text)
        assert [m.span() for m in lazy.finditer(text, 5)] == [
            m.span() for m in compiled.finditer(text, 5)
        ]
        assert lazy.sub(r"<\g<body>>", text, 1) == compiled.sub(r"<\g<body>>", text, 1)
        assert lazy.subn("x", text) == compiled.subn("x", text)
        assert lazy.split(text) == compiled.split(text)
    assert lazy.compiled is compiled  # (re's own cache: the same pattern object)
    assert lazy.pattern == source


def test_a_lazy_bytes_pattern_with_flags() -> None:
    lazy = LazyPattern(rb"<c r=\"([a-z]+)", re.I)
    assert lazy.findall(b'<c r="AB1"/><C R="c2"/>') == [b"AB", b"c"]
    assert lazy.compiled.flags & re.I
