"""Background imports (issue 21 item 2): uploads in parts (`uploads`), jobs and their state
machine (`jobs`), and the runner that claims queued jobs and runs the resource's import on
them (`runner`); `client` is the partners' command-line importer (`enc import`)."""
