"""Stage 2: the document model → TEI P5.

``encode`` builds the TEI tree with lxml and serialises it with its digest; ``lossless``
proves no word of the input was lost; ``convert`` runs stage 1 and 2 for files and batches.
"""
