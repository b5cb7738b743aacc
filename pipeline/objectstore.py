"""Object storage at the edges: raw inputs read from, datasets published to, pyarrow URIs.

Any URI `pyarrow.fs.FileSystem.from_uri` accepts works (``s3://``, ``gs://``, ``hdfs://``,
``file://``); credentials and endpoints come from the environment as pyarrow's filesystems read
them (``AWS_ACCESS_KEY_ID``, ``AWS_ENDPOINT_URL_S3``, ``GOOGLE_APPLICATION_CREDENTIALS``, ...)
or from the URI's own query parameters (``?endpoint_override=...&scheme=http``).

Only raw inputs and the packaged dataset may live there. Stage folders stay on a POSIX
filesystem: they are swapped in with atomic renames, which object stores do not have.

Publishing a dataset (`publish`) keeps one promise to readers: **croissant.json is written
last**. The old croissant.json is deleted before anything else is touched, then the data
files are uploaded, stale part files removed, and croissant.json (which lists every Parquet
file with its sha256) uploaded at the end. A reader that waits for croissant.json therefore
never sees a manifest that disagrees with the files; an upload that fails midway leaves none.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.fs as pafs

URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")
MANIFEST = "croissant.json"
CHUNK = 8 * 2**20


class ObjectStoreError(OSError):
    """An object store could not be reached or a bucket/prefix does not exist."""


def is_uri(location: str | Path) -> bool:
    """True for ``scheme://...`` strings; plain (relative or absolute) paths stay local."""
    return isinstance(location, str) and URI.match(location) is not None


def local_or_uri(location: str) -> Path | str:
    """A CLI argument as a local Path, or as the URI string it is (Path would eat its //)."""
    return location if is_uri(location) else Path(location)


@functools.lru_cache(maxsize=16)
def _open(uri: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem and path of a URI, cached: S3 resolves a bucket's region per call."""
    try:
        return pafs.FileSystem.from_uri(uri)
    except (OSError, pa.ArrowException, ValueError) as exc:
        raise ObjectStoreError(f"cannot open {uri}: {exc}") from exc


def _scheme(uri: str) -> str:
    return uri.split("://", 1)[0].lower()


@dataclass(frozen=True, order=True)
class ObjectRef:
    """One object: the root URI it was listed under (as given, with any query parameters,
    so a worker process or Ray task can reopen the filesystem) and its path in that store.

    `name` and `suffix` mirror `Path`, so the ingest code treats objects like files.
    """

    path: str
    root: str

    @property
    def uri(self) -> str:
        """The object's full URI, without credentials or query parameters (the source_uri).

        Bucket stores put the bucket in the path (`s3://bucket/key`); others keep their host
        (`hdfs://namenode:8020/path`), and a local path its slash (`file:///data/x`).
        """
        if self.path.startswith("/"):
            host = urlsplit(self.root).netloc.rpartition("@")[2]
            return f"{_scheme(self.root)}://{host}{self.path}"
        return f"{_scheme(self.root)}://{self.path}"

    @property
    def name(self) -> str:
        return PurePosixPath(self.path).name

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.path).suffix

    def __str__(self) -> str:
        return self.uri


def list_objects(root: str) -> tuple[list[ObjectRef], str]:
    """Every object under `root`, sorted by path, and the batch name (the last folder's).

    A missing bucket or prefix raises `FileNotFoundError`; an unreachable store
    `ObjectStoreError`, both usage errors for the CLI.
    """
    fs, base = _open(root)
    base = base.rstrip("/")
    try:
        info = fs.get_file_info(base)
        if info.type == pafs.FileType.File:
            return [ObjectRef(base, root)], PurePosixPath(base).parent.name
        found = fs.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True))
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"raw input not found: {root} ({exc})") from exc
    except (OSError, pa.ArrowException) as exc:
        raise ObjectStoreError(f"cannot list {root}: {exc}") from exc
    if info.type == pafs.FileType.NotFound and not found:
        raise FileNotFoundError(f"raw input not found: {root} (no such bucket or prefix)")
    objects = sorted(
        ObjectRef(f.path, root)
        for f in found
        if f.type == pafs.FileType.File and not _in_hidden_folder(f.path, base)
    )
    return objects, PurePosixPath(base).name


def _in_hidden_folder(path: str, base: str) -> bool:
    """Objects under `.git/`, `.dvc/`, ... are skipped, as `os.walk` prunes them locally."""
    folders = PurePosixPath(path).relative_to(base).parts[:-1]
    return any(part.startswith(".") for part in folders)


def read_bytes(ref: ObjectRef, limit: int | None = None) -> bytes:
    """An object's bytes as stored (no decompression by extension, as `Path.read_bytes`);
    with `limit`, reading stops within a chunk after the limit is passed."""
    fs, _ = _open(ref.root)
    try:
        with fs.open_input_stream(ref.path, compression=None) as stream:
            if limit is None:
                data: bytes = stream.read()
                return data
            chunks, size = [], 0
            while size <= limit and (chunk := stream.read(1 << 20)):
                chunks.append(chunk)
                size += len(chunk)
            data = b"".join(chunks)
            return data
    except (OSError, pa.ArrowException) as exc:
        raise OSError(f"{type(exc).__name__}: {exc}") from exc


def sha256(ref: ObjectRef) -> str:
    """An object's sha256, read in chunks: an input too large to read is never held whole."""
    fs, _ = _open(ref.root)
    digest = hashlib.sha256()
    try:
        with fs.open_input_stream(ref.path, compression=None) as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except (OSError, pa.ArrowException) as exc:
        raise OSError(f"{type(exc).__name__}: {exc}") from exc
    return digest.hexdigest()


def stat(ref: ObjectRef) -> tuple[int, int]:
    """Size and modification time (ns; 0 if the store has none), for resume fingerprints."""
    fs, _ = _open(ref.root)
    try:
        info = fs.get_file_info(ref.path)
    except (OSError, pa.ArrowException):
        return -1, 0
    return (-1 if info.size is None else info.size), info.mtime_ns or 0


def check_destination(uri: str) -> None:
    """Fail before hours of work if the dataset destination's bucket does not exist."""
    fs, path = _open(uri)
    if fs.type_name not in ("s3", "gcs"):
        return
    bucket = path.split("/", 1)[0]
    try:
        info = fs.get_file_info(bucket)
    except (OSError, pa.ArrowException) as exc:
        raise ObjectStoreError(f"cannot reach {uri}: {exc}") from exc
    if info.type != pafs.FileType.Directory:
        raise FileNotFoundError(f"destination bucket not found: {_scheme(uri)}://{bucket}")


def upload_file(fs: pafs.FileSystem, local: Path, path: str) -> None:
    """Copy one local file to `path` in `fs`, streaming it in chunks."""
    if fs.type_name == "local":
        fs.create_dir(str(PurePosixPath(path).parent), recursive=True)
    with local.open("rb") as source, fs.open_output_stream(path) as sink:
        while chunk := source.read(CHUNK):
            sink.write(chunk)


def publish(folder: Path, uri: str) -> int:
    """Upload a finished dataset folder to `uri`, croissant.json last; return files uploaded.

    Order: delete the destination's croissant.json; upload every other file (sorted); delete
    objects left from an older build in the folders this build writes (so `<table>/*.parquet`
    globs match the manifest); upload croissant.json. Concurrent publishes to one
    destination are not supported.
    """
    fs, base = _open(uri)
    base = base.rstrip("/")
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    data = [f for f in files if f != MANIFEST]
    done = 0
    try:
        _delete(fs, f"{base}/{MANIFEST}")
        for name in data:
            upload_file(fs, folder / name, f"{base}/{name}")
            done += 1
        _delete_stale(fs, base, folder, set(files))
        if MANIFEST in files:
            upload_file(fs, folder / MANIFEST, f"{base}/{MANIFEST}")
            done += 1
    except (OSError, pa.ArrowException) as exc:
        raise ObjectStoreError(
            f"publishing to {uri} failed after {done} of {len(files)} files, so it has no "
            f"{MANIFEST} (readers wait for it): {exc}"
        ) from exc
    return done


def _delete(fs: pafs.FileSystem, path: str) -> None:
    if fs.get_file_info(path).type == pafs.FileType.File:
        fs.delete_file(path)


def _delete_stale(fs: pafs.FileSystem, base: str, folder: Path, keep: set[str]) -> None:
    """Remove files of an older build from the dataset's own subfolders (articles/, ...)."""
    for sub in sorted(p.name for p in folder.iterdir() if p.is_dir()):
        selector = pafs.FileSelector(f"{base}/{sub}", recursive=True, allow_not_found=True)
        for info in fs.get_file_info(selector):
            relative = info.path[len(base) + 1 :]
            if info.type == pafs.FileType.File and relative not in keep:
                fs.delete_file(info.path)


def read_output(target: Path | str, name: str) -> bytes:
    """A file of a written dataset, local or published (the CLI copies metrics from it)."""
    if isinstance(target, Path):
        return (target / name).read_bytes()
    fs, base = _open(target)
    with fs.open_input_stream(f"{base.rstrip('/')}/{name}", compression=None) as stream:
        data: bytes = stream.read()
        return data


@contextlib.contextmanager
def built_locally(out: Path | str) -> Iterator[Path]:
    """The local folder to build a dataset in: `out` itself, or for a URI a temporary folder
    (under TMPDIR) that is published to `out` once the block succeeds."""
    out = local_or_uri(out) if isinstance(out, str) else out
    if isinstance(out, Path):
        yield out
        return
    check_destination(out)
    with tempfile.TemporaryDirectory(prefix="copydesk-dataset-") as tmp:
        folder = Path(tmp) / "dataset"
        yield folder
        publish(folder, out)


STAGE_FOLDERS_ARE_LOCAL = (
    "stage folders must be on a local or shared POSIX filesystem (they are swapped in with "
    "atomic renames, which object stores lack); URIs work for raw inputs and the dataset"
)


def stage_folder(value: str | Path) -> Path:
    """CLI parser of stage (interim) folder options: a path, never an object-store URI."""
    if is_uri(str(value)):
        raise ValueError(f"{value}: {STAGE_FOLDERS_ARE_LOCAL}")
    return Path(value)


def open_stream(ref: ObjectRef) -> io.BufferedReader:
    """An object's bytes as one buffered stream, read once from the start (a scan)."""
    fs, _ = _open(ref.root)
    try:
        return io.BufferedReader(fs.open_input_stream(ref.path, compression=None), 1 << 20)
    except (OSError, pa.ArrowException) as exc:
        raise OSError(f"{type(exc).__name__}: {exc}") from exc


def open_file(ref: ObjectRef) -> BinaryIO:
    """An object opened for random access: a read at an offset is one ranged request."""
    fs, _ = _open(ref.root)
    try:
        handle: BinaryIO = fs.open_input_file(ref.path)
    except (OSError, pa.ArrowException) as exc:
        raise OSError(f"{type(exc).__name__}: {exc}") from exc
    return handle
