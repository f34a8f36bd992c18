package io.trailscope.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.engine.DuckDbStore;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestAccountNamesFile {
    @TempDir
    Path temp;

    @Test
    void readsCsvWithHeaderCommentsAndQuotes() throws IOException {
        Path file = Files.writeString(temp.resolve("accounts.csv"), """
                account_id,account_name
                # production first
                111122223333,Production
                222233334444, "Staging, EU"

                012345678901,Sandbox
                """);
        assertThat(AccountNamesFile.read(file)).containsExactly(Map.entry("111122223333", "Production"),
                Map.entry("222233334444", "Staging, EU"), Map.entry("012345678901", "Sandbox"));
    }

    @Test
    void readsYamlMapping() throws IOException {
        Path file = Files.writeString(temp.resolve("accounts.yaml"), """
                "012345678901": Sandbox
                111122223333: Production
                """);
        assertThat(AccountNamesFile.read(file)).containsExactly(Map.entry("012345678901", "Sandbox"), Map.entry("111122223333", "Production"));
    }

    @Test
    void reportsTheLineOfABadCsvRow() throws IOException {
        Path file = Files.writeString(temp.resolve("accounts.csv"), "111122223333,Production\n222233334444\n");
        assertThatThrownBy(() -> AccountNamesFile.read(file)).isInstanceOfSatisfying(TrailException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.ACCOUNTS_FILE_INVALID);
            assertThat(e.location()).contains(new SourceLocation(file.toString(), 2, 1));
        });
    }

    @Test
    void rejectsDuplicatesEmptyNamesHugeNamesAndNonMappings() throws IOException {
        assertInvalid(Files.writeString(temp.resolve("dup.csv"), "1,a\n1,b\n"), 2);
        assertInvalid(Files.writeString(temp.resolve("empty.csv"), "1,\n"), 1);
        assertInvalid(Files.writeString(temp.resolve("huge.csv"), "1," + "x".repeat(10_000) + "\n"), 1);
        assertInvalid(Files.writeString(temp.resolve("list.yaml"), "- 1\n- 2\n"), 0);
        assertInvalid(Files.writeString(temp.resolve("nested.yml"), "1: {name: a}\n"), 0);
        assertThatThrownBy(() -> AccountNamesFile.read(temp.resolve("missing.csv")))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ACCOUNTS_FILE_INVALID));
    }

    @Test
    void replacesTheStoreTable() {
        try (DuckDbStore store = DuckDbStore.open(temp.resolve("store.db"))) {
            AccountNamesTable.replace(store.connection(), Map.of("1", "a", "2", "b"));
            AccountNamesTable.replace(store.connection(), Map.of("3", "O'Brien; DROP TABLE account_names"));
            assertThat(store.count("SELECT count(*) FROM account_names")).isEqualTo(1);
            assertThat(store.count("SELECT count(*) FROM account_names WHERE account_name = 'O''Brien; DROP TABLE account_names'")).isEqualTo(1);
        }
    }

    private static void assertInvalid(Path file, int line) {
        assertThatThrownBy(() -> AccountNamesFile.read(file)).isInstanceOfSatisfying(TrailException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.ACCOUNTS_FILE_INVALID);
            assertThat(e.location().orElseThrow().line()).isEqualTo(line);
        });
    }
}
