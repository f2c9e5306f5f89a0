"""南浜市's 集中改革プラン settings as its clerk writes them (review 98): reform_plan's scale, its
own stage 未着手 placed after 取組中, and the city's words — one copy for the tests of its
forms, each asking the part it reads with."""

from __future__ import annotations

WORDING = """[wording]
policy = "基本方針"
project = "取組項目"
item = "取組内容"
status = "進捗状況"
issue = "取組状況・課題"
department = "担当課"
"""
PRESET = '[scale]\npreset = "reform_plan"\n\n'
# (the preset alone: what the city reads its forms with before it adds 未着手)
PRESET_AND_WORDING = PRESET + WORDING
STAGE = '[[scale.status]]\nsymbol = "未着手"\nlabel = "未着手"\nafter = "取組中"\n\n'
TOML = PRESET + STAGE + WORDING


def titled(title: str) -> str:
    """The settings with the report's title 「南浜市集中改革プラン 取組状況」 among the words."""
    return TOML.replace("[wording]\n", f'[wording]\ntitle = "{title}"\n', 1)
