"""A blank-status row is told from a header row by its cells' titles (headers.status_titled),
an item cell 「① …」 without keying it where no status title's key starts with a digit."""

from planeval.io.headers import DEFAULT_LAYOUT, Layout, status_titled


def test_a_numbered_item_is_no_status_title_of_the_default_words() -> None:
    titles = DEFAULT_LAYOUT.vocabulary()
    assert not status_titled(["", "① 達成状況", "", "", "総務部"], titles)
    assert status_titled(["", "実施内容", "達成状況"], titles)


def test_a_status_title_starting_with_a_number_is_still_found() -> None:
    # (a body's own title whose key, NFKC, starts with a digit: 「① 評価」 is keyed 1評価)
    titles = Layout(titles={"status": ("1評価",)}).vocabulary()
    assert status_titled(["", "① 評価", ""], titles)
    assert not status_titled(["", "② 評価", ""], titles)
