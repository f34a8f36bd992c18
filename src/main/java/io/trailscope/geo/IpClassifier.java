package io.trailscope.geo;

import java.util.regex.Pattern;

/**
 * Classifies {@code sourceIPAddress} values. The patterns are the ones the block's SQL uses with
 * {@code regexp_like} (RE2 on DuckDB, Joni on Trino): keep them identical, a test compares the two.
 * Matching is a search, as {@code regexp_like} does, so every pattern is anchored itself.
 */
public final class IpClassifier {
    public static final String AWS_INTERNAL = "AWS Internal";
    public static final String AWS_SERVICE_HOST = "(?i)^([a-z0-9-]+\\.)+(amazonaws\\.com|amazonaws\\.com\\.cn|amazon\\.com)$";
    public static final String IPV4 = "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$";
    public static final String PRIVATE_IPV4 = "^(0\\.|10\\.|127\\.|169\\.254\\.|192\\.168\\.|172\\.(1[6-9]|2[0-9]|3[01])\\."
            + "|100\\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\\.|192\\.0\\.[02]\\.|198\\.51\\.100\\.|203\\.0\\.113\\.|198\\.1[89]\\."
            + "|2(2[4-9]|[3-4][0-9]|5[0-5])\\.)";
    public static final String IPV6 = "(?i)^([0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}|([0-9a-f]{1,4}(:[0-9a-f]{1,4}){0,6})?::([0-9a-f]{1,4}(:[0-9a-f]{1,4}){0,6})?)$";
    public static final String PRIVATE_IPV6 = "(?i)^(f[cd][0-9a-f]{2}:|fe[89ab][0-9a-f]:|2001:0?db8:|::1?$)";

    private static final Pattern SERVICE_HOST_PATTERN = Pattern.compile(AWS_SERVICE_HOST);
    private static final Pattern IPV4_PATTERN = Pattern.compile(IPV4);
    private static final Pattern PRIVATE_IPV4_PATTERN = Pattern.compile(PRIVATE_IPV4);
    private static final Pattern IPV6_PATTERN = Pattern.compile(IPV6);
    private static final Pattern PRIVATE_IPV6_PATTERN = Pattern.compile(PRIVATE_IPV6);

    private IpClassifier() {
    }

    public static IpClass classify(String sourceIp) {
        if (sourceIp == null || sourceIp.isEmpty()) {
            return IpClass.INVALID;
        }
        if (sourceIp.equals(AWS_INTERNAL)) {
            return IpClass.AWS_INTERNAL;
        }
        if (SERVICE_HOST_PATTERN.matcher(sourceIp).find()) {
            return IpClass.AWS_SERVICE_HOST;
        }
        if (IPV4_PATTERN.matcher(sourceIp).find()) {
            return PRIVATE_IPV4_PATTERN.matcher(sourceIp).find() ? IpClass.PRIVATE : IpClass.PUBLIC;
        }
        if (IPV6_PATTERN.matcher(sourceIp).find()) {
            return PRIVATE_IPV6_PATTERN.matcher(sourceIp).find() ? IpClass.PRIVATE : IpClass.PUBLIC;
        }
        return IpClass.INVALID;
    }

    /** True for the two forms the databases can look up. */
    public static boolean isIpv6(String address) {
        return IPV6_PATTERN.matcher(address).find();
    }
}
