from werkdrukdesk.cli.main import main

raise SystemExit(main())
