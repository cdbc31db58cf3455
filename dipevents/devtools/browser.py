"""A headless Chromium for the report's browser tests and its README screenshot.

    python -m dipevents.devtools.browser PAGE.html SHOT.png [--width 1200 --height 1400]

Playwright (PyPI) drives the system's Chromium (Debian's ``chromium``, installed by
``make browser``; ``CHROMIUM`` names another), since Playwright's own browser download is not
reachable from this project's machines. Every request that is not for a local file is aborted
and counted, so a page that reaches for the network is caught.
"""

from __future__ import annotations

import argparse
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Without the background-networking flags Chromium keeps trying hosts this machine can't reach.
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    """The Chromium executable, or None."""
    named = os.environ.get("CHROMIUM")
    if named:
        return named
    return next((found for name in ("chromium", "chromium-browser", "google-chrome")
                 if (found := shutil.which(name))), None)


@dataclass
class Opened:
    """A page in the browser, with what it logged and what it tried to fetch."""

    page: Any
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


@contextmanager
def opened(path: Path, width: int = 1200, height: int = 900) -> Iterator[Opened]:
    """``path`` opened from disk in headless Chromium with the network blocked."""
    from playwright.sync_api import sync_playwright

    executable = chromium()
    if executable is None:
        raise RuntimeError("no Chromium found: run make browser, or set CHROMIUM")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            # The page forbids eval by its policy; Playwright's own probes need it.
            context = browser.new_context(bypass_csp=True,
                                          viewport={"width": width, "height": height},
                                          accept_downloads=True)
            out = Opened(context.new_page())

            def route(r: Any) -> None:
                if r.request.url.startswith("file:"):
                    r.continue_()
                else:
                    out.blocked.append(r.request.url)
                    r.abort()

            context.route("**/*", route)
            out.page.on("console", lambda m: out.errors.append(m.text) if m.type == "error"
                        else None)
            out.page.on("pageerror", lambda e: out.errors.append(str(e)))
            out.page.goto(path.resolve().as_uri())
            out.page.wait_for_function("window.reportReady", timeout=60_000)
            yield out
        finally:
            browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", type=Path)
    ap.add_argument("shot", type=Path)
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=1400)
    args = ap.parse_args()
    with opened(args.page, args.width, args.height) as view:
        if view.errors or view.blocked:
            raise SystemExit(f"browser: {args.page}: {view.errors or view.blocked}")
        view.page.screenshot(path=str(args.shot))
    print(f"{args.shot}: {args.width}x{args.height} screenshot of {args.page}")


if __name__ == "__main__":
    main()
