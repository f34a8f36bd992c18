package io.trailscope.cloudtrail.generator;

/** AWS-shaped identifiers drawn from a seeded stream, built from char arrays (no String.format on the hot path). */
final class Ids {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final char[] ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] BASE64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    private Ids() {
    }

    /** A random (version 4) UUID in canonical form. */
    static String uuid(SeededRandom random) {
        char[] chars = new char[36];
        long high = random.nextLong();
        long low = random.nextLong();
        int position = 0;
        for (int index = 0; index < 32; index++) {
            if (index == 8 || index == 12 || index == 16 || index == 20) {
                chars[position++] = '-';
            }
            int nibble;
            if (index < 16) {
                nibble = (int) (high >>> (60 - 4 * index)) & 0xF;
            } else {
                nibble = (int) (low >>> (60 - 4 * (index - 16))) & 0xF;
            }
            if (index == 12) {
                nibble = 4;
            } else if (index == 16) {
                nibble = 8 | (nibble & 3);
            }
            chars[position++] = HEX[nibble];
        }
        return new String(chars);
    }

    /** prefix followed by lowercase hex digits, e.g. {@code i-0a1b2c3d4e5f60718}. */
    static String hex(SeededRandom random, String prefix, int digits) {
        return fill(random, prefix, digits, HEX);
    }

    /** prefix followed by AWS key-id characters (A-Z, 2-7), e.g. {@code AKIA} + 16. */
    static String key(SeededRandom random, String prefix, int length) {
        return fill(random, prefix, length, KEY_ALPHABET);
    }

    /** The same shape as {@link #key}, but a pure function of a hash: a session key stays stable within a session. */
    static String keyOf(long hash, String prefix, int length) {
        return fill(new SeededRandom(hash), prefix, length, KEY_ALPHABET);
    }

    static String alphanumeric(SeededRandom random, int length) {
        return fill(random, "", length, ALPHANUMERIC);
    }

    static String lowerAlphanumeric(SeededRandom random, int length) {
        return fill(random, "", length, LOWER_ALPHANUMERIC);
    }

    static String base64(SeededRandom random, String prefix, int length) {
        return fill(random, prefix, length, BASE64);
    }

    static String hexOf(byte[] bytes) {
        char[] chars = new char[bytes.length * 2];
        for (int index = 0; index < bytes.length; index++) {
            chars[2 * index] = HEX[(bytes[index] >> 4) & 0xF];
            chars[2 * index + 1] = HEX[bytes[index] & 0xF];
        }
        return new String(chars);
    }

    private static String fill(SeededRandom random, String prefix, int length, char[] alphabet) {
        char[] chars = new char[prefix.length() + length];
        prefix.getChars(0, prefix.length(), chars, 0);
        long bits = 0;
        int remaining = 0;
        for (int index = prefix.length(); index < chars.length; index++) {
            if (remaining < 8) {
                bits = random.nextLong();
                remaining = 64;
            }
            chars[index] = alphabet[(int) ((bits & 0xFFL) * alphabet.length >>> 8)];
            bits >>>= 8;
            remaining -= 8;
        }
        return new String(chars);
    }
}
