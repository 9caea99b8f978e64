-- Every stored article belongs to one story (set by the consumer once, kept on later versions).
alter table articles add column story_id uuid;

-- A story's articles, newest first, and the story= filter.
create index articles_by_story on articles (story_id, sort_at desc, id desc);

-- GET /v1/stories: the most recently active and the largest first, each with a unique tie-break so
-- that keyset paging neither skips nor repeats.
create index stories_recent on stories (last_seen desc, seq desc);
create index stories_largest on stories (size desc, seq desc);
