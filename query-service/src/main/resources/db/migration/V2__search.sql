-- Search for front ends: full text, filters, facets, autocomplete and the live stream.
-- Everything searched or faceted on is derived from the stored row in the same transaction as the
-- upsert: generated columns here, side tables by ArticleStore (see query-service/README.md).

-- The ISO or IPTC codes of a tag list such as [{"code": "KP", ...}], sorted and distinct. Immutable,
-- so that generated columns can use it; malformed items are skipped rather than failing the write.
create function tidings_codes(items jsonb) returns text[]
    language sql immutable parallel safe
return array(
    select distinct item ->> 'code'
    from jsonb_array_elements(case when jsonb_typeof(items) = 'array' then items else '[]'::jsonb end) item
    where jsonb_typeof(item -> 'code') = 'string'
    order by 1);

-- The tone score, or null when the article has none (or a malformed one).
create function tidings_tone_score(tone jsonb) returns double precision
    language sql immutable parallel safe
return case when jsonb_typeof(tone -> 'score') = 'number' then (tone ->> 'score')::double precision end;

-- What a result list shows of an article besides its columns, small and precomputed: the five most
-- salient entities {id, type, name}, the topics {code, label} and the countries {code, name}. One
-- inline column per hit instead of a side-table lookup and the (possibly TOASTed) tags.
create function tidings_card(entities jsonb, tags jsonb) returns jsonb
    language sql immutable parallel safe
return jsonb_build_object(
    'entities', coalesce((
        select jsonb_agg(jsonb_build_object('id', e ->> 'id', 'type', e ->> 'type', 'name', e ->> 'name')
                         order by ord)
        from (select e, row_number() over (
                        order by case when jsonb_typeof(e -> 'salience') = 'number'
                                      then (e ->> 'salience')::double precision end desc nulls last,
                                 e ->> 'id') as ord
              from jsonb_array_elements(case when jsonb_typeof(entities) = 'array' then entities else '[]'::jsonb end) e
              where jsonb_typeof(e) = 'object') ranked
        where ord <= 5), '[]'::jsonb),
    'topics', coalesce((
        select jsonb_agg(jsonb_build_object('code', t ->> 'code', 'label', t ->> 'label'))
        from jsonb_array_elements(case when jsonb_typeof(tags -> 'topics') = 'array' then tags -> 'topics' else '[]'::jsonb end) t
        where jsonb_typeof(t) = 'object'), '[]'::jsonb),
    'countries', coalesce((
        select jsonb_agg(jsonb_build_object('code', c ->> 'code', 'name', c ->> 'name'))
        from jsonb_array_elements(case when jsonb_typeof(tags -> 'countries') = 'array' then tags -> 'countries' else '[]'::jsonb end) c
        where jsonb_typeof(c) = 'object'), '[]'::jsonb));

-- Every effective upsert takes the next number: the stream's event id, and where a resuming client
-- starts again. ArticleStore serialises writers so that numbers become visible in order.
create sequence articles_store_seq;

alter table articles
    -- Set by the duplicate detection (another issue); search hides such rows unless asked.
    add column duplicate_of  uuid,
    add column store_seq     bigint not null default nextval('articles_store_seq'),
    add column country_codes text[] generated always as (tidings_codes(tags -> 'countries')) stored,
    add column topic_codes   text[] generated always as (tidings_codes(tags -> 'topics')) stored,
    add column tone_score    double precision generated always as (tidings_tone_score(tags -> 'tone')) stored,
    add column card          jsonb generated always as (tidings_card(entities, tags)) stored,
    -- Matching: title (weight A) above the whole main story (B).
    add column search_tsv    tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored,
    -- Ranking: title and lead only. Small enough to stay inline in the row (no TOAST), so ranking a
    -- match costs a fraction of ranking search_tsv; see the README's "Search design".
    add column rank_tsv      tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', left(body, 400)), 'B')) stored;

create unique index articles_by_store_seq on articles (store_seq);
create index articles_search on articles using gin (search_tsv);
create index articles_countries on articles using gin (country_codes);
create index articles_topics on articles using gin (topic_codes);

-- The entities of each stored article, for facets and autocomplete.
create table article_entities (
    article_id uuid             not null references articles (id) on delete cascade,
    entity_id  text             not null,
    type       text             not null,
    name       text             not null,
    aliases    text[]           not null default '{}',
    salience   double precision not null,
    primary key (article_id, entity_id)
);
create index article_entities_by_entity on article_entities (entity_id, article_id);

-- Every way a filter or a prefix may name an entity of an article: its id, its name and each alias,
-- lowercased. Filters look keys up by (type, key); autocomplete by key prefix.
create table article_entity_keys (
    article_id uuid not null references articles (id) on delete cascade,
    entity_id  text not null,
    type       text not null,
    -- id, name or alias: autocomplete matches names and aliases only.
    kind       text not null,
    key        text not null,
    primary key (article_id, entity_id, kind, key)
);
create index article_entity_keys_lookup on article_entity_keys (type, key);
create index article_entity_keys_prefix on article_entity_keys (key text_pattern_ops);
