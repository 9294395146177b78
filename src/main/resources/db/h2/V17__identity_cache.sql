-- Identity values are handed out 1,000 at a time instead of 32 (H2's default): a large import (a
-- Regionalstatistik table of 590,000 values, a snapshot of 10,000 cards) otherwise writes each table's
-- sequence to disk in a transaction of its own every 32 rows, a quarter of the import's time. H2 keeps
-- the cache for the whole database, so ids still follow the order of the inserts (the history and the
-- undo steps are read in id order); gaps after a restart are harmless. PostgreSQL caches per session,
-- which would break that order between colleagues: there the cache stays at 1 (db/postgresql/V17).
alter table datencheck_value alter column id set cache 1000;
alter table area alter column id set cache 1000;
alter table card alter column id set cache 1000;
alter table history alter column id set cache 1000;
alter table undo_step alter column id set cache 1000;
alter table werkzeug alter column id set cache 1000;
alter table review_entry alter column id set cache 1000;
alter table vote alter column id set cache 1000;
