"""WebVTT subtitles whose cues name their speaker in a voice tag: ``<v Karen Hale>Good morning.</v>``.

The voice is the speaker's label: a cue whose voice differs from the cue before opens with the
name and a tab, ``Karen Hale<TAB>Good morning.`` (a label the layout marks, believed as bold ones
are, set off by white space as a table's first cell is: a colon would be a character the file
does not hold), a cue of the same voice goes on with its speech. The tags themselves (a voice
repeated, ``</v>``, a class span ``<c.x>``, ``<i>``, a cue's inner timestamp) are no words of
the record: they are taken off and listed as left-out furniture, so that the lossless guarantee
holds against the text without them. Any other text, an SRT file or WebVTT without voices, is
left to the plain-text reader.
"""

from __future__ import annotations

from stenogram.transcript.model import Origin
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left

_HEADER = regex(r"\ufeff?WEBVTT(?:[ \t].*)?$")
_VOICE = regex(r"<v(?:\.[\w.-]+)?[ \t]+([^<>\n]{1,80})>")
# the other tags of a cue's text: a voice's end, class, italic, bold, underline, ruby, language,
# and a timestamp inside the cue
_TAG = regex(
    r"</?(?:v|c|i|b|u|ruby|rt|lang)(?:\.[\w.-]+)?(?:[ \t][^<>\n]*)?>|<\d{1,2}(?::\d{2}){1,2}\.\d{3}>"
)


def extract_voiced(text: str) -> Extracted | None:
    """The text of a WebVTT file with voice tags, each voice a label where it changes; None for
    any other text."""
    if not _HEADER.match(text.partition("\n")[0].strip()) or not _VOICE.search(text):
        return None  # the header asked first: a plain record is not split into its lines here
    lines = text.split("\n")
    left: list[Left] = []
    bold: list[tuple[str, str]] = []
    voice = ""
    for number, line in enumerate(lines):
        found = _VOICE.match(line.lstrip())
        speaker = found.group(1).strip() if found else ""
        rest = _TAG.sub("", line.lstrip()[found.end() :] if found else line)
        tags = _TAG.findall(line) if found is None else [found.group(), *_TAG.findall(line[found.end() :])]
        if found and speaker != voice:
            left += [Left(f"line {number + 1}", tag, "voice-tag") for tag in tags[1:]]
            lines[number] = f"{speaker}\t{rest.strip()}".rstrip()  # alone: the speech on the lines below
            bold.append((speaker, lines[number]))
            voice = speaker
            continue
        left += [Left(f"line {number + 1}", tag, "voice-tag") for tag in tags]
        lines[number] = rest
    return Extracted("\n".join(lines), Origin("WebVTT subtitles with voices"), bold_starts=bold, left=left)
