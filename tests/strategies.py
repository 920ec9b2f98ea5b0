"""Hypothesis strategies shared by the test suite: the ones newsfacts ships for plugin authors.

Kept as a module of its own so tests import ``strategies`` and the suite can add
strategies of its own here without touching the public test kit.
"""

from __future__ import annotations

from newsfacts.testing import articles, news_texts, texts, unicode_texts

__all__ = ["articles", "news_texts", "texts", "unicode_texts"]
