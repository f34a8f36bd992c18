package io.trailscope.cloudtrail.generator;

/** Splits a whole number into parts proportional to weights, exactly (largest remainder, ties by index). */
final class Apportionment {
    private Apportionment() {
    }

    static long[] largestRemainder(long total, double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        long[] parts = new long[weights.length];
        double[] remainders = new double[weights.length];
        long assigned = 0;
        for (int index = 0; index < weights.length; index++) {
            double exact = total * (weights[index] / sum);
            parts[index] = (long) Math.floor(exact);
            remainders[index] = exact - parts[index];
            assigned += parts[index];
        }
        for (long left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int index = 1; index < weights.length; index++) {
                if (remainders[index] > remainders[best]) {
                    best = index;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
