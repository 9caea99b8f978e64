-- Facet counts over every listed article (duplicate_of is null), maintained at write time, so that a
-- facet column without a query or filter (a front page's) reads a few rows instead of counting the
-- whole archive (at 1,000,000 articles that counted every row of articles_facet_columns and of
-- article_entities). Kept exact by triggers, in the writing transaction:
--   articles:         a row counts while it is listed; inserting it, updating it (new tags, a
--                     duplicate flag set or cleared) or deleting it moves its countries, topics,
--                     language and source, and its people and organisations, with it;
--   article_entities: a person or organisation counts while its article is listed.
-- The label is what a facet shows beside the value (an entity's name, a topic's label), kept with
-- the count so that no facet has to look it up among the matching articles.
create table facet_counts (
    dimension text   not null,
    value     text   not null,
    n         bigint not null,
    label     text,
    primary key (dimension, value)
);
create index facet_counts_top on facet_counts (dimension, n desc, value) include (label);

-- Adds delta to every facet value of one article, its people and organisations included.
create function tidings_count_facets(a articles, delta integer) returns void
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
        where e.article_id = a.id and e.type in ('PERSON', 'ORGANIZATION')
    ) v
    group by v.dimension, v.value
    -- One order for every writer, so that two never wait on each other's rows the other way round.
    order by v.dimension, v.value
    on conflict (dimension, value) do update
        set n = f.n + excluded.n, label = coalesce(excluded.label, f.label);
end
$$;

create function tidings_articles_facet_counts() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        -- Before the delete: its entities are still there (the cascade removes them afterwards).
        if old.duplicate_of is null then
            perform tidings_count_facets(old, -1);
        end if;
        return old;
    end if;
    if tg_op = 'UPDATE'
            and (old.duplicate_of is null) = (new.duplicate_of is null)
            and old.country_codes is not distinct from new.country_codes
            and old.topic_codes is not distinct from new.topic_codes
            and old.language_code is not distinct from new.language_code
            and old.source is not distinct from new.source
            and old.tags -> 'topics' is not distinct from new.tags -> 'topics' then
        return null;
    end if;
    -- Entities are the same for the old and the new row here (their table is not written by this
    -- statement), so that they cancel out unless the duplicate flag changed.
    if tg_op = 'UPDATE' and old.duplicate_of is null then
        perform tidings_count_facets(old, -1);
    end if;
    if new.duplicate_of is null then
        perform tidings_count_facets(new, 1);
    end if;
    return null;
end
$$;

create function tidings_entities_facet_counts() returns trigger
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
    if e.type in ('PERSON', 'ORGANIZATION')
            and exists (select from articles a where a.id = e.article_id and a.duplicate_of is null) then
        insert into facet_counts as f (dimension, value, n, label)
        values (e.type, e.entity_id, case when tg_op = 'DELETE' then -1 else 1 end, e.name)
        on conflict (dimension, value) do update
            set n = f.n + excluded.n, label = coalesce(excluded.label, f.label);
    end if;
    return null;
end
$$;

create trigger facet_counts_on_write after insert or update on articles
    for each row execute function tidings_articles_facet_counts();
create trigger facet_counts_on_delete before delete on articles
    for each row execute function tidings_articles_facet_counts();
create trigger facet_counts_on_entities after insert or delete on article_entities
    for each row execute function tidings_entities_facet_counts();

-- Counts everything again: for the rows stored before this migration, and after a bulk load that
-- ran with these triggers disabled (deploy/bench's archive loader).
create function tidings_recount_facets() returns void
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
        where a.duplicate_of is null and e.type in ('PERSON', 'ORGANIZATION')
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
end
$$;

select tidings_recount_facets();
