"""The small frozen types every stage and plugin speaks: articles, spans, mentions, entities, claims.

Nothing here does I/O, JSON or pattern matching; serialisation lives in ``serialize.py``
and the pipeline in ``pipeline.py``. Every type is an attrs ``frozen`` slotted class, so
values can be shared between plugins without copying and changed only with
``attrs.evolve``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, ClassVar, Literal

import attrs
from attrs import field, frozen

from newsfacts.errors import NewsfactsError

__all__ = [
    "ENTITY_DATA",
    "Article",
    "Claim",
    "DateData",
    "Entity",
    "EntityData",
    "ExtraData",
    "Fields",
    "Mention",
    "OrganizationData",
    "PersonData",
    "PlaceData",
    "QuantityData",
    "QuoteClaim",
    "RawDocument",
    "Region",
    "RoleClaim",
    "Span",
]


_new = object.__new__


def _slot_setter(cls: type[Any], name: str) -> Callable[[Any, Any], None]:
    """The slot's own setter for field ``name``: fills a new frozen instance directly.

    attrs guards frozen classes in ``__setattr__``; the slot descriptor underneath is
    what ``object.__setattr__`` ends up calling, minus the lookup, so hot paths use it.
    attrs subclasses reuse their base's slots, so the setters serve them too.
    """
    for klass in cls.__mro__:
        slot = klass.__dict__.get(name)
        if slot is not None and hasattr(slot, "__set__"):
            setter: Callable[[Any, Any], None] = slot.__set__
            return setter
    raise AttributeError(f"{cls.__name__} has no slot {name!r}")


def _tupled(value: Iterable[Any] | None) -> tuple[Any, ...]:
    return () if value is None else tuple(value)


def _freeze(value: Any) -> Any:
    """Turn lists and dicts into their immutable counterparts so data stays hashable."""
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, Mapping):
        return Fields(value)
    return value


class Fields(Mapping[str, Any]):
    """An immutable, hashable mapping of JSON-like values (plugin-defined data).

    Lists are stored as tuples and nested mappings as ``Fields``, so two equal
    ``Fields`` hash equal and a mention or entity holding one stays hashable.
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        self._items: dict[str, Any] = {str(k): _freeze(v) for k, v in pairs}

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._items.items(), key=lambda kv: kv[0])))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Fields):
            return self._items == other._items
        if isinstance(other, Mapping):
            return self._items == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Fields({self._items!r})"


def _fields(value: Mapping[str, Any] | None) -> Fields:
    if isinstance(value, Fields):
        return value
    return Fields(value or {})


def _non_negative(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{type(instance).__name__}.{attribute.name} must be an int, got {value!r}")
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _check_order(start: int, end: int, what: str) -> None:
    if end < start:
        raise ValueError(f"{what}: end ({end}) is before start ({start})")


# --------------------------------------------------------------------------- spans


@frozen(kw_only=False)
class Span:
    """Half-open character offsets into ``Article.text`` and the text they cover.

    The text is stored (not derived) so that facts serialise on their own; the
    pipeline checks ``article.text[start:end] == text`` for every span it emits.
    """

    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)
    text: str = field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        _check_order(self.start, self.end, "Span")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"Span text {self.text!r} does not have length end - start = {self.end - self.start}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut a span out of ``text`` (usually ``article.text``); raises if out of bounds."""
        if type(start) is not int or type(end) is not int or not 0 <= start <= end <= len(text):
            if not (isinstance(start, int) and isinstance(end, int)):
                raise TypeError(f"span offsets must be ints, got {start!r}:{end!r}")
            raise ValueError(f"span {start}:{end} lies outside a text of length {len(text)}")
        # The checks above are all the validators would do: skip them on this hot path.
        span = _new(cls)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, text[start:end])
        return span

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span (equal spans contain each other)."""
        return self.start <= other.start and other.end <= self.end


_set_start = _slot_setter(Span, "start")
_set_end = _slot_setter(Span, "end")
_set_text = _slot_setter(Span, "text")


@frozen(kw_only=True)
class Region:
    """A stretch of the article a reader has classified (headline, byline, caption, chrome...).

    Regions never change the text; they tell plugins and the pipeline what a part of
    the page is. Mentions and claims that fall inside a region whose ``kind`` is in
    ``Region.SKIPPED`` (page chrome: menus, share buttons, related-article lists) are
    dropped by the pipeline, so extraction plugins need not know about page layout.
    """

    SKIPPED: ClassVar[frozenset[str]] = frozenset({"chrome"})

    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)
    kind: str
    label: str | None = None

    def __attrs_post_init__(self) -> None:
        _check_order(self.start, self.end, "Region")


# --------------------------------------------------------------------------- articles


def _aware(instance: Any, attribute: attrs.Attribute[datetime | None], value: datetime | None) -> None:
    if value is None:
        return
    if not isinstance(value, datetime):
        raise TypeError(f"Article.published must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("Article.published must be timezone-aware (give an offset such as +09:00)")


@frozen(kw_only=True)
class Article:
    """An article: its text, the single source of every offset, and what is known about it.

    ``text`` is the input exactly as given (for HTML, the text a reader made of it).
    ``published`` must be timezone-aware: relative dates ("yesterday") depend on the
    zone the newsroom wrote in.
    """

    text: str = field(repr=False, validator=attrs.validators.instance_of(str))
    title: str | None = None
    published: datetime | None = field(default=None, validator=_aware)
    url: str | None = None
    authors: tuple[str, ...] = field(default=(), converter=_tupled)
    section: str | None = None
    outlet: str | None = None
    regions: tuple[Region, ...] = field(default=(), converter=_tupled)
    meta: Fields = field(default=Fields(), converter=_fields, repr=False)

    def __attrs_post_init__(self) -> None:
        n = len(self.text)
        for region in self.regions:
            if region.end > n:
                raise ValueError(f"region {region.start}:{region.end} ({region.kind}) lies outside the text")

    def span(self, start: int, end: int) -> Span:
        """The span ``start:end`` of this article's text."""
        return Span.of(self.text, start, end)

    def regions_of(self, kind: str) -> tuple[Region, ...]:
        """The regions a reader marked with ``kind``, in text order."""
        return tuple(sorted((r for r in self.regions if r.kind == kind), key=lambda r: (r.start, r.end)))


@frozen(kw_only=True)
class RawDocument:
    """What a reader plugin receives: the input as given, before it is an Article.

    ``data`` is text (already decoded) or bytes (for readers that decode themselves);
    ``name`` is a file name or URL when known (``None`` for stdin or Python strings);
    ``media_type`` is ``"text/plain"``, ``"text/html"`` or ``None`` when unknown; ``hints``
    carries what the caller said (``published``, ``tz``, ``url``...), which always
    overrides what a reader finds.
    """

    data: str | bytes
    name: str | None = None
    media_type: str | None = None
    hints: Fields = field(default=Fields(), converter=_fields)

    def text(self) -> str:
        """The data as text: bytes are decoded as UTF-8 (with a BOM removed), never lossily."""
        if isinstance(self.data, str):
            return self.data
        return self.data.decode("utf-8-sig")


# --------------------------------------------------------------------------- entity data


@frozen(kw_only=True)
class PersonData:
    """A person's name split into family and given names, and the spellings seen."""

    family: str | None = None
    given: str | None = None
    order: Literal["family-first", "given-first"] | None = None
    variants: tuple[str, ...] = field(default=(), converter=_tupled)


@frozen(kw_only=True)
class OrganizationData:
    """An organisation's other names (spellings, short forms) and its acronym."""

    variants: tuple[str, ...] = field(default=(), converter=_tupled)
    acronym: str | None = None


@frozen(kw_only=True)
class PlaceData:
    """A place's spellings (e.g. "Kaesong" with "Kaeseong")."""

    variants: tuple[str, ...] = field(default=(), converter=_tupled)


@frozen(kw_only=True)
class DateData:
    """A temporal expression's TIMEX3 value and the interval it denotes.

    ``start``/``end`` are ISO dates (inclusive) or ``None`` for an open or unknown
    bound; ``anchor`` says what a relative value was resolved against
    (``"published"``, ``"date"`` for another date in the text, or ``None``).
    ``timex_type`` is TIMEX3's type (DATE, TIME, DURATION, SET).
    """

    value: str
    start: str | None = None
    end: str | None = None
    anchor: str | None = None
    timex_type: str = "DATE"
    mod: str | None = None


@frozen(kw_only=True)
class QuantityData:
    """A number or range: ``low``/``high`` (equal for one value, ``None`` for an open bound).

    ``unit`` is the unit as written ("businesses", "won", "%"); ``approx`` the
    approximation or bound words ("about", "more than"...). ``equivalent_of`` is the
    span of another quantity this one restates ("100 million won ($89,000)").
    """

    low: float | None = None
    high: float | None = None
    unit: str | None = None
    approx: str | None = None
    equivalent_of: Span | None = None


@frozen(kw_only=True)
class ExtraData:
    """Data of an entity kind the core does not know: a plugin's own fields."""

    fields: Fields = field(default=Fields(), converter=_fields)


EntityData = PersonData | OrganizationData | PlaceData | DateData | QuantityData | ExtraData

#: The data class the core uses for each built-in entity kind; other kinds use ExtraData.
ENTITY_DATA: Mapping[str, type[Any]] = {
    "person": PersonData,
    "organization": OrganizationData,
    "place": PlaceData,
    "date": DateData,
    "quantity": QuantityData,
}


# --------------------------------------------------------------------------- mentions


@frozen(kw_only=True)
class Mention:
    """A stretch of text a plugin says names something: the unit plugins hand the core.

    :param span: where it is; ``span.text`` must equal the article's text there.
    :param kind: ``person``, ``organization``, ``place``, ``date``, ``quantity`` or a
        plugin's own kind.
    :param name: the canonical name this mention gives its entity ("Kaesong" for
        "Kaeseong"); ``None`` means the text as written.
    :param data: the kind's data (``PersonData``...), or ``None``.
    :param key: mentions of one kind with equal keys are one entity (e.g. a
        normalised name key); ``None`` means "only by linking".
    :param aliases: short forms later text may use for this entity (a surname, an
        acronym); a ``partial`` mention whose ``key`` is one of them links to it.
    :param partial: a short form ("Kim", "KINU") that refers back to a fuller mention.
        Linked to the most recent earlier full mention of the same kind with that
        alias; dropped when there is none.
    :param priority: breaks ties in the overlap rule (higher wins); see the pipeline.
    :param nested: this mention may stand inside a longer mention of another kind
        (a place inside an organisation's name) without the two conflicting.
    :param source: the plugin name; filled in by the pipeline.
    """

    span: Span
    kind: str
    name: str | None = None
    data: EntityData | None = None
    key: str | None = None
    aliases: tuple[str, ...] = field(default=(), converter=_tupled)
    partial: bool = False
    priority: int = 0
    nested: bool = False
    source: str = ""

    @classmethod
    def of(
        cls,
        article: Article | str,
        start: int,
        end: int,
        kind: str,
        *,
        name: str | None = None,
        data: EntityData | None = None,
        key: str | None = None,
        aliases: Iterable[str] = (),
        partial: bool = False,
        priority: int = 0,
        nested: bool = False,
        source: str = "",
    ) -> Mention:
        """Build a mention of ``article`` (or its text) from offsets; the text is cut for you.

        This is the plugins' hot path, so it fills the fields directly instead of going
        through the attrs initialiser; the result is the same as ``Mention(span=...)``.
        """
        text = article.text if isinstance(article, Article) else article
        if type(start) is not int or type(end) is not int or not 0 <= start <= end <= len(text):
            Span.of(text, start, end)  # raises the error that explains what is wrong
        # Span.of, inlined: one call less for every mention every plugin makes.
        span = _new(Span)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, text[start:end])
        mention = _new(cls)
        _set_span(mention, span)
        _set_kind(mention, kind)
        _set_name(mention, name)
        _set_data(mention, data)
        _set_key(mention, key)
        _set_aliases(mention, aliases if type(aliases) is tuple else tuple(aliases))
        _set_partial(mention, partial)
        _set_priority(mention, priority)
        _set_nested(mention, nested)
        _set_source(mention, source)
        return mention

    @property
    def start(self) -> int:
        """Where the mention starts."""
        return self.span.start

    @property
    def end(self) -> int:
        """Where the mention ends (exclusive)."""
        return self.span.end

    @property
    def text(self) -> str:
        """The mention's text as written."""
        return self.span.text


_set_span = _slot_setter(Mention, "span")
_set_kind = _slot_setter(Mention, "kind")
_set_name = _slot_setter(Mention, "name")
_set_data = _slot_setter(Mention, "data")
_set_key = _slot_setter(Mention, "key")
_set_aliases = _slot_setter(Mention, "aliases")
_set_partial = _slot_setter(Mention, "partial")
_set_priority = _slot_setter(Mention, "priority")
_set_nested = _slot_setter(Mention, "nested")
_set_source = _slot_setter(Mention, "source")


# --------------------------------------------------------------------------- entities


@frozen(kw_only=True)
class Entity:
    """Something the article talks about, with every mention of it (the evidence).

    ``id`` is unique in one result and deterministic (``e1``, ``e2``... in order of
    first mention). ``data`` holds the kind's fields (``PersonData``...).
    """

    id: str
    kind: str
    name: str
    source: str
    mentions: tuple[Span, ...] = field(converter=_tupled)
    data: EntityData = field(factory=ExtraData)

    def get(self, name: str, default: Any = None) -> Any:
        """A data field by its JSON name (``entity.get("family")``), or ``default``."""
        if isinstance(self.data, ExtraData):
            return self.data.fields.get(name, default)
        return getattr(self.data, name, default)

    @property
    def first(self) -> Span:
        """The first mention."""
        return self.mentions[0]


# --------------------------------------------------------------------------- claims


@frozen(kw_only=True)
class Claim:
    """An assertion the article makes or reports, with its evidence span.

    Subclasses carry the fields of the known kinds (``QuoteClaim``, ``RoleClaim``);
    a plugin's own kind uses ``Claim`` itself with its ``fields``. ``id`` is given by
    the pipeline (``c1``...); plugins leave it empty. Entity references are entity ids.
    """

    span: Span
    kind: str = "claim"
    source: str = ""
    id: str = ""
    fields: Fields = field(default=Fields(), converter=_fields)

    def references(self) -> tuple[str, ...]:
        """The entity ids this claim points to (checked by the pipeline)."""
        return tuple(
            v
            for k, v in self.fields.items()
            if k in ("entity", "person", "speaker", "organization") and isinstance(v, str)
        )


@frozen(kw_only=True)
class QuoteClaim(Claim):
    """Who said what: a direct quotation or reported speech.

    ``text`` is the quoted or reported words without quote marks, and ``text_span``
    where they stand (``None`` when a plugin does not say; for a quote that continues
    over paragraphs, from its first word to its last); ``speaker`` the entity id of the
    speaker (a person or an organisation) or ``None``; ``speaker_text`` the words naming
    the speaker as written; ``cue`` the speech verb or phrase ("said", "according to").
    """

    kind: str = "quote"
    speaker: str | None = None
    speaker_text: str | None = None
    text: str = ""
    direct: bool = True
    cue: str | None = None
    text_span: Span | None = None

    def references(self) -> tuple[str, ...]:
        """The speaker's id, if any."""
        return (self.speaker,) if self.speaker else ()


@frozen(kw_only=True)
class RoleClaim(Claim):
    """A title a person holds, and where: person entity id, title words, organisation id."""

    kind: str = "role"
    person: str
    role: str
    organization: str | None = None

    def references(self) -> tuple[str, ...]:
        """The person's id and the organisation's id, if any."""
        return (self.person,) + ((self.organization,) if self.organization else ())


def check_span(text: str, span: Span, what: str = "span") -> None:
    """Raise NewsfactsError unless ``span`` is exactly ``text[start:end]``."""
    if span.end > len(text) or text[span.start : span.end] != span.text:
        raise NewsfactsError(f"{what} {span.start}:{span.end} {span.text!r} does not match the article text")
