"""Facts as a spaCy ``Doc``, and a spaCy pipeline component (``pip install 'newsfacts[spacy]'``).

spaCy users get newsfacts' mentions where they expect entities: ``doc.ents`` holds the
outermost mentions with spaCy-style labels (a place inside an organisation's name
cannot be an ent too, so it is in the span group), ``doc.spans["newsfacts"]`` every
mention, ``doc.spans["newsfacts_claims"]`` the quotes and roles. The normalised values
ride along as extension attributes:

- ``span._.newsfacts``: the mention's entity (``id``, ``kind``, ``name`` and its fields:
  ``family``/``given``, ``value``/``start``/``end``, ``low``/``high``/``unit``...);
  ``span.kb_id_`` is the entity id, so mentions of one entity share it;
- ``span._.newsfacts_claim``: a claim span's claim (speaker, quoted words, role...);
- ``doc._.newsfacts``: the whole ``newsfacts/1`` document (plain data, so it survives
  ``doc.to_bytes()`` and ``DocBin``).

Importing this module registers the ``"newsfacts"`` component factory, so
``nlp.add_pipe("newsfacts")`` works on any pipeline, ``spacy.blank("en")`` included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsfacts.pipeline import Extractor, Facts, parse_published
from newsfacts.serialize import claim_to_dict, entity_to_dict

__all__ = ["DEFAULT_LABELS", "NewsfactsComponent", "annotate_doc", "to_spacy"]

#: spaCy-style labels for the core kinds; other kinds are upper-cased.
DEFAULT_LABELS: dict[str, str] = {
    "person": "PERSON",
    "organization": "ORG",
    "place": "GPE",
    "date": "DATE",
    "quantity": "QUANTITY",
}
SPANS_KEY = "newsfacts"
CLAIMS_KEY = "newsfacts_claims"


def _register_extensions() -> None:
    """Declare the extension attributes once (re-importing or reloading is harmless)."""
    if not Span.has_extension("newsfacts"):
        Span.set_extension("newsfacts", default=None)
    if not Span.has_extension("newsfacts_claim"):
        Span.set_extension("newsfacts_claim", default=None)
    if not Doc.has_extension("newsfacts"):
        Doc.set_extension("newsfacts", default=None)
    if not Doc.has_extension("newsfacts_published"):
        Doc.set_extension("newsfacts_published", default=None)


def _label(kind: str, labels: Mapping[str, str]) -> str:
    return labels.get(kind) or DEFAULT_LABELS.get(kind) or kind.upper()


def _boundaries(facts: Facts) -> set[int]:
    points: set[int] = set()
    for e in facts.entities:
        for s in e.mentions:
            points.update((s.start, s.end))
    for c in facts.claims:
        points.update((c.span.start, c.span.end))
    return points


def _aligned_doc(text: str, nlp: Language, points: set[int]) -> Doc:
    """Tokenise with ``nlp``'s tokenizer, splitting only the tokens a mention or claim edge falls inside."""
    words: list[str] = []
    spaces: list[bool] = []
    for token in nlp.tokenizer(text):
        start = token.idx
        end = start + len(token.text)
        cuts = sorted(p for p in points if start < p < end) if len(token.text) > 1 else []
        prev = start
        for cut in cuts:
            words.append(text[prev:cut])
            spaces.append(False)
            prev = cut
        words.append(text[prev:end])
        spaces.append(bool(token.whitespace_))
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if doc.text != text:  # a tokenizer that changes the text: fall back to its own tokens
        return nlp.make_doc(text)
    return doc


def annotate_doc(
    doc: Doc,
    facts: Facts,
    *,
    labels: Mapping[str, str] | None = None,
    spans_key: str = SPANS_KEY,
    claims_key: str = CLAIMS_KEY,
) -> Doc:
    """Put ``facts`` (about ``doc.text``) onto ``doc``: ents, span groups and extension attributes.

    Mention edges that fall inside a token are widened to whole tokens (``span.text``
    then differs from the mention; ``span._.newsfacts["mention"]`` keeps the exact one).
    Returns the same ``doc``.
    """
    _register_extensions()
    labels = labels or {}
    mentions: list[Span] = []
    for e in facts.entities:
        data = entity_to_dict(e)
        data.pop("mentions", None)
        for i, s in enumerate(e.mentions):
            span = doc.char_span(
                s.start, s.end, label=_label(e.kind, labels), kb_id=e.id, alignment_mode="expand"
            )
            if span is None:
                continue
            span._.newsfacts = {
                **data,
                "mention": {"index": i, "start": s.start, "end": s.end, "text": s.text},
            }
            mentions.append(span)
    claims: list[Span] = []
    for c in facts.claims:
        span = doc.char_span(c.span.start, c.span.end, label=c.kind, alignment_mode="expand")
        if span is None:
            continue
        span._.newsfacts_claim = claim_to_dict(c)
        claims.append(span)
    doc.spans[spans_key] = mentions
    doc.spans[claims_key] = claims
    doc.set_ents(filter_spans(mentions), default="unmodified")
    doc._.newsfacts = facts.to_dict()
    return doc


def to_spacy(
    facts: Facts,
    nlp: Language | None = None,
    *,
    labels: Mapping[str, str] | None = None,
) -> Doc:
    """A spaCy ``Doc`` of the article text carrying ``facts`` (see the module docstring).

    :param nlp: the pipeline whose tokenizer and vocabulary to use; ``spacy.blank("en")``
        by default. Only its tokenizer runs: tokens are split where a mention starts or
        ends inside one, so every mention is exactly a run of tokens.
    :param labels: overrides of the kind-to-label map (e.g. ``{"place": "LOC"}``).
    """
    if nlp is None:
        nlp = spacy.blank("en")
    doc = _aligned_doc(facts.article.text, nlp, _boundaries(facts))
    return annotate_doc(doc, facts, labels=labels)


class NewsfactsComponent:
    """The ``"newsfacts"`` pipeline component: runs an Extractor on each doc's text and annotates it.

    The publication date for relative dates comes from ``doc._.newsfacts_published``
    when set (make the doc with ``nlp.make_doc``, set it, then call ``nlp(doc)``), else
    from the component's ``published`` setting.
    """

    def __init__(
        self,
        extractor: Extractor,
        *,
        published: str | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        _register_extensions()
        self.extractor = extractor
        self.published = parse_published(published) if published else None
        self.labels = dict(labels or {})

    def __call__(self, doc: Doc) -> Doc:
        when = doc._.newsfacts_published or self.published
        facts = self.extractor.extract(doc.text, published=when)
        if facts.article.text != doc.text:  # a reader changed the text: offsets would not fit
            from newsfacts.types import Article

            facts = self.extractor.run(Article(text=doc.text, published=parse_published(when)))
        return annotate_doc(doc, facts, labels=self.labels)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterable[Doc]:
        """Annotate docs one after another (spaCy calls this for ``nlp.pipe``)."""
        for doc in docs:
            yield self(doc)


@Language.factory(
    "newsfacts",
    default_config={
        "plugins": [],
        "disable": [],
        "autoload": True,
        "bundled": True,
        "strict": False,
        "published": None,
        "labels": {},
    },
)
def make_newsfacts_component(
    nlp: Language,
    name: str,
    plugins: Sequence[str],
    disable: Sequence[str],
    autoload: bool,
    bundled: bool,
    strict: bool,
    published: str | None,
    labels: dict[str, str],
) -> NewsfactsComponent:
    """Build the component from its config: which plugins to add or disable, the publication time, labels."""
    extractor = Extractor(
        plugins=list(plugins), disable=list(disable), autoload=autoload, bundled=bundled, strict=strict
    )
    return NewsfactsComponent(extractor, published=published, labels=labels)
