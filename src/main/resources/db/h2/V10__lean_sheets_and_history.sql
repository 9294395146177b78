-- A Werkzeugblatt's steps and indicators are parts of the sheet: they are edited, versioned (the
-- sheet's version) and replaced with it, never on their own. They move into the sheet row as JSON
-- arrays, in the shape the program writes them (see SheetParts); a large plan then costs a row per
-- sheet instead of a row and four index entries per step.
alter table sheet add column steps character varying not null default '[]';
alter table sheet add column indicators character varying not null default '[]';

update sheet s set steps = coalesce((
    select cast(json_arrayagg(json_object(
            'id': cast(st.uuid as varchar), 'text': st.text, 'who': cast(a.uuid as varchar),
            'withWhom': st.with_whom, 'due': cast(st.due as varchar), 'status': st.status, 'note': st.note)
        order by st.position) as varchar)
    from step st left join actor a on a.id = st.who_id
    where st.card_id = s.card_id), '[]');

update sheet s set indicators = coalesce((
    select cast(json_arrayagg(json_object(
            'id': cast(x.uuid as varchar), 'name': x.name, 'unit': x.unit, 'baseline': x.baseline,
            'target': x.target, 'targetDate': cast(x.target_date as varchar))
        order by x.position) as varchar)
    from indicator x
    where x.card_id = s.card_id), '[]');

drop table step;
drop table indicator;

-- The history is only appended to and listed in order. A store holds one plan, so the history needs
-- no key of it (nor an index on that key); its ids are never looked up, so they need no index either
-- (the program makes them at random, and a snapshot's are checked unique before it is imported).
-- Dropping the column drops its unique constraint, whatever name the database gave it.
alter table history drop column plan_id;
alter table history add column uuid_copy uuid;
update history set uuid_copy = uuid;
alter table history drop column uuid;
alter table history alter column uuid_copy rename to uuid;
alter table history alter column uuid set not null;
