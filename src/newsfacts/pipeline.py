"""The pipeline: run the hook stages, resolve overlaps, link mentions into entities, isolate failures.

:class:`Extractor` is built once (plugins chosen, some disabled, extra ones added) and
reused for many articles; :func:`extract` is the one-call front for a single text.
"""

from __future__ import annotations

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
    RawDocument,
    Region,
    Span,
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
_MENTION_FIELDS = tuple(a.name for a in attrs.fields(Mention))


def _stamped(m: Mention, source: str) -> Mention:
    """``m`` with ``source`` set: a field-by-field copy, much cheaper than ``attrs.evolve``
    (no validators or converters to rerun: the values were checked when ``m`` was made)."""
    if m.source == source:
        return m
    new = object.__new__(Mention)
    for name in _MENTION_FIELDS:
        object.__setattr__(new, name, getattr(m, name))
    object.__setattr__(new, "source", source)
    return new


def resolve_overlaps(mentions: Iterable[Mention | tuple[Mention, str]]) -> list[Mention]:
    """Apply the overlap rule (see ``newsfacts_find_mentions``) and return the kept mentions in text order.

    Greedy by rank (longer, higher priority, earlier, plugin name, kind): each mention
    is kept unless it conflicts with one already kept. Items may be ``(mention, source)``
    pairs, in which case kept mentions come back with that source.
    """
    rows = []
    for item in mentions:
        m, source = item if isinstance(item, tuple) else (item, item.source)
        span = m.span
        rows.append((span.start - span.end, -m.priority, span.start, source, m.kind, span.end, m.nested, m))
    rows.sort(key=lambda r: r[:5])
    # Kept mentions are filed under every 64-character bucket they touch, so a
    # candidate is compared only with kept mentions near it: linear in the number of
    # mentions, with memory proportional to them (not to the text).
    kept: list[tuple[int, int, str, bool, str, Mention]] = []
    buckets: dict[int, list[int]] = {}
    for _, _, start, source, kind, end, nested, m in rows:
        first, last = start >> _BUCKET_BITS, (end - 1) >> _BUCKET_BITS
        clash = False
        for b in range(first, last + 1):
            for k in buckets.get(b, ()):
                o_start, o_end, o_kind, o_nested, _, _ = kept[k]
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
                break
        if clash:
            continue
        idx = len(kept)
        kept.append((start, end, kind, nested, source, m))
        for b in range(first, last + 1):
            buckets.setdefault(b, []).append(idx)
    kept.sort(key=lambda r: (r[0], -r[1], r[2], r[4]))
    return [_stamped(m, source) for _, _, _, _, source, m in kept]


# --------------------------------------------------------------------------- linking


class _Union:
    """Union-find over mention indices (path halving, union by lower index = first mention)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            if ri < rj:
                self.parent[rj] = ri
            else:
                self.parent[ri] = rj


def _merge_variants(data: Any, texts: Sequence[str]) -> Any:
    """Give ``data`` a ``variants`` tuple holding its own variants and every spelling seen."""
    if data is None or not attrs.has(type(data)) or not hasattr(data, "variants"):
        return data
    seen: dict[str, None] = {}
    for v in (*data.variants, *texts):
        seen.setdefault(v, None)
    return attrs.evolve(data, variants=tuple(seen))


def _default_data(kind: str) -> Any:
    """The empty data of a known kind (a place with no variants yet), else ``ExtraData``."""
    cls = ENTITY_DATA.get(kind)
    try:
        return cls() if cls is not None else ExtraData()
    except TypeError:  # the kind's data has required fields (a date's value)
        return ExtraData()


def build_entities(
    mentions: Sequence[Mention], links: Iterable[tuple[int, int]]
) -> tuple[list[Entity], list[Mention]]:
    """Join mentions into entities: by equal ``(kind, key)``, by plugin links, and partial
    mentions to their most recent earlier full mention with a matching alias.

    Returns the entities (ids ``e1``... in order of first mention) and the mentions
    that were dropped (partial ones that link to nothing).
    """
    n = len(mentions)
    uf = _Union(n)
    by_key: dict[tuple[str, str], int] = {}
    # Mentions come in text order, so each group's members below are in text order too.
    for i, m in enumerate(mentions):
        if m.key is not None and not m.partial:
            first = by_key.setdefault((m.kind, m.key), i)
            if first != i:
                uf.union(first, i)
    for i, j in links:
        if 0 <= i < n and 0 <= j < n and mentions[i].kind == mentions[j].kind:
            uf.union(i, j)
    # Partial mentions: link to the most recent earlier full mention with that alias.
    latest_alias: dict[tuple[str, str], int] = {}
    anchored: set[int] = set()
    for i, m in enumerate(mentions):
        if m.partial:
            if m.key is not None:
                target = latest_alias.get((m.kind, m.key))
                if target is not None:
                    uf.union(target, i)
                    anchored.add(i)
        else:
            for alias in m.aliases:
                latest_alias[(m.kind, alias)] = i
    # A partial mention joined to a full one by a plugin link counts as anchored too.
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)
    dropped: list[Mention] = []
    drafts: list[tuple[int, list[int]]] = []
    for members in groups.values():
        full = [i for i in members if not mentions[i].partial]
        if not full:
            dropped.extend(mentions[i] for i in members if i not in anchored)
            continue
        drafts.append((members[0], members))
    drafts.sort()
    entities: list[Entity] = []
    for number, (_, members) in enumerate(drafts, start=1):
        group = [mentions[i] for i in members]
        head = next(m for m in group if not m.partial)
        spans: dict[tuple[int, int], Span] = {}
        for m in group:
            span = m.span
            spans.setdefault((span.start, span.end), span)
        texts = [m.span.text for m in group if not m.partial]
        data = _merge_variants(head.data if head.data is not None else _default_data(head.kind), texts)
        entities.append(
            Entity(
                id=f"e{number}",
                kind=head.kind,
                name=head.name if head.name is not None else head.text,
                source=head.source,
                mentions=tuple(spans.values()),
                data=data,
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
                raise InputError(f"input is not UTF-8 text: {exc}") from exc
            article = Article(text=text)
        overrides: dict[str, Any] = {}
        if when is not None:
            overrides["published"] = when
        elif "published" in raw.hints and article.published is None:
            overrides["published"] = parse_published(raw.hints["published"], tz)
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

        # 1. mentions
        proposed: list[tuple[Mention, str]] = []
        for impl in self._hookimpls("newsfacts_find_mentions"):
            items = self._collect(impl, "mentions", errors, article=article)
            bad = 0
            name = impl.plugin_name
            for m in items:
                span = m.span if isinstance(m, Mention) else None
                if span is None or span.start == span.end or text[span.start : span.end] != span.text:
                    bad += 1
                    continue
                if skipped and _inside_any(span, skipped):
                    continue
                proposed.append((m, name))
            if bad:
                self._reject(
                    errors,
                    impl.plugin_name,
                    "mentions",
                    f"{bad} mention(s) dropped: not a Mention, empty, or span does not match the text",
                )
        kept = resolve_overlaps(proposed)

        # 2. links
        links: list[tuple[int, int]] = []
        for impl in self._hookimpls("newsfacts_link_mentions"):
            items = self._collect(impl, "link", errors, article=article, mentions=kept)
            bad = 0
            for pair in items:
                if (
                    isinstance(pair, tuple)
                    and len(pair) == 2
                    and all(isinstance(i, int) and 0 <= i < len(kept) for i in pair)
                ):
                    links.append(pair)
                else:
                    bad += 1
            if bad:
                self._reject(
                    errors, impl.plugin_name, "link", f"{bad} link(s) dropped: not a pair of mention indices"
                )
        entities, _ = build_entities(kept, links)
        ids = {e.id for e in entities}

        # 3. claims
        claims: list[Claim] = []
        for impl in self._hookimpls("newsfacts_find_claims"):
            items = self._collect(
                impl, "claims", errors, article=article, entities=tuple(entities), claims=tuple(claims)
            )
            bad = 0
            for c in items:
                if not _valid_claim(c, text, ids):
                    bad += 1
                    continue
                if skipped and _inside_any(c.span, skipped):
                    continue
                claims.append(attrs.evolve(c, source=impl.plugin_name))
            if bad:
                self._reject(
                    errors,
                    impl.plugin_name,
                    "claims",
                    f"{bad} claim(s) dropped: bad span or unknown entity id",
                )
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
    return tuple(attrs.evolve(c, id=f"c{i}") for i, c in enumerate(ordered, start=1))


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
