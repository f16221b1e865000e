"""Long alternations of cue wordings, compiled so that the engine passes over the cues that cannot start at a character.

    >>> frame = compile_alternation(r"\\bsince (?:\\w+ )?\\d{4}|\\bso far\\b|(?:^|\\s)منذ \\d{4}")
    >>> frame.search("the third strike on hajin since 2019").group()
    'since 2019'
    >>> frame.pattern == r"\\bsince (?:\\w+ )?\\d{4}|\\bso far\\b|(?:^|\\s)منذ \\d{4}"   # as written
    True

Python's engine tries the alternatives of a pattern one by one at every character of a sentence.
It passes over an alternative that opens with a character (or a class) that is not the one there
without entering it; an alternative that opens with a word boundary, a line start, a look-behind,
an optional word or a group of words it enters at every character. ``vocabulary.BACKGROUND``'s
ninety cues mostly open so: ~40 us a sentence, the largest part of the analysis. Compiled here,
every alternative opens with a character (41 -> 20 us), the same matches found in the same order:

- a leading group of words is spread over the alternatives, ``Z(?:A|B)R`` -> ``ZAR|ZBR`` and an
  optional one ``ZA?R`` -> ``ZAR|ZR`` (Z: zero-width items; tried in the order they were);
- the zero-width items before a character c go behind it: ``\\bsince`` -> ``s(?<=\\bs)ince``.

An alternation is searched in a text through the alternatives whose words the text holds (``Prefiltered``):
most sentences hold the words of a few of BACKGROUND's cues (~90 -> ~25 us a sentence); every other
alternative matches nowhere in that text, so the same is found.

The pattern keeps its source (``pattern``, pickling: a copy unpickled is compiled as written). A
pattern with capture groups or case-insensitive is compiled as it is, as is any other when the
engine's compiler (``re._parser``, ``re._compiler``: internal) does not take the rewritten form.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from re import _compiler, _parser
from re import _constants as sre

import _sre
import ahocorasick

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_SPREAD_LIMIT = 512      # alternatives one alternative may be spread into (else it stays as written)


def compile_alternation(pattern: str, flags: int = 0) -> re.Pattern | Prefiltered:
    """*pattern* compiled with every alternative opening with a character (the same matches); an alternation
    searched through the alternatives a text holds the words of (``Prefiltered``)."""
    compiled = _leading(pattern, flags)
    if compiled.groups or compiled.flags & (re.IGNORECASE | re.VERBOSE):
        return compiled
    alternatives = _alternatives(pattern)
    if len(alternatives) == 1:   # one group of alternatives: "(?:A|B)\s?$", a cue right before a name
        alternatives = _spread_group(pattern)
    if len(alternatives) < PREFILTER_FROM:
        return compiled
    try:
        return Prefiltered(compiled, alternatives)
    except (AttributeError, TypeError, ValueError, re.error):   # as _leading; or an alternative that is no pattern alone
        return compiled


def _leading(pattern: str, flags: int) -> re.Pattern:
    """*pattern* compiled with every alternative opening with a character; as written when it has groups or
    is case-insensitive."""
    compiled = re.compile(pattern, flags)
    if compiled.groups or compiled.flags & re.IGNORECASE:
        return compiled
    try:
        tree = _parser.parse(pattern, flags)
        _lead(tree)
        return _sre.compile(pattern, flags | tree.state.flags, _compiler._code(tree, flags), 0, {}, (None,))
    except (AttributeError, TypeError, ValueError, re.error):   # another Python's internals: as written
        return compiled


# An alternation of this many alternatives or more is prefiltered: BACKGROUND's 72 cost ~100 us a sentence, the
# few a sentence holds the words of a fifth of it; of two (SAME_DAY, RUNNING_TOTAL), one often none at all (on bench/
# match.py's pages: 360 -> 140 us an article for all of them)
PREFILTER_FROM = 2
_SUBSETS_KEPT = 4096     # compiled subsets of one alternation kept (most texts hold the words of none or a few)
_VALUE = itemgetter(1)   # of an automaton's (end, value) hit


class Prefiltered:
    """An alternation searched (``search``, ``finditer``, ``findall``) through the alternatives whose words the text
    holds: each alternative needs one of a few literal strings (``_needed``: "since " for ``\\bsince (?:\\w+ )?\\d{4}``);
    one Aho-Corasick pass finds those a text holds, and the alternation of their alternatives alone, in their order,
    finds in that text exactly what the whole does (an alternative without its words matches nowhere in it).

    >>> frame = compile_alternation("|".join(rf"\\bsince {n}\\b" for n in range(20)) + r"|\\bso far\\b")
    >>> frame.search("no strike so far since 19 or 7").group(), frame.search("no strike since 1999")
    ('so far', None)
    """

    def __init__(self, whole: re.Pattern, alternatives: list[str]):
        self.whole = whole
        # tried at one place, the whole is quicker than a pass over the text
        self.match, self.fullmatch = whole.match, whole.fullmatch
        self.alternatives = alternatives
        self.automaton, self.always = _word_automaton(
            [_needed(_parser.parse(alternative, whole.flags).data, whole.flags) for alternative in alternatives])
        self.subsets: dict[frozenset[int], re.Pattern | None] = {}
        self.last: tuple[str | None, re.Pattern | None] = (None, None)     # the string searched last, its alternation

    def __getattr__(self, name: str):
        return getattr(self.whole, name)    # pattern, flags, sub …

    def __reduce__(self):
        return compile_alternation, (self.whole.pattern, self.whole.flags)

    def of(self, string: str) -> re.Pattern | None:
        """The alternation of the alternatives whose words *string* holds (None: none); of the string searched
        last, without a pass (figures searches a sentence for casualty words once for each of its patterns)."""
        last, compiled = self.last
        if last is string:
            return compiled
        held = self.always.union(*map(_VALUE, self.automaton.iter(string)))   # (no generator: a tenth of a search)
        if len(held) == len(self.alternatives):
            compiled = self.whole
        else:
            if held not in self.subsets:
                if len(self.subsets) >= _SUBSETS_KEPT:
                    self.subsets.clear()
                self.subsets[held] = _leading("|".join(self.alternatives[index] for index in sorted(held)),
                                              self.whole.flags) if held else None
            compiled = self.subsets[held]
        self.last = (string, compiled)
        return compiled

    def search(self, string: str, *args, **kwargs) -> re.Match | None:
        compiled = self.of(string)
        return compiled and compiled.search(string, *args, **kwargs)

    def finditer(self, string: str, *args, **kwargs):
        compiled = self.of(string)
        return compiled.finditer(string, *args, **kwargs) if compiled else iter(())

    def findall(self, string: str, *args, **kwargs) -> list:
        compiled = self.of(string)
        return compiled.findall(string, *args, **kwargs) if compiled else []


def may_match(pattern: re.Pattern, text: str) -> bool:
    """Whether *pattern* may match in *text*: False when the text holds none of the words each of its matches holds
    (``needed_words``), so that a list of patterns tried in turn on a sentence skips those that find nothing in it.

    >>> wounded = re.compile(r"\\b(?:wound|injur)(?:ed|ing) (?P<n>\\d+)")
    >>> may_match(wounded, "a drone killed 3"), may_match(wounded, "shelling wounded 3")
    (False, True)
    """
    needs = needed_words(pattern)
    return needs is None or any(map(text.__contains__, needs))   # (no generator: called for each pattern of a list)


def screened(patterns: list[re.Pattern], text: str) -> list[re.Pattern]:
    """The *patterns* (a list kept for the process: a module's) that may match in *text*, in their order: those
    ``may_match`` passes, found in one Aho-Corasick pass over the text instead of a search for each needed word of each
    pattern (figures tries 53 casualty patterns, 290 words, on every sentence that names a casualty).

    >>> wounded, killed = re.compile(r"\\b(?:wound|injur)ed (?P<n>\\d+)"), re.compile(r"\\bkilled (?P<n>\\d+)")
    >>> screened([wounded, killed], "a drone killed 3") == [killed]
    True
    """
    kept = _SCREENS.get(id(patterns))
    if kept is None or kept[0] is not patterns:
        kept = _SCREENS[id(patterns)] = (patterns, *_word_automaton([needed_words(pattern) for pattern in patterns]))
    patterns, automaton, always = kept
    held = always.union(*map(_VALUE, automaton.iter(text))) if len(automaton) else always
    return [patterns[index] for index in sorted(held)]


_SCREENS: dict[int, tuple[list[re.Pattern], ahocorasick.Automaton, frozenset[int]]] = {}   # screened's, by list


def _word_automaton(needs: list[frozenset[str] | None]) -> tuple[ahocorasick.Automaton, frozenset[int]]:
    """An automaton of the words of *needs* (each pattern's ``needed_words``), each word's value the indexes of the
    patterns that need it; and the indexes of those that need none known (tried on every text)."""
    words: dict[str, set[int]] = {}
    for index, need in enumerate(needs):
        for word in need or ():
            words.setdefault(word, set()).add(index)
    automaton = ahocorasick.Automaton()
    for word, indexes in words.items():
        automaton.add_word(word, frozenset(indexes))
    automaton.make_automaton()
    return automaton, frozenset(index for index, need in enumerate(needs) if need is None)


@lru_cache(maxsize=1024)
def needed_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Literal strings one of which every match of *pattern* holds (None: none known, or case-insensitive): a text
    that holds none of them is searched in vain.

    >>> sorted(needed_words(re.compile(r"\\b(?:wound|injur)(?:ed|ing) (?P<n>\\d+)")))
    ['injur', 'wound']
    >>> needed_words(re.compile(r"(?:^|\\s)\\d+")) is None, needed_words(re.compile("killed", re.IGNORECASE)) is None
    (True, True)
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        return _needed(_parser.parse(pattern.pattern, pattern.flags).data, pattern.flags)
    except (AttributeError, TypeError, ValueError, re.error):   # another Python's internals: none known
        return None


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of *pattern* as written ("a|(?:b|c)|[|]" -> ["a", "(?:b|c)", "[|]"]).

    >>> _alternatives(r"a\\||(?:b|c)|[|\\]]|[]|]|[^]|]")
    ['a\\\\|', '(?:b|c)', '[|\\\\]]', '[]|]', '[^]|]']
    """
    alternatives, start = [], 0
    for index, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
    alternatives.append(pattern[start:])
    return alternatives


def _spread_group(pattern: str) -> list[str]:
    """The alternatives of a *pattern* that is one group of alternatives and what follows it, each followed by it
    ("(?:a|b)c$" -> ["ac$", "bc$"]: the same matches, tried in the same order), else [*pattern*].

    >>> _spread_group(r"(?:\\bfled|(?:^|\\s)نزح) (?:to|من)$"), _spread_group("(?:a|b)?c")
    (['\\\\bfled (?:to|من)$', '(?:^|\\\\s)نزح (?:to|من)$'], ['(?:a|b)?c'])
    """
    if not pattern.startswith("(?:"):
        return [pattern]
    end = next(index for index, char, depth in _structure(pattern) if char == ")" and depth == 0)
    if pattern[end + 1:end + 2] in ("?", "*", "+", "{"):   # (a repeated group: as written)
        return [pattern]
    return [alternative + pattern[end + 1:] for alternative in _alternatives(pattern[3:end])]


def _structure(pattern: str):
    """Each bracket and bar of *pattern* outside its classes and escapes: (index, character, the depth of groups
    around it, a closing bracket's own group aside)."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":   # a class: its "]" right after the "[" or "[^" is a character of it
            in_class = True
            index += 1 + pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index)
            continue
        elif char in "()":
            depth += 1 if char == "(" else -1
            yield index, char, depth
        elif char == "|":
            yield index, char, depth
        index += 1


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _needed(items, flags: int) -> frozenset[str] | None:
    """Literal strings one of which every match of the parsed *items* holds (the longest such choice), or None.

    >>> _needed(_parser.parse(r"\\b(?:came|come) (?:\\w+ )?after\\b").data, 0)
    frozenset({'after'})
    >>> sorted(_needed(_parser.parse(r"\\b(?:last|earlier this) (?:week|month)").data, 0))
    ['earlier this', 'last']
    >>> _needed(_parser.parse(r"(?:^|\\s)\\d{4}").data, 0) is None
    True
    """
    choices, run = [], ""
    for op, argument in (*items, (None, None)):
        if op is sre.LITERAL:
            run += chr(argument)
            continue
        if run:
            choices.append(frozenset({run}))
            run = ""
        if op is sre.BRANCH:
            branches = [_needed(branch.data, flags) for branch in argument[1]]
            if None not in branches:
                choices.append(frozenset().union(*branches))
        elif op is sre.SUBPATTERN and not (flags | argument[1]) & re.IGNORECASE:
            choices.append(_needed(argument[3].data, flags | argument[1]))
        elif op in _REPEATS and argument[0] >= 1:
            choices.append(_needed(argument[2].data, flags))
    return max((choice for choice in choices if choice), key=lambda choice: min(map(len, choice)), default=None)


class _TooMany(Exception):
    """An alternative spreads into more than ``_SPREAD_LIMIT``."""


def _lead(sequence) -> None:
    """Every alternation in the parsed *sequence* rewritten so that each alternative opens with a character."""
    for position, (op, argument) in enumerate(sequence.data):
        if op is sre.BRANCH:
            try:
                alternatives = [_character_first(spread) for alternative in argument[1]
                                for spread in _spread(alternative)]
            except _TooMany:
                alternatives = list(argument[1])
            for alternative in alternatives:
                _lead(alternative)
            sequence.data[position] = (sre.BRANCH, (argument[0], _by_first_character(alternatives, sequence.state)))
        elif op is sre.SUBPATTERN:
            _lead(argument[-1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _lead(argument[2])


def _spread(alternative) -> list:
    """``Z(?:A|B)R`` -> [ZAR, ZBR], ``Z(?:A)R`` -> [ZAR], ``ZA?R`` -> [ZAR, ZR] (greedy: one first), again
    while one opens so; else [*alternative*]."""
    items = alternative.data
    first = _first_consuming(items)
    if first == len(items):
        return [alternative]
    op, argument = items[first]
    if op is sre.BRANCH:
        choices = [choice.data for choice in argument[1]]
    elif op is sre.SUBPATTERN and argument[0] is None and not argument[1] and not argument[2]:
        choices = [argument[-1].data]
    elif op is sre.MAX_REPEAT and argument[:2] == (0, 1):
        choices = [argument[2].data, []]
    else:
        return [alternative]
    spread = []
    for choice in choices:
        spread += _spread(_parser.SubPattern(alternative.state, [*items[:first], *choice, *items[first + 1:]]))
        if len(spread) > _SPREAD_LIMIT:
            raise _TooMany
    return spread


def _character_first(alternative):
    """Zero-width items Z then a character c (a literal or a class) -> c, then Z and c looked behind."""
    items = alternative.data
    first = _first_consuming(items)
    if 0 < first < len(items) and items[first][0] in (sre.LITERAL, sre.IN):
        behind = _parser.SubPattern(alternative.state, items[:first + 1])
        alternative.data = [items[first], (sre.ASSERT, (-1, behind)), *items[first + 1:]]
    return alternative


def _by_first_character(alternatives: list, state) -> list:
    """``ab|c|ad`` -> ``a(?:b|d)|c``: the alternatives opening with one literal character under it, so that the engine
    tests a character once for them all. The same alternative matches first: two that open with different characters
    never both match at one place, and one opening with a class closes the groups of the characters it takes."""
    groups: list[tuple[int | None, list]] = []    # (the opening character or None, the rests or [the alternative])
    open_at: dict[int, int] = {}                   # character -> its group still open
    for alternative in alternatives:
        op, argument = alternative.data[0] if alternative.data else (None, None)
        if op is sre.LITERAL and argument in open_at:
            groups[open_at[argument]][1].append(alternative.data[1:])
            continue
        if op is sre.LITERAL:
            open_at[argument] = len(groups)
            groups.append((argument, [alternative.data[1:]]))
            continue
        taken = _one_item(state, alternative.data[0]) if op is sre.IN else None
        open_at = {char: at for char, at in open_at.items() if taken and not taken.match(chr(char))}
        groups.append((None, [alternative]))
    return [rests[0] if char is None else _parser.SubPattern(state, [(sre.LITERAL, char), *rests[0]]) if len(rests) == 1
            else _parser.SubPattern(state, [(sre.LITERAL, char),
                                            (sre.BRANCH, (None, [_parser.SubPattern(state, rest) for rest in rests]))])
            for char, rests in groups]


def _one_item(state, item) -> re.Pattern:
    """The parsed *item* (a class) compiled alone."""
    tree = _parser.SubPattern(state, [item])
    return _sre.compile("", state.flags, _compiler._code(tree, state.flags), 0, {}, (None,))


def _first_consuming(items) -> int:
    """The index of the first item that is not zero-width."""
    return next((index for index, (op, _) in enumerate(items) if op not in _ZERO_WIDTH), len(items))
