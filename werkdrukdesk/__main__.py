from werkdrukdesk.cli.main import main
from werkdrukdesk.ui.app import leave_after_window

status = main()
leave_after_window(status)  # the window's run ends the process here, without a slow teardown
raise SystemExit(status)
