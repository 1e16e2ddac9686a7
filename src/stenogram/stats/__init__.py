"""Statistics of sittings and corpora: figures per speaker and per document, and the
interruption network (who interjects into whose turn) with DraCor's network metrics."""
