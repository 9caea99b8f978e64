-- Entity autocomplete (GET /v1/entities?prefix=) at archive scale. It used to look the prefix up
-- among the keys of every article (article_entity_keys: a row per article, entity and name), then
-- count every article of each entity found and read its names from article_entities: at 200,000
-- articles, prefix "re" was a hash join over every key row of the prefix, 1.4 s. Now it reads what
-- the writes keep, in the writing transaction, like V10's facet counts:
--   entity_names: each distinct name and alias of an entity, with how many article_entities rows
--                 carry it (the most used name is the entity's name; a row that no article carries
--                 any more is deleted), so that a prefix finds entities, not article rows;
--   facet_counts: the listed articles of an entity, now for every entity type (V10 counted persons
--                 and organisations only, the two entity facets), so that a suggestion's count is
--                 one row's read.
create table entity_names (
    entity_id text   not null,
    type      text   not null,
    -- 'name' or 'alias', as in article_entity_keys
    kind      text   not null,
    name      text   not null,
    mentions  bigint not null,
    primary key (entity_id, type, kind, name)
);
-- The prefix range, lowercased by the server on both sides as article_entity_keys' keys are (byte
-- order, any locale).
create index entity_names_prefix on entity_names (lower(name) text_pattern_ops) include (entity_id, type);

-- Adds delta to the names of one article_entities row.
create function tidings_count_entity_names(e article_entities, delta integer) returns void
    language plpgsql as $$
begin
    insert into entity_names as n (entity_id, type, kind, name, mentions)
    select e.entity_id, e.type, v.kind, v.name, delta
    from (select 'name' as kind, e.name as name
          union
          select 'alias', alias from unnest(e.aliases) alias) v
    where v.name <> ''
    -- One order for every writer, so that two never wait on each other's rows the other way round.
    order by v.kind, v.name
    on conflict (entity_id, type, kind, name) do update set mentions = n.mentions + excluded.mentions;
    if delta < 0 then
        delete from entity_names n where n.entity_id = e.entity_id and n.type = e.type and n.mentions <= 0;
    end if;
end
$$;

create function tidings_entities_names() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform tidings_count_entity_names(old, -1);
    else
        perform tidings_count_entity_names(new, 1);
    end if;
    return null;
end
$$;

create trigger entity_names_on_entities after insert or delete on article_entities
    for each row execute function tidings_entities_names();

-- V10's functions with every entity type counted, not only persons and organisations.
create or replace function tidings_count_facets(a articles, delta integer) returns void
    language plpgsql as $$
begin
    insert into facet_counts as f (dimension, value, n, label)
    select v.dimension, v.value, sum(delta), max(v.label)
    from (
        select 'COUNTRY' as dimension, c as value, null::text as label from unnest(a.country_codes) c
        union all
        select 'TOPIC', t, (select x ->> 'label'
                            from jsonb_array_elements(case when jsonb_typeof(a.tags -> 'topics') = 'array'
                                                           then a.tags -> 'topics' else '[]'::jsonb end) x
                            where x ->> 'code' = t limit 1)
        from unnest(a.topic_codes) t
        union all
        select 'LANGUAGE', a.language_code, null
        union all
        select 'SOURCE', a.source, null where a.source is not null
        union all
        select e.type, e.entity_id, e.name
        from article_entities e
        where e.article_id = a.id
    ) v
    group by v.dimension, v.value
    order by v.dimension, v.value
    on conflict (dimension, value) do update
        set n = f.n + excluded.n, label = coalesce(excluded.label, f.label);
end
$$;

create or replace function tidings_entities_facet_counts() returns trigger
    language plpgsql as $$
declare
    e article_entities;
begin
    if tg_op = 'DELETE' then
        e := old;
    else
        e := new;
    end if;
    -- A deleted article is no longer visible here: its delete trigger has taken its entities off.
    if exists (select from articles a where a.id = e.article_id and a.duplicate_of is null) then
        insert into facet_counts as f (dimension, value, n, label)
        values (e.type, e.entity_id, case when tg_op = 'DELETE' then -1 else 1 end, e.name)
        on conflict (dimension, value) do update
            set n = f.n + excluded.n, label = coalesce(excluded.label, f.label);
    end if;
    return null;
end
$$;

-- Counts everything again, entity names included: for the rows stored before this migration, and
-- after a bulk load that ran with the triggers disabled (deploy/bench's archive loader).
create or replace function tidings_recount_facets() returns void
    language plpgsql as $$
begin
    delete from facet_counts;
    insert into facet_counts (dimension, value, n, label)
    select v.dimension, v.value, count(*), max(v.label)
    from (
        select 'COUNTRY' as dimension, unnest(a.country_codes) as value, null::text as label
        from articles a where a.duplicate_of is null
        union all
        select 'TOPIC', unnest(a.topic_codes), null from articles a where a.duplicate_of is null
        union all
        select 'LANGUAGE', a.language_code, null from articles a where a.duplicate_of is null
        union all
        select 'SOURCE', a.source, null from articles a where a.duplicate_of is null and a.source is not null
        union all
        select e.type, e.entity_id, e.name
        from article_entities e join articles a on a.id = e.article_id
        where a.duplicate_of is null
    ) v
    group by v.dimension, v.value;
    update facet_counts f set label = (
        select t ->> 'label'
        from articles a
        cross join lateral jsonb_array_elements(case when jsonb_typeof(a.tags -> 'topics') = 'array'
                                                     then a.tags -> 'topics' else '[]'::jsonb end) t
        where a.topic_codes @> array[f.value] and t ->> 'code' = f.value
        limit 1)
    where f.dimension = 'TOPIC';

    delete from entity_names;
    insert into entity_names (entity_id, type, kind, name, mentions)
    select v.entity_id, v.type, v.kind, v.name, count(*)
    from (
        -- Distinct within one article's entity, as the trigger counts it.
        select e.article_id, e.entity_id, e.type, 'name' as kind, e.name from article_entities e
        union
        select e.article_id, e.entity_id, e.type, 'alias', alias from article_entities e, unnest(e.aliases) alias
    ) v
    where v.name <> ''
    group by v.entity_id, v.type, v.kind, v.name;
end
$$;

select tidings_recount_facets();
