-- Werkbank schema 10 (PostgreSQL; H2's is in db/h2): a Werkzeugblatt's steps and indicators move into
-- the sheet row as JSON arrays (see SheetParts). PostgreSQL 15 has no SQL/JSON constructors as H2
-- writes them; json_build_object and json_agg make the same arrays.
alter table sheet add column steps character varying not null default '[]';
alter table sheet add column indicators character varying not null default '[]';

update sheet s set steps = coalesce((
    select cast(json_agg(json_build_object(
            'id', cast(st.uuid as varchar), 'text', st.text, 'who', cast(a.uuid as varchar),
            'withWhom', st.with_whom, 'due', cast(st.due as varchar), 'status', st.status, 'note', st.note)
        order by st.position) as varchar)
    from step st left join actor a on a.id = st.who_id
    where st.card_id = s.card_id), '[]');

update sheet s set indicators = coalesce((
    select cast(json_agg(json_build_object(
            'id', cast(x.uuid as varchar), 'name', x.name, 'unit', x.unit, 'baseline', x.baseline,
            'target', x.target, 'targetDate', cast(x.target_date as varchar))
        order by x.position) as varchar)
    from indicator x
    where x.card_id = s.card_id), '[]');

drop table step;
drop table indicator;

-- The history needs no key of the plan nor an index on its uuid (see H2's V10).
alter table history drop column plan_id;
alter table history drop constraint history_uuid_key;
