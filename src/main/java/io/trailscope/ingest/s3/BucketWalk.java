package io.trailscope.ingest.s3;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Runs the listings {@link LayoutPruning} asks for, breadth first, a level at a time on a few
 * threads (each listing is a round trip; an organization trail has thousands of region folders).
 */
final class BucketWalk {
    static final int THREADS = 8;

    private record Page(List<S3Object> objects, List<String> folders) {
    }

    private final S3Client client;
    private final String bucket;

    BucketWalk(S3Client client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    List<S3Object> run(String prefix, LayoutPruning pruning) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "trailscope-s3-list");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<S3Object> found = new ArrayList<>();
            List<ListingStep> level = pruning.start(prefix);
            while (!level.isEmpty()) {
                List<Future<Page>> pages = new ArrayList<>();
                for (ListingStep step : level) {
                    pages.add(pool.submit(() -> list(step)));
                }
                List<ListingStep> next = new ArrayList<>();
                for (Future<Page> page : pages) {
                    Page done = await(page);
                    found.addAll(done.objects());
                    done.folders().forEach(folder -> next.addAll(pruning.forFolder(folder)));
                }
                level = next;
            }
            return found;
        } finally {
            pool.shutdownNow();
        }
    }

    private Page list(ListingStep step) {
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(bucket).prefix(step.prefix());
        if (step instanceof ListingStep.Children) {
            request.delimiter("/");
        }
        List<S3Object> objects = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        String token = null;
        do {
            ListObjectsV2Response response = client.listObjectsV2(request.continuationToken(token).build());
            objects.addAll(response.contents());
            for (CommonPrefix folder : response.commonPrefixes()) {
                folders.add(folder.prefix());
            }
            token = Boolean.TRUE.equals(response.isTruncated()) ? response.nextContinuationToken() : null;
        } while (token != null);
        return new Page(objects, folders);
    }

    private static Page await(Future<Page> page) throws IOException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("listing interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SdkException sdk) {
                throw S3Failures.io(sdk);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }
}
