-- The articles still waiting for a story (stored while stories were switched off, or loaded by the
-- archive importer), oldest first: what StoryBackfill reads, one at a time, however large the archive.
create index articles_without_story on articles (sort_at, id) where story_id is null;
