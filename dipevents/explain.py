"""`dipevents explain`: why a sentence gives the events it gives, rule by rule.

For each trigger the lexicon finds, the candidate event after every rule that changed it, and
the rule that stopped it with its reason; then the events extracted. An analyst who disagrees
with an event sees which rule, or which row of a data file, to change.
"""

from __future__ import annotations

from typing import Any

from .engine import Candidate
from .model import Event
from .typemodel import Scores, top


def explanation(candidates: list[Candidate], events: list[Event],
                sentences: list[tuple[str, Scores]] = ()) -> list[dict[str, Any]]:
    """One record per sentence with the type model's three best types (when a model is
    loaded), then one per candidate, in text order, with the events it made."""
    out: list[dict[str, Any]] = [
        {"sentence": text, "model": [{"type": kind, "score": round(score, 3)}
                                     for kind, score in top(scores)]}
        for text, scores in sentences]
    for c in candidates:
        found = c.found
        words = [t for t in (found.light, found.trigger) if t is not None]
        out.append({
            "trigger": " ".join(t.text for t in sorted(words, key=lambda t: t.i)),
            "entry": found.entry.rule, "type": found.entry.type, "cameo": found.entry.cameo,
            "steps": [{"stage": stage, "rule": rule, "candidate": view}
                      for stage, rule, view in (c.history or [])],
            "stopped": {"rule": c.stopped[0], "reason": c.stopped[1]} if c.stopped else None,
            "events": [_key(e) for e in events if e.action.start == min(
                t.idx for t in words) + c.offset and e.action.text.endswith(found.trigger.text)]})
    return out


def _key(event: Event) -> str:
    target = event.target.cameo if event.target else "-"
    flags = "".join(f" [{f}]" for f in ("negated" if event.negated else "",
                                         "" if event.modality == "asserted" else event.modality)
                    if f)
    return f"{event.actor.cameo} {event.action.type} {event.action.cameo} {target}{flags} " \
           f"({' > '.join(event.rules)})"


def render(records: list[dict[str, Any]], console) -> None:
    """The records as a rich tree a person reads on a terminal."""
    from rich.markup import escape
    from rich.tree import Tree

    for rec in records:
        if "sentence" in rec:
            best = ", ".join(f"{m['type']} {m['score']:.2f}" for m in rec["model"])
            console.print(f"[dim]type model[/dim] {best}  [dim]{escape(rec['sentence'][:60])}[/dim]")
    candidates = [rec for rec in records if "trigger" in rec]
    if not candidates:
        console.print("no trigger: no word or phrase of the lexicon in this text, and none the "
                      "type model was sure of, so no event")
        return
    for rec in candidates:
        tree = Tree(f"[bold]{escape(rec['trigger'])}[/bold]  {rec['type']} {rec['cameo']}  "
                    f"[dim]{escape(rec['entry'])}[/dim]")
        for step in rec["steps"]:
            view = step["candidate"]
            parties = f"{', '.join(view['actors']) or '-'} -> {', '.join(view['targets']) or '-'}"
            tree.add(f"{step['stage']:8} [cyan]{step['rule']}[/cyan]: {view['type']} "
                     f"{view['cameo']} {escape(parties)} [dim]{view['construction']}[/dim]")
        if rec["stopped"]:
            tree.add(f"[yellow]stopped by {rec['stopped']['rule']}[/yellow]: "
                     f"{escape(rec['stopped']['reason'])}")
        for key in rec["events"]:
            tree.add(f"[green]event[/green] {escape(key)}")
        if not rec["events"]:
            tree.add("[dim]no event[/dim]")
        console.print(tree)
