-- Every stored article looks up its near-duplicates through articles_fp_pairs (V18) in its own
-- transaction. A GIN index with fastupdate (PostgreSQL's default) queues new entries in a pending
-- list, up to gin_pending_list_limit (4 MB), and every search reads that whole list before the
-- index proper: while articles arrive, each lookup read hundreds of pending pages to find a few
-- rows. Measured with pg_stat_statements during deploy/local/stories-cost.sh 20000 (stories on):
-- the near-duplicate update took 4.9 ms an article (357 buffers) and the Bitmap Index Scan alone
-- 10.6 ms (563 buffers) in an EXPLAIN ANALYZE; with fastupdate off the store went from 68 to 91
-- articles a second and PostgreSQL's CPU from 13.3 to 9.5 ms an article.
--
-- Without the pending list each insert writes its 28 pair keys into the index at once; the
-- lookups read only the index. The entries already queued are moved into the index now.
alter index articles_fp_pairs set (fastupdate = off);
select gin_clean_pending_list('articles_fp_pairs');
