"""Article-shaped sentences the cleaner's tests build small pages from."""

LONG = (
    "The foreign ministers met in Geneva on Tuesday to discuss the ceasefire, which both sides accuse "
    "each other of breaking almost daily since it was agreed."
)

LONG2 = (
    "Observers from the mission said the shelling continued overnight near the line of contact, and "
    "several villages were left without power or water."
)

LONG3 = (
    "Diplomats said that a new round of talks could begin next month if both governments agree to let "
    "monitors visit the villages along the front line without escorts."
)
