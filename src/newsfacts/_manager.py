"""Building the plugin manager: specs, bundled and third-party plugins, blocking by name.

No global manager and no import-time side effects: each :class:`~newsfacts.Extractor`
owns the manager this module makes for it.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
from collections.abc import Iterable
from types import ModuleType
from typing import Any

import pluggy

from newsfacts import hookspecs
from newsfacts.errors import InputError

__all__ = [
    "AUTOLOAD_ENV",
    "BUNDLED_PLUGINS",
    "DIST_NAME",
    "ENTRY_POINT_GROUP",
    "NewsfactsPluginManager",
    "make_plugin_manager",
]

ENTRY_POINT_GROUP = "newsfacts"
DIST_NAME = "newsfacts"
#: Set to any non-empty value to stop third-party plugins from loading automatically
#: (explicitly registered plugins and the bundled ones still load), as pytest does.
AUTOLOAD_ENV = "NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD"

#: The bundled plugins: entry-point name -> module. Used to load them when the
#: distribution's metadata is not installed (running from a source checkout).
BUNDLED_PLUGINS: dict[str, str] = {
    "page_reader": "newsfacts_page_reader",
    "korean_names": "newsfacts_korean_names",
    "organizations": "newsfacts_organizations",
    "quantities": "newsfacts_quantities",
    "dates": "newsfacts_dates",
    "quotes": "newsfacts_quotes",
}


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    return sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def _dist_of(ep: importlib.metadata.EntryPoint) -> str | None:
    dist = getattr(ep, "dist", None)
    return dist.name if dist is not None else None


def load_object(spec: str) -> Any:
    """Import ``module`` or ``module:attribute`` (the ``--plugin`` syntax)."""
    module_name, _, attr = spec.partition(":")
    if not module_name:
        raise InputError(f"cannot load plugin {spec!r}: expected MODULE or MODULE:OBJECT")
    try:
        obj: Any = importlib.import_module(module_name)
    except ImportError as exc:
        raise InputError(f"cannot load plugin {spec!r}: {exc}") from exc
    for part in filter(None, attr.split(".")):
        try:
            obj = getattr(obj, part)
        except AttributeError as exc:
            raise InputError(f"cannot load plugin {spec!r}: {module_name} has no attribute {attr!r}") from exc
    return obj


def plugin_name(plugin: object) -> str:
    """A readable name for a plugin object: its ``name`` attribute, module or class name."""
    explicit = getattr(plugin, "name", None)
    if isinstance(explicit, str) and explicit:
        return explicit
    if isinstance(plugin, ModuleType):
        return plugin.__name__
    if isinstance(plugin, type):
        return plugin.__name__
    return type(plugin).__name__


class NewsfactsPluginManager(pluggy.PluginManager):
    """A pluggy manager that also remembers where each plugin came from (for ``newsfacts plugins``)."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        #: plugin name -> (origin description, version or None)
        self.origins: dict[str, tuple[str, str | None]] = {}


def make_plugin_manager(
    *,
    plugins: Iterable[object] = (),
    disable: Iterable[str] = (),
    autoload: bool = True,
    bundled: bool = True,
) -> NewsfactsPluginManager:
    """Make a plugin manager with the hook specs, the bundled plugins, installed
    third-party plugins (unless ``autoload`` is false or ``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD``
    is set) and ``plugins`` (objects or ``"module:object"`` strings), minus ``disable``.

    Unknown names in ``disable`` raise :class:`InputError`, so a typo does not go
    unnoticed.
    """
    pm = NewsfactsPluginManager()
    pm.add_hookspecs(hookspecs)
    disable = list(disable)
    for name in disable:
        pm.set_blocked(name)

    known: set[str] = set()
    seen_bundled: set[str] = set()
    autoload = autoload and not os.environ.get(AUTOLOAD_ENV)
    for ep in _entry_points():
        known.add(ep.name)
        is_bundled = _dist_of(ep) == DIST_NAME or ep.value in BUNDLED_PLUGINS.values()
        if is_bundled:
            seen_bundled.add(ep.name)
            if not bundled:
                continue
        elif not autoload:
            continue
        if pm.is_blocked(ep.name) or pm.get_plugin(ep.name) is not None:
            continue
        pm.register(ep.load(), name=ep.name)
        dist = getattr(ep, "dist", None)
        where = "bundled" if is_bundled else "entry point"
        pm.origins[ep.name] = (
            f"{where}: {ep.value} from {_dist_of(ep) or '?'}",
            dist.version if dist else None,
        )
    if bundled:
        for name, module in BUNDLED_PLUGINS.items():
            known.add(name)
            if name in seen_bundled or pm.is_blocked(name) or pm.get_plugin(name) is not None:
                continue
            try:
                pm.register(importlib.import_module(module), name=name)
                pm.origins[name] = (f"bundled: {module} (not installed as a distribution)", None)
            except ModuleNotFoundError as exc:
                if exc.name != module:
                    raise
    known.update(BUNDLED_PLUGINS)

    for plugin in plugins:
        obj = load_object(plugin) if isinstance(plugin, str) else plugin
        if isinstance(obj, type):
            obj = obj()  # a plugin class: its hooks are methods, so register an instance
        name = plugin if isinstance(plugin, str) else plugin_name(obj)
        known.add(name)
        if pm.is_blocked(name):
            continue
        if pm.is_registered(obj):
            continue
        pm.register(obj, name=name)
        if not pm.get_hookcallers(obj):
            # Nothing would ever run: a typo in a hook name or a missing @hookimpl is silent otherwise.
            pm.unregister(obj)
            raise InputError(
                f"plugin {name!r} implements no newsfacts hook: mark its functions with "
                "@newsfacts.hookimpl and name them after the hooks (newsfacts_find_mentions, ...)"
            )
        pm.origins[name] = (
            f"registered: {getattr(obj, '__module__', None) or getattr(obj, '__name__', '?')}",
            None,
        )

    unknown = [n for n in disable if n not in known]
    if unknown:
        raise InputError(
            f"unknown plugin name(s) to disable: {', '.join(sorted(unknown))}; "
            f"known: {', '.join(sorted(known))}"
        )
    pm.check_pending()
    return pm
