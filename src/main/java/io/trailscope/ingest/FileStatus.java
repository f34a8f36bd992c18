package io.trailscope.ingest;

/** What became of one file in the manifest. */
public enum FileStatus {
    /** Read to the end; its events are stored. */
    OK,
    /** A CloudTrail-Digest file: recognised and skipped, not events. */
    DIGEST,
    /** Could not be read to the end; events before the problem are stored, the reason is kept. */
    REJECTED,
    /** Could not be read (I/O or network); events before the failure are stored; read again next run. */
    FAILED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static FileStatus fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
