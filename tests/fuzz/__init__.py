"""Fuzzing the converter with seeded hostile transcripts (shared with ``benchmarks/fuzz.py``)."""
