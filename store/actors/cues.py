"""The words the document-level rules read: titles and roles, state bodies, outlets, NER labels."""

from __future__ import annotations

# Words that may stand between a qualifier and the name it qualifies: titles, roles, bodies.
ROLE_WORDS = frozenset(
    """president prime minister foreign defence defense interior justice finance economy energy spokesman
    spokeswoman spokesperson ministry secretary general chief envoy ambassador commander ground forces leader
    opposition presidential aide adviser advisor head deputy vice chairman chairwoman speaker senator governor
    mayor officer official counterpart security intelligence service services army military national state
    parliament parliamentary ruling former ex top senior acting policy affairs director negotiator
    representative lawmaker mp general staff the 's ’s - backed led allied sponsored supported funded
    commissioner minister's president's regional district border guard guards navy air force police
    prosecutor judge deputies member members ally allies loyalist veteran colonel major lieutenant
    captain marshal admiral sergeant new infrastructure health education agriculture culture transport
    emergency emergencies ecology trade industry labour labor digital social company corporation nuclear
    oil gas airline operator firm agency news broadcaster journalist activist blogger businessman businesswoman
    oligarch dissident politician lawyer citizen editor writer wife husband girlfriend boyfriend son daughter
    brother sister ombudsman ombudsperson commentator propagandist installed appointed charge chargé d'affaires
    consul attache attaché diplomat""".split()
)
# Bodies and groups: directly before a name they are its subject ("Belarus forces Ryanair ..."), not its title.
NOT_TITLES = frozenset(
    "forces army military troops ministry services parliament police navy deputies members allies guards".split()
)
LED = frozenset({"led", "headed", "commanded", "chaired", "run"})
# not "to": "ambassador to Russia"; "X, who heads Libya's central bank": a relative clause saying what X heads
APPOSITION_WORDS = (
    ROLE_WORDS
    | {"of", "a", "an", "its", "his", "her", "both", "all", "for"}
    | {
        "who",
        "heads",
        "leads",
        "runs",
        "chairs",
        "commands",
        "directs",
    }
)
# Last words of an organisation's name that make it a state's own body (or an outlet of that country).
STATE_BODIES = frozenset(
    """army forces force guard guards council ministry committee commission service services district command
    party front assembly parliament republic government navy police agency court office bureau directorate
    administration cabinet senate duma rada majlis knesset institute""".split()
)
GOVERNMENT_BODIES = frozenset(
    """ministry committee commission council government cabinet parliament assembly court office directorate
    service""".split()
)
# Streets and squares: a named one the dictionary and gazetteer lack is in the state the document is about.
STREETS = frozenset("avenue street square boulevard alley prospekt prospect embankment".split())
OUTLETS = frozenset("observer times post news today herald tribune gazette telegraph radio tv television".split())
# Last words of the name of a treaty or a negotiating format: such a name is no actor, nor a place in it.
INSTRUMENTS = "Convention|Treaty|Accords?|Protocol|Agreements?|Declaration|Format|Statute|Memorandum"  # (not "Pact")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
KIND_OF_LABEL = {
    "PERSON": "person",
    "ORG": "organisation",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
