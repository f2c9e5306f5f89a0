from planeval.cli import main

raise SystemExit(main())
