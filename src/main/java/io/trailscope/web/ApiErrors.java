package io.trailscope.web;

import io.trailscope.error.ErrorCategory;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Errors as the API answers them: an HTTP status by error code and category, and the {@code {"error": ...}} body. */
final class ApiErrors {
    private static final Set<ErrorCode> NOT_FOUND = Set.of(ErrorCode.WEB_NOT_FOUND, ErrorCode.DASHBOARD_UNKNOWN);

    private ApiErrors() {}

    static int status(TrailException e) {
        if (NOT_FOUND.contains(e.errorCode())) {
            return 404;
        }
        return e.errorCode().category() == ErrorCategory.USER ? 400 : 500;
    }

    /** {@code {"error": {code, number, message, location}}}; the location only when the problem is in a file. */
    static Map<String, Object> body(TrailException e) {
        return Map.of("error", error(e));
    }

    static Map<String, Object> error(TrailException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.errorCode().name());
        error.put("number", e.errorCode().code());
        error.put("message", e.detail());
        Optional<SourceLocation> location = e.location();
        if (location.isPresent()) {
            Map<String, Object> where = new LinkedHashMap<>();
            where.put("file", location.get().file());
            where.put("line", location.get().line());
            where.put("column", location.get().column());
            error.put("location", where);
        }
        return error;
    }

    static TrailException notFound(String message) {
        return new TrailException(ErrorCode.WEB_NOT_FOUND, message);
    }

    static TrailException badRequest(String message) {
        return new TrailException(ErrorCode.WEB_BAD_REQUEST, message);
    }
}
