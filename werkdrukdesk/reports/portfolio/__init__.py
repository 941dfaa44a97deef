"""The adviser's printed overview of many client files (`overview.build`), made from the rows
`storage.portfolio` lists; reports import core only, so the rows come in as they are, read
through the few fields named in `overview.ClientRow`."""
