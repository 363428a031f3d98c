from pdr_desktop.cli import main

raise SystemExit(main())
