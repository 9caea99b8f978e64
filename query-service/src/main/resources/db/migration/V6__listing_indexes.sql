-- Partial indexes over the listed articles only: search, facets and the listing hide articles
-- flagged as duplicates (duplicate_of) unless asked, and syndicated copies arrive together, so that
-- a full index has long runs of rows to skip (measured on 21,970 stored articles of which 7,837
-- duplicates: the newest-first page skipped 6,962 index entries, 29 ms instead of 0.1 ms).

-- The newest-first listing, and its keyset paging (see articles_newest_first for duplicates too).
create index articles_newest_listed on articles (sort_at desc, id desc) where duplicate_of is null;

-- Facets over every listed article (a front page's facet column, no query yet) read only these
-- columns of each row: an index-only scan of this narrow index reads a small part of the bytes of a
-- sequential scan of the table, whose rows carry title, body, card and vectors.
create index articles_facet_columns on articles (id)
    include (country_codes, topic_codes, language_code, source)
    where duplicate_of is null;
