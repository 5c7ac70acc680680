"""One module per check (or a clearly grouped few); each registers itself."""
