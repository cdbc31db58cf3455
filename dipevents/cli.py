"""The command line: parses options, calls the library, picks the writer.

Exit status: 0 every input read; 1 some input could not be read (the rest were processed);
2 usage error; 3 the spaCy model is missing or broken. Errors go to stderr, one line each.
spaCy is imported only by commands that extract, so ``--help`` and ``--version`` are instant.
"""

from __future__ import annotations

import json
import sys
from datetime import date as Date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__

EXIT_INPUT, EXIT_USAGE, EXIT_MODEL, EXIT_FLOOR = 1, 2, 3, 4
MAX_DATE_WARNINGS = 10  # then one line for the rest: a warning per document would drown stderr

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_show_locals=False,
                  help="Extract diplomatic events (actor, action, target, date) from news text.",
                  epilog="Example: dipevents extract article.txt --date 2022-02-10 | jq .action")


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


def _err(message: str) -> None:
    sys.stderr.write(f"dipevents: {message}\n")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dipevents {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Extract diplomatic events (actor, action, target, date) from news text.

    Example: dipevents extract article.txt --date 2022-02-10
    """


def _parse_date(value: Optional[str]) -> Optional[Date]:
    if value is None:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@app.command()
def extract(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Text files, directories (their .txt and .md files), .jsonl collections, "
             "or - for stdin. Default: stdin when it is not a terminal.")] = None,
    fmt: Annotated[Optional[Format], typer.Option(
        "--format", "-f", help="Output format [default: table on a terminal, else jsonl].")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o",
                                                   help="Write events to this file.")] = None,
    ref_date: Annotated[Optional[str], typer.Option(
        "--date", help="Reference date (YYYY-MM-DD) for documents that carry none.")] = None,
    model: Annotated[Optional[str], typer.Option(
        help="An installed spaCy pipeline [default: en_core_web_sm].")] = None,
    include_hypothetical: Annotated[bool, typer.Option(
        "--include-hypothetical", help="Also emit hypothetical events (conditionals, fears).")] = False,
    lexicon: Annotated[Optional[list[Path]], typer.Option(
        help="Extra trigger lexicon (TSV, same columns as the built-in one); repeatable.")] = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help="Worker processes [default: the cores available].")] = None,
    select: Annotated[bool, typer.Option(
        "--select/--no-select",
        help="Parse only sentences with a trigger and a possible actor (same events, faster).")
    ] = True,
    dedupe: Annotated[bool, typer.Option(
        help="One record per (doc, actor, type, target, negated), counting its mentions.")
    ] = False,
    actors: Annotated[Optional[list[Path]], typer.Option(
        help="Extra actor dictionary: a TSV like the built-in ones, or PETRARCH .actors; "
             "repeatable.")] = None,
    day_first: Annotated[bool, typer.Option(
        help="Read numeric dates as day/month (2/10/2022 = 2 October), as British and most "
             "non-US sources write them.")] = False,
    unresolved: Annotated[Optional[str], typer.Option(
        help="Write proper names that resolved to no actor, most frequent first, to this file "
             "(- for stderr). Runs in one process.")] = None,
) -> None:
    """Extract events from documents and write them as JSONL, CSV or a table.

    Example: dipevents extract seeds/ --date 2022-02-10 | jq -c '[.actor.code,.action.type,.target.code]'
    """
    day = _parse_date(ref_date)
    if not paths:
        if sys.stdin.isatty():
            raise typer.BadParameter("give a PATH, or - to read standard input",
                                     param_hint="PATHS")
        paths = ["-"]
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    is_tty = output is None and sys.stdout.isatty()
    chosen = fmt.value if fmt else ("table" if is_tty else "jsonl")
    from .parallel import Settings, available_cores

    settings = Settings(model, include_hypothetical, tuple(str(p) for p in lexicon or ()),
                        select, tuple(str(p) for p in actors or ()), day_first)
    workers = 1 if unresolved else jobs if jobs is not None else available_cores()
    failed = _run_extract(paths, day, chosen, stream, settings, workers, dedupe, unresolved)
    if output:
        stream.close()
    raise typer.Exit(EXIT_INPUT if failed else 0)


def _run_extract(paths: list[str], day: Optional[Date], fmt: str, stream, settings,
                 jobs: int, dedupe: bool = False, unresolved: Optional[str] = None) -> int:
    """Stream documents through the extractor into the writer; returns the number of errors."""
    from collections import Counter

    from .actions import default_lexicon
    from .actors import default_kb
    from .inputs import InputError, iter_documents
    from .model import dedupe as dedupe_events
    from .output import make_writer
    from .parallel import process
    from .spacymodel import ModelError, find_model

    try:  # fail early, in one line, if the model is missing or a user file is broken
        find_model(settings.model)
        default_lexicon(settings.lexicons)
        default_kb(settings.actors)
    except ModelError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_MODEL) from None
    except (ValueError, OSError, KeyError) as exc:
        _err(f"bad --lexicon or --actors file: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    names = None
    if unresolved:
        names = settings.extractor().unresolved = Counter()
    writer = make_writer(fmt, stream)
    failures = undated = 0
    progress = _Progress()
    try:
        for item, events in process(iter_documents(paths, day), settings, jobs):
            if isinstance(item, InputError):
                _err(str(item))
                failures += 1
                continue
            if item.date is None:
                undated += 1
                if undated <= MAX_DATE_WARNINGS:
                    _err(f"{item.id}: no reference date (give --date); "
                         "relative dates left unresolved")
            for event in dedupe_events(events) if dedupe else events:
                writer.write(event)
            progress.advance()
    finally:
        progress.stop()
        writer.close()
    if undated > MAX_DATE_WARNINGS:
        _err(f"... and {undated - MAX_DATE_WARNINGS} more documents with no reference date")
    if names is not None:
        _write_unresolved(names, unresolved)
    return failures


def _write_unresolved(names, where: str) -> None:
    resolved = names.pop("", 0)
    missed = sum(names.values())
    share = missed / (missed + resolved) if missed + resolved else 0.0
    lines = (f"# {missed} of {missed + resolved} name mentions in parsed sentences "
             f"({share:.1%}) resolved to no actor\n")
    lines += "".join(f"{count}\t{name}\n" for name, count in names.most_common())
    if where == "-":
        sys.stderr.write(lines)
    else:
        Path(where).write_text(lines, encoding="utf-8")


class _Progress:
    """A progress counter on stderr, shown only on a terminal and from the second document."""

    def __init__(self) -> None:
        self.count = 0
        self.bar = None
        self.task = None

    def advance(self) -> None:
        self.count += 1
        if self.bar is None and self.count >= 2 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.completed} documents"),
                                TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("extract", total=None, completed=self.count)
        elif self.bar is not None:
            self.bar.update(self.task, completed=self.count)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command("actors")
def actors_command(
    name: Annotated[str, typer.Argument(help="A name as it appears in text.")],
    on: Annotated[Optional[str], typer.Option(
        "--on", help="The date (YYYY-MM-DD) to resolve dated roles on.")] = None,
    actors: Annotated[Optional[list[Path]], typer.Option(
        help="Extra actor dictionaries, as for extract.")] = None,
) -> None:
    """How a name resolves: the matching entries, their validity dates, the one in force.

    Example: dipevents actors "Liz Truss" --on 2022-10-01
    """
    from .actors import default_kb

    day = _parse_date(on)
    try:
        kb = default_kb(tuple(str(p) for p in actors or ()))
    except (ValueError, OSError) as exc:
        _err(f"bad --actors file: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    patterns = kb.lookup(name)
    if not patterns:
        role = kb.roles.get(name.lower())
        if role:
            typer.echo(f"{name!r}: a role word, sector {role} (its state comes from context)")
            raise typer.Exit(0)
        _err(f"{name!r} matches no actor entry")
        raise typer.Exit(EXIT_INPUT)
    for pattern in patterns:
        chosen = kb.resolve_id(pattern.id, day)
        typer.echo(f"{pattern.text!r} ({pattern.label}) -> {pattern.id}")
        for entry in kb.entries.get(pattern.id, []):
            span = f"{entry.valid_from or '...'} to {entry.valid_to or '...'}"
            mark = "*" if chosen and entry.valid_on(day) and chosen.valid_from == entry.valid_from \
                else " "
            typer.echo(f"  {mark} {entry.code:8} {entry.sector or '-':5} {entry.kind:8} {span}  "
                       f"{entry.name}")
        if chosen is not None:
            when = f"on {day}" if day else "with no date"
            typer.echo(f"  resolves {when} to {chosen.code} {chosen.sector or '-'} "
                       f"(cameo {chosen.code}{chosen.sector or ''})")


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold collections (*.gold.jsonl).")],
    show: Annotated[bool, typer.Option(help="List missed and spurious events.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per file.")] = False,
    brief: Annotated[bool, typer.Option(help="One line of figures per file, no table.")] = False,
    any_action: Annotated[bool, typer.Option(
        help="Match on actor, target and negation alone (how well actors are found).")] = False,
    floors: Annotated[Optional[Path], typer.Option(
        help="JSON of F1 floors per gold file: exit 4 when one falls more than 0.02 below.")
    ] = None,
    select: Annotated[bool, typer.Option("--select/--no-select",
                                         help="Sentence selection, as in extract.")] = True,
    model: Annotated[Optional[str], typer.Option(help="An installed spaCy pipeline.")] = None,
) -> None:
    """Score the extractor on gold documents: precision, recall, F1, date accuracy, per type.

    The matching rules are those of the gold set's GUIDELINES.md (its score.py agrees).
    Example: dipevents eval ../shared/eval/dev.gold.jsonl --show
    """
    from .api import get_extractor
    from .evaluate import below_floor, evaluate_file, per_type_table, summary_line
    from .spacymodel import ModelError

    try:
        extractor = get_extractor(model, select=select)
        limits = json.loads(floors.read_text(encoding="utf-8")) if floors else {}
    except (ModelError, ValueError, OSError) as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_MODEL if not floors else EXIT_USAGE) from None
    unreadable, low = False, []
    for path in gold:
        try:
            res = evaluate_file(path, extractor, any_action)
        except (OSError, ValueError, KeyError) as exc:
            _err(f"{path}: cannot be read as a gold collection ({exc})")
            unreadable = True
            continue
        if as_json:
            typer.echo(json.dumps({"file": str(path), **res}, ensure_ascii=False))
        else:
            if show:
                for doc_id, key, evidence in res["misses"]:
                    typer.echo(f"miss      {doc_id}: {key}  <- {evidence[:90]}")
                for doc_id, key in res["spurious"]:
                    typer.echo(f"spurious  {doc_id}: {key}")
            typer.echo(f"{path.name}: {summary_line(res)}")
            if not brief:
                typer.echo(per_type_table(res))
        problem = below_floor(path.name, res, limits)
        if problem:
            low.append(problem)
    for problem in low:
        _err(problem)
    raise typer.Exit(EXIT_INPUT if unreadable else EXIT_FLOOR if low else 0)


def main() -> None:
    app(prog_name="dipevents")
