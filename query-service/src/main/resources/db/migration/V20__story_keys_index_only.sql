-- Story candidates (StoryStore.CANDIDATES) read, for each of an article's 20 retrieval keys, the 30
-- newest stories that have it. With story_keys_newest (key, story_seq) alone the planner read every
-- row of the key from the heap and sorted them (a Bitmap Heap Scan: 165 rows and ~160 heap pages a
-- key, EXPLAIN ANALYZE at 20,000 stored articles of deploy/local/stories-cost.sh: 4,574 buffers and
-- 8.7 ms for the whole statement). With the story id in the index the 30 are read in order from the
-- index alone and the scan stops there: 89 buffers for the 20 keys, 1,413 and 3.1 ms in all.
create index if not exists story_keys_newest_ids on story_keys (key, story_seq desc) include (story_id);
drop index if exists story_keys_newest;
