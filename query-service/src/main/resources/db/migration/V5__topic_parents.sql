-- A topic filter or facet on a top-level IPTC Media Topic also counts articles tagged with one of its
-- children: topic_codes holds every code sent plus the top-level parent of each child code.
-- enrichment-service emits a child only together with its parent (TopicClassifier), but the stored
-- row must not depend on that: another tagger, or an older one, may send the child alone. The card
-- (what a hit shows) keeps the topics as sent.
--
-- The child -> parent pairs of the codes enrichment-service can emit
-- (enrichment-service/src/main/resources/topic/iptc-media-topics.tsv; IPTC NewsCodes Media Topics,
-- CC BY 4.0). A new child code there needs a line here (in a new migration) to count for its parent.
create function tidings_topic_parent(code text) returns text
    language sql immutable parallel safe
return case code
    when 'medtop:20000082' then 'medtop:02000000'
    when 'medtop:20000106' then 'medtop:02000000'
    when 'medtop:20000129' then 'medtop:02000000'
    when 'medtop:20000139' then 'medtop:03000000'
    when 'medtop:20000148' then 'medtop:03000000'
    when 'medtop:20000385' then 'medtop:04000000'
    when 'medtop:20000400' then 'medtop:05000000'
    when 'medtop:20000418' then 'medtop:06000000'
    when 'medtop:20000424' then 'medtop:06000000'
    when 'medtop:20000446' then 'medtop:07000000'
    when 'medtop:20000533' then 'medtop:09000000'
    when 'medtop:20000536' then 'medtop:09000000'
    when 'medtop:20000574' then 'medtop:11000000'
    when 'medtop:20000587' then 'medtop:11000000'
    when 'medtop:20000638' then 'medtop:11000000'
    when 'medtop:20000703' then 'medtop:12000000'
    when 'medtop:20000053' then 'medtop:16000000'
    when 'medtop:20000056' then 'medtop:16000000'
    when 'medtop:20000065' then 'medtop:16000000'
end;

-- The codes of a topic list and their top-level parents, sorted and distinct.
create function tidings_topic_codes(items jsonb) returns text[]
    language sql immutable parallel safe
return array(
    select distinct c
    from unnest(tidings_codes(items)) code, lateral (values (code), (tidings_topic_parent(code))) v(c)
    where c is not null
    order by 1);

-- A generated column's expression cannot be altered: the column is made again (the table is rewritten).
drop index articles_topics;
alter table articles drop column topic_codes;
alter table articles add column topic_codes text[] generated always as (tidings_topic_codes(tags -> 'topics')) stored;
create index articles_topics on articles using gin (topic_codes);
