"""Stage 1: plain text → the document model.

``reader`` decodes, normalises and strips page furniture; ``frontmatter`` reads the header
facts; ``labels`` and ``inline`` recognise speakers, stage directions and editorial brackets;
``persons`` is the speaker registry; ``parser`` assembles the :mod:`~stenogram.transcript.model`.
``config`` holds the genre's defaults (``data/defaults.toml``) and a project's ``stenogram.toml``.
Nothing here knows TEI.
"""
