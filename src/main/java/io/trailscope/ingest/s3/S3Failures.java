package io.trailscope.ingest.s3;

import java.io.IOException;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns SDK exceptions into IOExceptions whose message names the S3 error code and what to check. */
final class S3Failures {
    private static final String CREDENTIALS = "check the credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID, ~/.aws)";
    private static final Map<String, String> HINTS = Map.of(
            "NoSuchBucket", "check the bucket name",
            "AccessDenied", "the credentials need s3:ListBucket on the bucket and s3:GetObject on its keys",
            "AllAccessDisabled", "the bucket is disabled",
            "InvalidAccessKeyId", CREDENTIALS,
            "SignatureDoesNotMatch", CREDENTIALS,
            "ExpiredToken", CREDENTIALS,
            "InvalidToken", CREDENTIALS);

    private S3Failures() {
    }

    static IOException io(SdkException e) {
        return new IOException(describe(e), e);
    }

    static String describe(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            AwsErrorDetails details = service.awsErrorDetails();
            String code = details.errorCode();
            String message = details.errorMessage();
            StringBuilder text = new StringBuilder(code == null || code.isBlank() ? "HTTP " + service.statusCode()
                    : code + " (HTTP " + service.statusCode() + ")");
            if (message != null && !message.isBlank()) {
                text.append(": ").append(message);
            }
            if (code != null && HINTS.containsKey(code)) {
                text.append("; ").append(HINTS.get(code));
            }
            return text.toString();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "no answer from S3: " + message;
    }
}
