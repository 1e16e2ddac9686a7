#!/usr/bin/env bash
# Build the edition of the bundled transcript: TEI, validation, HTML and PDF, all under tei/.
# Uses the virtual environment that scripts/setup.sh makes (no `python` on the PATH needed).
set -euo pipefail
cd "$(dirname "$0")/.."
S=.venv/bin/stenogram
$S convert transcripts/kaganovich-1936-12-04.txt \
  --config transcripts/kaganovich-1936-12-04.toml -o tei/kaganovich-1936-12-04.xml
$S validate tei/kaganovich-1936-12-04.xml
# the PDF first: the HTML page links the PDF it finds beside it
$S render tei/kaganovich-1936-12-04.xml --to pdf -o tei/kaganovich-1936-12-04.pdf
$S render tei/kaganovich-1936-12-04.xml --to html -o tei/kaganovich-1936-12-04.html
