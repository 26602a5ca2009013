package io.newsfacts.segment;

import java.util.List;

/** What a backend read from one text: its words and, if it has an NER model, its entity hints. */
public record Analysis(List<Token> tokens, List<EntityHint> entities) {

    public Analysis {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }
}
