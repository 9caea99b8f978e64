-- Two roles, so that the REST side cannot write even if a query were ever built wrongly:
--   tidings_writer: the consumer's upserts (and Flyway, in Kubernetes, where it owns the database);
--   tidings_reader: the REST reads (search, facets, entities, the stream), SELECT only.
-- In Kubernetes CloudNativePG creates both with their passwords (deploy/k8s/base/postgres/cluster.yaml)
-- and this only grants. Where they are missing (the local stack, the tests) they are created here,
-- without a password: they can log in only where the server trusts the connection (loopback).
do $$
begin
    if not exists (select from pg_roles where rolname = 'tidings_writer') then
        create role tidings_writer login;
    end if;
    if not exists (select from pg_roles where rolname = 'tidings_reader') then
        create role tidings_reader login;
    end if;
end
$$;

grant usage on schema public to tidings_writer, tidings_reader;

grant select, insert, update, delete on articles, article_entities, article_entity_keys to tidings_writer;
grant usage, select on sequence articles_store_seq to tidings_writer;
grant select on all tables in schema public to tidings_reader;

-- Tables that later migrations add get the same grants.
alter default privileges in schema public grant select, insert, update, delete on tables to tidings_writer;
alter default privileges in schema public grant usage, select on sequences to tidings_writer;
alter default privileges in schema public grant select on tables to tidings_reader;
