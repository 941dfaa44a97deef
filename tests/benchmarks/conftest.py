"""Benchmarks print their timings and never fail on time: machines differ too much."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "benchmark: prints a timing against a baseline measured in the same run"
    )
