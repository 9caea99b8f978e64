-- The store number at which an article joined its story (StoryStore, inside the storing
-- transaction): equal to the article's store_seq in the version that joined, so that the stream
-- tells a story's growth (a 'story' event) from a later version of an article already in it.
alter table articles add column story_joined_seq bigint;
