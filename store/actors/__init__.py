"""Recognising actors: the dictionary, the matcher, spaCy NER, analysis."""
