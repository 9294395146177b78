-- Werkbank schema 5: each history entry keeps what the change did, before and after, as the
-- command's state in JSON ({"kind": …, "state": …}); entries written before have none.

alter table history add column change varchar(1000000000);
