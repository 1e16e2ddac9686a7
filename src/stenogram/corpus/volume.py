"""``stenogram corpus volume``: a built corpus as one PDF volume (``render``'s print edition).

The sittings go to the print stylesheets with the shared registry's entries for the persons
they name put into their headers (in memory, as for the site), so the volume's index of
speakers lists each person once, by the registry's name, across all sittings.
"""

from __future__ import annotations

from pathlib import Path

from stenogram.corpus.site import corpus_files, with_registry
from stenogram.errors import Location, UsageError
from stenogram.files import write_atomic
from stenogram.xmlsafe import parse_file


def corpus_volume(corpus: str, output: str, title: str | None = None, pdfa: bool = False) -> Path:
    """Typeset the built corpus *corpus* (its ``corpus.xml``) as one PDF volume at *output*."""
    from stenogram.render.pdf import PrintOptions, render_volume_pdf

    if not output.endswith(".pdf"):
        raise UsageError("the volume is a PDF: name it *.pdf", Location(output))
    files = corpus_files(Path(corpus))
    registry = parse_file(files.registry).getroot()
    trees = [with_registry(sitting, registry) for sitting in files.sittings]
    options = PrintOptions(pdfa=pdfa, params={"volume-title": title} if title else {})
    data = render_volume_pdf(trees, options, [str(s) for s in files.sittings])
    write_atomic(output, data)
    return Path(output)
