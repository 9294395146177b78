-- Werkbank schema 7 (PostgreSQL; H2's is in db/h2): a tool's id is unique whatever its case, retired
-- tools included, so an id once given is never given again. PostgreSQL stores a generated column.

alter table werkzeug add column code_key varchar(20) generated always as (upper(code)) stored;

create unique index werkzeug_by_code_key on werkzeug (code_key);
