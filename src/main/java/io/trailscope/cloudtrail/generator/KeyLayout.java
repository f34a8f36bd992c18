package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * CloudTrail's S3 key layout: {@code AWSLogs/[o-org/]ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/
 * ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_ID.json.gz}, and the same for CloudTrail-Insight; digests are
 * {@code ACCOUNT_CloudTrail-Digest_REGION_TRAIL_HOMEREGION_YYYYMMDDTHHmmssZ.json.gz}.
 */
record KeyLayout(Optional<String> organizationId, String trailName) {
    KeyLayout {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(trailName, "trailName is null");
    }

    String logKey(String accountId, String region, long fileTime, String id) {
        return fileKey("CloudTrail", accountId, region, fileTime, id);
    }

    String insightKey(String accountId, String region, long fileTime, String id) {
        return fileKey("CloudTrail-Insight", accountId, region, fileTime, id);
    }

    String digestKey(String accountId, String region, long digestEnd) {
        return prefix(accountId) + "CloudTrail-Digest/" + region + "/" + TimeText.datePath(digestEnd) + "/" + accountId
                + "_CloudTrail-Digest_" + region + "_" + trailName + "_" + Regions.HOME + "_"
                + TimeText.fileSecond(digestEnd) + ".json.gz";
    }

    private String fileKey(String kind, String accountId, String region, long fileTime, String id) {
        return prefix(accountId) + kind + "/" + region + "/" + TimeText.datePath(fileTime) + "/" + accountId + "_" + kind
                + "_" + region + "_" + TimeText.fileMinute(fileTime) + "_" + id + ".json.gz";
    }

    private String prefix(String accountId) {
        return organizationId.map(id -> "AWSLogs/" + id + "/").orElse("AWSLogs/") + accountId + "/";
    }
}
