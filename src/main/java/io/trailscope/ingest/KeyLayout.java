package io.trailscope.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a path in CloudTrail's S3 key layout tells before the file is opened:
 * {@code AWSLogs/[o-org/]ACCOUNT/CloudTrail[-Digest|-Insight]/REGION/YYYY/MM/DD/FILE}.
 */
public record KeyLayout(Kind kind, Optional<LocalDate> date) {
    public enum Kind {
        EVENTS,
        DIGEST,
        INSIGHT
    }

    private static final Pattern LAYOUT = Pattern.compile(
            "(?:^|/)(?:o-[a-z0-9]+/)?\\d{12}/(CloudTrail(?:-Digest|-Insight)?)/[^/]+/(\\d{4})/(\\d{2})/(\\d{2})/[^/]+$");
    private static final Pattern DIGEST_NAME = Pattern.compile("_CloudTrail-Digest_");
    private static final Pattern NAME_DATE = Pattern.compile("_(\\d{4})(\\d{2})(\\d{2})T\\d{4}");

    public static KeyLayout of(String path) {
        String normalized = path.replace('\\', '/');
        Matcher layout = LAYOUT.matcher(normalized);
        if (layout.find()) {
            Kind kind = switch (layout.group(1)) {
                case "CloudTrail-Digest" -> Kind.DIGEST;
                case "CloudTrail-Insight" -> Kind.INSIGHT;
                default -> Kind.EVENTS;
            };
            return new KeyLayout(kind, date(layout.group(2), layout.group(3), layout.group(4)));
        }
        String name = normalized.substring(normalized.lastIndexOf('/') + 1);
        Kind kind = DIGEST_NAME.matcher(name).find() || normalized.contains("/CloudTrail-Digest/") ? Kind.DIGEST : Kind.EVENTS;
        Matcher nameDate = NAME_DATE.matcher(name);
        if (nameDate.find()) {
            return new KeyLayout(kind, date(nameDate.group(1), nameDate.group(2), nameDate.group(3)));
        }
        return new KeyLayout(kind, Optional.empty());
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
