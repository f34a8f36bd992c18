package io.trailscope.engine;

import io.trailscope.cloudtrail.CloudTrailSchema;
import io.trailscope.cloudtrail.SchemaField;
import java.util.List;

/** DDL of the local store: the CloudTrail table (Athena's shape plus typed helpers) and the ingest manifest. */
public final class StoreSchema {
    public static final int VERSION = 1;
    public static final String MANIFEST_TABLE = "ingest_manifest";
    public static final String META_TABLE = "trailscope_meta";
    /** One row per distinct sourceIPAddress value: its class and geo-IP facts (filled by io.trailscope.geo). */
    public static final String IP_GEO_TABLE = "ip_geo";
    /** Optional account id to name mapping (filled from an accounts file by io.trailscope.accounts). */
    public static final String ACCOUNT_NAMES_TABLE = "account_names";

    /**
     * Created with every store (possibly empty) so that the built-in block's joins always find them;
     * the geo and accounts packages fill them.
     */
    public static final String IP_GEO_DDL = "CREATE TABLE IF NOT EXISTS " + IP_GEO_TABLE + " (\n"
            + "  ip VARCHAR PRIMARY KEY,\n"
            + "  ip_class VARCHAR NOT NULL,\n"
            + "  country_code VARCHAR,\n"
            + "  country_name VARCHAR,\n"
            + "  city VARCHAR,\n"
            + "  latitude DOUBLE,\n"
            + "  longitude DOUBLE,\n"
            + "  asn BIGINT,\n"
            + "  as_org VARCHAR,\n"
            + "  geo_source VARCHAR NOT NULL\n"
            + ")";
    public static final String ACCOUNT_NAMES_DDL = "CREATE TABLE IF NOT EXISTS " + ACCOUNT_NAMES_TABLE
            + " (account_id VARCHAR PRIMARY KEY, account_name VARCHAR NOT NULL)";

    private static final String ORPHANS = " FROM " + CloudTrailSchema.TABLE + " WHERE " + CloudTrailSchema.SOURCE_FILE_ID
            + " > (SELECT coalesce(max(id), 0) FROM " + MANIFEST_TABLE + ")";

    /**
     * Rows appended for files whose manifest row never committed (an ingest killed mid-batch). File
     * ids only grow and commit in order, so orphans are exactly the rows above the newest manifest id.
     */
    public static final String DELETE_ORPHANS = "DELETE" + ORPHANS;
    public static final String COUNT_ORPHANS = "SELECT count(*)" + ORPHANS;

    private StoreSchema() {
    }

    /** The column list of the CloudTrail table, for CREATE TABLE of the table and of its staging copy. */
    public static String eventColumns() {
        StringBuilder sql = new StringBuilder();
        for (SchemaField field : CloudTrailSchema.EVENT.fields()) {
            sql.append("  \"").append(field.columnName()).append("\" ").append(field.type().duckDbType()).append(",\n");
        }
        sql.append("  ").append(CloudTrailSchema.EVENT_TIMESTAMP).append(" TIMESTAMP,\n");
        sql.append("  ").append(CloudTrailSchema.EVENT_DATE).append(" DATE,\n");
        sql.append("  ").append(CloudTrailSchema.EXTRA_FIELDS).append(" VARCHAR,\n");
        sql.append("  ").append(CloudTrailSchema.SOURCE_FILE_ID).append(" BIGINT\n");
        return sql.toString();
    }

    public static List<String> createStatements() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + META_TABLE + " (key VARCHAR PRIMARY KEY, value VARCHAR)",
                "CREATE TABLE IF NOT EXISTS " + CloudTrailSchema.TABLE + " (\n" + eventColumns() + ")",
                "CREATE TABLE IF NOT EXISTS " + MANIFEST_TABLE + " (\n"
                        + "  id BIGINT PRIMARY KEY,\n"
                        + "  source VARCHAR NOT NULL,\n"
                        + "  path VARCHAR NOT NULL,\n"
                        + "  size BIGINT,\n"
                        + "  version VARCHAR,\n"
                        + "  status VARCHAR NOT NULL,\n"
                        + "  events BIGINT NOT NULL,\n"
                        + "  duplicates BIGINT NOT NULL,\n"
                        + "  bad_times BIGINT NOT NULL,\n"
                        + "  filtered BIGINT NOT NULL,\n"
                        + "  error VARCHAR,\n"
                        + "  window_since TIMESTAMP,\n"
                        + "  window_until TIMESTAMP,\n"
                        + "  ingested_at TIMESTAMP NOT NULL\n"
                        + ")",
                IP_GEO_DDL,
                ACCOUNT_NAMES_DDL);
    }
}
