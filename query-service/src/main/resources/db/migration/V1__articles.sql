-- One row per article: the newest content version, tagged by the newest enricher that saw that content.
-- Rows are written only by ArticleStore's version-guarded upsert (see query-service/README.md).
create table articles (
    id                  uuid primary key,
    version             bigint           not null,
    content_hash        text             not null,
    enrichment_version  integer          not null,
    url                 text             not null,
    source              text,
    title               text             not null,
    body                text             not null,
    published_at        timestamptz,
    authors             jsonb            not null default '[]',
    section             text,
    ingested_at         timestamptz      not null,
    -- When the article was first seen, so that an undated article keeps its place in the listing
    -- when a later version of it arrives.
    first_ingested_at   timestamptz      not null,
    enriched_at         timestamptz      not null,
    language_code       text             not null,
    language_confidence double precision not null,
    -- The entity list as JSON: [{id, type, name, aliases, mentions: [{start, end, text}], salience}].
    entities            jsonb            not null default '[]',
    -- Every other field of the enriched document (tags added by later enrichers), returned as is.
    tags                jsonb            not null default '{}',
    -- Newest first: coalesce(published_at, first_ingested_at).
    sort_at             timestamptz      not null,
    stored_at           timestamptz      not null default now()
);

-- Keyset paging, newest first: where (sort_at, id) < (cursor) order by sort_at desc, id desc.
create index articles_newest_first on articles (sort_at desc, id desc);
