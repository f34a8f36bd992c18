package io.trailscope.cloudtrail.generator;

import java.util.Locale;
import java.util.Map;

/** The human-readable summary the generate command (and the demo) print. */
public final class SummaryReport {
    private SummaryReport() {
    }

    public static String render(GenerationSummary summary) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Generated %,d events (+%,d re-delivered duplicates, %,d Insights events)%n",
                summary.events(), summary.duplicateRecords(), summary.insightEvents()));
        text.append(String.format(Locale.ROOT, "Files:    %,d (%,d log, %,d digest, %,d Insights), %s gzipped%n",
                summary.files(), summary.logFiles(), summary.digestFiles(), summary.insightFiles(), size(summary.bytes())));
        text.append(String.format(Locale.ROOT, "Accounts: %d%n", summary.accounts().size()));
        for (GeneratedAccount account : summary.accounts()) {
            text.append("  ").append(account.id()).append("  ").append(account.name()).append(System.lineSeparator());
        }
        text.append("Regions:  ").append(String.join(", ", summary.regions())).append(System.lineSeparator());
        text.append("Time:     ").append(summary.firstEventTime().map(Object::toString).orElse("-")).append(" .. ")
                .append(summary.lastEventTime().map(Object::toString).orElse("-")).append(System.lineSeparator());
        double seconds = summary.elapsed().toMillis() / 1000.0;
        text.append(String.format(Locale.ROOT, "Elapsed:  %.1f s (%,.0f events/s)%n", seconds,
                seconds > 0 ? summary.events() / seconds : 0.0));
        section(text, "Categories", summary.categories(), summary.events());
        section(text, "Identity types", summary.identityTypes(), summary.events());
        section(text, "Outcomes", summary.outcomes(), summary.events());
        return text.toString();
    }

    private static void section(StringBuilder text, String title, Map<String, Long> counts, long total) {
        text.append(title).append(':').append(System.lineSeparator());
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> text.append(String.format(Locale.ROOT, "  %-52s %,12d %6.2f%%%n", entry.getKey(),
                        entry.getValue(), total == 0 ? 0.0 : 100.0 * entry.getValue() / total)));
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
