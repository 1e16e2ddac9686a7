"""``stenogram package``: editions packed as a BagIt 1.0 bag, a folder or a zip, to the byte.

The bag is made by the Library of Congress' ``bagit`` package (manifests and tag manifests in
SHA-256 and SHA-512, ``Payload-Oxum``); we add only what it lacks: the version line of BagIt
1.0 (``bagit`` writes 0.97), the Dublin Core record ``dc.xml`` as a tag file, and sorted tag
manifests (``bagit`` lists them in the file system's order). Reproducible: one timestamp, from
``SOURCE_DATE_EPOCH`` or derived from the TEI files' checksum, dates the PDFs, ``Bagging-Date``
and the zip's entries, whose order and permissions are fixed too.

The bag is built in a hidden folder beside the output and renamed into place at the end, so a
failure leaves nothing half-written; an existing package is never overwritten.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import bagit

from stenogram.batch import Executor, map_files
from stenogram.builddate import source_date_epoch, utc
from stenogram.deposit.metadata import bag_info, dublin_core
from stenogram.deposit.payload import (
    EditionInputs,
    EditionPayload,
    edition_payload,
    facts_of,
    locate_config,
    locate_source,
)
from stenogram.deposit.readme import archivist_readme
from stenogram.errors import InputError, Location, UsageError
from stenogram.files import expand, umask, write_atomic

CHECKSUMS = ("sha256", "sha512")
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
DUBLIN_CORE = "dc.xml"
README = "README.txt"

#: Without SOURCE_DATE_EPOCH, the package's date is a day of 2000-2019 chosen by the TEI's checksum.
_DIGEST_EPOCH = 946684800  # 2000-01-01T00:00:00Z
_DIGEST_DAYS = 7305
_DAY = 86400
#: The earliest time a zip entry can hold (1980-01-01).
_ZIP_EPOCH = 315532800


@dataclass
class PackResult:
    """The package written (``None`` when nothing was), or the TEI errors that stopped packing."""

    package: Path | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


def digest_timestamp(editions: Sequence[bytes]) -> int:
    """A stable date for a package when none is given: a day derived from the TEI files' SHA-256."""
    digest = hashlib.sha256(b"".join(hashlib.sha256(data).digest() for data in editions)).digest()
    return _DIGEST_EPOCH + int.from_bytes(digest[:8], "big") % _DIGEST_DAYS * _DAY


def _target(output: Path, as_zip: bool) -> Path:
    """The package's path: the folder *output*, or with *as_zip* ``output.zip``."""
    if as_zip and output.suffix.lower() != ".zip":
        output = output.with_name(output.name + ".zip")
    if output.exists() and not (output.is_dir() and not any(output.iterdir())):
        raise UsageError(
            "exists; a package is never overwritten (remove it or choose another name)", Location(str(output))
        )
    return output


def _inputs(
    editions: Sequence[str | Path], source: str | Path | None, config: str | Path | None
) -> list[tuple[Path, Path, Path | None, bytes]]:
    """Each edition's TEI, source, configuration and TEI bytes, checked before anything is made."""
    teis = [Path(p) for p in expand([str(e) for e in editions], (".xml",))]
    if not teis:
        raise UsageError("no edition (TEI .xml file) to pack")
    if source is not None and len(teis) > 1:
        raise UsageError("--source names the transcript of one edition; pack several without it")
    names: dict[str, Path] = {}
    found = []
    for tei in teis:
        if not tei.is_file():
            raise InputError("no such file", Location(str(tei)))
        if tei.stem in names:
            raise UsageError(f"two editions are named {tei.stem} ({names[tei.stem]}, {tei})")
        names[tei.stem] = tei
        facts = facts_of(tei)
        transcript = Path(source) if source is not None else locate_source(tei, facts.source_file)
        settings = Path(config) if config is not None else locate_config(transcript)
        for given in (transcript, settings):
            if given is not None and not given.is_file():
                raise InputError("no such file", Location(str(given)))
        found.append((tei, transcript, settings, tei.read_bytes()))
    return found


def _write_bag(directory: Path, payloads: Sequence[EditionPayload], timestamp: int) -> None:
    """Lay *payloads* out in the empty *directory* and make it a bag."""
    bagging_date = utc(timestamp).date().isoformat()
    files: dict[str, bytes] = {README: archivist_readme(payloads, bagging_date).encode("utf-8")}
    for payload in payloads:
        files.update(payload.files)
    for relative, data in sorted(files.items()):
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    facts = [payload.facts for payload in payloads]
    bagit.make_bag(str(directory), bag_info(facts, bagging_date), checksums=list(CHECKSUMS))
    (directory / "bagit.txt").write_text(BAGIT_TXT, encoding="utf-8")
    (directory / DUBLIN_CORE).write_bytes(dublin_core(facts, bagging_date))
    bagit.Bag(str(directory)).save()  # the tag manifests again, now with dc.xml and BagIt 1.0
    for algorithm in CHECKSUMS:
        manifest = directory / f"tagmanifest-{algorithm}.txt"
        lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
        manifest.write_text("".join(sorted(lines, key=lambda line: line.split(" ", 1)[1])), encoding="utf-8")


def zip_bag(directory: Path, name: str, timestamp: int) -> bytes:
    """The bag in *directory* as zip bytes under the folder *name*: entries sorted, dated
    *timestamp* (not before 1980, the zip format's start), permissions rw-r--r--."""
    when = utc(max(timestamp, _ZIP_EPOCH)).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(p for p in directory.rglob("*") if p.is_file()):
            entry = zipfile.ZipInfo(f"{name}/{path.relative_to(directory).as_posix()}", when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # unix, so that the permissions below are read
            entry.external_attr = 0o100644 << 16
            archive.writestr(entry, path.read_bytes(), compresslevel=9)
    return buffer.getvalue()


def pack_editions(
    editions: Sequence[str | Path],
    output: str | Path,
    config: str | Path | None = None,
    source: str | Path | None = None,
    as_zip: bool = False,
    jobs: int | None = None,
    executor: Executor | None = None,
) -> PackResult:
    """Pack the TEI *editions* (files, folders, globs) as a bag in the folder *output*, or with
    *as_zip* in ``output.zip``.

    Each edition's source transcript is the file its TEI names (or *source*, for one edition),
    its configuration *config* or the ``.toml`` beside the source. A TEI with validation errors
    is not packed: the result lists the errors and nothing is written. *jobs* and *executor* say
    how many workers and where (see :func:`stenogram.batch.map_files`).
    """
    target = _target(Path(output), as_zip)
    found = _inputs(editions, source, config)
    timestamp = source_date_epoch()
    if timestamp is None:
        timestamp = digest_timestamp([data for *_, data in found])
    jobs_in = [EditionInputs(tei, transcript, settings, timestamp) for tei, transcript, settings, _ in found]
    payloads = map_files(edition_payload, jobs_in, jobs=jobs, executor=executor, label="packing")
    errors = [error for payload in payloads for error in payload.errors]
    if errors:
        return PackResult(None, errors)
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=parent))
    except OSError as err:
        raise UsageError(f"cannot write: {err.strerror or err}", Location(str(target))) from None
    try:
        bag_dir = staging / target.stem if as_zip else staging
        bag_dir.mkdir(exist_ok=True)
        os.chmod(bag_dir, 0o777 & ~umask())  # bagit gives data/ the mode of the bag's folder
        _write_bag(bag_dir, payloads, timestamp)
        if as_zip:
            write_atomic(target, zip_bag(bag_dir, target.stem, timestamp))
        else:
            if target.is_dir():
                target.rmdir()
            os.replace(staging, target)
    except (OSError, bagit.BagError) as err:
        raise UsageError(f"cannot write: {err}", Location(str(target))) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return PackResult(target)
