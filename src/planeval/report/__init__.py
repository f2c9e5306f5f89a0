"""Turning counts and entries into what people read: tables for a terminal, text formats, JSON."""

from planeval.wording import DEFAULT_WORDING

DEFAULT_TITLE = DEFAULT_WORDING.title  # Setagaya's: a report's title is its Wording's
