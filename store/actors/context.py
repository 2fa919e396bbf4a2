"""Document-level rules over the merged mentions of a document (its title and every block, in order).

After the dictionary and NER have spoken (store/actors/ner.py ``merge``), this pass (``resolve``):

1. drops the states and places named inside a route's name ("the Central Asia–China pipeline":
   store/actors/routes.py), NER entities that are page furniture or a lone title word, and places that name a treaty or
   format ("the Istanbul Convention") (store/actors/noise.py); an unlinked one-word name that is the last
   word of an organisation named earlier is that organisation ("Commission" after "European Commission")
   (store/actors/bodies.py); names NER or the dictionary cut short are one mention again ("General Staff of
   the Armed Forces", "Toplum TV", "Georgian Young Lawyers' Association": store/actors/long_names.py); a
   lowercase surname ("putin") stays a name only where the document also
   names that person capitalised (store/actors/lowercase.py);
2. (store/actors/doc_entities.py) makes an acronym introduced in brackets after an unknown name ("Government of National Unity (GNU)")
   a name of the same entity for the whole document, and finds it wherever it recurs;
3. links a later surname to the full name seen earlier ("Herzog" -> "Isaac Herzog"), also where NER
   missed it, and "the Guards" to the "Iranian Revolutionary Guards" named before (bodies.py);
4. (store/actors/affiliation.py) gives unknown entities the state their sentence names (``origin="context"``): a state, demonym or
   affiliated actor before the name across role words ("Israeli President X", "Iran's foreign ministry
   spokesman X", "the Russian-backed X", "Russia's Southern Military District"), in an apposition after it
   ("X, the secretary of Armenia's Security Council"; "X, an adviser to Rosatom's chief"; "Prime Minister X
   of Sweden"; "the President of Azerbaijan, X"), from the known person who speaks for a body ("Foreign
   Ministry spokeswoman Maria Zakharova"), or at the head of an organisation's name whose last
   word is a state body or an outlet ("Libyan National Army", "Libya Observer"); an unnamed ministry or
   commission, or a street or square ("Rustaveli Avenue"), of the one state a document is mostly about is
   that state's; one entity, one state;
   a company the text calls a state's ("the state gas company X") is that state's (state_companies.py);
   a person named as someone's deputy or aide ("and his deputy Y") serves that person's state
   (store/actors/deputies.py);
   a national body named bare ("Foreign Ministry", "State Security Service") is decided mention by mention by
   one scorer of the evidence its text gives (store/actors/body_owner.py), and parties and blocs NER found take
   their sentence's or document's state (store/actors/parties.py);
5. (bodies.py) resolves a generic international body qualified by a state to that state ("Armenia's Security
   Council" -> Armenia; an unqualified "Security Council" stays the UN's), and a generic body's name the
   dictionary gives another state goes to the possessive's state ("Ukraine's Main Intelligence Directorate":
   store/actors/owned_bodies.py); a body's name several states share
   ("House of Representatives", "Supreme Court") takes the state qualifying it, else the document's main state
   if it has one, else none (store/actors/generic_bodies.py);
6. (store/actors/acronyms.py) makes an unknown acronym after a state's possessive that state's organisation
   ("France's EDF"); links places the dictionary lacks to their country with the gazetteer (store/actors/places.py), then
   villages with a cue, places located by their sentence, crossings, and landmarks (store/actors/sites.py, with
   store/actors/local_names.py for Arabic place names); first-level
   subdivisions, also where a state's name is inside one ("East Azerbaijan"), and qualified places ("Greater
   Odesa") (store/actors/regions.py).

The spaCy parser is not run: these rules read tokens and mentions only (tests/bench/bench_parser.py
measures what parsing would cost, and what it could still fix).
"""

from __future__ import annotations

from collections.abc import Sequence

from store.actors.acronyms import late_bracketed_acronyms, possessive_acronyms
from store.actors.affiliation import affiliate
from store.actors.bodies import bare_heads, bracketed_acronyms, qualified_bodies, short_forms
from store.actors.body_owner import national_bodies
from store.actors.cut_bodies import cut_bodies
from store.actors.cut_names import join_cut_names
from store.actors.deputies import deputies, local_officials
from store.actors.doc_entities import entities
from store.actors.document_view import DocumentView, Tokens
from store.actors.dominant import dominant
from store.actors.generic_bodies import generic_bodies
from store.actors.joined_spans import split_joined
from store.actors.long_names import long_names
from store.actors.lowercase import lowercase_names
from store.actors.matcher import ActorMatcher
from store.actors.missed_sites import missed_villages
from store.actors.noise import drop_instruments, drop_noise
from store.actors.owned_bodies import owned_bodies
from store.actors.parties import parties
from store.actors.person_origin import name_origins
from store.actors.places import link_places, missed_places
from store.actors.private_bodies import private_bodies
from store.actors.regions import (
    compound_subdivisions,
    link_subdivisions,
    listed_places,
    missed_subdivisions,
    regional_peoples,
)
from store.actors.routes import drop_route_names
from store.actors.sites import locate_sites
from store.actors.state_bodies import generic_institutions, local_institutions, shared_bodies
from store.actors.state_companies import state_companies
from store.actors.surnames import known_surnames
from store.model import Mention

__all__ = ["Tokens", "resolve"]


def resolve(
    texts: Sequence[Tokens], mentions: Sequence[tuple[Mention, ...]], matcher: ActorMatcher, *, places: bool = True
) -> list[tuple[Mention, ...]]:
    """The document's mentions after the rules above (same order of texts); ``places=False`` (dictionary-only
    mode) skips the gazetteer."""
    d = DocumentView(texts, mentions, matcher)
    drop_noise(d)
    drop_route_names(d)  # "the Turkmenistan–Afghanistan–Pakistan–India (TAPI) pipeline"
    split_joined(d)  # "the Foreign Office in London", "Hola Prystan and Korsunka": two mentions each
    join_cut_names(d)  # "its leader, Christian Tein, was arrested": one person, not the Christians
    lowercase_names(d)
    drop_instruments(d)
    long_names(d)  # "General Staff of the Armed Forces", "Toplum TV", "Georgian Young Lawyers' Association"
    cut_bodies(d)  # "Group 24", "Islamic Renaissance Party of Tajikistan", "UN Commission on the Status of Women"
    qualified_bodies(d)
    owned_bodies(d)  # "Ukraine's Main Intelligence Directorate": Ukraine's, not the GRU
    bare_heads(d)
    known_surnames(d)
    bracketed_acronyms(d)
    entity = entities(d)
    state_companies(d)  # "the state gas company Uzbekneftegaz"
    national_bodies(d)  # "the Foreign Ministry in Baku", "In Moscow the Foreign Ministry": each mention its own
    generic_institutions(d, owned_only=True)  # "Moldova sent rescuers from its Ministry of Emergency Situations"
    affiliate(d, entity)
    deputies(d)  # "General X and his deputy Y": X's state
    generic_bodies(d)
    short_forms(d)
    if places:
        possessive_acronyms(d)  # "France's EDF": an acronym NER missed
        link_places(d)
        compound_subdivisions(d)  # "East Azerbaijan": Iran's province, not Azerbaijan
        link_subdivisions(d)
        missed_subdivisions(d)  # "in Armenia's Armavir province", which NER missed
        missed_places(d)
        locate_sites(d)
        missed_villages(d)  # "near the village of Tavil", which NER missed
        listed_places(d)  # "in Muynak and Kungrad"
        regional_peoples(d)  # "Karakalpaks": Karakalpakstan's, so Uzbekistan's
        local_officials(d)  # "X, the governor of East Azerbaijan": the place's state
        national_bodies(d)  # again, with the places now linked
        decided = affiliate(d, entity)  # what the places just linked qualifies ("Irkutsk governor X")
        generic_institutions(d)  # "its Ministry of Emergency Situations", "201st Military Base"
        shared_bodies(d)  # "KGB" in a story about Belarus: Belarus's, not the Soviet one
        local_institutions(d)  # "Sharif University of Technology" in a story about Iran
        dominant(d, entity, decided)
        parties(d, entity)  # "Nation Alliance", "Șor Party": their sentence's state, else the document's
        name_origins(d, entity)  # "Mikalai Statkevich" in a story about Belarus: the name fits BLR
        private_bodies(d)  # "Pegasus Airlines", "Aga Khan Development Network": no state's by context
        late_bracketed_acronyms(d)  # "the State Security Service (SGB)", linked only now
    return [tuple(ms) for ms in d.mentions]
