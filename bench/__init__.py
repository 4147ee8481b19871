"""Benchmarks (``make bench``): speed and extraction quality, reported side by side."""
