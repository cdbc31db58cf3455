"""The command line: parses options, calls the library, picks the writer.

Exit status: 0 every input read; 1 some input could not be read or a document failed (each
is named, the rest were processed); 2 usage error; 3 the spaCy model is missing or broken;
4 an accuracy floor was missed (eval); 5 the output could not be written; 130/143
interrupted (SIGINT/SIGTERM: workers stopped, an -o file left as it was); 141 the reader of
stdout went away. Errors go to stderr, one line each.
spaCy is imported only by commands that extract, so ``--help`` and ``--version`` are instant.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from datetime import date as Date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__

EXIT_INPUT, EXIT_USAGE, EXIT_MODEL, EXIT_FLOOR, EXIT_OUTPUT, EXIT_CLUSTER = 1, 2, 3, 4, 5, 6
EXIT_PIPE, EXIT_SIGINT, EXIT_SIGTERM = 141, 130, 143  # 128 + the signal, as a shell reports
MAX_DATE_WARNINGS = 10  # then one line for the rest: a warning per document would drown stderr

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_show_locals=False,
                  help="Extract diplomatic events (actor, action, target, date) from news text.",
                  epilog="Example: dipevents extract article.txt --date 2022-02-10 | jq .action")


class Format(StrEnum):
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


TypeModelOption = Annotated[Optional[str], typer.Option(
    "--type-model", help="The event-type model: a directory from `dipevents train`, or none "
                         "for the rules alone [default: the shipped model].")]
SchedulerOption = Annotated[Optional[str], typer.Option(
    help="Run on a Dask cluster: a scheduler's address (tcp://host:8786), or local:N to start "
         "N worker processes here. Needs dipevents[dask].")]
SchedulerTimeoutOption = Annotated[float, typer.Option(
    min=0.1, help="Seconds to reach the --scheduler before giving up.")]
ReportOption = Annotated[Optional[Path], typer.Option(
    help="Also write the events as one self-contained HTML page (as dipevents report).")]


def _parse_date(value: Optional[str]) -> Optional[Date]:
    if value is None:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


class Interrupted(Exception):
    """SIGTERM, raised where the run is, so that it stops its workers and keeps its output."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Interrupted(signum)


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
        "--jobs", "-j", min=1, help="Worker processes [default: the cores available; more "
                                     "than that is capped].")] = None,
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
    type_model: TypeModelOption = None,
    scheduler: SchedulerOption = None,
    scheduler_timeout: SchedulerTimeoutOption = 10.0,
    report: ReportOption = None,
    debug: Annotated[bool, typer.Option(
        help="Show the traceback of an internal error (for bug reports).")] = False,
) -> None:
    """Extract events from documents and write them as JSONL, CSV or a table.

    Example: dipevents extract seeds/ --date 2022-02-10 | jq -c '[.actor.code,.action.type,.target.code]'
    """
    from .parallel import Settings

    paths = _paths_or_stdin(paths)
    settings = Settings(model, include_hypothetical, tuple(str(p) for p in lexicon or ()),
                        select, tuple(str(p) for p in actors or ()), day_first, type_model)
    chosen = fmt.value if fmt else ("table" if output is None and sys.stdout.isatty()
                                    else "jsonl")
    run = _Run(chosen, settings, _workers(jobs, unresolved, scheduler), dedupe, unresolved,
               debug, report)
    raise typer.Exit(_start(paths, _parse_date(ref_date), output, chosen, settings, run,
                            (scheduler, scheduler_timeout) if scheduler else None))


def _paths_or_stdin(paths: Optional[list[str]]) -> list[str]:
    """The paths given, else stdin when it is not a terminal."""
    if paths:
        return paths
    if sys.stdin.isatty():
        raise typer.BadParameter("give a PATH, or - to read standard input", param_hint="PATHS")
    return ["-"]


def _workers(jobs: Optional[int], unresolved: Optional[str], scheduler: Optional[str]) -> int:
    """Worker processes: one for --unresolved (its counts live in one process), else --jobs
    capped at the cores this process may use, else all of them; none of either for a run
    on a cluster's workers."""
    from .parallel import available_cores

    if scheduler and (jobs or unresolved):
        raise typer.BadParameter("runs on the cluster's workers: leave out --jobs and "
                                 "--unresolved", param_hint="--scheduler")

    cores = available_cores()
    workers = 1 if unresolved else jobs if jobs is not None else cores
    if workers > cores:
        _err(f"--jobs {workers} capped at {cores}, the cores this process may use")
        workers = cores
    return workers


def _start(paths: list[str], day: Optional[Date], output: Optional[Path], fmt: str,
           settings, run: _Run, scheduler: Optional[tuple[str, float]] = None) -> int:
    if output is not None:
        _refuse_overwriting_inputs(output, paths)
    _check_setup(settings)
    signal.signal(signal.SIGTERM, _on_sigterm)
    if scheduler is None:
        return run.main(paths, day, output)
    from .cluster import ClusterError, close, connect

    try:
        run.client = connect(*scheduler)
    except ClusterError as exc:
        _err(str(exc))
        return EXIT_CLUSTER
    try:
        return run.main(paths, day, output)
    finally:
        close(run.client)


def _refuse_overwriting_inputs(output: Path, paths: list[str]) -> None:
    """An output that is also an input would be read while it is replaced: refuse it before
    anything is opened for writing."""
    if not output.exists():
        return
    for given in paths:
        try:
            same = given != "-" and Path(given).exists() and output.samefile(given)
        except OSError:
            same = False
        if same:
            _err(f"{output}: the output is also an input; write the events elsewhere")
            raise typer.Exit(EXIT_USAGE)


def _check_setup(settings) -> None:
    """Fail early, in one line, if the model is missing or a user file is broken."""
    from .actions import default_lexicon
    from .actors import default_kb
    from .spacymodel import ModelError, find_model
    from .typemodel import TypeModelError, load_type_model

    try:
        find_model(settings.model)
        load_type_model(settings.type_model)
        default_lexicon(settings.lexicons)
        default_kb(settings.actors)
    except (ModelError, TypeModelError) as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_MODEL) from None
    except (ValueError, OSError, KeyError) as exc:
        _err(f"bad --lexicon or --actors file: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


class _Run:
    """One extract run: documents through the extractor into a writer, with every input
    error, internal error and interruption reported on stderr in one line."""

    def __init__(self, fmt: str, settings, jobs: int, dedupe: bool,
                 unresolved: Optional[str], debug: bool, report: Optional[Path] = None) -> None:
        from .report import Collected

        self.fmt, self.settings, self.jobs = fmt, settings, jobs
        self.dedupe, self.unresolved, self.debug = dedupe, unresolved, debug
        self.failures = self.documents = self.undated = 0
        self.where = "standard output"
        self.output: Optional[Path] = None
        self.client = None  # a Dask client, for --scheduler
        self.report = report  # --report: the page, and the records it is made of
        self.collected = Collected() if report else None

    def main(self, paths: list[str], day: Optional[Date], output: Optional[Path]) -> int:
        """The exit status of the run; with --report, the page is written after the events
        (not when the run was cut short)."""
        from .report import Source

        status = self._events(paths, day, output)
        if self.collected is None or self.report is None \
                or status in (EXIT_SIGINT, EXIT_SIGTERM, EXIT_OUTPUT, EXIT_PIPE):
            return status
        self.collected.sources = [Source("standard input" if p == "-" else p, None)
                                  for p in paths]
        settings = self.settings
        self.collected.options = {k: v for k, v in {
            "date": day.isoformat() if day else None, "model": settings.model,
            "type-model": settings.type_model, "no-select": not settings.select or None,
            "include-hypothetical": settings.include_hypothetical or None,
            "day-first": settings.day_first or None, "dedupe": self.dedupe or None,
            "jobs": None if self.client else self.jobs}.items() if v is not None}
        return _write_page(self.report, self.collected) or status

    def _events(self, paths: list[str], day: Optional[Date], output: Optional[Path]) -> int:
        from .output import OutputFile

        try:
            target = OutputFile(output) if output else None
        except OSError as exc:
            _err(f"cannot write {output}: {exc.strerror or exc}")
            return EXIT_OUTPUT
        stream = target.stream if target else sys.stdout
        self.where = str(output) if output else "standard output"
        self.output = output
        status = self._guarded(paths, day, stream)
        if target is None:
            return status
        if (status != 0 and self.documents == 0) or status in (EXIT_SIGINT, EXIT_SIGTERM,
                                                                EXIT_OUTPUT):
            target.discard()  # cut short, or nothing read: the previous file stays
            if status != EXIT_OUTPUT:
                _err(f"{output} left as it was")
            return status
        try:
            target.commit()
        except OSError as exc:
            target.discard()
            _err(f"cannot write {output}: {exc.strerror or exc}")
            return EXIT_OUTPUT
        return status

    def _guarded(self, paths: list[str], day: Optional[Date], stream) -> int:
        """Runs the extraction; what stops it early becomes one line and an exit status."""
        try:
            self._extract(paths, day, stream)
        except (KeyboardInterrupt, Interrupted) as exc:
            _err(f"interrupted after {self.documents} documents")
            return EXIT_SIGINT if isinstance(exc, KeyboardInterrupt) else EXIT_SIGTERM
        except BrokenPipeError:
            # the reader went away (| head): nothing to report, and nothing more to write
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_PIPE
        except OSError as exc:
            if self.debug:
                raise
            _err(f"cannot write {exc.filename or self.where}: {exc.strerror or exc}")
            return EXIT_OUTPUT
        return EXIT_INPUT if self.failures else 0

    def _extract(self, paths: list[str], day: Optional[Date], stream) -> None:
        from collections import Counter

        from .inputs import InputError, iter_documents
        from .model import dedupe as dedupe_events
        from .output import make_writer
        from .parallel import process

        names = None
        if self.unresolved:
            names = self.settings.extractor().unresolved = Counter()
        writer = make_writer(self.fmt, stream, mentions=self.dedupe)
        progress = _Progress()
        exclude = [self.output] if self.output else []
        if self.client is not None:
            from .cluster import process as on_cluster

            results = on_cluster(paths, self.settings, self.client, day,
                                 self.settings.day_first, exclude=exclude)
        else:
            results = process(iter_documents(paths, day, day_first=self.settings.day_first,
                                              exclude=exclude), self.settings, self.jobs)
        try:
            for item, events in results:
                if isinstance(item, InputError):
                    self._report(item)
                    continue
                self._check_date(item)
                if self.dedupe:
                    events = dedupe_events(events)
                for event in events:
                    writer.write(event)
                if self.collected is not None:
                    self.collected.add(item, events)
                self.documents += 1
                progress.advance()
        finally:
            results.close()  # stops any worker still running (an interrupt, an error)
            progress.stop()
        writer.close()
        if self.undated > MAX_DATE_WARNINGS:
            _err(f"... and {self.undated - MAX_DATE_WARNINGS} more documents with no "
                 "reference date")
        if names is not None and self.unresolved:
            _write_unresolved(names, self.unresolved)

    def _report(self, error) -> None:
        _err(str(error))
        if self.debug and error.detail:
            sys.stderr.write(error.detail)
        self.failures += 1

    def _check_date(self, doc) -> None:
        if doc.date is None:
            self.undated += 1
            if self.undated <= MAX_DATE_WARNINGS:
                _err(f"{doc.id}: no reference date (give --date); relative dates left "
                     "unresolved")


def _write_unresolved(names, where: str) -> None:
    resolved = names.pop("", 0)
    missed = sum(names.values())
    share = missed / (missed + resolved) if missed + resolved else 0.0
    lines = (f"# {missed} of {missed + resolved} name mentions in parsed sentences "
             f"({share:.1%}) resolved to no actor\n")
    lines += "".join(f"{count}\t{name}\n" for name, count in names.most_common())
    if where == "-":
        sys.stderr.write(lines)
        return
    try:
        Path(where).write_text(lines, encoding="utf-8")
    except OSError as exc:  # a write error names no file of its own
        raise OSError(exc.errno, exc.strerror, where) from exc


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


@app.command("report")
def report_command(
    paths: Annotated[list[str], typer.Argument(
        help="Event records: JSONL files from dipevents extract, or - for stdin.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML page to write.")],
) -> None:
    """One self-contained HTML page of event records: timeline, dyads, the event list with
    its sentences, and each document's events; no network needed to open it.

    Example: dipevents extract seeds/ --date 2022-02-10 -f jsonl | dipevents report - -o report.html
    """
    from .report import ReportError, read_records

    try:
        collected = read_records(paths)
    except ReportError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    raise typer.Exit(_write_page(output, collected))


def _write_page(path: Path, collected) -> int:
    from .report import write_page

    try:
        write_page(path, collected)
    except OSError as exc:
        _err(f"cannot write {path}: {exc.strerror or exc}")
        return EXIT_OUTPUT
    return 0


@app.command("actors")
def actors_command(
    name: Annotated[str, typer.Argument(help="A name as it appears in text.")],
    on: Annotated[Optional[str], typer.Option(
        "--on", help="The date (YYYY-MM-DD) to resolve dated roles on.")] = None,
    actors: Annotated[Optional[list[Path]], typer.Option(
        help="Extra actor dictionaries, as for extract.")] = None,
) -> None:
    """How a name resolves: the matching entries, where each comes from (curated, user,
    geonames, phoenix), their validity dates, the one in force.

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
            typer.echo(f"  {mark} {entry.code:8} {entry.sector or '-':5} {entry.kind:8} "
                       f"{entry.source:9} {span}  {entry.name}")
        if chosen is not None:
            when = f"on {day}" if day else "with no date"
            typer.echo(f"  resolves {when} to {chosen.code} {chosen.sector or '-'} "
                       f"(cameo {chosen.code}{chosen.sector or ''})")


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(
        help="Gold collections: events (*.gold.jsonl) or sentence labels (plv.dev.jsonl).")],
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
    type_model: TypeModelOption = None,
) -> None:
    """Score the extractor on gold documents: precision, recall, F1, date accuracy, per type.

    The matching rules are those of the gold set's GUIDELINES.md (its score.py agrees).
    Example: dipevents eval ../shared/eval/dev.gold.jsonl --show
    """
    from .evaluate import below_floor, evaluate_file, load_floors, per_type_table, summary_line

    try:
        limits = load_floors(floors) if floors else {}
    except (ValueError, OSError) as exc:
        _err(f"bad --floors file: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    extractor = _extractor(model, type_model, select)
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
                for doc_id, key, evidence in res.get("misses", ()):
                    typer.echo(f"miss      {doc_id}: {key}  <- {evidence[:90]}")
                for doc_id, key in res.get("spurious", ()):
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


@app.command("train")
def train_command(
    labelled: Annotated[list[Path], typer.Argument(
        help="Labelled sentences ({\"text\", \"label\"} lines, as plv.dev.jsonl) or gold "
             "documents (*.gold.jsonl); several files are trained on together.")],
    output: Annotated[Path, typer.Option("--output", "-o",
                                         help="The model directory to write.")],
    seed: Annotated[int, typer.Option(help="Random seed (same data and seed, same model).")] = 0,
    epochs: Annotated[int, typer.Option(min=1, help="Passes over the data.")] = 10,
    model: Annotated[Optional[str], typer.Option(help="An installed spaCy pipeline.")] = None,
) -> None:
    """Train an event-type model for --type-model on your own labelled sentences.

    Example: dipevents train my-labels.jsonl -o my-types && dipevents extract news/ --type-model my-types
    """
    from .spacymodel import ModelError
    from .training import TrainingDataError, train_files

    try:
        nlp = train_files(labelled, output, model, seed, epochs)
    except TrainingDataError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    except ModelError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_MODEL) from None
    except OSError as exc:
        _err(f"{output}: cannot write the model ({exc.strerror or exc})")
        raise typer.Exit(EXIT_OUTPUT) from None
    info = nlp.meta["dipevents"]
    _err(f"trained on {info['examples']} sentences; model written to {output}")


def _extractor(model: Optional[str], type_model: Optional[str], select: bool = True):
    """The extractor of eval and explain; a model that cannot load is one line, exit 3."""
    from .factory import get_extractor
    from .spacymodel import ModelError
    from .typemodel import TypeModelError

    try:
        return get_extractor(model, select=select, type_model=type_model)
    except (ModelError, TypeModelError) as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_MODEL) from None


def main() -> None:
    app(prog_name="dipevents")


@app.command("explain")
def explain_command(
    text: Annotated[str, typer.Argument(help="A sentence or a short text, or - for stdin.")],
    ref_date: Annotated[Optional[str], typer.Option(
        "--date", help="Reference date (YYYY-MM-DD) for relative dates.")] = None,
    fmt: Annotated[Optional[Format], typer.Option(
        "--format", "-f", help="table (a tree, the default on a terminal) or jsonl.")] = None,
    model: Annotated[Optional[str], typer.Option(help="An installed spaCy pipeline.")] = None,
    type_model: TypeModelOption = None,
) -> None:
    """Why a sentence gives the events it gives: for each trigger, the candidate after every
    rule that changed it, the rule that stopped it, and the events extracted.

    Example: dipevents explain "Britain imposed sanctions on Russia on Monday." --date 2022-02-10
    """
    from .explain import explanation, render

    day = _parse_date(ref_date)
    if text == "-":
        text = sys.stdin.read()
    extractor = _extractor(model, type_model)
    records = explanation(*extractor.explain(text, day))
    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    if chosen == "table":
        from rich.console import Console

        render(records, Console())
        return
    for record in records:
        typer.echo(json.dumps(record, ensure_ascii=False))
