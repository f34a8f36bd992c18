package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.util.regex.Pattern;

/** Validation shared by the AST records: every value that can end up in SQL text is checked once, here. */
public final class SqlChecks {
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final int SHOWN_CHARACTERS = 40;

    private SqlChecks() {}

    /** A name that will be quoted: any text except empty, NUL (no engine accepts it) or broken UTF-16. */
    public static String identifier(String value, String what) {
        requireNonNull(value, what + " is null");
        if (value.isEmpty()) {
            throw new TrailException(ErrorCode.SQL_INVALID_IDENTIFIER, what + " is empty");
        }
        if (value.indexOf('\0') >= 0) {
            throw new TrailException(ErrorCode.SQL_INVALID_IDENTIFIER, what + " contains a NUL character: " + shown(value));
        }
        if (!isWellFormed(value)) {
            throw new TrailException(ErrorCode.SQL_INVALID_IDENTIFIER, what + " is not valid UTF-16: " + shown(value));
        }
        return value;
    }

    /** Text that will become a string literal: anything that can be encoded as UTF-8. */
    public static String text(String value, String what) {
        requireNonNull(value, what + " is null");
        if (!isWellFormed(value)) {
            throw new TrailException(ErrorCode.SQL_INVALID_VALUE, what + " is not valid UTF-16: " + shown(value));
        }
        return value;
    }

    /** A function name is written unquoted, so it must be a plain (optionally qualified) word. */
    public static String functionName(String value) {
        requireNonNull(value, "function name is null");
        if (!FUNCTION_NAME.matcher(value).matches()) {
            throw new TrailException(ErrorCode.SQL_INVALID_IDENTIFIER, "invalid function name: " + shown(value));
        }
        return value;
    }

    public static TrailException invalidAst(String message) {
        return new TrailException(ErrorCode.SQL_INVALID_AST, message);
    }

    /** A short, printable rendition of hostile input for error messages. */
    public static String shown(String value) {
        StringBuilder out = new StringBuilder("'");
        value.codePoints().limit(SHOWN_CHARACTERS).forEach(c -> {
            if (Character.isISOControl(c) || Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04x", c));
            }
            else {
                out.appendCodePoint(c);
            }
        });
        out.append(value.codePointCount(0, value.length()) > SHOWN_CHARACTERS ? "'..." : "'");
        return out.toString();
    }

    private static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
            else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
