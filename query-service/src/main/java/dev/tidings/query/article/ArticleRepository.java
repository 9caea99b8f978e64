package dev.tidings.query.article;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads stored articles by id; lists and searches are {@code ArticleSearchRepository}'s. */
@ApplicationScoped
@WithSession
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {}
