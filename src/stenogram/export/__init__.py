"""Exports: TEI to the formats researchers' tools read (plain text, ParlaMint TEI, JSON, CSV).

One registry (:mod:`stenogram.export.formats`) names each format and the module that writes it;
every format keeps every word of the TEI body.
"""
