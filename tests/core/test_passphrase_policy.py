"""The one passphrase rule the app and the command line share (issue 20, item 4)."""

from __future__ import annotations

import pytest

from reflectjournal.core import passphrase_policy as policy


@pytest.mark.parametrize("weak", ["", "x", "password1", "another", "aaaaaaaaaaaaaaaa"])
def test_weak_passphrases_are_refused_with_zxcvbns_advice(weak):
    verdict = policy.estimate(weak)
    assert verdict.score < policy.MIN_SCORE
    assert not verdict.acceptable
    assert policy.weakness(weak) == verdict.describe()
    assert policy.weakness(weak).startswith(policy.STRENGTH_NAMES[verdict.score])


def test_the_advice_words_are_zxcvbns():
    described = policy.weakness("password1")
    assert described == "Very weak: This is a very common password. Add another word or two. Uncommon words are better."


@pytest.mark.parametrize(
    "strong", ["tea and biscuits at four", "correct horse battery staple", "quiet harbour lantern orbit"]
)
def test_strong_passphrases_pass(strong):
    verdict = policy.estimate(strong)
    assert verdict.acceptable
    assert policy.weakness(strong) is None
    assert verdict.describe() in policy.STRENGTH_NAMES  # no advice once it is strong enough


def test_only_the_first_characters_are_estimated():
    # zxcvbn's cost grows quickly with length: a 1 MB paste must not hang the meter or the CLI.
    long = "tea and biscuits at four " * 40_000
    assert policy.estimate(long) == policy.estimate(long[: policy.ESTIMATE_CHARS])


def test_translated_names_are_used_when_given():
    names = tuple(f"[{name}]" for name in policy.STRENGTH_NAMES)
    assert policy.estimate("x").describe(names).startswith("[Very weak]: ")
