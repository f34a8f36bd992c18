package io.trailscope.geo;

/**
 * What a CloudTrail {@code sourceIPAddress} value is. The same rule is written in SQL in the
 * built-in block's {@code cloudtrail_logs.ip_class} dimension; {@link IpClassifier} is the Java side.
 */
public enum IpClass {
    /** The literal {@code AWS Internal}: a call made by AWS itself. */
    AWS_INTERNAL("aws_internal"),
    /** A service host name such as {@code ec2.amazonaws.com}: a service acting on a user's behalf. */
    AWS_SERVICE_HOST("aws_service_host"),
    /**
     * Not routed on the internet: loopback, link-local, RFC 1918, shared (100.64/10), this-network,
     * documentation (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32), benchmarking (198.18/15),
     * multicast and reserved (224/3), IPv6 unique-local and link-local.
     */
    PRIVATE("private"),
    /** Any other well-formed IPv4 or IPv6 address. */
    PUBLIC("public"),
    /** Empty, {@code redacted}, comma lists, bad quads such as {@code 253.252.51.07}, other host names. */
    INVALID("invalid");

    private final String sqlName;

    IpClass(String sqlName) {
        this.sqlName = sqlName;
    }

    /** The value stored in {@code ip_geo.ip_class} and returned by the SQL dimension. */
    public String sqlName() {
        return sqlName;
    }
}
