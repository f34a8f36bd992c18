package io.trailscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.Dialect;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache over a real store: what it reuses, for how long, what it forgets, and what it never keeps. */
final class TestResultCache {
    private static final RenderedSql BY_NAME = new RenderedSql("SELECT eventname, count(*) FROM cloudtrail_logs"
            + " WHERE eventid <> ? GROUP BY 1 ORDER BY 1", List.of("none"));

    @TempDir
    Path temp;

    private DuckDbEngine store;
    private Counting engine;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));

    @BeforeEach
    void open() throws SQLException {
        Path file = temp.resolve("store.db");
        try (DuckDbStore writer = DuckDbStore.open(file); Statement statement = writer.connection().createStatement()) {
            statement.execute("INSERT INTO cloudtrail_logs (eventid, eventname, eventtime) VALUES"
                    + " ('a', 'ConsoleLogin', '2024-01-01T00:00:00Z'), ('b', 'GetObject', '2024-01-01T00:00:01Z'),"
                    + " ('c', 'GetObject', '2024-01-01T00:00:02Z')");
        }
        store = DuckDbEngine.open(file, Map.of());
        engine = new Counting(store, Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSameStatementAnswersFromMemoryWithTheTimeItRan() {
        ResultCache cache = new ResultCache(1 << 20, clock);
        ResultCache.Execution first = cache.execute("store", engine, BY_NAME, 10, false);
        clock.advance(Duration.ofMinutes(5));
        ResultCache.Execution second = cache.execute("store", engine, BY_NAME, 10, false);
        assertThat(first.cachedAt()).isEmpty();
        assertThat(second.cachedAt()).contains(Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(second.table().rows()).isEqualTo(first.table().rows())
                .containsExactly(List.of("ConsoleLogin", 1L), List.of("GetObject", 2L));
        assertThat(engine.runs()).isEqualTo(1);
    }

    @Test
    void otherValuesOtherRowCapsAndOtherEnginesAreOtherEntries() {
        ResultCache cache = new ResultCache(1 << 20, clock);
        cache.execute("store", engine, BY_NAME, 10, false);
        cache.execute("store", engine, new RenderedSql(BY_NAME.text(), List.of("a")), 10, false);
        cache.execute("store", engine, BY_NAME, 1, false);
        cache.execute("trino", engine, BY_NAME, 10, false);
        assertThat(engine.runs()).isEqualTo(4);
        assertThat(cache.execute("store", engine, new RenderedSql(BY_NAME.text(), List.of("a")), 10, false)
                .table().rows()).containsExactly(List.of("GetObject", 2L));
        assertThat(engine.runs()).isEqualTo(4);
        assertThat(cache.size()).isEqualTo(4);
    }

    @Test
    void aRefreshRunsAgainAndItsRowsReplaceTheKeptOnes() {
        ResultCache cache = new ResultCache(1 << 20, clock);
        cache.execute("store", engine, BY_NAME, 10, false);
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.execute("store", engine, BY_NAME, 10, true).cachedAt()).isEmpty();
        assertThat(engine.runs()).isEqualTo(2);
        assertThat(cache.execute("store", engine, BY_NAME, 10, false).cachedAt())
                .contains(Instant.parse("2026-11-27T08:01:00Z"));
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aResultOlderThanTheEnginesMaximumAgeRunsAgain() {
        ResultCache cache = new ResultCache(1 << 20, clock);
        cache.execute("trino", engine, BY_NAME, 10, false);
        clock.advance(Duration.ofMinutes(59));
        assertThat(cache.execute("trino", engine, BY_NAME, 10, false).cachedAt()).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.execute("trino", engine, BY_NAME, 10, false).cachedAt()).isEmpty();
        assertThat(engine.runs()).isEqualTo(2);
    }

    @Test
    void theStoreKeepsResultsWhileItIsOpenBecauseNobodyCanWriteIt() {
        ResultCache cache = new ResultCache(1 << 20, clock);
        cache.execute("store", store, BY_NAME, 10, false);
        clock.advance(Duration.ofDays(400));
        assertThat(cache.execute("store", store, BY_NAME, 10, false).cachedAt()).isPresent();
        assertThatThrownBy(() -> DuckDbStore.open(temp.resolve("store.db")))
                .as("the read-only engine's file lock keeps writers out, so kept results cannot go stale")
                .isInstanceOf(TrailException.class);
    }

    @Test
    void theLeastRecentlyUsedGoFirstAndBigResultsAreNotKept() {
        long entry = ResultCache.estimate(store.execute(BY_NAME, 10));
        ResultCache cache = new ResultCache(4 * entry, clock);
        List<RenderedSql> queries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queries.add(new RenderedSql(BY_NAME.text(), List.of("x" + i)));
        }
        for (int i = 0; i < 4; i++) {
            cache.execute("store", engine, queries.get(i), 10, false);
        }
        cache.execute("store", engine, queries.get(0), 10, false);
        cache.execute("store", engine, queries.get(4), 10, false);
        assertThat(engine.runs()).isEqualTo(5);
        assertThat(cache.size()).isEqualTo(4);
        assertThat(cache.execute("store", engine, queries.get(0), 10, false).cachedAt()).isPresent();
        assertThat(cache.execute("store", engine, queries.get(1), 10, false).cachedAt())
                .as("the least recently used entry went").isEmpty();

        ResultCache small = new ResultCache(4 * entry - 1, clock);
        small.execute("store", engine, BY_NAME, 10, false);
        assertThat(small.size()).as("an entry over a quarter of the bound is not kept").isZero();
    }

    @Test
    void wideTextWeighsMoreThanManyNumbers() {
        ResultTable json = new ResultTable(List.of(new ResultTable.Column("requestparameters", "VARCHAR")),
                List.of(List.of("{\"policy\": \"" + "x".repeat(100_000) + "\"}")), false);
        List<List<Object>> numbers = new ArrayList<>();
        for (long i = 0; i < 100; i++) {
            numbers.add(List.of(i, i * 2));
        }
        ResultTable counts = new ResultTable(List.of(new ResultTable.Column("a", "BIGINT"),
                new ResultTable.Column("b", "BIGINT")), numbers, false);
        assertThat(ResultCache.estimate(json)).isGreaterThan(100_000).isGreaterThan(5 * ResultCache.estimate(counts));
        assertThat(ResultCache.estimate(counts)).isBetween(200 * 16L, 200 * 100L);
    }

    @Test
    void identicalQueriesArrivingTogetherRunOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Counting gated = new Counting(store, Duration.ofHours(1), release);
        ResultCache cache = new ResultCache(1 << 20, clock);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ResultCache.Execution>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> cache.execute("store", gated, BY_NAME, 10, false)));
            }
            gated.awaitStarted();
            Thread.sleep(200);
            release.countDown();
            int fromCache = 0;
            for (Future<ResultCache.Execution> run : runs) {
                ResultCache.Execution execution = run.get(30, TimeUnit.SECONDS);
                assertThat(execution.table().rows()).hasSize(2);
                fromCache += execution.cachedAt().isPresent() ? 1 : 0;
            }
            assertThat(gated.runs()).isEqualTo(1);
            assertThat(fromCache).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureIsNotKeptSoTheNextRequestRunsAgain() {
        ResultCache cache = new ResultCache(1 << 20, clock);
        RenderedSql broken = new RenderedSql("SELECT no_such_column FROM cloudtrail_logs", List.of());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.execute("store", engine, broken, 10, false))
                    .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                            .isEqualTo(ErrorCode.ENGINE_QUERY_FAILED));
        }
        assertThat(engine.runs()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aDisabledCacheRunsEveryQuery() {
        ResultCache cache = ResultCache.disabled();
        cache.execute("store", engine, BY_NAME, 10, false);
        assertThat(cache.execute("store", engine, BY_NAME, 10, false).cachedAt()).isEmpty();
        assertThat(engine.runs()).isEqualTo(2);
    }

    /** The real store, counting the statements that reach it; optionally held until released. */
    private static final class Counting implements Engine {
        private final Engine delegate;
        private final Duration maxAge;
        private final CountDownLatch release;
        private final CountDownLatch started = new CountDownLatch(1);
        private final AtomicInteger runs = new AtomicInteger();

        Counting(Engine delegate, Duration maxAge) {
            this(delegate, maxAge, new CountDownLatch(0));
        }

        Counting(Engine delegate, Duration maxAge, CountDownLatch release) {
            this.delegate = delegate;
            this.maxAge = maxAge;
            this.release = release;
        }

        int runs() {
            return runs.get();
        }

        void awaitStarted() throws InterruptedException {
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public Dialect dialect() {
            return delegate.dialect();
        }

        @Override
        public ResultTable execute(RenderedSql sql, int maxRows) {
            runs.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.execute(sql, maxRows);
        }

        @Override
        public Duration resultMaxAge() {
            return maxAge;
        }

        @Override
        public String describe() {
            return "counting " + delegate.describe();
        }

        @Override
        public void close() {}
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
