"""The rule a new passphrase must meet, shared by the app and the command line.

One rule, in one place, so the welcome screen and ``reflectjournal init`` or
``change-passphrase`` cannot drift apart: zxcvbn's score (0-4) must be at
least :data:`MIN_SCORE`, and a weak passphrase is refused with zxcvbn's own
advice words. Opening a journal never applies the rule: a journal made
before it still opens.
"""

from __future__ import annotations

from dataclasses import dataclass

# zxcvbn's cost grows with length, and zxcvbn 4.5 raises ValueError past 72
# characters (a 73-character passphrase broke the app's meter while the
# limit here was 100); a passphrase that long is strong on its first 72, so
# the estimate reads only those.
ESTIMATE_CHARS = 72
MIN_SCORE = 3
# The words the app shows beside the meter, score 0 to 4 (the app shows
# translations of these).
STRENGTH_NAMES = ("Very weak", "Weak", "Fair", "Strong", "Very strong")
HINT = "Use four or more unrelated words."


@dataclass(frozen=True)
class Strength:
    """zxcvbn's verdict on a passphrase: its score and its advice words."""

    score: int
    advice: str

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    def describe(self, names: tuple[str, ...] = STRENGTH_NAMES) -> str:
        """What the app shows under its meter: the strength's name, and the
        advice when the passphrase is too weak ("Weak: Add another word...")."""
        return names[self.score] + (": " + self.advice if self.advice and not self.acceptable else "")


def estimate(passphrase: str) -> Strength:
    """zxcvbn's score and advice for ``passphrase`` (score 0 when empty)."""
    if not passphrase:
        return Strength(0, "")
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:ESTIMATE_CHARS])
    feedback = result.get("feedback") or {}
    advice = " ".join([feedback.get("warning") or "", *(feedback.get("suggestions") or [])]).strip()
    return Strength(int(result["score"]), advice)


def weakness(passphrase: str) -> str | None:
    """What the app shows when ``passphrase`` is too weak for a new journal
    or a new passphrase (for example "Weak: Add another word or two.
    Uncommon words are better."); None when it is strong enough."""
    verdict = estimate(passphrase)
    return None if verdict.acceptable else verdict.describe()
