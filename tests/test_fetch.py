"""Data home resolution, verified downloads (mocked: never the network) and safe extraction."""

from __future__ import annotations

import doctest
import hashlib
import io
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from framing.datasets import _fetch
from framing.datasets._fetch import (
    REMOTE_FILES,
    ChecksumError,
    UnsafeArchiveError,
    download,
    fetch_file,
    get_data_home,
    safe_extract,
    sha256_of,
)


class FakeResponse(io.BytesIO):
    """What urlopen returns: a readable context manager."""


@pytest.fixture
def fake_net(monkeypatch):
    """Replace the opener: serves registered bytes, records every URL asked for."""
    served: dict[str, bytes] = {}
    asked: list[str] = []

    def opener(url, timeout):
        asked.append(url)
        if url not in served:
            raise OSError(f"no route to {url} (test network)")
        return FakeResponse(served[url])

    monkeypatch.setattr(_fetch, "URLOPEN", opener)
    return served, asked


@pytest.fixture(autouse=True)
def no_real_network(monkeypatch):
    """Any attempt to use urllib's real opener fails the test."""
    import urllib.request

    def boom(*a, **k):
        raise AssertionError("a test tried to reach the network")

    monkeypatch.setattr(urllib.request, "urlopen", boom)


# ------------------------------------------------------------------ data home
def test_data_home_argument_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("FRAMING_DATA", str(tmp_path / "env"))
    assert get_data_home(tmp_path / "arg") == tmp_path / "arg"


def test_data_home_env(monkeypatch, tmp_path):
    monkeypatch.setenv("FRAMING_DATA", str(tmp_path / "env"))
    assert get_data_home() == tmp_path / "env"


def test_data_home_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("FRAMING_DATA", raising=False)
    monkeypatch.setattr(_fetch.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert get_data_home() == tmp_path / "xdg" / "framing"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert get_data_home() == Path.home() / ".cache" / "framing"
    monkeypatch.setattr(_fetch.sys, "platform", "darwin")
    assert get_data_home() == Path.home() / "Library" / "Caches" / "framing"
    monkeypatch.setattr(_fetch.sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert get_data_home() == tmp_path / "local" / "framing" / "Cache"


# ------------------------------------------------------------------ download
def test_download_verifies_and_moves(fake_net, tmp_path):
    served, asked = fake_net
    payload = b"col\n1\n" * 1000
    served["https://example.org/f.csv"] = payload
    dest = tmp_path / "sub" / "f.csv"
    out = download("https://example.org/f.csv", dest, hashlib.sha256(payload).hexdigest())
    assert out == dest and dest.read_bytes() == payload
    assert asked == ["https://example.org/f.csv"]
    assert [p.name for p in dest.parent.iterdir()] == ["f.csv"]  # no temp file left


def test_download_checksum_mismatch_leaves_nothing(fake_net, tmp_path):
    served, _ = fake_net
    served["https://example.org/f.csv"] = b"tampered"
    dest = tmp_path / "f.csv"
    with pytest.raises(ChecksumError, match="checksum mismatch"):
        download("https://example.org/f.csv", dest, hashlib.sha256(b"original").hexdigest())
    assert list(tmp_path.iterdir()) == []


def test_download_keeps_old_file_on_failure(fake_net, tmp_path):
    served, _ = fake_net
    dest = tmp_path / "f.csv"
    dest.write_bytes(b"old")
    served["https://example.org/f.csv"] = b"new but wrong"
    with pytest.raises(ChecksumError):
        download("https://example.org/f.csv", dest, "0" * 64)
    assert dest.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.csv"]


def test_download_interrupted_leaves_no_partial_file(monkeypatch, tmp_path):
    class Broken(io.BytesIO):
        def read(self, n=-1):
            if self.tell() > 10:
                raise ConnectionResetError("peer reset")
            return super().read(11)

    monkeypatch.setattr(_fetch, "URLOPEN", lambda url, timeout: Broken(b"x" * 100))
    with pytest.raises(ConnectionResetError):
        download("https://example.org/big", tmp_path / "big", "0" * 64)
    assert list(tmp_path.iterdir()) == []


def test_download_refuses_http(fake_net, tmp_path):
    _, asked = fake_net
    with pytest.raises(ValueError, match="HTTPS only"):
        download("http://example.org/f.csv", tmp_path / "f.csv", "0" * 64)
    assert asked == []


def test_atomic_move_uses_os_replace(fake_net, tmp_path, monkeypatch):
    served, _ = fake_net
    served["https://example.org/a"] = b"abc"
    calls = []
    real = _fetch.os.replace

    def spy(src, dst):
        calls.append((Path(src), Path(dst)))
        assert Path(src).parent == Path(dst).parent  # same folder: same file system
        assert not Path(dst).exists()
        return real(src, dst)

    monkeypatch.setattr(_fetch.os, "replace", spy)
    download("https://example.org/a", tmp_path / "a", hashlib.sha256(b"abc").hexdigest())
    assert len(calls) == 1 and calls[0][0].name.endswith(".part")


# ------------------------------------------------------------------ fetch_file
def _remote(monkeypatch, payload: bytes) -> _fetch.RemoteFile:
    rf = _fetch.RemoteFile("toy", "toy/data.csv", "https://example.org/toy/data.csv",
                           hashlib.sha256(payload).hexdigest())
    monkeypatch.setitem(REMOTE_FILES, "toy", rf)
    return rf


def test_fetch_file_downloads_once_then_uses_cache(fake_net, monkeypatch, tmp_path):
    served, asked = fake_net
    rf = _remote(monkeypatch, b"a,b\n1,2\n")
    served[rf.url] = b"a,b\n1,2\n"
    p1 = fetch_file("toy", tmp_path)
    p2 = fetch_file("toy", tmp_path)
    assert p1 == p2 == tmp_path / "toy" / "data.csv"
    assert asked == [rf.url]


def test_fetch_file_missing_without_download(fake_net, monkeypatch, tmp_path):
    _, asked = fake_net
    _remote(monkeypatch, b"x")
    with pytest.raises(FileNotFoundError, match="download_if_missing=False"):
        fetch_file("toy", tmp_path, download_if_missing=False)
    assert asked == []


def test_fetch_file_corrupt_cache_detected(fake_net, monkeypatch, tmp_path):
    _remote(monkeypatch, b"good")
    (tmp_path / "toy").mkdir()
    (tmp_path / "toy" / "data.csv").write_bytes(b"bad")
    with pytest.raises(ChecksumError, match="Delete the file"):
        fetch_file("toy", tmp_path)
    assert fetch_file("toy", tmp_path, verify=False).read_bytes() == b"bad"


def test_fetch_file_unknown_name():
    with pytest.raises(KeyError, match="known"):
        fetch_file("nope")


def test_mirror_via_framing_data_env(fake_net, monkeypatch, tmp_path):
    """A FRAMING_DATA folder with the same layout serves every known file offline."""
    _, asked = fake_net
    monkeypatch.setenv("FRAMING_DATA", str(tmp_path))
    for name, rf in list(REMOTE_FILES.items()):
        payload = f"mirror copy of {name}".encode()
        monkeypatch.setitem(REMOTE_FILES, name, _fetch.RemoteFile(
            rf.name, rf.path, rf.url, hashlib.sha256(payload).hexdigest()))
        dest = tmp_path / rf.path
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(payload)
    for name in REMOTE_FILES:
        assert fetch_file(name).read_bytes() == f"mirror copy of {name}".encode()
    assert asked == []


def test_remote_urls_are_pinned_https():
    for rf in REMOTE_FILES.values():
        assert rf.url.startswith("https://raw.githubusercontent.com/")
        commit = rf.url.split("/")[5]
        assert len(commit) == 40 and int(commit, 16) >= 0
        assert len(rf.sha256) == 64


@pytest.mark.realdata
def test_shared_data_matches_recorded_checksums(shared_data):
    for rf in REMOTE_FILES.values():
        local = shared_data / rf.path
        if not local.exists():
            pytest.skip(f"{local} absent")
        assert sha256_of(local) == rf.sha256, rf.path


@pytest.mark.network
def test_real_downloads_match_checksums(tmp_path, monkeypatch):
    monkeypatch.undo()  # restore the real urlopen patched by no_real_network
    monkeypatch.setattr(_fetch, "URLOPEN", _fetch._urlopen)
    for name in REMOTE_FILES:
        path = fetch_file(name, tmp_path)
        assert sha256_of(path) == REMOTE_FILES[name].sha256


# ------------------------------------------------------------------ extraction
def _zip(path: Path, members: dict[str, bytes], symlinks: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o120777 << 16)
            zf.writestr(info, target)
    return path


def _tar(path: Path, members: list[tarfile.TarInfo], data: dict[str, bytes] | None = None) -> Path:
    data = data or {}
    with tarfile.open(path, "w:gz") as tf:
        for m in members:
            payload = data.get(m.name)
            if payload is not None:
                m.size = len(payload)
                tf.addfile(m, io.BytesIO(payload))
            else:
                tf.addfile(m)
    return path


def _ti(name: str, kind: bytes = tarfile.REGTYPE, linkname: str = "") -> tarfile.TarInfo:
    t = tarfile.TarInfo(name)
    t.type = kind
    t.linkname = linkname
    return t


def test_safe_zip_extracts(tmp_path):
    arc = _zip(tmp_path / "ok.zip", {"Public Data/A/1.txt": b"one", "Public Data/B/2.txt": b"two"})
    out = safe_extract(arc, tmp_path / "out")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in out) == [
        "Public Data/A/1.txt", "Public Data/B/2.txt"]
    assert (tmp_path / "out" / "Public Data" / "B" / "2.txt").read_bytes() == b"two"


@pytest.mark.parametrize("evil", ["../evil.txt", "a/../../evil.txt", "/tmp/evil.txt",
                                  "C:/evil.txt", "..\\evil.txt", "C:\\Windows\\evil.txt"])
def test_zip_path_traversal_refused(tmp_path, evil):
    arc = _zip(tmp_path / "evil.zip", {"fine.txt": b"ok", evil: b"pwned"})
    with pytest.raises(UnsafeArchiveError):
        safe_extract(arc, tmp_path / "out")
    # refused before anything is written
    assert list((tmp_path / "out").iterdir()) == []
    assert not (tmp_path / "evil.txt").exists()


def test_zip_symlink_refused(tmp_path):
    arc = _zip(tmp_path / "link.zip", {"fine.txt": b"ok"}, symlinks={"link": "/etc/passwd"})
    with pytest.raises(UnsafeArchiveError, match="symbolic link"):
        safe_extract(arc, tmp_path / "out")


def test_safe_tar_extracts_and_inside_links(tmp_path):
    arc = _tar(tmp_path / "ok.tar.gz",
               [_ti("d", tarfile.DIRTYPE), _ti("d/a.txt"), _ti("d/b.txt", tarfile.SYMTYPE, "a.txt")],
               {"d/a.txt": b"alpha"})
    out = safe_extract(arc, tmp_path / "out")
    assert (tmp_path / "out" / "d" / "a.txt").read_bytes() == b"alpha"
    b = tmp_path / "out" / "d" / "b.txt"
    assert b.read_bytes() == b"alpha" and not b.is_symlink()
    assert len(out) == 2


@pytest.mark.parametrize("member", [
    _ti("../evil.txt"),
    _ti("/abs/evil.txt"),
    _ti("ok/../../evil.txt"),
    _ti("link", tarfile.SYMTYPE, "/etc/passwd"),
    _ti("d/link", tarfile.SYMTYPE, "../../outside"),
    _ti("hard", tarfile.LNKTYPE, "../outside"),
    _ti("dev", tarfile.CHRTYPE),
    _ti("fifo", tarfile.FIFOTYPE),
])
def test_tar_unsafe_members_refused(tmp_path, member):
    arc = _tar(tmp_path / "evil.tar.gz", [_ti("fine.txt"), member],
               {"fine.txt": b"ok", member.name: b"pwned" if member.isfile() else None})
    with pytest.raises(UnsafeArchiveError):
        safe_extract(arc, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_extract_rejects_non_archive(tmp_path):
    p = tmp_path / "x.bin"
    p.write_bytes(b"not an archive at all")
    with pytest.raises(ValueError, match="neither"):
        safe_extract(p, tmp_path / "out")


@pytest.mark.realdata
def test_extract_real_horne_zip_is_safe(shared_data, tmp_path):
    src = shared_data / REMOTE_FILES["horne2017"].path
    if not src.exists():
        pytest.skip("Horne zip absent")
    shutil.copy(src, tmp_path / "h.zip")
    files = safe_extract(tmp_path / "h.zip", tmp_path / "out")
    assert sum(p.suffix == ".txt" for p in files) == 653


def test_fetch_docstrings():
    res = doctest.testmod(_fetch, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert res.attempted > 0 and res.failed == 0
