package io.newsfacts.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for JSON in and out: numbers plain (94520000, not 9.452E+7), unknown fields tolerated on input. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    /** A shared, immutable-once-configured mapper (ObjectMapper is thread-safe after configuration). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
