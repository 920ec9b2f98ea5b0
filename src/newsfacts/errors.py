"""The exceptions newsfacts raises: one root class, so callers can catch everything of ours."""

from __future__ import annotations

__all__ = ["InputError", "NewsfactsError", "PluginError"]


class NewsfactsError(Exception):
    """Root of every exception newsfacts raises on purpose."""


class InputError(NewsfactsError, ValueError):
    """The input could not be read or a parameter (a date, a plugin name) is malformed."""


class PluginError(NewsfactsError):
    """A plugin failed or returned something the pipeline cannot use (raised in strict mode)."""

    def __init__(self, plugin: str, stage: str, message: str) -> None:
        super().__init__(f"plugin {plugin!r} failed in stage {stage!r}: {message}")
        self.plugin = plugin
        self.stage = stage
        self.message = message
