import gc

# Importing the command line makes tens of thousands of objects that live as long as the process
# (modules, classes, functions): no collection walks them meanwhile, nor after (frozen).
gc.disable()
from planeval.cli import main  # noqa: E402

gc.freeze()
gc.enable()

raise SystemExit(main())
