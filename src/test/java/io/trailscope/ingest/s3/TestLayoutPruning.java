package io.trailscope.ingest.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.ingest.TimeWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TestLayoutPruning {
    private static final String REGION = "AWSLogs/123456789012/CloudTrail/us-east-1/";

    private static LayoutPruning window(String since, String until) {
        return new LayoutPruning(new TimeWindow(Optional.ofNullable(since).map(LocalDate::parse), Optional.ofNullable(until).map(LocalDate::parse)));
    }

    private static ListingStep children(String prefix) {
        return new ListingStep.Children(prefix);
    }

    private static ListingStep everything(String prefix) {
        return new ListingStep.Everything(prefix);
    }

    @Test
    void withoutAWindowEverythingIsListedInOneGo() {
        LayoutPruning all = new LayoutPruning(TimeWindow.ALL);
        assertThat(all.start("")).containsExactly(everything(""));
        assertThat(all.start(REGION)).containsExactly(everything(REGION));
        assertThat(all.start("AWSLogs")).containsExactly(everything("AWSLogs"));
    }

    @Test
    void foldersAboveTheDatesAreWalkedWithDelimiterListings() {
        LayoutPruning pruning = window("2024-03-05", null);
        assertThat(pruning.start("")).containsExactly(children(""));
        assertThat(pruning.start("AWSLogs")).as("a prefix that is not a folder").containsExactly(children("AWSLogs"));
        for (String folder : List.of("AWSLogs/", "trail/AWSLogs/", "AWSLogs/o-a1b2c3d4e5/", "AWSLogs/o-a1b2c3d4e5/123456789012/",
                "AWSLogs/123456789012/", "AWSLogs/123456789012/CloudTrail/", "AWSLogs/123456789012/CloudTrail-Digest/", REGION)) {
            assertThat(pruning.forFolder(folder)).as(folder).containsExactly(children(folder));
        }
    }

    @Test
    void trailPrefixesAreExploredAFewLevelsDeepThenListedWhole() {
        LayoutPruning pruning = window("2024-03-05", "2024-03-05");
        assertThat(pruning.forFolder("a/")).containsExactly(children("a/"));
        assertThat(pruning.forFolder("a/b/c/")).containsExactly(children("a/b/c/"));
        assertThat(pruning.forFolder("a/b/c/d/")).containsExactly(everything("a/b/c/d/"));
    }

    @Test
    void aBoundedWindowGoesStraightToItsDayFoldersWithADayOfSlack() {
        assertThat(window("2024-03-05", "2024-03-05").forFolder(REGION)).containsExactly(
                everything(REGION + "2024/03/04/"), everything(REGION + "2024/03/05/"), everything(REGION + "2024/03/06/"));
        assertThat(window("2024-12-31", "2025-01-01").forFolder(REGION)).containsExactly(everything(REGION + "2024/12/30/"),
                everything(REGION + "2024/12/31/"), everything(REGION + "2025/01/01/"), everything(REGION + "2025/01/02/"));
        assertThat(window("2024-01-01", "2024-04-07").forFolder(REGION)).as("100 days with the slack").hasSize(100);
        assertThat(window("2024-01-01", "2024-04-08").forFolder(REGION)).as("101 days: walked instead").containsExactly(children(REGION));
    }

    @Test
    void yearsMonthsAndDaysOutsideTheWindowAreNeverListed() {
        LayoutPruning pruning = window("2024-03-01", "2024-06-30");
        assertThat(pruning.forFolder(REGION + "2023/")).isEmpty();
        assertThat(pruning.forFolder(REGION + "2024/")).containsExactly(children(REGION + "2024/"));
        assertThat(pruning.forFolder(REGION + "2025/")).isEmpty();
        assertThat(pruning.forFolder(REGION + "2024/01/")).isEmpty();
        assertThat(pruning.forFolder(REGION + "2024/02/")).as("Feb 29 is the slack day").containsExactly(children(REGION + "2024/02/"));
        assertThat(pruning.forFolder(REGION + "2024/07/")).as("Jul 1 is the slack day").containsExactly(children(REGION + "2024/07/"));
        assertThat(pruning.forFolder(REGION + "2024/08/")).isEmpty();
        assertThat(pruning.forFolder(REGION + "2024/02/28/")).isEmpty();
        assertThat(pruning.forFolder(REGION + "2024/02/29/")).containsExactly(everything(REGION + "2024/02/29/"));
        assertThat(pruning.forFolder(REGION + "2024/07/01/")).containsExactly(everything(REGION + "2024/07/01/"));
        assertThat(pruning.forFolder(REGION + "2024/07/02/")).isEmpty();
        assertThat(window("2024-03-01", null).forFolder(REGION + "2031/")).containsExactly(children(REGION + "2031/"));
        assertThat(window(null, "2024-03-01").forFolder(REGION + "1999/")).containsExactly(children(REGION + "1999/"));
        assertThat(window(null, "2024-03-01").forFolder(REGION + "2024/04/")).isEmpty();
    }

    @Test
    void whatDoesNotFitTheLayoutIsListedWhole() {
        LayoutPruning pruning = window("2024-03-05", null);
        for (String folder : List.of(REGION + "misc/", REGION + "2024/13/01/", REGION + "2024/02/30/", "AWSLogs/12345/",
                "AWSLogs/123456789012/CloudTrail/us-east-1/2024/03/05/extra/", "AWSLogs/\n/", "AWSLogs/o-UPPER/")) {
            List<ListingStep> steps = pruning.forFolder(folder);
            assertThat(steps).as(folder).containsAnyOf(everything(folder), children(folder)).hasSize(1);
        }
        assertThat(pruning.forFolder(REGION + "misc/")).containsExactly(everything(REGION + "misc/"));
        assertThat(pruning.forFolder(REGION + "2024/02/30/")).containsExactly(everything(REGION + "2024/02/30/"));
        assertThat(pruning.forFolder(REGION + "2024/13/")).as("a month that is no month").containsExactly(children(REGION + "2024/13/"));
    }

    @Test
    void hostileFolderNamesCostLinearTime() {
        String deep = "x/".repeat(20_000) + "AWSLogs/" + "y/".repeat(20_000);
        long started = System.nanoTime();
        assertThat(window("2024-03-05", null).forFolder(deep)).containsExactly(everything(deep));
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }
}
