package io.trailscope.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.nio.charset.StandardCharsets;

/** Reading request bodies and writing responses: one mapper, bounded input, errors as {@code WEB_BAD_REQUEST}. */
final class Json {
    /** Request bodies larger than this are refused before parsing. */
    static final int MAX_BODY_BYTES = 1 << 20;
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                .maxStringLength(MAX_BODY_BYTES).build());
    }

    private Json() {}

    /** The request body as a JSON object; an empty body reads as {@code {}}. */
    static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY_BYTES) {
            throw ApiErrors.badRequest("the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return object(new String(bytes, StandardCharsets.UTF_8), "the request body");
    }

    /** Parses text that must be a JSON object ({@code what} names it in the error). */
    static JsonNode object(String text, String what) {
        if (text.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw ApiErrors.badRequest(what + " must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiErrors.badRequest(what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static void send(Context ctx, int status, Object value) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(bytes(value));
    }

    static void send(Context ctx, Object value) {
        send(ctx, 200, value);
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new TrailException(ErrorCode.INTERNAL_ERROR, "cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
