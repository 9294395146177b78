-- A migration that exists only in the tests, to exercise upgrading an existing store.
alter table werkzeug add column test_only_note varchar(100);
