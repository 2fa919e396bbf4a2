"""The notebook: notes and tags in TinyDB, anchoring, Markdown export."""
