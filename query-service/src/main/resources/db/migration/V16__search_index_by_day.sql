-- One search index whose first column is the UTC day of each article's sort time, beside the words
-- and the topics: a search within a recency window or a date range names its days
-- (FilterConditions.days), and GIN intersects them with the word's or the topic's entries inside the
-- index, skipping the rest of a long posting list. Measured on the archive benchmark's 1,000,000
-- articles (EXPLAIN ANALYZE, warm): q=oil in the newest window 24 -> 3 ms, of which the index scan
-- 23 -> 0.4 ms (the separate GIN index read all 87,329 entries of "oil" before a BitmapAnd with the
-- window's 1,490 rows); a topic over three days 1.7 ms, where the topic's own index read all its
-- 34,213 entries in 8-10 ms.
--
-- Days, not the time itself: in GIN a range over a timestamp column is one entry per distinct time
-- (42,473 for a month, 165 ms to scan), where a day is one entry of ~1,400 articles.
--
-- A GIN index serves conditions on any subset of its columns as well as one index each, so it
-- replaces the word and topic indexes of V2. Needs btree_gin (GIN operator classes for scalar
-- types): part of PostgreSQL's contrib, shipped in Debian's postgresql packages and in
-- CloudNativePG's images, and a trusted extension, so the database owner may create it.
create extension if not exists btree_gin;

-- "if not exists": on a large archive an operator may build it first, concurrently (30 s at
-- 1,000,000 articles on 2 cores, during which this statement would block the writers).
create index if not exists articles_search_by_day on articles
    using gin (((sort_at at time zone 'UTC')::date), search_tsv, topic_codes);

drop index if exists articles_search;
drop index if exists articles_topics;
