"""``python -m stenogram``: the command line, for environments without the console script."""

from stenogram.cli import main

main()
