-- Stories: the articles about one event, grouped as they are stored (dev.tidings.query.story).
-- A story keeps what assignment compares an article with, so that assigning never reads the
-- story's articles: the sum of their embeddings (the mean's direction), and for each retrieval key
-- how many of its articles have it. Rows are written only by the consumer, inside the transaction
-- that stores the article and under its writers' lock (ArticleStore), so that two replicas never
-- start two stories for one event.

create sequence stories_seq;

create table stories (
    id             uuid primary key,
    -- The order stories were started in: ties go to the older story, listings page on it.
    seq            bigint not null unique default nextval('stories_seq'),
    size           integer not null,
    -- Publication time, else ingestion time, of the earliest and latest article.
    first_seen     timestamptz not null,
    last_seen      timestamptz not null,
    title          text,
    title_article  uuid,
    model          text,
    embedded       integer not null default 0,
    vector_sum     real[],
    title_vector   real[],
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

-- The retrieval index: for a key, the newest stories that have it.
create table story_keys (
    key        text not null,
    story_id   uuid not null references stories (id) on delete cascade,
    story_seq  bigint not null,
    articles   integer not null,
    primary key (story_id, key)
);
create index story_keys_newest on story_keys (key, story_seq desc);

-- How many stored articles have each key (and '#articles': how many were assigned): the rarity of a
-- key, so that "earthquake" ties two articles less than "Ardahan" does.
create table story_key_counts (
    key       text primary key,
    articles  bigint not null
);
