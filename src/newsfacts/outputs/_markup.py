"""Turn possibly nested and overlapping spans over a text into well-formed HTML, in one pass.

Mentions nest (a place inside an organisation's name), quotes contain mentions, and a
claim may cross a mention's edge. HTML elements must nest properly, so a span that is
still open when an enclosing one ends is closed and reopened as a second fragment.
The markup is built from a sorted list of boundaries with a stack of open spans:
linear in the text plus the number of spans (times the nesting depth, which is small).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from attrs import frozen

__all__ = ["Mark", "clean_text", "escape_text", "mark_up"]

_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Replace NUL and lone surrogates (which HTML drops or cannot encode) by U+FFFD, keeping every offset."""
    return _UNSAFE.sub("\ufffd", text)


def escape_text(text: str) -> str:
    """Escape text for an HTML text node; a carriage return is kept as a reference so the parser keeps it."""
    return html.escape(text, quote=False).replace("\r", "&#13;")


@frozen
class Mark:
    """One span to mark up: where, how it sorts against a span with the same offsets, and its opening tag.

    ``tag(first, last)`` gives the opening tag of a fragment: ``first`` for the
    fragment where the span starts, ``last`` for the one where it ends (a span that is
    not split is both). Every fragment is closed with ``</span>``.
    """

    start: int
    end: int
    rank: int
    tag: Callable[[bool, bool], str]


def mark_up(text: str, marks: Sequence[Mark]) -> str:
    """HTML for ``text`` with every mark wrapped around its characters, fragments where spans cross.

    Empty marks and marks outside the text are ignored. At equal starts the longer
    mark is outside; at equal offsets the lower ``rank`` is outside.
    """
    size = len(text)
    todo = sorted(
        (m for m in marks if 0 <= m.start < m.end <= size),
        key=lambda m: (m.start, -m.end, m.rank),
    )
    points = sorted({m.start for m in todo} | {m.end for m in todo})
    out: list[str] = []
    stack: list[tuple[Mark, int, bool]] = []  # (mark, index of its opening tag in out, first fragment?)
    nxt = 0
    pos = 0
    for p in points:
        if p > pos:
            out.append(escape_text(text[pos:p]))
            pos = p
        lowest = next((j for j, (m, _, _) in enumerate(stack) if m.end <= p), len(stack))
        if lowest < len(stack):
            reopen: list[Mark] = []
            while len(stack) > lowest:
                m, at, first = stack.pop()
                done = m.end <= p
                out[at] = m.tag(first, done)
                out.append("</span>")
                if not done:
                    reopen.append(m)
            for m in reversed(reopen):
                out.append("")
                stack.append((m, len(out) - 1, False))
        while nxt < len(todo) and todo[nxt].start == p:
            out.append("")
            stack.append((todo[nxt], len(out) - 1, True))
            nxt += 1
    if pos < size:
        out.append(escape_text(text[pos:]))
    return "".join(out)
