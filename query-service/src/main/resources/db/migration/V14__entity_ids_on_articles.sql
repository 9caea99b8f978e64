-- The people and organisations of each article on its own row, so that facets over the matches of a
-- search count them from the rows the search has read already (unnest, as countries and topics are
-- counted) instead of probing article_entities once per match: at the benchmark's 20,000 articles
-- the person facet of q=oil was 187 index probes (about 500 rows) or a hash join over all 54,741
-- article_entities rows, most of the facet statement's time.
--
-- The same entities as ArticleStore's side-table statement puts in article_entities: items with an
-- id, a type and a name; an id listed twice takes the type of its most salient item (ties: the
-- first type in order, where article_entities takes either). Generated, so that every writer (the
-- consumer's upsert, the archive loader's COPY) keeps it without a statement of its own.
create function tidings_entity_ids(entities jsonb, entity_type text) returns text[]
    language sql immutable parallel safe
return array(
    select d.id
    from (
        select distinct on (e.id) e.id, e.type
        from jsonb_array_elements(case when jsonb_typeof(entities) = 'array' then entities else '[]'::jsonb end) x
        cross join lateral jsonb_to_record(case when jsonb_typeof(x) = 'object' then x else '{}'::jsonb end)
            as e(id text, type text, name text, salience double precision)
        where e.id is not null and e.type is not null and e.name is not null
        order by e.id, coalesce(e.salience, 0) desc, e.type
    ) d
    where d.type = entity_type
    order by d.id);

alter table articles
    add column person_ids       text[] generated always as (tidings_entity_ids(entities, 'PERSON')) stored,
    add column organization_ids text[] generated always as (tidings_entity_ids(entities, 'ORGANIZATION')) stored;
