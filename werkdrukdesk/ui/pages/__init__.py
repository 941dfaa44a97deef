"""One module per step of the cycle."""
