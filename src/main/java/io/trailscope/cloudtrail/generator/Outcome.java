package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** How a call ended: success, or an errorCode and/or errorMessage (a failed console sign-in has only a message). */
record Outcome(Optional<String> errorCode, Optional<String> errorMessage) {
    static final Outcome SUCCESS = new Outcome(Optional.empty(), Optional.empty());

    Outcome {
        requireNonNull(errorCode, "errorCode is null");
        requireNonNull(errorMessage, "errorMessage is null");
    }

    static Outcome error(String code, String message) {
        return new Outcome(Optional.of(code), Optional.of(message));
    }

    static Outcome codeOnly(String code) {
        return new Outcome(Optional.of(code), Optional.empty());
    }

    static Outcome messageOnly(String message) {
        return new Outcome(Optional.empty(), Optional.of(message));
    }

    boolean failed() {
        return errorCode.isPresent() || errorMessage.isPresent();
    }

    /** The summary's outcome label. */
    String label() {
        if (errorCode.isPresent()) {
            return errorCode.get();
        }
        if (errorMessage.isPresent()) {
            return "(failure without errorCode: " + errorMessage.get() + ")";
        }
        return "(success)";
    }
}
