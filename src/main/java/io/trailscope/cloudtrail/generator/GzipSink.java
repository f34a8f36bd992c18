package io.trailscope.cloudtrail.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A reusable gzip file writer: one Deflater (level 6) for many files, a fixed header (mtime 0) so output is
 * byte-identical run to run, and a SHA-256 of the uncompressed bytes for the digest files. The compressed file
 * is assembled in memory and written with one call: small files are the norm, and syscalls dominate them.
 */
final class GzipSink extends OutputStream {
    /** Magic, deflate, no flags, mtime 0, no extra flags, OS unknown. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final Deflater deflater = new Deflater(6, true);
    private final CRC32 crc = new CRC32();
    private final MessageDigest sha256;
    private byte[] compressed = new byte[256 * 1024];
    private int length;
    private Path path;
    private long rawBytes;

    GzipSink() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("every JVM has SHA-256", exception);
        }
    }

    /** The size on disk and the hex SHA-256 of the uncompressed content of a finished file. */
    record Written(long compressedBytes, long rawBytes, String sha256) {
    }

    void open(Path target) {
        path = target;
        System.arraycopy(HEADER, 0, compressed, 0, HEADER.length);
        length = HEADER.length;
        rawBytes = 0;
    }

    @Override
    public void write(int value) throws IOException {
        write(new byte[] {(byte) value}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        crc.update(bytes, offset, count);
        sha256.update(bytes, offset, count);
        rawBytes += count;
        deflater.setInput(bytes, offset, count);
        while (!deflater.needsInput()) {
            drain();
        }
    }

    Written finish() throws IOException {
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        littleEndian((int) crc.getValue());
        littleEndian((int) rawBytes);
        try (OutputStream file = Files.newOutputStream(path)) {
            file.write(compressed, 0, length);
        }
        deflater.reset();
        crc.reset();
        return new Written(length, rawBytes, Ids.hexOf(sha256.digest()));
    }

    /** Frees the native deflater; the sink cannot be used afterwards. */
    @Override
    public void close() {
        deflater.end();
    }

    private void drain() {
        if (compressed.length - length < 8 * 1024) {
            compressed = Arrays.copyOf(compressed, compressed.length * 2);
        }
        length += deflater.deflate(compressed, length, compressed.length - length, Deflater.NO_FLUSH);
    }

    private void littleEndian(int value) {
        if (compressed.length - length < 4) {
            compressed = Arrays.copyOf(compressed, compressed.length * 2);
        }
        compressed[length++] = (byte) value;
        compressed[length++] = (byte) (value >> 8);
        compressed[length++] = (byte) (value >> 16);
        compressed[length++] = (byte) (value >> 24);
    }
}
