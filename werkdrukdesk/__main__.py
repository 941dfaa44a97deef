from werkdrukdesk.cli import main

raise SystemExit(main())
