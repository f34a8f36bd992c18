package io.trailscope.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.trailscope.sql.ColumnRef;
import io.trailscope.sql.Expression;
import io.trailscope.sql.JoinType;
import io.trailscope.sql.Literal;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.Select;
import io.trailscope.sql.SortDirection;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SymmetricAverage;
import io.trailscope.sql.SymmetricCount;
import io.trailscope.sql.SymmetricSum;
import io.trailscope.sql.TableRef;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A one_to_many join fans accounts out over their events; the accounts' SUM, AVG and COUNT through symmetric
 * aggregates must equal the un-fanned answers computed in Java with exact decimals, per group on either side of
 * the join and under a filter on the many side. Values include NULLs, negatives, duplicates across keys, six
 * decimals and magnitudes near a billion.
 */
final class TestSymmetricAggregateResults {
    private static final List<String> TEAMS = List.of("red", "green", "blue");
    private static final List<String> KINDS = List.of("login", "read", "write");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.0000005");

    private static final List<Account> ACCOUNTS = new ArrayList<>();
    private static final List<Event> EVENTS = new ArrayList<>();
    private static List<TestingEngine> engines;

    @BeforeAll
    static void createTables() {
        Random random = new Random(20241103);
        for (int id = 1; id <= 300; id++) {
            ACCOUNTS.add(new Account(id, "account-" + id, TEAMS.get(random.nextInt(TEAMS.size())), value(random)));
            int events = random.nextInt(7);
            for (int e = 0; e < events; e++) {
                EVENTS.add(new Event(id, KINDS.get(random.nextInt(KINDS.size()))));
            }
        }
        engines = TestingEngine.open();
        StringBuilder accounts = new StringBuilder("INSERT INTO accounts VALUES ");
        for (Account account : ACCOUNTS) {
            accounts.append(account.id() == 1 ? "" : ", ").append('(').append(account.id()).append(", '")
                    .append(account.name()).append("', '").append(account.team()).append("', ")
                    .append(account.amount() == null ? "NULL" : account.amount().toPlainString()).append(')');
        }

        StringBuilder events = new StringBuilder("INSERT INTO events VALUES (9999, 'login')");
        for (Event event : EVENTS) {
            events.append(", (").append(event.accountId()).append(", '").append(event.kind()).append("')");
        }
        for (TestingEngine engine : engines) {
            engine.execute("DROP TABLE IF EXISTS accounts");
            engine.execute("DROP TABLE IF EXISTS events");
            engine.execute("CREATE TABLE accounts (id INTEGER, name VARCHAR, team VARCHAR, amount DOUBLE)");
            engine.execute("CREATE TABLE events (account_id INTEGER, kind VARCHAR)");
            engine.execute(accounts.toString());
            engine.execute(events.toString());
        }
    }

    @AfterAll
    static void closeEngines() {
        engines.forEach(TestingEngine::close);
    }

    static Stream<Arguments> enginesAndKeys() {
        return engines.stream().flatMap(engine -> Stream.of(Arguments.of(engine, "id"), Arguments.of(engine, "name")));
    }

    /** Mostly six-decimal values, some repeated, some NULL, some negative, some large. */
    private static BigDecimal value(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> new BigDecimal("2.5");
            case 2 -> BigDecimal.valueOf(random.nextInt(2_000_000_000) - 1_000_000_000L, 0);
            default -> BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L, 6);
        };
    }

    @ParameterizedTest(name = "{0}: keyed by {1}", autoCloseArguments = false)
    @MethodSource("enginesAndKeys")
    void groupedByTheOneSide(TestingEngine engine, String keyColumn) {
        ColumnRef key = Sql.column("accounts", keyColumn);
        List<List<Object>> rows = run(engine, Sql.column("accounts", "team"), key, Optional.empty());
        assertThat(rows).hasSize(TEAMS.size());
        for (List<Object> row : rows) {
            String team = (String) row.get(0);
            check(row, accountsJoined(account -> account.team().equals(team), event -> true));
        }
    }

    @ParameterizedTest(name = "{0}: keyed by {1}", autoCloseArguments = false)
    @MethodSource("enginesAndKeys")
    void groupedByTheManySide(TestingEngine engine, String keyColumn) {
        List<List<Object>> rows = run(engine, Sql.column("events", "kind"), Sql.column("accounts", keyColumn), Optional.empty());
        assertThat(rows).hasSize(KINDS.size() + 1);
        for (List<Object> row : rows) {
            String kind = (String) row.get(0);
            check(row, accountsJoined(account -> true, event -> Objects.equals(event.kind(), kind)));
        }
    }

    @ParameterizedTest(name = "{0}: keyed by {1}", autoCloseArguments = false)
    @MethodSource("enginesAndKeys")
    void filteredOnTheManySide(TestingEngine engine, String keyColumn) {
        Expression logins = Sql.eq(Sql.column("events", "kind"), Literal.of("login"));
        List<List<Object>> rows = run(engine, Sql.column("accounts", "team"), Sql.column("accounts", keyColumn),
                Optional.of(logins));
        for (List<Object> row : rows) {
            String team = (String) row.get(0);
            check(row, accountsJoined(account -> account.team().equals(team), event -> "login".equals(event.kind())));
        }
    }

    private static List<List<Object>> run(TestingEngine engine, ColumnRef dimension, ColumnRef key, Optional<Expression> filter) {
        ColumnRef amount = Sql.column("accounts", "amount");
        Select select = Select.builder()
                .select(dimension, "dimension")
                .select(new SymmetricSum(amount, key, filter), "total")
                .select(new SymmetricAverage(amount, key, filter), "average")
                .select(new SymmetricCount(key, filter), "accounts")
                .select(Sql.sum(amount), "naive_total")
                .from(TableRef.of("accounts"))
                .join(JoinType.LEFT, TableRef.of("events"),
                        Sql.eq(Sql.column("accounts", "id"), Sql.column("events", "account_id")))
                .groupBy(dimension)
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC))
                .build();
        List<List<Object>> rows = engine.query(new SqlRenderer(engine.dialect()).render(select));
        assertFansOut(rows);
        return rows;
    }

    /** The accounts that reach a group: those passing the account test with a joined event passing the event test. */
    private static List<Account> accountsJoined(Predicate<Account> accountTest, Predicate<Event> eventTest) {
        Map<Integer, List<Event>> byAccount = new HashMap<>();
        EVENTS.forEach(event -> byAccount.computeIfAbsent(event.accountId(), id -> new ArrayList<>()).add(event));
        List<Account> result = new ArrayList<>();
        for (Account account : ACCOUNTS) {
            // An account without events joins one row whose event columns are all NULL.
            List<Event> joined = byAccount.getOrDefault(account.id(), List.of(new Event(account.id(), null)));
            if (accountTest.test(account) && joined.stream().anyMatch(eventTest)) {
                result.add(account);
            }
        }
        return result;
    }

    private static void check(List<Object> row, List<Account> accounts) {
        List<BigDecimal> values = accounts.stream().map(Account::amount).filter(Objects::nonNull).toList();
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal((Double) row.get(1))).as("total of %s", row.get(0))
                .isCloseTo(total, within(TOLERANCE.max(total.abs().multiply(new BigDecimal("1E-15")))));
        if (values.isEmpty()) {
            assertThat(row.get(2)).as("average of %s", row.get(0)).isNull();
        }
        else {
            BigDecimal average = total.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
            assertThat((Double) row.get(2)).as("average of %s", row.get(0))
                    .isCloseTo(average.doubleValue(), within(1e-6));
        }
        Set<Integer> distinct = new HashSet<>(accounts.stream().map(Account::id).toList());
        assertThat(row.get(3)).as("count of %s", row.get(0)).isEqualTo((long) distinct.size());
    }

    private static void assertFansOut(List<List<Object>> rows) {
        assertThat(rows).as("the naive SUM must differ somewhere, or the join does not fan out and this proves nothing")
                .anyMatch(row -> !Objects.equals(row.get(4), row.get(1)));
    }

    private record Account(int id, String name, String team, BigDecimal amount) {}

    private record Event(int accountId, String kind) {}

}
