-- Werkbank schema 5 (PostgreSQL; H2's is in db/h2): each history entry keeps what the change did,
-- before and after, as the command's state in JSON ({"kind": …, "state": …}); entries written before
-- have none.

alter table history add column change character varying;
