-- H2 gets a larger identity cache here (db/h2/V17). PostgreSQL keeps its default of 1: its cache is per
-- session, and ids handed out ahead by one colleague's connection would no longer follow the order in
-- which the history and the undo steps were written.
comment on column history.id is 'identity, cache 1: ids follow the order of commits across sessions';
