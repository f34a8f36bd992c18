package io.trailscope.sql.dialect;

/**
 * Amazon Athena engine version 3, a managed Trino: the SQL is Trino's; what differs is the transport. Athena is
 * reached through the AWS SDK (there is no JDBC driver on Maven Central), whose {@code ExecutionParameters} are
 * positional strings spliced into the text as SQL (a string value must carry its own quotes) and are accepted
 * only in WHERE. That is not binding, so this dialect has no {@link Capability#BIND_PARAMETERS}: values are
 * inlined through the same escaping as every literal. Athena also caps table and column names at 255 characters.
 */
public class AthenaDialect extends TrinoDialect {
    public static final AthenaDialect INSTANCE = new AthenaDialect();

    private static final int MAX_IDENTIFIER_LENGTH = 255;

    protected AthenaDialect() {
        super("athena",
                TrinoDialect.SETTINGS.withMaxIdentifierLength(MAX_IDENTIFIER_LENGTH),
                TrinoDialect.CAPABILITIES.without(Capability.BIND_PARAMETERS));
    }
}
