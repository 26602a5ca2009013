package io.newsfacts.fact;

import io.newsfacts.rule.Span;

import java.util.List;
import java.util.Optional;

/** Adapter from the entity stage to the fact stage's {@link ArticleContext}. */
final class EntityStage {

    private EntityStage() {
    }

    static EntityStage fromDefaultModels() {
        return new EntityStage();
    }

    ArticleContext resolve(String articleText, String headline) {
        return new ArticleContext() {
            @Override
            public Optional<AgencyRef> agencyAt(int offset) {
                return Optional.empty();
            }

            @Override
            public Optional<String> campaignAt(int offset) {
                return Optional.empty();
            }

            @Override
            public List<Span> spansIn(int from, int to) {
                return List.of();
            }
        };
    }
}
