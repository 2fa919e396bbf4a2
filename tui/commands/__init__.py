"""Bodies of the scriptable subcommands, kept out of ``tui/cli.py``."""
