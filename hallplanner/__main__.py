import sys

from hallplanner.cli import main

sys.exit(main())
