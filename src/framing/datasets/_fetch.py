"""Where public datasets live on disk, and how they get there safely.

* :func:`get_data_home` — the folder datasets are read from and downloaded to:
  the ``data_home`` argument, else the ``FRAMING_DATA`` environment variable,
  else a per-user cache folder (``$XDG_CACHE_HOME/framing`` or
  ``~/.cache/framing`` on Linux, ``~/Library/Caches/framing`` on macOS,
  ``%LOCALAPPDATA%\\framing\\Cache`` on Windows).
* :func:`fetch_file` — return the local path of a known remote file, downloading
  it only when it is missing *and* ``download_if_missing`` is true: over HTTPS,
  into a temporary file next to the target, checked against its SHA-256, then
  moved into place atomically (``os.replace``), so a half-written file never
  appears under the final name.
* :func:`safe_extract` — unpack a zip or tar archive, refusing absolute paths,
  ``..`` components, links that point outside the target and special files.

A ``FRAMING_DATA`` folder that already holds the files, laid out like the
``RemoteFile.path`` values below (a *mirror*), makes every fetcher work offline.
Nothing here runs at import time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import IO

__all__ = [
    "RemoteFile",
    "REMOTE_FILES",
    "get_data_home",
    "fetch_file",
    "sha256_of",
    "safe_extract",
    "UnsafeArchiveError",
    "ChecksumError",
]

logger = logging.getLogger(__name__)

_CHUNK = 1 << 16


class ChecksumError(OSError):
    """A downloaded or cached file does not have the expected SHA-256."""


class UnsafeArchiveError(ValueError):
    """An archive member would be written outside the target folder."""


@dataclass(frozen=True)
class RemoteFile:
    """A public file with a pinned URL and checksum.

    Attributes
    ----------
    name : str
        Short key (``"horne2017"``).
    path : str
        Where the file lives inside ``data_home`` (POSIX separators); the same
        layout as the project's shared data mirror.
    url : str
        HTTPS URL of the upstream copy (pinned to a commit where possible).
    sha256 : str
        Expected SHA-256 of the file (hex).
    """

    name: str
    path: str
    url: str
    sha256: str


_RAW = "https://raw.githubusercontent.com"

#: Files the ``fetch_*`` functions know how to get; URLs pinned to the upstream
#: commits whose copies are byte-identical to the project's reference mirror.
REMOTE_FILES: dict[str, RemoteFile] = {
    f.name: f
    for f in (
        RemoteFile(
            "horne2017",
            "fakenewsdata1/Horne2017_FakeNewsData.zip",
            f"{_RAW}/BenjaminDHorne/fakenewsdata1/874fa896e37baa71ba5502bc1fa5830c640feaaf/"
            "Horne2017_FakeNewsData.zip",
            "f7fc71295bcda5d0e29b5555929353fa877976885e21b573f3fac9fbaa088bbd",
        ),
        RemoteFile(
            "mbfc_emnlp18",
            "source-labels/mbfc-baly/data/emnlp18/corpus.tsv",
            f"{_RAW}/ramybaly/News-Media-Reliability/59e17f83cacf6f3b38d3e644df81a752e302272a/"
            "data/emnlp18/corpus.tsv",
            "7f96b15459a23bc5267ca5dc0df66e71d0dc38a28b797b2ec3d228b818427cbf",
        ),
        RemoteFile(
            "mbfc_acl2020",
            "source-labels/mbfc-baly/data/acl2020/corpus.tsv",
            f"{_RAW}/ramybaly/News-Media-Reliability/59e17f83cacf6f3b38d3e644df81a752e302272a/"
            "data/acl2020/corpus.tsv",
            "936cc629df930c7caae8b8506fe3843a6b0576c4f4afcd4b371b0156e8a65515",
        ),
        RemoteFile(
            "opensources",
            "source-labels/opensources-fakenewscorpus/websites.csv",
            f"{_RAW}/several27/FakeNewsCorpus/e8060d4ea5dafe1e1263e0d11c08525af6259137/"
            "websites.csv",
            "d8f5840e1967f8278d2f7987bf877bea5679e734fa480b228ff183879d3ae129",
        ),
        RemoteFile(
            "fakenewscorpus_sample",
            "fakenewscorpus-sample/news_sample.csv",
            f"{_RAW}/several27/FakeNewsCorpus/e8060d4ea5dafe1e1263e0d11c08525af6259137/"
            "news_sample.csv",
            "f53cfab6dc156620fb3e2686610f2942e7684b637d0b1f05b54eecc105f0d700",
        ),
    )
}


# ------------------------------------------------------------------ data home
def _user_cache_dir() -> Path:
    home = Path.home()
    if sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "framing" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "framing"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base_path = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".cache"
    return base_path / "framing"


def get_data_home(data_home: str | os.PathLike[str] | None = None) -> Path:
    """The folder public datasets are read from and downloaded to.

    Parameters
    ----------
    data_home : path-like, optional
        Use this folder. Without it: the ``FRAMING_DATA`` environment variable,
        else a per-user cache folder (``~/.cache/framing`` on Linux).

    Returns
    -------
    pathlib.Path
        The folder (not created here; fetchers create it only to download).

    Examples
    --------
    >>> str(get_data_home("/tmp/my-data"))
    '/tmp/my-data'
    """
    if data_home is not None:
        return Path(data_home).expanduser()
    env = os.environ.get("FRAMING_DATA")
    if env and env.strip():
        return Path(env.strip()).expanduser()
    return _user_cache_dir()


# ------------------------------------------------------------------ checksums
def sha256_of(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file, read in chunks (hex digest).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> _ = p.write_bytes(b"abc")
    >>> sha256_of(p)[:16]
    'ba7816bf8f01cfea'
    """
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            h.update(block)
    return h.hexdigest()


# ------------------------------------------------------------------ download
def _urlopen(url: str, timeout: float) -> IO[bytes]:  # pragma: no cover - replaced in tests
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "media-framing dataset fetcher"})
    return urllib.request.urlopen(req, timeout=timeout)  # scheme checked by the caller


#: Opener used by :func:`download`; tests replace it so no network is touched.
URLOPEN: Callable[[str, float], IO[bytes]] = _urlopen


def download(url: str, dest: str | os.PathLike[str], sha256: str, *, timeout: float = 60.0) -> Path:
    """Download ``url`` to ``dest`` over HTTPS, verify its SHA-256, move it into place.

    The bytes go to a temporary file in ``dest``'s folder; only when the
    checksum matches is it renamed to ``dest`` with :func:`os.replace` (atomic
    on one file system). On any failure the temporary file is removed and
    ``dest`` is left as it was.

    Parameters
    ----------
    url : str
        Must start with ``https://``.
    dest : path-like
        Final location.
    sha256 : str
        Expected hex digest.
    timeout : float
        Socket timeout in seconds.

    Returns
    -------
    pathlib.Path
        ``dest``.

    Raises
    ------
    ValueError
        The URL is not HTTPS.
    ChecksumError
        The downloaded bytes do not match ``sha256``.

    Examples
    --------
    >>> download("http://example.org/x", "/tmp/x", "0" * 64)
    Traceback (most recent call last):
    ...
    ValueError: refusing to download over plain HTTP or another scheme: 'http://example.org/x' (HTTPS only)
    """
    if not url.lower().startswith("https://"):
        raise ValueError(
            f"refusing to download over plain HTTP or another scheme: {url!r} (HTTPS only)"
        )
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(tmp_name)
    h = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out, URLOPEN(url, timeout) as resp:
            for block in iter(lambda: resp.read(_CHUNK), b""):
                h.update(block)
                out.write(block)
        got = h.hexdigest()
        if got != sha256.lower():
            raise ChecksumError(
                f"checksum mismatch for {url}: expected SHA-256 {sha256}, got {got}. "
                "The upstream file changed or the download was corrupted; nothing was saved."
            )
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    logger.info("downloaded %s to %s (SHA-256 verified)", url, dest)
    return dest


def fetch_file(
    name: str,
    data_home: str | os.PathLike[str] | None = None,
    download_if_missing: bool = True,
    *,
    verify: bool = True,
) -> Path:
    """Local path of the known remote file ``name``, downloading it if allowed.

    Parameters
    ----------
    name : str
        A key of :data:`REMOTE_FILES`.
    data_home : path-like, optional
        See :func:`get_data_home`.
    download_if_missing : bool
        Download when the file is not in ``data_home`` (default True). With
        False a missing file raises :class:`FileNotFoundError`.
    verify : bool
        Check the SHA-256 of a file already on disk (default True).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    FileNotFoundError
        Missing and ``download_if_missing`` is False.
    ChecksumError
        The file on disk or the download has another checksum.

    Examples
    --------
    >>> import tempfile
    >>> fetch_file("horne2017", tempfile.mkdtemp(), download_if_missing=False)
    Traceback (most recent call last):
    ...
    FileNotFoundError: ...
    """
    try:
        remote = REMOTE_FILES[name]
    except KeyError:
        raise KeyError(f"unknown remote file {name!r}; known: {sorted(REMOTE_FILES)}") from None
    home = get_data_home(data_home)
    local = home.joinpath(*PurePosixPath(remote.path).parts)
    if local.is_file():
        if verify:
            got = sha256_of(local)
            if got != remote.sha256:
                raise ChecksumError(
                    f"{local} has SHA-256 {got}, expected {remote.sha256} (the upstream copy at "
                    f"{remote.url}). Delete the file to download it again, or pass verify=False "
                    "to use it as it is."
                )
        return local
    if not download_if_missing:
        raise FileNotFoundError(
            f"{remote.path} is not in {home} and download_if_missing=False. Download it from "
            f"{remote.url} into {local.parent}, set FRAMING_DATA to a folder that holds it, "
            "or pass download_if_missing=True."
        )
    logger.info("%s not found in %s: downloading from %s", remote.path, home, remote.url)
    return download(remote.url, local, remote.sha256)


# ------------------------------------------------------------------ extraction
def _check_member_name(name: str, target: Path) -> Path:
    if not name or "\x00" in name:
        raise UnsafeArchiveError(f"archive member with an empty or NUL-containing name: {name!r}")
    win = PureWindowsPath(name)
    posix = PurePosixPath(name.replace("\\", "/"))
    if posix.is_absolute() or win.is_absolute() or win.drive or name.startswith(("/", "\\")):
        raise UnsafeArchiveError(f"archive member has an absolute path: {name!r}")
    if ".." in posix.parts:
        raise UnsafeArchiveError(f"archive member path contains '..': {name!r}")
    dest = (target / Path(*posix.parts)).resolve() if posix.parts else target
    if dest != target and target not in dest.parents:
        raise UnsafeArchiveError(f"archive member would be written outside {target}: {name!r}")
    return dest


def _inside(target: Path, path: Path) -> bool:
    return path == target or target in path.parents


def safe_extract(archive: str | os.PathLike[str], target: str | os.PathLike[str]) -> list[Path]:
    """Extract a zip or tar archive into ``target``, refusing unsafe members.

    Refused (the whole archive, before anything is written): absolute paths,
    Windows drive letters, ``..`` components, symbolic or hard links whose
    destination resolves outside ``target``, and device or FIFO members.

    Parameters
    ----------
    archive : path-like
        A ``.zip`` or any archive :mod:`tarfile` can read (``.tar``, ``.tar.gz``, ...).
    target : path-like
        Destination folder (created if needed).

    Returns
    -------
    list of pathlib.Path
        The regular files written.

    Raises
    ------
    UnsafeArchiveError
        A member would escape ``target``.

    Examples
    --------
    >>> import io, tempfile, zipfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with zipfile.ZipFile(d / "ok.zip", "w") as z:
    ...     z.writestr("a/b.txt", "hi")
    >>> [p.name for p in safe_extract(d / "ok.zip", d / "out")]
    ['b.txt']
    """
    archive = Path(archive)
    tgt = Path(target)
    tgt.mkdir(parents=True, exist_ok=True)
    tgt = tgt.resolve()
    if zipfile.is_zipfile(archive):
        return _extract_zip(archive, tgt)
    if tarfile.is_tarfile(archive):
        return _extract_tar(archive, tgt)
    raise ValueError(f"{archive} is neither a zip nor a tar archive.")


def _extract_zip(archive: Path, target: Path) -> list[Path]:
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        infos = zf.infolist()
        plan = []
        for info in infos:
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise UnsafeArchiveError(f"zip member is a symbolic link (refused): {info.filename!r}")
            dest = _check_member_name(info.filename, target)
            plan.append((info, dest))
        for info, dest in plan:
            if info.is_dir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(dest, "wb") as out:
                for block in iter(lambda s=src: s.read(_CHUNK), b""):
                    out.write(block)
            written.append(dest)
    return written


def _extract_tar(archive: Path, target: Path) -> list[Path]:
    written: list[Path] = []
    with tarfile.open(archive) as tf:
        members = tf.getmembers()
        for m in members:
            dest = _check_member_name(m.name, target)
            if m.isdev() or m.isfifo():
                raise UnsafeArchiveError(f"tar member is a device or FIFO (refused): {m.name!r}")
            if m.issym():
                link = PurePosixPath(m.linkname)
                if link.is_absolute():
                    raise UnsafeArchiveError(f"symbolic link to an absolute path: {m.name!r} -> {m.linkname!r}")
                resolved = (dest.parent / Path(*link.parts)).resolve() if link.parts else dest.parent
                if not _inside(target, resolved):
                    raise UnsafeArchiveError(f"symbolic link points outside the target: {m.name!r} -> {m.linkname!r}")
            elif m.islnk():
                _check_member_name(m.linkname, target)
        for m in members:
            dest = _check_member_name(m.name, target)
            if m.isdir():
                dest.mkdir(parents=True, exist_ok=True)
            elif m.isfile():
                dest.parent.mkdir(parents=True, exist_ok=True)
                src = tf.extractfile(m)
                if src is None:  # pragma: no cover - defensive
                    continue
                with src, open(dest, "wb") as out:
                    for block in iter(lambda s=src: s.read(_CHUNK), b""):
                        out.write(block)
                written.append(dest)
            elif m.issym() or m.islnk():
                # Links are materialised as copies of files already extracted
                # (never as links), which keeps later writes inside the target.
                base = dest.parent if m.issym() else target
                srcp = (base / Path(*PurePosixPath(m.linkname).parts)).resolve()
                if srcp.is_file() and _inside(target, srcp):
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    dest.write_bytes(srcp.read_bytes())
                    written.append(dest)
    return written
