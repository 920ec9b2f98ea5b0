"""Shared fixtures and Hypothesis profiles.

``HYPOTHESIS_PROFILE=ci`` (set by .ci/run) runs the property tests with more examples;
``dev`` (the default) keeps the local loop quick.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

import newsfacts

settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile("ci", max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture
def bare() -> newsfacts.Extractor:
    """An extractor with no plugins at all: only what a test registers itself."""
    return newsfacts.Extractor(bundled=False, autoload=False)


@pytest.fixture(scope="session")
def full() -> newsfacts.Extractor:
    """The extractor a user gets: every bundled plugin."""
    return newsfacts.Extractor(autoload=False)


@pytest.fixture
def no_autoload(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run a test with third-party plugin autoloading switched off by the environment."""
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", "1")
    yield
