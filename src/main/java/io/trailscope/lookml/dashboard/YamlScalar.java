package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.math.BigDecimal;
import java.math.BigInteger;

/** A scalar as written ({@code text}) and as YAML typed it ({@code kind}). */
record YamlScalar(String text, Kind kind, SourceLocation location) implements YamlNode {
    enum Kind { STRING, INTEGER, FLOAT, TRUE, FALSE, NULL }

    YamlScalar {
        requireNonNull(text, "text is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(location, "location is null");
    }

    boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public Object toPlain() {
        return switch (kind) {
            case STRING -> text;
            case INTEGER -> integer();
            case FLOAT -> floating();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private Object integer() {
        String digits = text.replace("_", "");
        try {
            BigInteger value = digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits);
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private Object floating() {
        try {
            return new BigDecimal(text.replace("_", "")).doubleValue();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
