package io.trailscope.ingest.s3;

import static java.util.Objects.requireNonNull;

/** One listing of a walk over a bucket: a folder's direct children, or every key under a prefix. */
sealed interface ListingStep {
    String prefix();

    /** ListObjectsV2 with delimiter "/": the keys right in the folder, and its sub-folders to decide on. */
    record Children(String prefix) implements ListingStep {
        public Children {
            requireNonNull(prefix, "prefix is null");
        }
    }

    /** ListObjectsV2 without delimiter: every key under the prefix. */
    record Everything(String prefix) implements ListingStep {
        public Everything {
            requireNonNull(prefix, "prefix is null");
        }
    }
}
