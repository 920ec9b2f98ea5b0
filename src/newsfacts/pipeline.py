"""The pipeline: run the hook stages, resolve overlaps, link mentions into entities, isolate failures.

:class:`Extractor` is built once (plugins chosen, some disabled, extra ones added) and
reused for many articles; :func:`extract` is the one-call front for a single text.
"""

from __future__ import annotations

import gc
import operator
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import attrs
from attrs import field, frozen

from newsfacts._manager import NewsfactsPluginManager, make_plugin_manager
from newsfacts.errors import InputError, PluginError
from newsfacts.types import (
    ENTITY_DATA,
    Article,
    Claim,
    Entity,
    ExtraData,
    Fields,
    Mention,
    OrganizationData,
    PersonData,
    PlaceData,
    QuoteClaim,
    RawDocument,
    Region,
    RoleClaim,
    Span,
    _slot_setter,
)

__all__ = ["ErrorRecord", "Extractor", "Facts", "PluginInfo", "extract", "parse_published"]


@frozen(kw_only=True)
class ErrorRecord:
    """A plugin failure kept in the result: which plugin, in which stage, and what went wrong."""

    plugin: str
    stage: str
    error: str


def _entities(items: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _errors(items: Iterable[ErrorRecord]) -> tuple[ErrorRecord, ...]:
    return tuple(items)


@frozen(kw_only=True)
class Facts:
    """The result for one article: its metadata, entities, claims and plugin errors.

    ``to_json()`` gives the ``newsfacts/1`` document; ``Facts.from_json`` reads it back.
    """

    article: Article
    entities: tuple[Entity, ...] = field(default=(), converter=_entities)
    claims: tuple[Claim, ...] = field(default=(), converter=_claims)
    errors: tuple[ErrorRecord, ...] = field(default=(), converter=_errors)
    meta: Fields = field(default=Fields(), converter=Fields)
    include_text: bool = False

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or ``None``."""
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def of_kind(self, kind: str) -> tuple[Entity, ...]:
        """The entities of one kind, in order of first mention."""
        return tuple(e for e in self.entities if e.kind == kind)

    def claims_of_kind(self, kind: str) -> tuple[Claim, ...]:
        """The claims of one kind, in text order."""
        return tuple(c for c in self.claims if c.kind == kind)

    def to_dict(self) -> dict[str, Any]:
        """The ``newsfacts/1`` document as plain Python data."""
        from newsfacts.serialize import facts_to_dict

        return facts_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The ``newsfacts/1`` JSON document; byte-identical for the same input."""
        from newsfacts.serialize import facts_to_json

        return facts_to_json(self, indent=indent)

    def to_records(self) -> dict[str, list[dict[str, Any]]]:
        """Tables of plain dicts (articles, entities, mentions, claims, quotes, roles, errors).

        No dependency; see :func:`newsfacts.outputs.to_records` for archives and DataFrames.
        """
        from newsfacts.outputs.records import to_records

        return to_records(self)

    def to_html(self, *, title: str | None = None) -> str:
        """One self-contained HTML page showing these facts on the article text (the evidence view)."""
        from newsfacts.outputs.html import render_html

        return render_html(self, title=title)

    def to_spacy(self, nlp: Any = None, *, labels: Mapping[str, str] | None = None) -> Any:
        """A spaCy ``Doc`` carrying these facts (needs ``pip install 'newsfacts[spacy]'``).

        ``nlp`` is the pipeline whose tokenizer to use (``spacy.blank("en")`` by default).
        """
        try:
            from newsfacts.outputs.spacy import to_spacy
        except ModuleNotFoundError as exc:
            if exc.name != "spacy":
                raise
            raise ImportError("Facts.to_spacy needs spaCy: pip install 'newsfacts[spacy]'") from exc
        return to_spacy(self, nlp, labels=labels)

    @classmethod
    def from_json(cls, document: str | Mapping[str, Any], text: str | None = None) -> Facts:
        """Read a ``newsfacts/1`` document back (``text`` restores the article text if it was left out)."""
        from newsfacts.serialize import facts_from_json

        facts: Facts = facts_from_json(document, text=text)
        return facts


@frozen(kw_only=True)
class PluginInfo:
    """What ``newsfacts plugins`` shows: a loaded plugin, where it came from, its hooks."""

    name: str
    origin: str
    hooks: tuple[str, ...]
    version: str | None = None


def parse_published(value: str | datetime | None, tz: str | None = None) -> datetime | None:
    """Read a publication time: an aware datetime or an ISO-8601 string.

    A date or naive time takes the zone ``tz`` (an IANA name such as ``Asia/Seoul``) or,
    without one, UTC; a malformed value raises :class:`InputError`.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            dt = datetime.fromisoformat(text)
        except ValueError as exc:
            raise InputError(
                f"cannot read the publication time {value!r}: expected ISO 8601 such as 2018-12-21T13:47+09:00"
            ) from exc
    else:
        raise InputError(f"published must be an ISO-8601 string or a datetime, not {type(value).__name__}")
    if dt.tzinfo is None or dt.utcoffset() is None:
        dt = dt.replace(tzinfo=_zone(tz))
    return dt


def _zone(tz: str | None) -> Any:
    from datetime import UTC

    if not tz:
        return UTC
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"unknown time zone {tz!r}: use an IANA name such as Asia/Seoul") from exc


# --------------------------------------------------------------------------- overlap rule


_BUCKET_BITS = 6
#: Clusters up to this size compare each candidate with every kept mention; longer ones use buckets.
_SMALL_CLUSTER = 12
_new = object.__new__
_MENTION_SLOTS = tuple(_slot_setter(Mention, a.name) for a in attrs.fields(Mention))


def _stamped(m: Mention, source: str) -> Mention:
    """``m`` with ``source`` set: a field-by-field copy, much cheaper than ``attrs.evolve``
    (no validators or converters to rerun: the values were checked when ``m`` was made)."""
    if m.source == source:
        return m
    (
        set_span,
        set_kind,
        set_name,
        set_data,
        set_key,
        set_aliases,
        set_partial,
        set_priority,
        set_nested,
        set_source,
    ) = _MENTION_SLOTS
    new = _new(Mention)
    set_span(new, m.span)
    set_kind(new, m.kind)
    set_name(new, m.name)
    set_data(new, m.data)
    set_key(new, m.key)
    set_aliases(new, m.aliases)
    set_partial(new, m.partial)
    set_priority(new, m.priority)
    set_nested(new, m.nested)
    set_source(new, source)
    return new


def _start_of(row: tuple[int, int, Mention, str]) -> int:
    """The sort key of a row: where its mention starts."""
    return row[0]


def resolve_overlaps(mentions: Iterable[Mention | tuple[Mention, str]]) -> list[Mention]:
    """Apply the overlap rule (see ``newsfacts_find_mentions``) and return the kept mentions in text order.

    Greedy by rank (longer, higher priority, earlier, plugin name, kind): each mention
    is kept unless it conflicts with one already kept. Items may be ``(mention, source)``
    pairs, in which case kept mentions come back with that source.
    """
    with _GCPause():
        return _resolve_overlaps(mentions)


def _resolve_overlaps(mentions: Iterable[Mention | tuple[Mention, str]]) -> list[Mention]:
    rows: list[tuple[int, int, Mention, str]] = []
    add = rows.append
    for item in mentions:
        m, source = item if isinstance(item, tuple) else (item, item.source)
        span = m.span
        add((span.start, span.end, m, source))
    # Text order (stable, and nearly linear: each plugin's mentions already come in
    # text order). Mentions can only conflict inside a run of chained overlaps, so the
    # greedy rule runs on each such cluster alone; most clusters are one mention.
    rows.sort(key=_start_of)
    out: list[Mention] = []
    keep = out.append
    n = len(rows)
    i = 0
    while i < n:
        start, reach, m, source = rows[i]
        j = i + 1
        last = start
        while j < n:
            row = rows[j]
            s = row[0]
            # Equal starts stay together too, so clusters follow each other in output order.
            if s >= reach and s != last:
                break
            last = s
            if row[1] > reach:
                reach = row[1]
            j += 1
        if j == i + 1:
            keep(m if m.source == source else _stamped(m, source))
        else:
            out.extend(_resolve_cluster(rows[i:j]))
        i = j
    return out


def _resolve_cluster(cluster: list[tuple[int, int, Mention, str]]) -> list[Mention]:
    """The greedy overlap rule on one cluster of chained overlapping mentions (see above)."""
    ranked = sorted(
        (
            (start - end, -m.priority, start, source, m.kind, end, m.nested, m)
            for start, end, m, source in cluster
        ),
        key=lambda r: r[:5],
    )
    kept: list[tuple[int, int, str, bool, str, Mention]] = []
    small = len(ranked) <= _SMALL_CLUSTER
    # A long cluster files kept mentions under every 64-character bucket they touch, so
    # a candidate is compared only with kept mentions near it (linear, not quadratic).
    buckets: dict[int, list[int]] = {}
    for _, _, start, source, kind, end, nested, m in ranked:
        first, last = start >> _BUCKET_BITS, (end - 1) >> _BUCKET_BITS
        if small:
            # An empty mention whose offset falls on a bucket boundary touches no bucket.
            nearby: Iterable[tuple[int, int, str, bool, str, Mention]] = kept if first <= last else ()
        else:
            nearby = (kept[k] for b in range(first, last + 1) for k in buckets.get(b, ()))
        clash = False
        for o_start, o_end, o_kind, o_nested, _, _ in nearby:
            if o_start < end and start < o_end:
                # Overlapping: compatible only when one strictly contains the other,
                # the inner one is ``nested`` and the kinds differ.
                if o_kind == kind or (o_start, o_end) == (start, end):
                    clash = True
                elif o_start <= start and end <= o_end:
                    clash = not nested
                elif start <= o_start and o_end <= end:
                    clash = not o_nested
                else:
                    clash = True
                if clash:
                    break
        if clash:
            continue
        if not small:
            for b in range(first, last + 1):
                buckets.setdefault(b, []).append(len(kept))
        kept.append((start, end, kind, nested, source, m))
    kept.sort(key=lambda r: (r[0], -r[1], r[2], r[4]))
    return [_stamped(m, source) for _, _, _, _, source, m in kept]


# --------------------------------------------------------------------------- linking


def _root(parent: list[int], i: int) -> int:
    """Union-find root of ``i`` with path halving."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _join(parent: list[int], i: int, j: int) -> None:
    """Union by lower index, so each group's root is its first mention."""
    ri, rj = _root(parent, i), _root(parent, j)
    if ri < rj:
        parent[rj] = ri
    elif rj < ri:
        parent[ri] = rj


#: Data classes the core copies field by field (it knows they have no validators to rerun).
_VARIANT_DATA = (PersonData, OrganizationData, PlaceData)
_Setter = Callable[[Any, Any], None]
#: For each type ``_replace`` copies itself: a getter of all its fields, and each field's slot setter.
_COPYABLE: dict[
    type[Any], tuple[Callable[[Any], tuple[Any, ...]], tuple[_Setter, ...], dict[str, _Setter]]
] = {}
for _cls in (*_VARIANT_DATA, Claim, QuoteClaim, RoleClaim):
    _names = tuple(a.name for a in attrs.fields(_cls))
    _setters = tuple(_slot_setter(_cls, n) for n in _names)
    # attrgetter of one name returns the bare value, so the class is fetched too (zip ignores it).
    _COPYABLE[_cls] = (
        operator.attrgetter(*_names, "__class__"),
        _setters,
        dict(zip(_names, _setters, strict=True)),
    )


def _replace(obj: Any, name: str, value: Any) -> Any:
    """``attrs.evolve(obj, name=value)``; for the core's own types a plain field copy (far cheaper)."""
    known = _COPYABLE.get(type(obj))
    if known is None:
        return attrs.evolve(obj, **{name: value})
    get, setters, by_name = known
    new = _new(type(obj))
    for put, v in zip(setters, get(obj)):  # noqa: B905 (the getter's extra last value is the class)
        put(new, v)
    by_name[name](new, value)
    return new


def _merge_variants(data: Any, texts: Sequence[str]) -> Any:
    """Give ``data`` a ``variants`` tuple holding its own variants and every spelling seen."""
    known = type(data) in _VARIANT_DATA
    if not known and (data is None or not attrs.has(type(data)) or not hasattr(data, "variants")):
        return data
    variants = tuple(dict.fromkeys((*data.variants, *texts)))
    if known and variants == data.variants:
        return data  # already complete: an equal copy would change nothing
    return _replace(data, "variants", variants)


def _default_data(kind: str) -> Any:
    """The empty data of a known kind (a place with no variants yet), else ``ExtraData``."""
    cls = ENTITY_DATA.get(kind)
    try:
        return cls() if cls is not None else ExtraData()
    except TypeError:  # the kind's data has required fields (a date's value)
        return ExtraData()


_ENTITY_SLOTS = tuple(_slot_setter(Entity, a.name) for a in attrs.fields(Entity))


def _entity(id: str, kind: str, name: str, source: str, mentions: tuple[Span, ...], data: Any) -> Entity:
    """An Entity built without the attrs initialiser (its only converter would copy the tuple)."""
    set_id, set_kind, set_name, set_source, set_mentions, set_data = _ENTITY_SLOTS
    e = _new(Entity)
    set_id(e, id)
    set_kind(e, kind)
    set_name(e, name)
    set_source(e, source)
    set_mentions(e, mentions)
    set_data(e, data)
    return e


def build_entities(
    mentions: Sequence[Mention], links: Iterable[tuple[int, int]]
) -> tuple[list[Entity], list[Mention]]:
    """Join mentions into entities: by equal ``(kind, key)``, by plugin links, and partial
    mentions to their most recent earlier full mention with a matching alias.

    Returns the entities (ids ``e1``... in order of first mention) and the mentions
    that were dropped (partial ones that link to nothing).
    """
    with _GCPause():
        return _build_entities(mentions, links)


def _build_entities(
    mentions: Sequence[Mention], links: Iterable[tuple[int, int]]
) -> tuple[list[Entity], list[Mention]]:
    n = len(mentions)
    parent = list(range(n))
    first_with_key: dict[tuple[str, str], int] = {}
    latest_alias: dict[tuple[str, str], int] = {}
    # One pass in text order. A full mention joins the first mention with its key; a
    # partial one joins the most recent earlier full mention with that alias. Both
    # targets are earlier full mentions whose parent is already their group's first
    # mention, so every parent here points straight at a root.
    for i, m in enumerate(mentions):
        if m.partial:
            if m.key is not None:
                target = latest_alias.get((m.kind, m.key))
                if target is not None:
                    parent[i] = parent[target]
        else:
            if m.key is not None:
                first = first_with_key.setdefault((m.kind, m.key), i)
                if first != i:
                    parent[i] = first
            for alias in m.aliases:
                latest_alias[(m.kind, alias)] = i
    linked = False
    for i, j in links:
        if 0 <= i < n and 0 <= j < n and mentions[i].kind == mentions[j].kind:
            _join(parent, i, j)
            linked = True
    roots = [_root(parent, i) for i in range(n)] if linked else parent
    # A group's root is its first mention, so groups start in text order.
    others: dict[int, list[int]] = {}
    for i, r in enumerate(roots):
        if r != i:
            others.setdefault(r, []).append(i)
    dropped: list[Mention] = []
    entities: list[Entity] = []
    defaults: dict[str, Any] = {}
    for i, r in enumerate(roots):
        if r != i:
            continue
        m = mentions[i]
        rest = others.get(i)
        if rest is None:  # most entities have one mention
            if m.partial:
                dropped.append(m)
                continue
            head = m
            spans: tuple[Span, ...] = (m.span,)
            texts: Sequence[str] = (spans[0].text,)
        else:
            group = [m, *(mentions[k] for k in rest)]
            full = [g for g in group if not g.partial]
            if not full:
                dropped.extend(group)
                continue
            head = full[0]
            seen: dict[tuple[int, int], Span] = {}
            for g in group:
                span = g.span
                seen.setdefault((span.start, span.end), span)
            spans = tuple(seen.values())
            texts = [g.span.text for g in full]
        data = head.data
        if data is None:
            data = defaults.get(head.kind)
            if data is None:
                data = defaults[head.kind] = _default_data(head.kind)
        entities.append(
            _entity(
                f"e{len(entities) + 1}",
                head.kind,
                head.name if head.name is not None else head.span.text,
                head.source,
                spans,
                _merge_variants(data, texts),
            )
        )
    return entities, dropped


# --------------------------------------------------------------------------- the extractor


_Impl = Any  # pluggy.HookImpl; its import path moved between pluggy releases


class Extractor:
    """A reusable pipeline: the plugin manager and the stages, built once for many articles.

    :param plugins: extra plugin objects (modules, classes, instances) or ``"module:object"``
        strings to register, for a user's own code without packaging.
    :param disable: plugin names not to load (bundled or installed ones).
    :param autoload: load installed third-party plugins from the ``newsfacts`` entry-point
        group (also switched off by ``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD``).
    :param bundled: load the bundled plugins.
    :param strict: re-raise a plugin's error instead of recording it in ``Facts.errors``.
    :param plugin_timeout: seconds one plugin may spend on one stage of one article. On
        the main thread of a POSIX process a plugin past it is interrupted and reported
        in ``errors`` (its results for that stage are dropped); elsewhere it cannot be
        interrupted, so its results are kept and the delay is reported. ``None``: no limit.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object] = (),
        disable: Iterable[str] = (),
        autoload: bool = True,
        bundled: bool = True,
        strict: bool = False,
        plugin_timeout: float | None = None,
    ) -> None:
        if plugin_timeout is not None and not plugin_timeout > 0:
            raise InputError(f"plugin_timeout must be a positive number of seconds, not {plugin_timeout!r}")
        self.plugin_timeout = plugin_timeout
        self._args: dict[str, Any] = {
            "plugins": tuple(plugins),
            "disable": tuple(disable),
            "autoload": autoload,
            "bundled": bundled,
            "strict": strict,
            "plugin_timeout": plugin_timeout,
        }
        self.strict = strict
        self.pm: NewsfactsPluginManager = make_plugin_manager(
            plugins=self._args["plugins"],
            disable=self._args["disable"],
            autoload=autoload,
            bundled=bundled,
        )
        self._impls: dict[str, list[_Impl]] = {}
        #: Seconds spent in each (plugin, stage) since this extractor was made.
        self.timings: dict[tuple[str, str], float] = {}

    def __reduce__(self) -> tuple[Callable[..., Extractor], tuple[dict[str, Any]]]:
        # Pickle by construction arguments: plugins reload in the worker process.
        return (_rebuild, (self._args,))

    # -- introspection -------------------------------------------------------

    def plugin_names(self) -> list[str]:
        """The names of the registered plugins, sorted."""
        return sorted(
            name for name, plugin in self.pm.list_name_plugin() if name is not None and plugin is not None
        )

    def plugins(self) -> list[PluginInfo]:
        """The loaded plugins, where each came from, and which hooks it implements."""
        infos = []
        for name, plugin in sorted(self.pm.list_name_plugin(), key=lambda np: str(np[0])):
            if plugin is None:  # a blocked name
                continue
            hooks = tuple(sorted(h.name for h in self.pm.get_hookcallers(plugin) or ()))
            origin, version = self.pm.origins.get(str(name), ("registered object", None))
            infos.append(PluginInfo(name=str(name), origin=origin, hooks=hooks, version=version))
        return infos

    # -- running ---------------------------------------------------------------

    def _hookimpls(self, hook_name: str) -> list[_Impl]:
        impls = self._impls.get(hook_name)
        if impls is None:
            # pluggy calls implementations last-registered first (tryfirst/trylast respected).
            impls = list(reversed(getattr(self.pm.hook, hook_name).get_hookimpls()))
            self._impls[hook_name] = impls
        return impls

    def _call(self, impl: _Impl, stage: str, errors: list[ErrorRecord], **kwargs: Any) -> Any:
        """Call one hook implementation on its own: errors recorded, time measured and limited."""
        return self._invoke(impl, stage, errors, False, kwargs)

    def _collect(self, impl: _Impl, stage: str, errors: list[ErrorRecord], **kwargs: Any) -> list[Any]:
        """Like ``_call`` for collector hooks: the returned iterable is materialised inside the guard."""
        result: list[Any] = self._invoke(impl, stage, errors, True, kwargs)
        return result

    def _invoke(
        self, impl: _Impl, stage: str, errors: list[ErrorRecord], collect: bool, kwargs: dict[str, Any]
    ) -> Any:
        args = {k: kwargs[k] for k in impl.argnames}
        started = time.perf_counter()
        limit = self.plugin_timeout
        alarm = limit is not None and _can_alarm()
        delay = limit or 0.0
        previous: Any = None
        try:
            if alarm:
                previous = signal.signal(signal.SIGALRM, _on_alarm)
                signal.setitimer(signal.ITIMER_REAL, delay)
            result = impl.function(**args)
            if collect:
                result = [] if result is None else list(result)
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
            return result
        except (Exception, PluginTimeout) as exc:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if self.strict:
                raise
            errors.append(ErrorRecord(plugin=impl.plugin_name, stage=stage, error=_describe(exc)))
            return [] if collect else None
        finally:
            if alarm:
                signal.signal(signal.SIGALRM, previous)
            elapsed = time.perf_counter() - started
            key = (impl.plugin_name, stage)
            self.timings[key] = self.timings.get(key, 0.0) + elapsed
            if limit is not None and not alarm and elapsed > limit:
                # Off the main thread a plugin cannot be interrupted: its result is kept, and said to be late.
                errors.append(
                    ErrorRecord(
                        plugin=impl.plugin_name,
                        stage=stage,
                        error=f"slow: took {elapsed:.1f} s (limit {limit} s)",
                    )
                )

    def _reject(self, errors: list[ErrorRecord], plugin: str, stage: str, message: str) -> None:
        if self.strict:
            raise PluginError(plugin, stage, message)
        errors.append(ErrorRecord(plugin=plugin, stage=stage, error=message))

    def read(
        self,
        source: str | bytes | RawDocument,
        *,
        published: str | datetime | None = None,
        tz: str | None = None,
        name: str | None = None,
        media_type: str | None = None,
        errors: list[ErrorRecord] | None = None,
        **hints: Any,
    ) -> Article:
        """Run the reading stage only: turn raw input into an Article (caller's metadata wins)."""
        errors = [] if errors is None else errors
        when = parse_published(published, tz)
        if isinstance(source, RawDocument):
            raw = source
        else:
            if not isinstance(source, str | bytes):
                raise InputError(f"expected text or bytes to extract from, not {type(source).__name__}")
            given = {k: v for k, v in hints.items() if v is not None}
            if when is not None:
                given["published"] = when.isoformat()
            if tz:
                given["tz"] = tz
            raw = RawDocument(data=source, name=name, media_type=media_type, hints=given)
        article: Article | None = None
        for impl in self._hookimpls("newsfacts_read_article"):
            result = self._call(impl, "read", errors, raw=raw)
            if result is None:
                continue
            if not isinstance(result, Article):
                self._reject(
                    errors, impl.plugin_name, "read", f"returned {type(result).__name__}, not an Article"
                )
                continue
            article = result
            break
        if article is None:
            try:
                text = raw.text()
            except UnicodeDecodeError as exc:
                where = f"{raw.name}: " if raw.name else ""  # a batch says which file failed
                raise InputError(f"{where}input is not UTF-8 text: {exc}") from exc
            article = Article(text=text)
        overrides: dict[str, Any] = {}
        if when is not None:
            overrides["published"] = when
        elif raw.hints.get("published") is not None:
            # The caller's time (``--published``, a JSONL record's) wins over the page's own
            # stamp, in the zone the caller named for a time without an offset.
            overrides["published"] = parse_published(raw.hints["published"], tz or raw.hints.get("tz"))
        for key in ("title", "url", "section", "outlet"):
            if raw.hints.get(key) is not None:
                overrides[key] = raw.hints[key]
        if raw.hints.get("authors"):
            overrides["authors"] = tuple(raw.hints["authors"])
        if raw.hints.get("id") is not None:
            overrides["meta"] = Fields({**article.meta, "id": str(raw.hints["id"])})
        return attrs.evolve(article, **overrides) if overrides else article

    def extract(
        self,
        source: str | bytes | RawDocument | Article,
        *,
        published: str | datetime | None = None,
        tz: str | None = None,
        name: str | None = None,
        media_type: str | None = None,
        include_text: bool = False,
        **hints: Any,
    ) -> Facts:
        """Extract the facts of one article.

        :param source: the article text (or bytes, a :class:`RawDocument`, or a ready
            :class:`Article`, which skips the reading stage).
        :param published: the publication time (ISO 8601 or an aware datetime); relative
            dates are resolved against it. Overrides what a reader finds in the page.
        :param tz: the zone of a ``published`` given without an offset.
        :param include_text: put the article text into the JSON output.
        :param hints: more metadata the caller knows (``url``, ``title``...), passed to readers.
        """
        errors: list[ErrorRecord] = []
        if isinstance(source, Article):
            article = source
            if published is not None:
                article = attrs.evolve(article, published=parse_published(published, tz))
        else:
            article = self.read(
                source, published=published, tz=tz, name=name, media_type=media_type, errors=errors, **hints
            )
        return self.run(article, errors=errors, include_text=include_text)

    def run(
        self, article: Article, *, errors: list[ErrorRecord] | None = None, include_text: bool = False
    ) -> Facts:
        """Run the stages after reading (mentions, links, claims, finish) on a ready Article."""
        errors = [] if errors is None else errors
        text = article.text
        skipped = [r for r in article.regions if r.kind in Region.SKIPPED]

        # 1. mentions and 2. links, in their own frames: the plugins' mentions and the kept
        # ones are let go as soon as the entities are made (a third less peak memory).
        entities = self._link(article, self._mentions(article, text, skipped, errors), errors)
        ids = {e.id for e in entities}

        # 3. claims
        claims: list[Claim] = []
        for impl in self._hookimpls("newsfacts_find_claims"):
            items = self._collect(
                impl, "claims", errors, article=article, entities=tuple(entities), claims=tuple(claims)
            )
            bad = _accept_claims(items, impl.plugin_name, text, ids, skipped, claims)
            if bad:
                self._reject(
                    errors,
                    impl.plugin_name,
                    "claims",
                    f"{bad} claim(s) dropped: bad span or unknown entity id",
                )
        with _GCPause():
            facts = Facts(
                article=article,
                entities=tuple(entities),
                claims=_number_claims(claims),
                errors=tuple(errors),
                include_text=include_text,
            )

        # 4. finish
        for impl in self._hookimpls("newsfacts_finish"):
            result = self._call(impl, "finish", errors, article=article, facts=facts)
            if result is None:
                continue
            if not isinstance(result, Facts) or not _consistent(result):
                self._reject(errors, impl.plugin_name, "finish", "returned an inconsistent result; ignored")
                continue
            facts = result
        if len(errors) != len(facts.errors):
            facts = attrs.evolve(facts, errors=tuple(errors))
        return facts

    def _mentions(
        self, article: Article, text: str, skipped: Sequence[Region], errors: list[ErrorRecord]
    ) -> list[Mention]:
        """Stage 1: every plugin's mentions, checked, then the overlap rule."""
        proposed: list[tuple[Mention, str]] = []
        for impl in self._hookimpls("newsfacts_find_mentions"):
            items = self._collect(impl, "mentions", errors, article=article)
            bad = _accept_mentions(items, impl.plugin_name, text, skipped, proposed)
            if bad:
                self._reject(
                    errors,
                    impl.plugin_name,
                    "mentions",
                    f"{bad} mention(s) dropped: not a Mention, empty, or span does not match the text",
                )
        return resolve_overlaps(proposed)

    def _link(self, article: Article, kept: list[Mention], errors: list[ErrorRecord]) -> list[Entity]:
        """Stage 2: the plugins' links, checked, then the mentions joined into entities."""
        links: list[tuple[int, int]] = []
        for impl in self._hookimpls("newsfacts_link_mentions"):
            items = self._collect(impl, "link", errors, article=article, mentions=kept)
            bad = _accept_links(items, len(kept), links)
            if bad:
                self._reject(
                    errors, impl.plugin_name, "link", f"{bad} link(s) dropped: not a pair of mention indices"
                )
        entities, _ = build_entities(kept, links)
        return entities

    def extract_many(
        self,
        sources: Iterable[str | bytes | RawDocument | Article | Mapping[str, Any]],
        *,
        jobs: int = 1,
        window: int | None = None,
        **kwargs: Any,
    ) -> Iterator[Facts]:
        """Extract many articles, yielding results in input order.

        :param sources: texts, bytes, RawDocuments, Articles, or records (mappings with
            ``text`` and optional ``published``, ``url``, ``title``, ``id``...).
        :param jobs: worker processes; 1 runs here. Workers rebuild this extractor from
            its options, so plugins must be importable (registered objects must pickle).
        :param window: at most this many articles in flight (default ``8 * jobs``), so
            memory stays constant for endless streams.
        :param kwargs: options for every article (``published``, ``include_text``...);
            a record's own fields win.
        :raises InputError: for the first source that cannot be read.
        """
        from newsfacts.parallel import run_ordered

        items = ((f"#{i}", s) for i, s in enumerate(sources))
        for outcome in run_ordered(self, items, jobs=jobs, window=window, options=kwargs):
            if outcome.error is not None:
                raise InputError(outcome.error)
            assert outcome.facts is not None
            yield outcome.facts


class PluginTimeout(BaseException):
    """A plugin ran past ``Extractor(plugin_timeout=...)`` and was interrupted.

    A ``BaseException``, so a plugin's own ``except Exception`` cannot swallow it.
    """


def _on_alarm(signum: int, frame: object) -> None:
    raise PluginTimeout("interrupted: ran past the plugin time limit")


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _rebuild(kwargs: dict[str, Any]) -> Extractor:
    return Extractor(**kwargs)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class _GCPause:
    """Pause the cyclic garbage collector while the core makes many small objects.

    The core's objects (rows, copies, entities) hold no reference cycles, so refcounting
    frees them; without the pause, each extra young object would make the collector
    walk the whole live heap more often, and a long article (a big heap) costs more per
    character than a short one. The collector is left as the caller had it.
    """

    __slots__ = ("enabled",)

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            gc.enable()


def _accept_mentions(
    items: Iterable[Any], name: str, text: str, skipped: Sequence[Region], out: list[tuple[Mention, str]]
) -> int:
    """Add a plugin's valid mentions (outside skipped regions) to ``out`` as (mention, plugin) pairs;
    return how many were malformed."""
    bad = 0
    add = out.append
    with _GCPause():
        for m in items:
            span = m.span if isinstance(m, Mention) else None
            if span is None or span.start == span.end or text[span.start : span.end] != span.text:
                bad += 1
                continue
            if skipped and _inside_any(span, skipped):
                continue
            add((m, name))
    return bad


def _accept_links(items: Iterable[Any], n: int, out: list[tuple[int, int]]) -> int:
    """Add a plugin's valid links (pairs of indices below ``n``) to ``out``; return how many were not."""
    bad = 0
    for pair in items:
        if (
            isinstance(pair, tuple)
            and len(pair) == 2
            and all(isinstance(i, int) and 0 <= i < n for i in pair)
        ):
            out.append(pair)
        else:
            bad += 1
    return bad


def _accept_claims(
    items: Iterable[Any], name: str, text: str, ids: set[str], skipped: Sequence[Region], out: list[Claim]
) -> int:
    """Add a plugin's valid claims (outside skipped regions) to ``out``, stamped with its name;
    return how many were malformed."""
    bad = 0
    with _GCPause():
        for c in items:
            if not _valid_claim(c, text, ids):
                bad += 1
                continue
            if skipped and _inside_any(c.span, skipped):
                continue
            out.append(_replace(c, "source", name))
    return bad


def _inside_any(span: Span, regions: Sequence[Region]) -> bool:
    return any(r.start <= span.start and span.end <= r.end for r in regions)


def _valid_claim(c: Any, text: str, ids: set[str]) -> bool:
    if not isinstance(c, Claim):
        return False
    if c.span.end > len(text) or text[c.span.start : c.span.end] != c.span.text:
        return False
    inner = getattr(c, "text_span", None)
    if inner is not None and (not isinstance(inner, Span) or text[inner.start : inner.end] != inner.text):
        return False
    return all(ref in ids for ref in c.references())


def _number_claims(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    ordered = sorted(claims, key=lambda c: (c.span.start, c.span.end, c.kind, c.source))
    return tuple(_replace(c, "id", f"c{i}") for i, c in enumerate(ordered, start=1))


def _consistent(facts: Facts) -> bool:
    text = facts.article.text
    ids = {e.id for e in facts.entities}
    if len(ids) != len(facts.entities):
        return False
    for e in facts.entities:
        for s in e.mentions:
            if s.end > len(text) or text[s.start : s.end] != s.text:
                return False
    return all(_valid_claim(c, text, ids) for c in facts.claims)


_DEFAULT: dict[tuple[Any, ...], Extractor] = {}


def extract(
    text: str | bytes | RawDocument | Article,
    *,
    published: str | datetime | None = None,
    disable: Iterable[str] = (),
    plugins: Iterable[object] = (),
    strict: bool = False,
    **kwargs: Any,
) -> Facts:
    """Extract the facts of one article with the bundled and installed plugins.

    The convenience front of :class:`Extractor`; the extractor for a given set of
    options is built once and reused, so calling this in a loop stays cheap.

    >>> facts = extract("Moon Jae-in said ...", published="2018-12-21T13:47+09:00")  # doctest: +SKIP
    """
    key = (tuple(sorted(disable)), tuple(plugins), strict)
    extractor = _DEFAULT.get(key)
    if extractor is None:
        try:
            hash(key)
        except TypeError:  # unhashable plugin objects: build without caching
            return Extractor(disable=disable, plugins=plugins, strict=strict).extract(
                text, published=published, **kwargs
            )
        extractor = _DEFAULT[key] = Extractor(disable=disable, plugins=plugins, strict=strict)
    return extractor.extract(text, published=published, **kwargs)
