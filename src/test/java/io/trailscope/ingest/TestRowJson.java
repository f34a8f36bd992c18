package io.trailscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.engine.DuckDbStore;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values survive the row-JSON write path exactly: escapes, control characters, Unicode, nesting, nulls. */
final class TestRowJson {
    @TempDir
    Path temp;

    @Test
    void hostileValuesReachTheTableExactly() throws Exception {
        String big = "x".repeat(5_000) + "\"\\\u0001";
        String event = "{\"eventVersion\":\"1.08\",\"eventID\":\"e1\",\"eventTime\":\"2024-01-01T00:00:00Z\","
                + "\"eventName\":\"quote\\\" back\\\\slash nl\\n tab\\t ctl\\u0001 nul\\u0000 e\\u00e9 zh\\u4e2d emoji\\ud83d\\ude00\","
                + "\"eventSource\":\"lone\\ud800surrogate\","
                + "\"userAgent\":\"'); DROP TABLE cloudtrail_logs; --\","
                + "\"errorMessage\":\"" + big.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0001", "\\u0001") + "\","
                + "\"readOnly\":true,"
                + "\"requestParameters\":{\"a\":[1,{\"b\":null}],\"c\":\"d\\\"\"},"
                + "\"userIdentity\":{\"type\":\"IAMUser\",\"sessionContext\":{\"webIdFederationData\":"
                + "{\"attributes\":{\"k1\":\"v1\",\"k2\":null,\"k\\\"3\":\"v\\n3\"}},\"attributes\":{}}},"
                + "\"resources\":[{\"ARN\":\"arn:1\",\"accountId\":\"1\"},{},{\"type\":\"T\"}],"
                + "\"tlsDetails\":{}}";
        Path logs = temp.resolve("logs");
        TestingLogs.write(logs.resolve("a.json"), "{\"Records\":[" + event + "]}");
        Path db = temp.resolve("store.db");
        try (DuckDbStore store = DuckDbStore.open(db)) {
            IngestSummary summary = new IngestJob(store, new IngestOptions(TimeWindow.ALL, 1, Optional.empty()))
                    .run(List.of(new LocalLogSource(logs)));
            assertThat(summary.eventsAdded()).isEqualTo(1);
            assertThat(summary.rejected()).isEmpty();
            List<String> row = new ArrayList<>();
            try (Statement statement = store.connection().createStatement();
                    ResultSet rows = statement.executeQuery("SELECT eventname, eventsource, useragent, errormessage, readonly, "
                            + "requestparameters, useridentity.type, "
                            + "CAST(useridentity.sessioncontext.webidfederationdata.attributes AS VARCHAR), "
                            + "useridentity.sessioncontext.attributes IS NULL, "
                            + "useridentity.sessioncontext.attributes.mfaauthenticated IS NULL, "
                            + "CAST(resources AS VARCHAR), tlsdetails IS NULL, addendum IS NULL, "
                            + "useridentity.onbehalfof IS NULL, eventtype IS NULL, CAST(event_timestamp AS VARCHAR) "
                            + "FROM cloudtrail_logs")) {
                assertThat(rows.next()).isTrue();
                for (int i = 1; i <= 16; i++) {
                    row.add(rows.getString(i));
                }
                assertThat(rows.next()).isFalse();
            }
            assertThat(row).containsExactly(
                    "quote\" back\\slash nl\n tab\t ctl\u0001 nul\u0000 e\u00e9 zh\u4e2d emoji\ud83d\ude00",
                    "lone?surrogate",
                    "'); DROP TABLE cloudtrail_logs; --",
                    big,
                    "true",
                    "{\"a\":[1,{\"b\":null}],\"c\":\"d\\\"\"}",
                    "IAMUser",
                    "{k1=v1, k2=NULL, 'k\"3'=v\n3}",
                    "false",
                    "true",
                    "[{'arn': 'arn:1', 'accountid': 1, 'type': NULL}, {'arn': NULL, 'accountid': NULL, 'type': NULL}, "
                            + "{'arn': NULL, 'accountid': NULL, 'type': T}]",
                    "false",
                    "true",
                    "true",
                    "true",
                    "2024-01-01 00:00:00");
        }
    }
}
