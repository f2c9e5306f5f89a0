"""The command line calls the library: every function of planeval.api is planeval's own."""

from __future__ import annotations

import planeval
from planeval import api


def test_every_command_function_is_exported_from_planeval() -> None:
    for name in api.__all__:
        assert name in planeval.__all__, name
        assert getattr(planeval, name) is getattr(api, name), name
