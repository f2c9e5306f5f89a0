"""The other bodies' test workbooks hold what their `expected` says.

Re-counts every built workbook with openpyxl alone (no planeval): finds the header rows by the
status column titles, reads the status cells below them, follows the top-level group by the
marker each body writes in column A, and checks counts, totals, groups, percentages, rows and
the stated numbers in the text cells.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.other_bodies import BODIES, LAYOUT_KINDS, Body

# How each body marks its top-level group in column A (a heading line, a band row, a merged
# level cell or a repeated level cell); group 1 is the top-level id used in expected["groups"].
GROUP_MARKERS = {
    "nagoya_moriyama": r"(基本方針\d+)　",
    "gunma": r"(基本目標\d+)　",
    "kitayama_gyokaku": r"(改革の柱\d+)　",
    "kawasaki": r"(\d+) ",
    "hirakata": r"(基本目標\d+)　",
    "hamura": r"(施策\d+)「",
    "minamihara_shuchu": r"(\d+)　",
    "nagayo": r"([ⅠⅡⅢⅣⅤ])$",
    "aichi": r"(\d+) ",
}


def _per_column(body: Body, key: str) -> dict[str, Any]:
    """expected[key] as a dict per status column title (bodies with one column wrap it)."""
    exp = body.expected
    titles = exp["status_columns"]
    return exp[key] if len(titles) > 1 else {titles[0]: exp[key]}


def _largest_remainder(counts: dict[str, int], order: list[str]) -> dict[str, float]:
    total = sum(counts[s] for s in order)
    exact = {s: counts[s] * 1000 / total for s in order}
    tenths = {s: int(exact[s]) for s in order}
    short = 1000 - sum(tenths.values())
    for s in sorted(order, key=lambda s: (-(exact[s] - tenths[s]), order.index(s)))[:short]:
        tenths[s] += 1
    return {s: tenths[s] / 10 for s in order}


@dataclass
class Recount:
    counts: dict[str, Counter] = field(default_factory=dict)
    groups: dict[str, dict[str, Counter]] = field(default_factory=dict)
    sub: dict[str, Counter] = field(default_factory=dict)
    rows: int = 0
    cells: int = 0
    float_cells: int = 0
    int_cells: int = 0


def _symbol(value: Any, body: Body, rec: Recount) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise AssertionError(f"boolean status cell {value!r}")
    if isinstance(value, int | float):
        assert body.expected.get("numeric_cells"), f"numeric status cell {value!r}"
        if isinstance(value, float):
            rec.float_cells += 1
            assert value.is_integer(), value
        else:
            rec.int_cells += 1
        return str(int(value))
    text = str(value).strip()
    if not text:
        return None
    return body.expected.get("cell_values", {}).get(text, text)


def recount(body: Body, paths: list[Path]) -> Recount:
    exp = body.expected
    titles = exp["status_columns"]
    scales = _per_column(body, "scale")
    symbols = {t: [e["symbol"] for e in scales[t]] for t in titles}
    subs = exp.get("sub_counts", {})
    rec = Recount(
        counts={t: Counter() for t in titles},
        groups={t: defaultdict(Counter) for t in titles},
        sub={name: Counter() for name in subs},
    )
    marker = re.compile(GROUP_MARKERS[body.key])
    group: str | None = None
    for path in paths:
        wb = load_workbook(path)
        for ws in wb.worksheets:
            columns: dict[str, int] = {}
            sub_columns: dict[str, int] = {}
            for cells in ws.iter_rows():
                values = [c.value for c in cells]
                found = {v: i for i, v in enumerate(values) if isinstance(v, str) and v in titles}
                if found:
                    assert len(found) == len(titles), f"{ws.title}: {found}"
                    columns = found
                    sub_columns = {
                        name: values.index(spec["column"]) for name, spec in subs.items()
                    }
                    continue
                first = values[0] if values else None
                if isinstance(first, str) and (m := marker.match(first)):
                    group = m.group(1)
                if not columns:
                    continue
                rated = 0
                for title, col in columns.items():
                    sym = _symbol(values[col] if col < len(values) else None, body, rec)
                    if sym is None:
                        continue
                    assert sym in symbols[title], (
                        f"{path.name}!{ws.title} row {cells[0].row}: {values[col]!r}"
                    )
                    assert group is not None, f"{ws.title} row {cells[0].row}: no group yet"
                    rec.counts[title][sym] += 1
                    rec.groups[title][group][sym] += 1
                    rated += 1
                    for name, scol in sub_columns.items():
                        if values[scol] == subs[name]["mark"]:
                            rec.sub[name][sym] += 1
                assert rated in (0, len(titles)), f"{ws.title} row {cells[0].row}: half-rated"
                rec.rows += rated > 0
                rec.cells += rated
    return rec


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    root = tmp_path_factory.mktemp("other_bodies")
    out = {}
    for body in BODIES:
        folder = root / body.key
        folder.mkdir()
        out[body.key] = body.build(folder)
    return out


def _counted(body: Body, title: str) -> set[str]:
    return {e["symbol"] for e in _per_column(body, "scale")[title] if e["counted"]}


def test_bodies_are_well_formed() -> None:
    keys = [b.key for b in BODIES]
    assert len(keys) == len(set(keys)) >= 8
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", k) for k in keys)
    assert set(keys) == set(GROUP_MARKERS)
    for body in BODIES:
        exp = body.expected
        assert body.layout_kind in LAYOUT_KINDS
        for key in ("status_columns", "scale", "best_first", "counts", "total", "levels"):
            assert key in exp, (body.key, key)
        for key in ("groups", "titles", "statements", "rows", "uncounted"):
            assert key in exp, (body.key, key)
        for title in exp["status_columns"]:
            scale = _per_column(body, "scale")[title]
            assert isinstance(_per_column(body, "best_first")[title], bool)
            counted = _counted(body, title)
            counts = _per_column(body, "counts")[title]
            assert set(counts) == counted, (body.key, title)
            assert _per_column(body, "total")[title] == sum(counts.values())
            uncounted = {e["symbol"] for e in scale if not e["counted"]}
            assert set(exp["uncounted"]) <= uncounted
            groups = _per_column(body, "groups")[title]
            for sym in counts:
                assert sum(g.get(sym, 0) for g in groups.values()) == counts[sym]
    assert sum(any(s.get("wrong") for s in b.expected["statements"]) for b in BODIES) >= 2


def test_other_bodies_module_does_not_use_planeval() -> None:
    for name in ("other_bodies.py", "test_other_bodies_data.py"):
        source = (Path(__file__).parent / name).read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+planeval", source, re.M)


@pytest.mark.parametrize("body", BODIES, ids=lambda b: b.key)
def test_recount_equals_expected(body: Body, built: dict[str, list[Path]]) -> None:
    paths = built[body.key]
    assert paths and all(p.is_file() and p.suffix == ".xlsx" for p in paths)
    exp = body.expected
    rec = recount(body, paths)
    assert rec.rows == exp["rows"]
    for title in exp["status_columns"]:
        counted = _counted(body, title)
        got = rec.counts[title]
        want = _per_column(body, "counts")[title]
        assert {s: got[s] for s in counted} == want, title
        assert sum(got[s] for s in counted) == _per_column(body, "total")[title]
        assert {s: n for s, n in got.items() if s not in counted} == {
            s: n for s, n in exp["uncounted"].items() if n
        }
        want_groups = _per_column(body, "groups")[title]
        assert set(rec.groups[title]) == set(want_groups)
        for gid, g in want_groups.items():
            assert {s: rec.groups[title][gid][s] for s in g} == g, (title, gid)
            assert sum(rec.groups[title][gid].values()) == sum(g.values()), (title, gid)
    for name, spec in exp.get("sub_counts", {}).items():
        assert {s: rec.sub[name][s] for s in spec["counts"]} == spec["counts"], name
    if exp.get("numeric_cells"):
        assert rec.int_cells > 0 and rec.float_cells > 0  # both forms are in the file


@pytest.mark.parametrize(
    "body", [b for b in BODIES if "percent" in b.expected], ids=lambda b: b.key
)
def test_percentages(body: Body, built: dict[str, list[Path]]) -> None:
    exp = body.expected
    (title,) = exp["status_columns"]
    order = [e["symbol"] for e in exp["scale"] if e["counted"]]
    rec = recount(body, built[body.key])
    counts = {s: rec.counts[title][s] for s in order}
    assert exp["percent"] == _largest_remainder(counts, order)
    assert sum(round(p * 10) for p in exp["percent"].values()) == 1000
    assert all(round(p, 1) == p for p in exp["percent"].values())
    if "percent_cells" in exp:
        ws = load_workbook(built[body.key][0])[exp["percent_cells"]["sheet"]]
        for sym, ref in exp["percent_cells"]["cells"].items():
            assert ws[ref].value == exp["percent"][sym], (sym, ref)


def test_nagoya_published_percentages() -> None:
    (nagoya,) = (b for b in BODIES if b.key == "nagoya_moriyama")
    assert nagoya.expected["percent"] == {"A": 68.2, "B": 14.3, "C": 11.1, "D": 3.2, "-": 3.2}
    # plain rounding would give A 68.3 and a total of 100.1
    assert round(43 / 63 * 100, 1) == 68.3


def _resolve(body: Body, rec: Recount, key: str, scope: str) -> int:
    exp = body.expected
    titles = exp["status_columns"]
    labels = {}
    for title in titles:
        for e in _per_column(body, "scale")[title]:
            labels[e["label"]] = (title, e["symbol"])
            labels[e["symbol"]] = (title, e["symbol"])

    def count(title: str, sym: str) -> int:
        if scope == "all":
            return rec.counts[title][sym]
        return rec.groups[title][scope][sym]

    def total(title: str, counted_only: bool) -> int:
        counted = _counted(body, title)
        source = rec.counts[title] if scope == "all" else rec.groups[title][scope]
        return sum(n for s, n in source.items() if s in counted or not counted_only)

    if key in ("total", "rows"):
        values = {total(t, key == "total") for t in titles}
        assert len(values) == 1
        return values.pop()
    prefix, _, rest = key.partition(":")
    if rest and prefix in titles:
        return count(prefix, rest)
    if rest and prefix == "重点":
        assert scope == "all"
        sub = rec.sub["うち重点"]
        return sum(sub.values()) if rest == "total" else sub[rest]
    title, sym = labels[key]
    return count(title, sym)


@pytest.mark.parametrize("body", BODIES, ids=lambda b: b.key)
def test_statements(body: Body, built: dict[str, list[Path]]) -> None:
    statements = body.expected["statements"]
    assert statements
    rec = recount(body, built[body.key])
    books = {p: load_workbook(p) for p in built[body.key]}
    for st in statements:
        holders = [wb[st["sheet"]] for wb in books.values() if st["sheet"] in wb.sheetnames]
        assert [ws[st["cell"]].value for ws in holders] == [st["text"]], st["cell"]
        digits = [int(n) for n in re.findall(r"\d+", st["text"])]
        wrong = set(st.get("wrong_keys", []))
        assert bool(wrong) == bool(st.get("wrong")), st["text"]
        for key, n in st["numbers"].items():
            assert n in digits, (key, n, st["text"])
            actual = _resolve(body, rec, key, st["scope"])
            if key in wrong:
                assert actual != n, (key, n)
            else:
                assert actual == n, (key, n, st["text"])
