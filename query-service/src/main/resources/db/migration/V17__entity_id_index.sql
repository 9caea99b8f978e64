-- Person and organisation filters at archive scale. A filter such as organization=OPEC used to find
-- its articles through article_entity_keys, one row per article, entity and name: at 1,000,000
-- articles it read all 4,017 key rows of OPEC, one heap page each, to keep the few in the newest
-- window (two statements of 4.5-5.2 ms, EXPLAIN ANALYZE warm; HTTP p99 30-60 ms at 200 requests/s).
-- Now the filter resolves its names and ids to entity ids in entity_names (V12: a few rows, by
-- name through entity_names_prefix, by id through the index below) and matches them against the
-- ids each article carries (V14) through the GIN index below, ANDed with the window's time range:
-- 1.4-2.3 ms each. Locations have no id column and keep article_entity_keys.
--
-- Not with the day as a first column, as in V16: the planner then used this index for the day
-- condition of a word search (all of the window's articles, each rechecked for the word in the
-- heap: q=oil 3.2 -> 5.4 ms), and the entity's own entries cost about the same either way.
create index if not exists entity_names_by_id on entity_names (lower(entity_id));

-- "if not exists": on a large archive an operator may build it first, concurrently (3 s at
-- 1,000,000 articles; 22 MB).
create index if not exists articles_entity_ids on articles using gin (person_ids, organization_ids);
