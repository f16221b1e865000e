"""The strike-report decision over an article's watchlist matches.

    >>> decision = decide_strike_report(body, matches, lexicon.matching)
    >>> decision.is_strike_report, decision.score
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.text.sentences import windows

if TYPE_CHECKING:
    from monitor.config import MatchingConfig
    from monitor.text.watchlists import Match


@dataclass(frozen=True)
class Decision:
    is_strike_report: bool
    score: float


def decide_strike_report(text: str, matches: list[Match], matching: MatchingConfig) -> Decision:
    """Strike report when one window holds every required watchlist and scores min_score.

    The score of a window is the sum of the weights of its matches from the ``score``
    watchlists; the article's match_score is its best window's.
    """
    best = 0.0
    for group in windows(text, matches, matching.window):
        present = {m.watchlist for m in group}
        if all(name in present for name in matching.require):
            best = max(best, sum(m.weight for m in group if m.watchlist in matching.score))
    return Decision(best >= matching.min_score and best > 0, round(best, 3))
