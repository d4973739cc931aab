"""SIGKILL the writer at random moments (a smaller count than the script)."""

import pytest

from tests.crash.harness import run


@pytest.mark.slow
def test_thirty_kills_lose_nothing_acknowledged(tmp_path):
    tally = run(30, seed=7, folder=tmp_path, verbose=False)
    assert tally.kills == 30
    assert tally.saves_acknowledged > 30  # the writer really did work between kills
