package io.newsfacts.fact;

import io.newsfacts.entity.ArticleEntities;
import io.newsfacts.entity.EntityMention;
import io.newsfacts.entity.EntityTagger;
import io.newsfacts.entity.EntityType;
import io.newsfacts.rule.Span;
import io.newsfacts.rule.Tag;
import io.newsfacts.segment.EntityHint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adapter from the entity stage to the fact stage's {@link ArticleContext}. Thread-safe. */
final class EntityStage {

    private final EntityTagger tagger;

    private EntityStage(EntityTagger tagger) {
        this.tagger = tagger;
    }

    static EntityStage fromDefaultModels() {
        return new EntityStage(EntityTagger.fromDefaultModels());
    }

    ArticleContext resolve(String articleText, String headline) {
        return resolve(articleText, headline, List.of(), null);
    }

    /**
     * With a backend's entity hints (its ORGANIZATION spans are agency candidates) and the address the article was
     * published at (a government site's host names its place), either may be empty or null.
     */
    ArticleContext resolve(String articleText, String headline, List<EntityHint> hints, String sourceUrl) {
        List<EntityHint> organizations = hints.stream().filter(h -> "ORGANIZATION".equals(h.type())).toList();
        ArticleEntities entities = tagger.resolve(articleText, headline, organizations, sourceUrl);
        return new ArticleContext() {
            @Override
            public Optional<AgencyRef> agencyAt(int offset) {
                return entities.agencyAt(offset).map(a -> new AgencyRef(a.name(), a.code()));
            }

            @Override
            public Optional<String> campaignAt(int offset) {
                return entities.campaignAt(offset);
            }

            @Override
            public List<Span> spansIn(int from, int to) {
                List<Span> out = new ArrayList<>();
                for (EntityMention m : entities.mentions()) {
                    if (m.start() >= from && m.end() <= to) {
                        Tag tag = m.type() == EntityType.CAMPAIGN ? Tag.CAMPAIGN : Tag.AGENCY;
                        out.add(new Span(m.start() - from, m.end() - from, tag));
                    }
                }
                return out;
            }
        };
    }
}
