-- Werkbank schema 3: the Werkzeugkatalog's own version, raised whenever the catalogue changes
-- (snapshots carry it, so a reader sees which catalogue a plan was made with).

create table catalogue_info (
    id      int not null primary key check (id = 1),
    version int not null
);

insert into catalogue_info (id, version) values (1, 1);

-- Steps are always read by their sheet; the index by status and due date only slowed writes.
drop index step_by_due;
