"""Real disks that refuse: a read-only one and a full one.

As root, permissions do not stop a write, so a small file system is mounted for the test (and
the test is skipped where that is not allowed); otherwise the folder's permissions do it.
"""

import os
import subprocess

import pytest


def _mount(folder, options: str) -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, check=False)
    return done.returncode == 0


def _unmount(folder) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if not _mount(folder, "ro,size=64k"):
            pytest.skip("as root a read-only disk needs a mount, which is not allowed here")
        yield folder
        _unmount(folder)
        return
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a disk of a few hundred kilobytes, to be filled by the test."""
    folder = tmp_path / "vol"
    folder.mkdir()
    if not _mount(folder, "size=2m"):
        pytest.skip("a small disk needs a mount (root), which is not available here")
    yield folder
    _unmount(folder)


def fill(folder) -> None:
    """Fill the disk under `folder` to the last byte."""
    with open(folder / "opvulling", "wb", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                pass
