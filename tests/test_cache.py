"""The on-disk object-code cache (sgdc.backend.cache): hits across processes, misses on key changes, robustness."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import stat
import struct
import subprocess
import sys
import time

import pytest

from sgdc import cli

from sgdc.backend import cache
from sgdc.errors import SgdcWarning, UserError
from sgdc.data.fileio import atomic_write
from sgdc.backend.jit import KernelLibrary

IR = """
define i64 @twice(i64 %x) {
  %r = mul i64 %x, 2
  ret i64 %r
}
"""

CHILD = r"""
import json, sys, time
t = time.perf_counter()
import sgdc
from sgdc.backend import cache
from sgdc.data.synth import synthesize
prog = sgdc.compile("logistic")
fields, dims = synthesize(prog.model, n=300, seed=0)
before = dict(cache.stats)
prog.fit(fields, epochs=1, dims=dims)
print(json.dumps({"before": before, "after": cache.stats, "engine_seconds": prog.engine.compile_seconds,
                  "pred": prog.decision_function(fields).tolist()}))
"""


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("SGDC_CACHE_DIR", str(d))
    monkeypatch.delenv("SGDC_CACHE", raising=False)
    monkeypatch.delenv("SGDC_CACHE_MAX_BYTES", raising=False)
    monkeypatch.setattr(cache, "_warned", set(), raising=False)  # each test sees its own first warning
    return d


def _lib(**kw):
    import ctypes

    lib = KernelLibrary("cache-test", with_support=False, **kw)
    lib.add_ir(IR)
    lib.finalise()
    return lib, ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)(lib.address("twice"))


def _child(env_dir):
    env = {**os.environ, "SGDC_CACHE_DIR": str(env_dir)}
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout)


def test_second_process_hits(cache_dir):
    first = _child(cache_dir)
    assert first["after"]["writes"] >= 1
    second = _child(cache_dir)
    # synthesize compiles the same kernels (a hit already), fit's compile must hit too: no misses, no writes
    assert second["after"]["misses"] == 0 and second["after"]["writes"] == 0
    assert second["after"]["hits"] > second["before"]["hits"]
    assert second["pred"] == first["pred"]  # the cached object code computes the same


def test_hit_and_miss_in_process(cache_dir):
    h0 = dict(cache.stats)
    lib1, f1 = _lib()
    assert not lib1.cache_hit and cache.stats["writes"] == h0["writes"] + 1
    lib2, f2 = _lib()
    assert lib2.cache_hit and f2(21) == 42 == f1(21)
    assert "twice" in lib2.optimised_ir  # still available after a hit (recomputed)
    assert len(cache.entries()) == 1


def test_key_depends_on_cpu_features_versions_and_ir():
    base = cache.make_key([IR], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v1")
    assert base == cache.make_key([IR], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v1")
    others = [
        cache.make_key([IR], "x86_64-unknown-linux-gnu", "skylake", "+avx2", "v1"),
        cache.make_key([IR], "x86_64-unknown-linux-gnu", "znver3", "+avx2,-avx512f", "v1"),
        cache.make_key([IR], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v2"),
        cache.make_key([IR + " "], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v1"),
        cache.make_key([IR, ""], "x86_64-unknown-linux-gnu", "znver3", "+avx2", "v1"),
    ]
    assert base not in others and len(set(others)) == len(others)


def test_version_change_misses(cache_dir, monkeypatch):
    _lib()
    import sgdc.version

    monkeypatch.setattr(sgdc.version, "__version__", "999.0")
    lib, f = _lib()
    assert not lib.cache_hit and f(2) == 4
    assert len(cache.entries()) == 2


def test_generic_target_is_a_different_entry(cache_dir):
    _lib(generic=False)
    lib, f = _lib(generic=True)
    assert not lib.cache_hit and f(3) == 6


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_corrupt_entry_is_ignored_and_replaced(cache_dir, damage):
    _lib()
    (entry,) = cache.entries()
    blob = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(blob[: len(blob) // 2])
    elif damage == "flip":
        entry.write_bytes(blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:])
    elif damage == "garbage":
        entry.write_bytes(b"not an object file at all" * 10)
    else:
        entry.write_bytes(b"")
    c0 = cache.stats["corrupt"]
    lib, f = _lib()
    assert not lib.cache_hit and f(5) == 10 and cache.stats["corrupt"] == c0 + 1
    assert entry.read_bytes() == blob  # replaced by the fresh compile
    lib, f = _lib()
    assert lib.cache_hit


def test_disabled_and_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("SGDC_CACHE", "0")
    monkeypatch.setenv("SGDC_CACHE_DIR", str(tmp_path / "c"))
    lib, f = _lib()
    assert f(1) == 2 and not (tmp_path / "c").exists()
    monkeypatch.delenv("SGDC_CACHE")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SGDC_CACHE_DIR", str(blocker / "sub"))  # cannot be created
    lib, f = _lib()
    assert f(1) == 2


def test_cache_dir_respects_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("SGDC_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "sgdc"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == cache.Path.home() / ".cache" / "sgdc"


def test_info_and_clear(cache_dir):
    _lib()
    i = cache.info()
    assert i["entries"] == 1 and i["bytes"] > 0 and i["dir"] == str(cache_dir) and i["refused"] is None
    assert i["temporaries"] == 0 and i["max_bytes"] == cache.DEFAULT_MAX_BYTES
    assert cache.clear() == {"entries": 1, "temporaries": 0}
    assert cache.info()["entries"] == 0
    assert (cache_dir / cache.SECRET_NAME).exists()  # the secret stays: it signs the next entries



# -- the cache is private: trust checks (issue 14, item 6) ------------------------------------------

OTHER_UID = 12345

LOAD_CHILD = r"""
import ctypes, json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # an entry that reads forever dies here, not the host
from sgdc.backend import cache
from sgdc.backend.jit import KernelLibrary
IR = sys.argv[1]
out = []
for _ in range(2):  # the first call meets the damaged entry, the second the rebuilt one
    lib = KernelLibrary("cache-test", with_support=False)
    lib.add_ir(IR)
    lib.finalise()
    f = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)(lib.address("twice"))
    out.append({"hit": lib.cache_hit, "value": f(21), "stats": dict(cache.stats)})
print(json.dumps(out))
"""


def _chown_to_another_user(path):
    try:
        os.chown(path, OTHER_UID, OTHER_UID, follow_symlinks=False)
    except PermissionError:
        pytest.skip("giving a file to another user needs root")


def _load_in_child(cache_dir):
    """Two compiles of IR in a fresh process; a crash in LLVM shows as a negative return code."""
    env = {**os.environ, "SGDC_CACHE_DIR": str(cache_dir), "SGDC_JIT_HELPER": "off"}
    env.pop("SGDC_CACHE", None)
    out = subprocess.run([sys.executable, "-c", LOAD_CHILD, IR], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, f"child died (rc {out.returncode}): {out.stderr[-2000:]}"
    return json.loads(out.stdout)


def _entry_parts(entry):
    blob = entry.read_bytes()
    return blob[: cache._HEADER.size], blob[cache._HEADER.size:]


def _damage(payload: bytes, how: str) -> bytes:
    if how == "flip":  # the middle of a small object is its section table
        mid = len(payload) // 2
        return payload[:mid] + bytes(b ^ 0xA5 for b in payload[mid: mid + 64]) + payload[mid + 64:]
    if how == "truncate":
        return payload[: len(payload) * 2 // 3]
    if how == "random":
        return os.urandom(len(payload))
    if how == "sections":  # the section table's offset pointed past the end, header intact
        return payload[:40] + struct.pack("<Q", len(payload) + 4096) + payload[48:]
    raise AssertionError(how)


@pytest.mark.parametrize("header,how", [
    ("legacy", "flip"),        # the format-1 header: magic, length, SHA-256 of the payload (this crashed LLVM)
    ("sha256", "flip"), ("sha256", "truncate"), ("sha256", "random"),   # current magic, plain digest
    ("forged", "flip"),        # a MAC under a secret other than the folder's
    ("signed", "truncate"), ("signed", "random"), ("signed", "sections"),  # the folder's own secret
])
def test_consistent_header_bad_payload_is_a_miss_and_rebuilt(cache_dir, header, how):
    _lib()
    (entry,) = cache.entries()
    key = entry.stem
    _head, payload = _entry_parts(entry)
    bad = _damage(payload, how)
    if header == "legacy":
        head = struct.pack("<8sQ32s", b"SGDCOBJ1", len(bad), hashlib.sha256(bad).digest())
    elif header == "sha256":
        head = cache._HEADER.pack(cache.MAGIC, len(bad), hashlib.sha256(bad).digest())
    else:
        secret = os.urandom(32) if header == "forged" else (cache_dir / cache.SECRET_NAME).read_bytes()
        head = cache._HEADER.pack(cache.MAGIC, len(bad), cache._mac(secret, key, bad))
    entry.write_bytes(head + bad)
    first, second = _load_in_child(cache_dir)
    assert not first["hit"] and first["value"] == 42 and first["stats"]["corrupt"] == 1
    assert first["stats"]["writes"] == 1
    assert second["hit"] and second["value"] == 42  # the rebuilt entry verifies and works
    assert _entry_parts(entry)[1] == payload


def test_object_problem_accepts_our_objects_and_names_damage(cache_dir):
    _lib()
    (entry,) = cache.entries()
    payload = _entry_parts(entry)[1]
    assert cache.object_problem(payload) is None
    assert cache.object_problem(b"\x7fELF" + bytes(60)) == "not a 64-bit ELF object"
    assert cache.object_problem(_damage(payload, "sections")) == "a section table outside the file"
    assert cache.object_problem(_damage(payload, "truncate")) is not None
    other = payload[:18] + struct.pack("<H", 40) + payload[20:]  # e_machine ARM
    assert "machine" in cache.object_problem(other)


def test_entry_mac_binds_its_key(cache_dir):
    _lib()
    (entry,) = cache.entries()
    other_key = "0" * 64
    (cache_dir / f"{other_key}.o").write_bytes(entry.read_bytes())  # a valid entry, under another key
    os.chmod(cache_dir / f"{other_key}.o", 0o600)
    c0 = cache.stats["corrupt"]
    assert cache.get(other_key) is None and cache.stats["corrupt"] == c0 + 1
    assert cache.get(entry.stem) is not None


def test_put_refuses_what_is_not_an_object(cache_dir):
    assert not cache.put("1" * 64, b"\x90" * 1000)
    assert cache.entries() == []


def test_world_writable_folder_is_refused_and_not_read(cache_dir):
    _lib()
    (entry,) = cache.entries()
    mtime = entry.stat().st_mtime_ns
    os.chmod(cache_dir, 0o777)
    before = dict(cache.stats)
    with pytest.warns(SgdcWarning, match=r"kernel cache off: the folder .* is writable by group and others "
                                         r"\(mode 0777\).*SGDC_CACHE=off") as rec:
        lib, f = _lib()
        lib2, _ = _lib()  # the same refusal again: no second warning
    assert len([w for w in rec if issubclass(w.category, SgdcWarning)]) == 1
    assert f(4) == 8 and not lib.cache_hit and not lib2.cache_hit
    assert cache.stats["hits"] == before["hits"] and cache.stats["writes"] == before["writes"]
    assert cache.stats["refused"] >= before["refused"] + 2
    assert entry.stat().st_mtime_ns == mtime  # neither read (a hit touches) nor rewritten
    os.chmod(cache_dir, 0o700)
    lib, _ = _lib()
    assert lib.cache_hit  # the entry was fine: only the folder was refused


def test_group_writable_folder_is_refused(cache_dir):
    cache_dir.mkdir(mode=0o700)
    os.chmod(cache_dir, 0o770)
    with pytest.warns(SgdcWarning, match="writable by group"):
        lib, f = _lib()
    assert f(1) == 2 and cache.entries() == [] and cache.info()["refused"].endswith("(mode 0770)")


def test_folder_of_another_user_is_refused(cache_dir):
    _lib()
    _chown_to_another_user(cache_dir)
    before = dict(cache.stats)
    with pytest.warns(SgdcWarning, match=f"owned by uid {OTHER_UID}, not by the current user"):
        lib, f = _lib()
    assert not lib.cache_hit and f(3) == 6 and cache.stats["hits"] == before["hits"]
    assert cache.stats["writes"] == before["writes"]
    assert f"uid {OTHER_UID}" in cache.info()["refused"]


def test_cache_dir_symlink_to_a_private_folder_is_used(cache_dir, tmp_path):
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    cache_dir.symlink_to(real)
    _lib()
    lib, _ = _lib()
    assert lib.cache_hit and len(list(real.glob("*.o"))) == 1


@pytest.mark.parametrize("problem", ["other-owner", "group-writable", "world-writable"])
def test_untrusted_entry_is_a_miss_warned_and_replaced(cache_dir, problem):
    _lib()
    (entry,) = cache.entries()
    if problem == "other-owner":
        _chown_to_another_user(entry)
        match = f"owned by uid {OTHER_UID}"
    else:
        os.chmod(entry, 0o620 if problem == "group-writable" else 0o602)
        match = "writable by group" if problem == "group-writable" else "writable by others"
    before = dict(cache.stats)
    with pytest.warns(SgdcWarning, match=f"ignored the entry .*{entry.name}, which .*{match}"):
        lib, f = _lib()
    assert not lib.cache_hit and f(6) == 12 and cache.stats["hits"] == before["hits"]
    st = entry.stat()
    assert st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) == 0o600  # replaced by the fresh compile
    lib, _ = _lib()
    assert lib.cache_hit


def test_symlinked_entry_is_not_followed(cache_dir, tmp_path):
    _lib()
    (entry,) = cache.entries()
    elsewhere = tmp_path / "valid-copy.o"
    elsewhere.write_bytes(entry.read_bytes())  # a perfectly valid entry, ours, 0600
    os.chmod(elsewhere, 0o600)
    entry.unlink()
    entry.symlink_to(elsewhere)
    with pytest.warns(SgdcWarning, match="is a symbolic link"):
        assert cache.get(entry.stem) is None
    lib, f = _lib()
    assert not lib.cache_hit and f(1) == 2 and not entry.is_symlink()  # replaced by a regular file
    assert elsewhere.read_bytes()[: len(cache.MAGIC)] == cache.MAGIC  # the target is untouched


def _device_node(path):
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # what /dev/zero is: endless zero bytes
    except (PermissionError, OSError) as e:
        pytest.skip(f"cannot make a device node here: {e}")


@pytest.mark.parametrize("kind", ["symlink-to-device", "device", "fifo", "symlink-to-fifo"])
def test_special_file_entries_do_not_hang_or_grow(cache_dir, tmp_path, kind):
    _lib()
    (entry,) = cache.entries()
    entry.unlink()
    target = tmp_path / "special"
    if "device" in kind:
        _device_node(target)
    else:
        os.mkfifo(target, 0o600)  # nobody writes: a blocking open or read would wait forever
    if kind.startswith("symlink"):
        entry.symlink_to(target)
    else:
        os.replace(target, entry)
    t = time.perf_counter()
    first, second = _load_in_child(cache_dir)  # 1 GiB address-space limit, 60 s timeout
    assert time.perf_counter() - t < 30
    assert not first["hit"] and first["value"] == 42 and second["hit"]
    assert stat.S_ISREG(os.lstat(entry).st_mode)


def test_oversized_entry_is_a_miss(cache_dir, monkeypatch):
    _lib()
    (entry,) = cache.entries()
    size = entry.stat().st_size
    monkeypatch.setattr(cache, "MAX_ENTRY_BYTES", size - 1)
    with pytest.warns(SgdcWarning, match=f"larger than {size - 1} bytes"):
        assert cache.get(entry.stem) is None
    monkeypatch.undo()
    monkeypatch.setenv("SGDC_CACHE_DIR", str(cache_dir))
    monkeypatch.setattr(cache, "_warned", set())
    assert cache.get(entry.stem) is not None
    os.truncate(entry, cache.MAX_ENTRY_BYTES + 1)  # sparse: costs no disk; must not be read
    t = time.perf_counter()
    with pytest.warns(SgdcWarning, match="larger than"):
        assert cache.get(entry.stem) is None
    assert time.perf_counter() - t < 1.0


def test_bounded_read_of_a_file_that_grows(cache_dir, monkeypatch):
    # the size from fstat is not trusted for the read: a file longer than the cap by the time it is read
    cache_dir.mkdir(mode=0o700)
    name = "2" * 64 + ".o"
    (cache_dir / name).write_bytes(b"x" * 100)
    os.chmod(cache_dir / name, 0o600)
    real_fstat = os.fstat

    def small_fstat(fd):
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 10,
                               st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(cache.os, "fstat", small_fstat)
    dfd = os.open(cache_dir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        data, why = cache._read_checked(dfd, name, 50)
    finally:
        os.close(dfd)
    assert data is None and why == "is larger than 50 bytes"


def test_new_cache_folders_are_private_even_with_umask_0(tmp_path, monkeypatch):
    d = tmp_path / "a" / "b" / "sgdc"
    monkeypatch.setenv("SGDC_CACHE_DIR", str(d))
    monkeypatch.delenv("SGDC_CACHE", raising=False)
    old = os.umask(0)
    try:
        lib, f = _lib()
    finally:
        os.umask(old)
    assert f(2) == 4
    for p in (tmp_path / "a", tmp_path / "a" / "b", d):
        assert stat.S_IMODE(p.stat().st_mode) == 0o700, p
    for p in d.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p


def test_default_location_parents_are_private(tmp_path, monkeypatch):
    monkeypatch.delenv("SGDC_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    old = os.umask(0o002)
    try:
        assert cache.put("3" * 64, _an_object(tmp_path, monkeypatch))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "xdg").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "xdg" / "sgdc").stat().st_mode) == 0o700


def _an_object(tmp_path, monkeypatch):
    """Object code of the test IR (compiled once into a scratch cache)."""
    scratch = tmp_path / "scratch"
    with monkeypatch.context() as m:
        m.setenv("SGDC_CACHE_DIR", str(scratch))
        _lib()
        (entry,) = cache.entries()
        return _entry_parts(entry)[1]


def test_untrustworthy_secret_is_replaced(cache_dir):
    _lib()
    secret = cache_dir / cache.SECRET_NAME
    os.chmod(secret, 0o644)  # readable by others: anyone could sign entries with it
    with pytest.warns(SgdcWarning, match="replaced .*secret.key"):
        lib, f = _lib()  # the old entry no longer verifies under the new secret: a miss, rebuilt
    assert not lib.cache_hit and f(1) == 2
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    lib, _ = _lib()
    assert lib.cache_hit


def test_verified_entry_missing_a_kernel_is_discarded_and_rebuilt(cache_dir):
    import ctypes

    _lib()
    (entry,) = cache.entries()
    payload = _entry_parts(entry)[1]  # defines only @twice
    ir2 = IR + "\ndefine i64 @thrice(i64 %x) {\n  %r = mul i64 %x, 3\n  ret i64 %r\n}\n"

    def lib2():
        lib = KernelLibrary("cache-test", with_support=False)
        lib.add_ir(ir2)
        lib.finalise()
        return lib

    probe = KernelLibrary("cache-test", with_support=False)
    probe.add_ir(ir2)
    from sgdc.backend.jit import host_target

    key = cache.make_key([ir2], probe._tm.triple, *host_target(None))
    assert cache.put(key, payload)  # signed by us, but not what ir2 compiles to
    c0 = cache.stats["corrupt"]
    lib = lib2()
    assert not lib.cache_hit and cache.stats["corrupt"] == c0 + 1
    assert ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)(lib.address("thrice"))(5) == 15
    assert lib2().cache_hit


# -- size bound and eviction -------------------------------------------------------------------------

def test_max_bytes_setting(monkeypatch):
    monkeypatch.delenv("SGDC_CACHE_MAX_BYTES", raising=False)
    assert cache.max_bytes() == 256 << 20
    for text, n in [("1000", 1000), ("64K", 64 << 10), ("256M", 256 << 20), ("2g", 2 << 30), ("10MiB", 10 << 20), ("7 kb", 7 << 10), ("12B", 12)]:
        monkeypatch.setenv("SGDC_CACHE_MAX_BYTES", text)
        assert cache.max_bytes() == n
    monkeypatch.setenv("SGDC_CACHE_MAX_BYTES", "lots")
    with pytest.raises(UserError, match="SGDC_CACHE_MAX_BYTES must be a size"):
        cache.max_bytes()


def test_eviction_keeps_the_bound_and_removes_least_recently_used(cache_dir, monkeypatch):
    _lib()
    (entry,) = cache.entries()
    payload = _entry_parts(entry)[1]
    size = entry.stat().st_size
    entry.unlink()
    monkeypatch.setenv("SGDC_CACHE_MAX_BYTES", str(3 * size + size // 2))  # room for three entries
    keys = [f"{i:x}" * 64 for i in range(1, 5)]
    for t, k in enumerate(keys[:3]):
        assert cache.put(k, payload)
        os.utime(cache_dir / f"{k}.o", (1000 + t, 1000 + t))  # k1 oldest, k3 newest
    assert cache.get(keys[0]) == payload  # a hit: k1 is now the most recently used
    ev = cache.stats["evicted"]
    assert cache.put(keys[3], payload)
    names = {p.stem for p in cache.entries()}
    assert names == {keys[0], keys[2], keys[3]} and cache.stats["evicted"] == ev + 1  # k2 went
    assert cache.info()["bytes"] <= 3 * size + size // 2
    monkeypatch.setenv("SGDC_CACHE_MAX_BYTES", str(size))  # room for one: only the new entry stays
    k5 = "5" * 64
    assert cache.put(k5, payload)
    assert [p.stem for p in cache.entries()] == [k5]
    monkeypatch.setenv("SGDC_CACHE_MAX_BYTES", str(size - 1))  # an entry larger than the bound: not stored
    assert not cache.put("6" * 64, payload) and [p.stem for p in cache.entries()] == [k5]


def test_eviction_sweeps_old_stray_temporaries(cache_dir):
    cache_dir.mkdir(mode=0o700)
    old, fresh = cache_dir / ".sgdc-old1.tmp", cache_dir / ".sgdc-new1.tmp"
    for p in (old, fresh):
        p.write_bytes(b"half an entry")
    os.utime(old, (time.time() - 2 * cache.STRAY_SECONDS,) * 2)
    _lib()  # a write: evicts and sweeps
    assert not old.exists() and fresh.exists()  # a fresh one may be another process's write in progress


# -- stray temporaries and `sgdc cache clear` ---------------------------------------------------------

def test_atomic_write_temporaries_are_what_clear_removes(tmp_path):
    seen = []
    atomic_write(tmp_path / "x.o", lambda fh: seen.extend(os.listdir(tmp_path)), "test")
    assert len(seen) == 1 and cache._STRAY.match(seen[0])


KILLED_WRITER = r"""
import os, sys, time
from sgdc.backend.jit import KernelLibrary
def stuck(fd):  # the entry's bytes are written, the fsync never returns: SIGKILL lands here
    print("writing", flush=True)
    time.sleep(60)
os.fsync = stuck
lib = KernelLibrary("cache-test", with_support=False)
lib.add_ir(sys.argv[1])
lib.finalise()
"""


def test_cache_clear_removes_temporaries_of_killed_writes(cache_dir, capsys):
    _lib()
    (entry,) = cache.entries()
    entry.unlink()  # the child misses and writes
    env = {**os.environ, "SGDC_CACHE_DIR": str(cache_dir), "SGDC_JIT_HELPER": "off"}
    p = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, IR], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert p.stdout.readline().strip() == "writing"
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=30)
        p.stdout.close()
    strays = [n for n in os.listdir(cache_dir) if cache._STRAY.match(n)]
    assert len(strays) == 1 and os.path.getsize(cache_dir / strays[0]) > 0 and cache.entries() == []
    _lib()  # an entry again; a fresh stray is not swept (it may be another process's write in progress)
    (cache_dir / ".tmp-legacy.o").write_bytes(b"")  # what sgdc wrote before atomic_write
    (cache_dir / "tune").mkdir()
    (cache_dir / "tune" / ".sgdc-0123.tmp").write_bytes(b"{")  # a tune cache write, interrupted
    (cache_dir / "tune" / "result.json").write_text("{}")
    assert cli.main(["cache", "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["temporaries"] == 3
    assert cli.main(["cache", "clear", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"dir": str(cache_dir), "removed": 1, "temporaries": 3}
    assert sorted(os.listdir(cache_dir)) == sorted([cache.SECRET_NAME, "tune"])
    assert os.listdir(cache_dir / "tune") == ["result.json"]
    assert cli.main(["cache", "clear"]) == 0
    assert "removed 0 cached kernel(s) and 0 stray temporary file(s)" in capsys.readouterr().out


def test_cache_info_reports_a_refused_folder(cache_dir, capsys):
    _lib()
    os.chmod(cache_dir, 0o757)
    assert cli.main(["cache", "info"]) == 0
    out = capsys.readouterr().out
    assert "refused:" in out and "writable by others (mode 0757)" in out


def test_bad_max_bytes_is_one_user_error_in_the_cli(cache_dir, capsys, monkeypatch):
    monkeypatch.setenv("SGDC_CACHE_MAX_BYTES", "-3")
    assert cli.main(["cache", "info"]) == 1
    assert "SGDC_CACHE_MAX_BYTES must be a size" in capsys.readouterr().err


def test_cache_off_reads_and_writes_nothing(cache_dir, monkeypatch):
    _lib()
    monkeypatch.setenv("SGDC_CACHE", "off")
    before = dict(cache.stats)
    lib, f = _lib()
    assert not lib.cache_hit and f(1) == 2 and cache.stats == before


def test_a_key_is_never_a_path(cache_dir):
    for key in ("../" + "a" * 61, "A" * 64, "a" * 63):
        with pytest.raises(ValueError, match="not a kernel cache key"):
            cache.get(key)
        with pytest.raises(ValueError, match="not a kernel cache key"):
            cache.put(key, b"")
