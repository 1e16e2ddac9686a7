"""Corpora: many sittings as one, with one registry of persons (``persons.xml``, a
``listPerson`` as ParlaMint keeps it) and a ``teiCorpus`` root that XIncludes the sittings;
and the checks that only a whole corpus can answer (ids, pointers, the registry, languages)."""
