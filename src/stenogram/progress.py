"""A status line for one long step (a PDF volume typesets for half a minute), on a terminal only.

Batches of files have :mod:`stenogram.batch`'s progress bar; a single long step has no count to
show, so it gets a spinner and what it is doing. Nothing is written when stderr is not a
terminal, so logs and pipes stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def working(label: str, show: bool | None = None) -> Iterator[Callable[[str], None]]:
    """Show *label* beside a spinner on stderr while the block runs (*show* defaults to "stderr
    is a terminal"); yields a function that replaces the label as the step moves on."""
    if not (sys.stderr.isatty() if show is None else show):
        yield lambda _label: None
        return
    from rich.console import Console

    with Console(stderr=True, force_terminal=True).status(label) as status:
        yield lambda text: status.update(text)
