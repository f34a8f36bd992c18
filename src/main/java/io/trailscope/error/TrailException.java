package io.trailscope.error;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The one exception type of trailscope: a stable code, a message a user can act on, and where it happened. */
public final class TrailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;
    private final transient Optional<SourceLocation> location;

    public TrailException(ErrorCode errorCode, String message) {
        this(errorCode, message, Optional.empty(), null);
    }

    public TrailException(ErrorCode errorCode, String message, Throwable cause) {
        this(errorCode, message, Optional.empty(), cause);
    }

    public TrailException(ErrorCode errorCode, SourceLocation location, String message) {
        this(errorCode, message, Optional.of(location), null);
    }

    public TrailException(ErrorCode errorCode, String message, Optional<SourceLocation> location, Throwable cause) {
        super(message, cause);
        this.errorCode = requireNonNull(errorCode, "errorCode is null");
        this.location = requireNonNull(location, "location is null");
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public Optional<SourceLocation> location() {
        return location;
    }

    /** The bare message, without the location prefix. */
    public String detail() {
        return super.getMessage();
    }

    @Override
    public String getMessage() {
        return location.map(l -> l + ": " + super.getMessage()).orElseGet(super::getMessage);
    }
}
