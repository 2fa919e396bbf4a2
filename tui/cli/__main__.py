"""``python -m tui.cli``: the same as the ``actorlens`` command."""

import sys

from . import main

sys.exit(main())
