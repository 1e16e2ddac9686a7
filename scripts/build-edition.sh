#!/usr/bin/env bash
# Build the edition of the bundled transcript: TEI, validation, HTML and PDF, all under tei/.
set -euo pipefail
cd "$(dirname "$0")/.."
stenogram convert transcripts/kaganovich-1936-12-04.txt \
  --config transcripts/kaganovich-1936-12-04.toml -o tei/kaganovich-1936-12-04.xml
stenogram validate tei/kaganovich-1936-12-04.xml
stenogram render tei/kaganovich-1936-12-04.xml --to html -o tei/kaganovich-1936-12-04.html
stenogram render tei/kaganovich-1936-12-04.xml --to pdf -o tei/kaganovich-1936-12-04.pdf
