-- Werkbank schema 7: the team maintains its Werkzeugkatalog (tools added, edited, retired, deleted while
-- unused; imported from Excel, where "w-017" and "W-017" are the same id). A tool's id is unique
-- whatever its case, retired tools included, so an id once given is never given again.

alter table werkzeug add column code_key varchar(20) generated always as (upper(code));

create unique index werkzeug_by_code_key on werkzeug (code_key);
