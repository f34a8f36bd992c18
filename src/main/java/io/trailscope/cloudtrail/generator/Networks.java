package io.trailscope.cloudtrail.generator;

import java.util.List;
import java.util.Map;

/**
 * Public IPv4 ranges to draw source addresses from: large access-network blocks of well-known ISPs per country,
 * AWS blocks per region (for calls from EC2, Lambda and SaaS integrations), and private VPC space.
 */
final class Networks {
    /** Countries people live in, per team; outliers (travel, VPNs, attackers) come from the rest. */
    static final List<String> TRAVEL_COUNTRIES = List.of("BR", "RU", "VN", "NG", "RO", "SG", "ZA", "TR");

    private static final Map<String, int[][]> BY_COUNTRY = Map.ofEntries(
            Map.entry("US", ranges("73.0.0.0/8", "98.192.0.0/10", "24.0.0.0/12", "108.28.0.0/14", "47.144.0.0/13")),
            Map.entry("CA", ranges("24.48.0.0/14", "142.112.0.0/12", "99.224.0.0/11")),
            Map.entry("GB", ranges("86.128.0.0/10", "81.96.0.0/12", "2.24.0.0/13")),
            Map.entry("DE", ranges("79.192.0.0/10", "87.128.0.0/10", "91.0.0.0/10")),
            Map.entry("FR", ranges("90.0.0.0/9", "78.192.0.0/10")),
            Map.entry("ES", ranges("83.32.0.0/11", "88.0.0.0/11", "213.96.0.0/14")),
            Map.entry("NL", ranges("77.160.0.0/12", "84.24.0.0/13")),
            Map.entry("AU", ranges("1.128.0.0/11", "101.160.0.0/11", "110.20.0.0/15")),
            Map.entry("JP", ranges("126.0.0.0/8", "60.64.0.0/11")),
            Map.entry("IN", ranges("49.32.0.0/11", "106.192.0.0/11")),
            Map.entry("BR", ranges("177.0.0.0/10", "189.0.0.0/11")),
            Map.entry("RU", ranges("95.24.0.0/13", "109.252.0.0/14")),
            Map.entry("VN", ranges("113.160.0.0/11", "14.160.0.0/11")),
            Map.entry("NG", ranges("105.112.0.0/12", "102.88.0.0/13")),
            Map.entry("RO", ranges("86.120.0.0/13", "188.24.0.0/13")),
            Map.entry("SG", ranges("116.86.0.0/15", "118.189.0.0/16")),
            Map.entry("ZA", ranges("41.0.0.0/11", "105.224.0.0/11")),
            Map.entry("TR", ranges("78.160.0.0/11", "88.224.0.0/11")));

    private static final Map<String, int[][]> AWS_BY_REGION = Map.ofEntries(
            Map.entry("us-east-1", ranges("3.80.0.0/12", "34.192.0.0/12", "44.192.0.0/11", "54.144.0.0/12")),
            Map.entry("us-east-2", ranges("3.128.0.0/15", "18.216.0.0/14")),
            Map.entry("us-west-2", ranges("34.208.0.0/12", "44.224.0.0/11", "52.24.0.0/14", "54.184.0.0/13")),
            Map.entry("eu-west-1", ranges("34.240.0.0/13", "52.208.0.0/13", "54.72.0.0/15")),
            Map.entry("eu-west-2", ranges("3.8.0.0/14", "35.176.0.0/15")),
            Map.entry("eu-central-1", ranges("3.120.0.0/14", "18.192.0.0/15")),
            Map.entry("ap-southeast-2", ranges("3.24.0.0/14", "13.54.0.0/15", "54.66.0.0/16")),
            Map.entry("ap-northeast-1", ranges("13.112.0.0/14", "54.64.0.0/15")),
            Map.entry("ca-central-1", ranges("15.222.0.0/15", "35.182.0.0/15")),
            Map.entry("sa-east-1", ranges("18.228.0.0/16", "54.232.0.0/16")));

    /** Hosted CI runners (GitHub Actions runs on Azure). */
    private static final int[][] AZURE = ranges("20.36.0.0/14", "40.76.0.0/14", "52.224.0.0/11");
    /** Tor exit nodes and bulletproof hosting: where password sprays come from. */
    private static final int[][] HOSTILE = ranges("185.220.100.0/22", "45.141.84.0/22", "194.26.29.0/24");

    private Networks() {
    }

    static String address(SeededRandom random, String country) {
        return draw(random, BY_COUNTRY.get(country));
    }

    static String awsAddress(SeededRandom random, String region) {
        return draw(random, AWS_BY_REGION.get(region));
    }

    static String ciRunnerAddress(SeededRandom random) {
        return draw(random, AZURE);
    }

    static String hostileAddress(SeededRandom random) {
        return draw(random, HOSTILE);
    }

    /** An address in a VPC's 10.x space, as seen through an interface endpoint. */
    static String privateAddress(SeededRandom random, int vpcSecondOctet) {
        return "10." + vpcSecondOctet + "." + random.nextInt(64) + "." + random.between(4, 250);
    }

    private static String draw(SeededRandom random, int[][] ranges) {
        int[] range = ranges[random.nextInt(ranges.length)];
        long size = 1L << (32 - range[1]);
        long offset = (long) (random.nextDouble() * size);
        long address = (range[0] & 0xFFFFFFFFL) + offset;
        int last = (int) (address & 0xFF);
        if (last == 0 || last == 255) {
            address = (address & ~0xFFL) | 17;
        }
        return ((address >>> 24) & 0xFF) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "."
                + (address & 0xFF);
    }

    private static int[][] ranges(String... cidrs) {
        int[][] result = new int[cidrs.length][];
        for (int index = 0; index < cidrs.length; index++) {
            String[] parts = cidrs[index].split("[./]");
            int base = (Integer.parseInt(parts[0]) << 24) | (Integer.parseInt(parts[1]) << 16)
                    | (Integer.parseInt(parts[2]) << 8) | Integer.parseInt(parts[3]);
            result[index] = new int[] {base, Integer.parseInt(parts[4])};
        }
        return result;
    }
}
