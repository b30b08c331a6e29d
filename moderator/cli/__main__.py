"""``python -m moderator.cli``: the command line without the console script."""

import sys

from moderator.cli import main

sys.exit(main())
