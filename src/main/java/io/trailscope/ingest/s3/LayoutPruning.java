package io.trailscope.ingest.s3;

import io.trailscope.ingest.TimeWindow;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what to list under a bucket folder so that a --since/--until window never lists the
 * years of logs it cannot use. Folders of the AWS log delivery layout
 * {@code [prefix/]AWSLogs/[o-org/]ACCOUNT/SERVICE/REGION/YYYY/MM/DD/} are walked with delimiter
 * listings and pruned by their date (with the day of slack {@link TimeWindow#mayContain} allows);
 * a region folder under a bounded window goes straight to its day folders. Anything that does not
 * fit the layout is listed whole, so nothing a full listing would have read is lost.
 */
final class LayoutPruning {
    /** A region folder under a window of at most this many days lists its day folders directly. */
    static final int MAX_DAYS_ENUMERATED = 100;
    /** Folders above AWSLogs/ (trail prefixes) are explored this deep before being listed whole. */
    static final int MAX_EXPLORED_DEPTH = 4;

    private static final Pattern LEVELS = Pattern.compile("(?:.*/)?AWSLogs/(?:(?<org>o-[a-z0-9]+)/)?(?:(?<account>\\d{12})/"
            + "(?:(?<service>[^/]+)/(?:(?<region>[^/]+)/(?:(?<year>\\d{4})/(?:(?<month>\\d{2})/(?:(?<day>\\d{2})/)?)?)?)?)?)?",
            Pattern.DOTALL);
    private static final Pattern INSIDE_LAYOUT = Pattern.compile("(?:.*/)?AWSLogs/.*", Pattern.DOTALL);
    private static final DateTimeFormatter DAY_FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd/");

    private final TimeWindow window;

    LayoutPruning(TimeWindow window) {
        this.window = window;
    }

    /** The first listings for a source's prefix. */
    List<ListingStep> start(String prefix) {
        if (window.isAll()) {
            return List.of(new ListingStep.Everything(prefix));
        }
        if (prefix.isEmpty() || prefix.endsWith("/")) {
            return forFolder(prefix);
        }
        return List.of(new ListingStep.Children(prefix));
    }

    /** The listings for a folder (a prefix ending in "/", or the bucket's root ""). */
    List<ListingStep> forFolder(String folder) {
        Matcher level = LEVELS.matcher(folder);
        if (!level.matches()) {
            return outsideLayout(folder);
        }
        if (level.group("day") != null) {
            Optional<LocalDate> day = day(level.group("year"), level.group("month"), level.group("day"));
            return day.isEmpty() || window.mayContain(day.get()) ? everything(folder) : List.of();
        }
        if (level.group("month") != null) {
            Optional<LocalDate> first = day(level.group("year"), level.group("month"), "01");
            return first.isEmpty() || overlaps(first.get(), YearMonth.from(first.get()).atEndOfMonth()) ? children(folder) : List.of();
        }
        if (level.group("year") != null) {
            int year = Integer.parseInt(level.group("year"));
            return overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)) ? children(folder) : List.of();
        }
        if (level.group("region") != null) {
            return regionFolder(folder);
        }
        return children(folder);
    }

    private List<ListingStep> regionFolder(String folder) {
        if (window.since().isEmpty() || window.until().isEmpty()) {
            return children(folder);
        }
        LocalDate first = window.since().get().minusDays(1);
        LocalDate last = window.until().get().plusDays(1);
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS_ENUMERATED) {
            return children(folder);
        }
        List<ListingStep> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(new ListingStep.Everything(folder + DAY_FOLDER.format(day)));
        }
        return days;
    }

    private List<ListingStep> outsideLayout(String folder) {
        boolean inside = INSIDE_LAYOUT.matcher(folder).matches();
        long depth = folder.chars().filter(c -> c == '/').count();
        return inside || depth >= MAX_EXPLORED_DEPTH ? everything(folder) : children(folder);
    }

    private boolean overlaps(LocalDate first, LocalDate last) {
        boolean afterStart = window.since().isEmpty() || !last.isBefore(window.since().get().minusDays(1));
        boolean beforeEnd = window.until().isEmpty() || !first.isAfter(window.until().get().plusDays(1));
        return afterStart && beforeEnd;
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static List<ListingStep> children(String folder) {
        return List.of(new ListingStep.Children(folder));
    }

    private static List<ListingStep> everything(String folder) {
        return List.of(new ListingStep.Everything(folder));
    }
}
