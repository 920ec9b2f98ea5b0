"""The ``newsfacts`` command line: ``extract`` articles to JSON, JSONL or a readable summary; list ``plugins``.

User errors (unreadable files, bad dates, unknown plugins) print one clear line on
stderr and exit non-zero; they never print a traceback. Exit codes: 0 all inputs
processed, 1 some input could not be read (the others were still processed),
2 usage error, 3 a plugin failed under ``--strict``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from newsfacts.errors import InputError, NewsfactsError
from newsfacts.parallel import Outcome, _Bad, iter_jsonl_records, run_ordered
from newsfacts.pipeline import Extractor, Facts, parse_published
from newsfacts.types import RawDocument

__all__ = ["main", "render_text"]

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Facts with evidence from English-language news: people, titles, quotes, numbers, dates.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract facts from article files ('-' reads stdin)")
    ex.add_argument("files", nargs="+", metavar="FILE", help="article text or HTML files; '-' for stdin")
    ex.add_argument("--published", metavar="ISO-8601", help="publication time, e.g. 2018-12-21T13:47+09:00")
    ex.add_argument(
        "--tz", metavar="ZONE", help="time zone for times given without an offset (e.g. Asia/Seoul)"
    )
    ex.add_argument(
        "--format",
        choices=("json", "jsonl", "text", "html"),
        default="json",
        help=(
            "json: one newsfacts/1 document (a list for several files); jsonl: one per line; "
            "text: a summary; html: a self-contained evidence page (one section per file)"
        ),
    )
    ex.add_argument("--include-text", action="store_true", help="put the article text into the JSON")
    ex.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="jsonl: each line a record {text, published?, url?, id?}; auto: by the .jsonl/.ndjson suffix",
    )
    ex.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (output keeps input order)"
    )
    _plugin_options(ex)
    ex.add_argument("--strict", action="store_true", help="stop on the first plugin error (exit 3)")
    ex.add_argument(
        "--plugin-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="interrupt a plugin that spends longer on one stage of one article (default 60; 0: no limit)",
    )

    pl = sub.add_parser("plugins", help="list the loaded plugins, where they came from and their hooks")
    _plugin_options(pl)
    return parser


def _plugin_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--disable", action="append", default=[], metavar="NAME", help="do not load this plugin")
    p.add_argument(
        "--plugin",
        action="append",
        default=[],
        metavar="MODULE[:OBJECT]",
        help="register a plugin from your code",
    )
    p.add_argument(
        "--no-autoload",
        action="store_true",
        help="do not load installed third-party plugins (bundled ones still load)",
    )


def _read_input(name: str) -> tuple[bytes, str | None]:
    if name == "-":
        return sys.stdin.buffer.read(), None
    path = Path(name)
    if path.is_dir():
        raise InputError(f"{name}: is a directory")
    try:
        return path.read_bytes(), name
    except FileNotFoundError as exc:
        raise InputError(f"{name}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc


def _media_type(name: str | None, data: bytes) -> str | None:
    if name and name.lower().endswith(_HTML_SUFFIXES):
        return "text/html"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return None


def render_text(facts: Facts, out: TextIO) -> None:
    """A readable summary for people: who, roles, quotes, numbers, dates, errors."""
    a = facts.article
    out.write(f"# {a.title or '(untitled)'}\n")
    if a.published:
        out.write(f"published: {a.published.isoformat()}\n")
    if a.authors:
        out.write(f"by: {', '.join(a.authors)}\n")
    names = {e.id: e.name for e in facts.entities}
    for kind, heading in (("person", "People"), ("organization", "Organisations"), ("place", "Places")):
        ents = facts.of_kind(kind)
        if ents:
            out.write(f"\n{heading}:\n")
            for e in ents:
                extra = ""
                if kind == "person" and (e.get("family") or e.get("given")):
                    extra = f"  (family {e.get('family')!r}, given {e.get('given')!r})"
                out.write(f"  {e.id} {e.name} x{len(e.mentions)}{extra}\n")
    roles = facts.claims_of_kind("role")
    if roles:
        out.write("\nRoles:\n")
        for c in roles:
            f = c.fields
            person, role, org = (
                str(getattr(c, k, f.get(k)) or "") for k in ("person", "role", "organization")
            )
            at = f" at {names.get(org, org)}" if org else ""
            out.write(f"  {names.get(person, person)}: {role}{at}\n")
    quotes = facts.claims_of_kind("quote")
    if quotes:
        out.write("\nQuotes:\n")
        for c in quotes:
            speaker = getattr(c, "speaker", None)
            who = names.get(speaker) if speaker else getattr(c, "speaker_text", None)
            mark = "" if getattr(c, "direct", True) else " (reported)"
            words = getattr(c, "text", "")
            short = words if len(words) <= 100 else words[:97] + "..."
            out.write(f"  {who or '?'}{mark}: {short}\n")
    for kind, heading in (("quantity", "Numbers"), ("date", "Dates")):
        ents = facts.of_kind(kind)
        if ents:
            out.write(f"\n{heading}:\n")
            for e in ents:
                if kind == "quantity":
                    value = f"{e.get('low')}..{e.get('high')} {e.get('unit') or ''}".rstrip()
                else:
                    value = f"{e.get('value')} [{e.get('start')} .. {e.get('end')}]"
                out.write(f"  {e.mentions[0].text!r} -> {value}\n")
    if facts.errors:
        out.write("\nPlugin errors:\n")
        for r in facts.errors:
            out.write(f"  {r.plugin} ({r.stage}): {r.error}\n")


def _extractor(args: argparse.Namespace) -> Extractor:
    return Extractor(
        plugins=args.plugin,
        disable=args.disable,
        autoload=not args.no_autoload,
        strict=getattr(args, "strict", False),
        plugin_timeout=getattr(args, "plugin_timeout", None) or None,
    )


def _cmd_plugins(args: argparse.Namespace, out: TextIO) -> int:
    for info in _extractor(args).plugins():
        version = f" {info.version}" if info.version else ""
        out.write(f"{info.name}{version}  [{info.origin}]\n    hooks: {', '.join(info.hooks) or '-'}\n")
    return 0


def _is_jsonl(name: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return name.lower().endswith((".jsonl", ".ndjson"))


def _items(args: argparse.Namespace) -> Iterator[tuple[str, Any]]:
    """The inputs as ``(label, item)`` pairs, read lazily; unreadable ones become failing items."""
    hints: dict[str, Any] = {}
    if args.published:
        hints["published"] = args.published
    if args.tz:
        hints["tz"] = args.tz
    for name in args.files:
        if _is_jsonl(name, args.input_format):
            try:
                stream = sys.stdin.buffer if name == "-" else _open_lines(name)
            except InputError as exc:
                yield name, _Bad(str(exc))
                continue
            yield from iter_jsonl_records(stream, "stdin" if name == "-" else name)
            continue
        try:
            data, path = _read_input(name)
        except InputError as exc:
            yield name, _Bad(str(exc))
            continue
        yield name, RawDocument(data=data, name=path, media_type=_media_type(path, data), hints=hints)


def _open_lines(name: str) -> Iterator[bytes]:
    path = Path(name)
    if path.is_dir():
        raise InputError(f"{name}: is a directory")
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise InputError(f"{name}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    return _lines_of(handle)


def _lines_of(handle: BinaryIO) -> Iterator[bytes]:
    with handle:
        yield from handle


class _Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.enabled = err.isatty()
        self.done = self.failed = 0
        self.started = time.perf_counter()

    def __call__(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += outcome.error is not None
        if self.enabled and (self.done % 10 == 0 or self.done < 10):
            rate = self.done / max(time.perf_counter() - self.started, 1e-9)
            self.err.write(f"\r{self.done} articles ({self.failed} unreadable), {rate:.1f}/s ")
            self.err.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.err.write("\n")


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    parse_published(args.published, args.tz)  # a bad --published stops before any work
    extractor = _extractor(args)
    status = 0
    as_json = args.format not in ("text", "html")
    indent = None if args.format == "jsonl" else 2
    single = len(args.files) == 1 and not _is_jsonl(args.files[0], args.input_format)
    progress = _Progress(err)
    outcomes = run_ordered(
        extractor,
        _items(args),
        jobs=max(1, args.jobs),
        as_json=as_json,
        indent=indent,
        options={"include_text": args.include_text},
        on_progress=progress,
    )
    written = 0
    pages: list[Facts] = []  # --format html: one page at the end (it needs every article's tables)
    try:
        for outcome in outcomes:
            if outcome.error is not None:
                if progress.enabled:
                    err.write("\n")
                err.write(f"newsfacts: {outcome.error}\n")
                status = 1
                continue
            if args.format == "text":
                assert outcome.facts is not None
                if not single:
                    out.write(f"== {outcome.label}\n")
                render_text(outcome.facts, out)
            elif args.format == "html":
                assert outcome.facts is not None
                pages.append(outcome.facts)
            elif args.format == "jsonl":
                out.write(f"{outcome.json}\n")
            else:
                doc = outcome.json or ""
                if single:
                    out.write(doc + "\n")
                else:
                    out.write(("[\n" if written == 0 else ",\n") + doc)
            written += 1
    finally:
        progress.close()
    if args.format == "json" and not single:
        out.write("\n]\n" if written else "[]\n")
    if args.format == "html":
        from newsfacts.outputs.html import render_batch, render_html

        out.write(render_html(pages[0]) if single and pages else render_batch(pages))
    return status


def _lenient(stream: TextIO) -> TextIO:
    """The stream, writing lone surrogates as ``\\uXXXX`` instead of failing.

    A Python string can hold lone surrogates (a JSONL record's ``"\\ud800"`` escape, text
    decoded with ``surrogateescape``) but UTF-8 cannot. Inside a JSON string the
    backslash escape is valid JSON that reads back to the same character.
    """
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    return stream


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = out or _lenient(sys.stdout)
    err = err or _lenient(sys.stderr)
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(out)
        return 2
    try:
        if args.command == "plugins":
            return _cmd_plugins(args, out)
        return _cmd_extract(args, out, err)
    except InputError as exc:
        err.write(f"newsfacts: {exc}\n")
        return 2
    except NewsfactsError as exc:
        err.write(f"newsfacts: {exc}\n")
        return 3
    except BrokenPipeError:  # `newsfacts extract ... | head`
        return 0
    except Exception as exc:
        if getattr(args, "strict", False):
            err.write(f"newsfacts: a plugin failed (--strict): {type(exc).__name__}: {exc}\n")
            return 3
        raise
