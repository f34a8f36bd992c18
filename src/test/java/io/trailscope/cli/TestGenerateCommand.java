package io.trailscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestGenerateCommand {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void generatesAndPrintsASummary() throws Exception {
        int code = run("generate", "--out", folder.toString(), "--events", "500", "--start", "2024-05-01",
                "--days", "1", "--accounts", "1", "--seed", "3");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .startsWith("Generated 500 events")
                .contains("Accounts: 1", "acme-prod", "Regions:  us-east-1", "Categories:", "Identity types:",
                        "Outcomes:", "2024-05-01T");
        assertThat(Files.isDirectory(folder.resolve("AWSLogs"))).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void negativeEventsIsAUsageError() {
        int code = run("generate", "--out", folder.toString(), "--events", "-5", "--start", "2024-05-01");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--events must be between 1 and 1000000000, got -5");
    }

    @Test
    void badDateIsAUsageError() {
        int code = run("generate", "--out", folder.toString(), "--events", "10", "--start", "2024-13-45");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--start must be a date like 2024-05-01 (yyyy-MM-dd), got '2024-13-45'");
    }

    @Test
    void hostileDateIsQuotedShortenedAndHarmless() {
        int code = run("generate", "--out", folder.toString(), "--events", "10", "--start",
                "'; rm -rf / #\u0000" + "x".repeat(1000));

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--start must be a date like 2024-05-01 (yyyy-MM-dd), got '"
                + "'; rm -rf / #?" + "x".repeat(26) + "...'");
    }

    @Test
    void badOrganizationIsAUsageError() {
        int code = run("generate", "--out", folder.toString(), "--events", "10", "--start", "2024-05-01",
                "--org", "org-1");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith(
                "--org must look like o-a1b2c3d4e5 (o- and 10 to 32 lowercase letters or digits), got 'org-1'");
    }

    @Test
    void tooManyDaysIsAUsageError() {
        int code = run("generate", "--out", folder.toString(), "--events", "10", "--days", "5000");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--days must be between 1 and 1000, got 5000");
    }

    @Test
    void nonNumericEventsIsAUsageError() {
        int code = run("generate", "--out", folder.toString(), "--events", "many");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--events").contains("many");
    }

    @Test
    void outputIsRequired() {
        int code = run("generate", "--events", "10");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("Missing required option: '--out=DIR'");
    }

    @Test
    void helpDescribesTheLayout() {
        int code = run("generate", "--help");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--events=N", "--seed=S", "--accounts=K", "--days=D", "--start=DATE",
                "--org=o-xxxxxxxxxx", "AWSLogs/[o-org/]ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/*.json.gz");
    }

    private int run(String... args) {
        return TrailscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }
}
