"""A new organisation file for the storage tests; a test file may define its own instead."""

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file


@pytest.fixture
def path(tmp_path):
    return tmp_path / "korenaar.werkdruk"


@pytest.fixture
def file(path):
    with create_file(path, m.Profile(name="Bakkerij De Korenaar"), PINNED_DAY) as opened:
        yield opened
