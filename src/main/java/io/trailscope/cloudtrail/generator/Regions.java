package io.trailscope.cloudtrail.generator;

import java.util.List;

/** The regions generated accounts use and their share of activity: us-east-1 heavy, as most real accounts are. */
final class Regions {
    static final String HOME = "us-east-1";
    static final List<String> NAMES = List.of(
            "us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2", "eu-central-1",
            "us-east-2", "ap-northeast-1", "eu-west-2", "ca-central-1", "sa-east-1");
    private static final double[] WEIGHTS = {0.50, 0.15, 0.12, 0.07, 0.045, 0.04, 0.025, 0.02, 0.015, 0.015};

    private Regions() {
    }

    static int count() {
        return NAMES.size();
    }

    static double weight(int region) {
        return WEIGHTS[region];
    }

    static boolean isHome(int region) {
        return region == 0;
    }
}
