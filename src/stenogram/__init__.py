"""stenogram: scholarly editions of stenographic records.

Plain text → TEI P5 → validation → HTML and PDF. Each stage is a module of its own; they meet
only through the document model (:mod:`stenogram.model`) and TEI files.
"""

__version__ = "0.1.0"
