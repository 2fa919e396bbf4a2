"""Reading documents: find files, decode, extract HTML, clean, summarise, cache."""
