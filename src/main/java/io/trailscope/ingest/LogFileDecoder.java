package io.trailscope.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailscope.cloudtrail.EventReader;
import io.trailscope.cloudtrail.EventRecord;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Streams the events out of one log file whatever its container: {@code {"Records":[...]}}
 * (gzipped or not, compact or pretty), bare arrays, NDJSON or concatenated objects, a single event,
 * {@code _raw} wrappers, and {@code aws cloudtrail lookup-events} output. Never holds a whole file.
 * Events decoded before a problem still reach the sink; a sink may stop decoding by throwing
 * {@link CancellationException}, which passes through. Not thread-safe: one per thread.
 */
public final class LogFileDecoder {
    /** Most log files are small: big buffers per file would be most of the garbage an ingest makes. */
    private static final int BUFFER = 16 * 1024;

    private final ObjectMapper mapper;
    private final EventReader reader;

    public LogFileDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = new EventReader(mapper);
    }

    public DecodeOutcome decode(InputStream raw, Consumer<EventRecord> sink) {
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
        if (startsWith(buffered, 'P', 'K')) {
            return decodeZip(buffered, sink);
        }
        return decodeStream(buffered, new Counter(sink));
    }

    /** A zip archive of log files: each entry is decoded as a file of its own; a problem names the entry. */
    private DecodeOutcome decodeZip(InputStream raw, Consumer<EventRecord> sink) {
        Counter counter = new Counter(sink);
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                DecodeOutcome outcome = decodeStream(new BufferedInputStream(zip, BUFFER), counter);
                if (outcome.problem().isPresent()) {
                    DecodeProblem problem = outcome.problem().get();
                    return new DecodeOutcome(counter.events, false, Optional.of(
                            problem.withReason("in zip entry " + entry.getName() + ": " + problem.reason())));
                }
            }
            return new DecodeOutcome(counter.events, false, Optional.empty());
        } catch (IOException e) {
            return failed(counter, 0, 0, "corrupt zip archive: " + e.getMessage());
        }
    }

    private DecodeOutcome decodeStream(BufferedInputStream buffered, Counter counter) {
        JsonParser parser = null;
        try {
            InputStream input = startsWith(buffered, 0x1f, 0x8b)
                    ? new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER) : buffered;
            BufferedInputStream text = input instanceof BufferedInputStream b ? b : new BufferedInputStream(input, BUFFER);
            if (isLineDelimited(text)) {
                return decodeLines(text, counter);
            }
            parser = mapper.getFactory().createParser(text);
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (readValues(parser, counter)) {
                return new DecodeOutcome(counter.events, true, Optional.empty());
            }
            return new DecodeOutcome(counter.events, false, Optional.empty());
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return new DecodeOutcome(counter.events, false, Optional.of(problemOf(e, parser, 0)));
        }
    }

    /** Reads every root value; returns true when the input was a digest file's body. */
    private boolean readValues(JsonParser parser, Counter counter) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.START_OBJECT) {
                if (readRootObject(parser, counter)) {
                    return true;
                }
            } else if (token == JsonToken.START_ARRAY) {
                readEventArray(parser, counter);
            } else {
                throw notAnEvent(parser, "expected a JSON object or array, found " + describe(token));
            }
        }
        return false;
    }

    /**
     * NDJSON: when the first line (within the first MiB) is a whole JSON value, every line is read
     * on its own, so one malformed line costs that line only, not the rest of the file.
     */
    private boolean isLineDelimited(BufferedInputStream text) throws IOException {
        if (startsWithContainerKey(text)) {
            return false;
        }
        int limit = 1 << 20;
        text.mark(limit + 1);
        ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
        boolean complete = false;
        try {
            int b;
            while (firstLine.size() < limit && (b = text.read()) >= 0) {
                if (b == '\n') {
                    if (firstLine.toString(StandardCharsets.UTF_8).isBlank()) {
                        firstLine.reset();
                        continue;
                    }
                    complete = true;
                    break;
                }
                firstLine.write(b);
            }
        } catch (IOException e) {
            complete = false;
        }
        text.reset();
        if (!complete) {
            return false;
        }
        try (JsonParser line = mapper.getFactory().createParser(firstLine.toByteArray())) {
            JsonToken first = line.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                return false;
            }
            line.skipChildren();
            return line.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** A {@code {"Records":} or {@code {"Events":} file is a container, however it is laid out: no need to scan its first line. */
    private static boolean startsWithContainerKey(BufferedInputStream text) {
        try {
            text.mark(256);
            byte[] head = text.readNBytes(256);
            text.reset();
            StringBuilder start = new StringBuilder(16);
            for (int i = 0; i < head.length && start.length() < 10; i++) {
                char c = (char) (head[i] & 0xff);
                if (!Character.isWhitespace(c)) {
                    start.append(c);
                }
            }
            String head10 = start.toString();
            return head10.startsWith("{\"Records\"") || head10.startsWith("{\"Events\"") || head10.startsWith("[");
        } catch (IOException e) {
            try {
                text.reset();
            } catch (IOException ignored) {
                return false;
            }
            return false;
        }
    }

    private DecodeOutcome decodeLines(BufferedInputStream text, Counter counter) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
        DecodeProblem first = null;
        long badLines = 0;
        long lineNumber = 0;
        String line;
        while (true) {
            try {
                line = reader.readLine();
            } catch (IOException e) {
                DecodeProblem problem = problemOf(e, null, 0);
                return new DecodeOutcome(counter.events, false,
                        Optional.of(problem.at(lineNumber + 1, 0)));
            }
            if (line == null) {
                break;
            }
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try (JsonParser parser = mapper.getFactory().createParser(line)) {
                try {
                    readValues(parser, counter);
                } catch (CancellationException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    badLines++;
                    if (first == null) {
                        DecodeProblem problem = problemOf(e, parser, 0);
                        first = problem.at(lineNumber, problem.column());
                    }
                }
            }
        }
        if (first == null) {
            return new DecodeOutcome(counter.events, false, Optional.empty());
        }
        String reason = badLines == 1 ? first.reason()
                : first.reason() + " (and " + (badLines - 1) + " more bad lines; every good line was kept)";
        return new DecodeOutcome(counter.events, false, Optional.of(first.withReason(reason)));
    }

    private static DecodeProblem problemOf(Exception e, JsonParser parser, long lineOffset) {
        if (e instanceof NotAnEvent notAnEvent) {
            return new DecodeProblem(notAnEvent.line + lineOffset, notAnEvent.column, notAnEvent.getMessage());
        }
        if (e instanceof JsonProcessingException json) {
            JsonLocation location = json.getLocation();
            String message = json.getOriginalMessage();
            int cut = message.indexOf('\n');
            return new DecodeProblem(location == null ? 0 : location.getLineNr() + lineOffset, location == null ? 0 : location.getColumnNr(),
                    "malformed JSON: " + (cut > 0 ? message.substring(0, cut) : message));
        }
        JsonLocation location = parser == null ? null : parser.currentLocation();
        long line = location == null ? 0 : location.getLineNr() + lineOffset;
        long column = location == null ? 0 : location.getColumnNr();
        if (e instanceof EOFException) {
            return new DecodeProblem(line, column, "truncated file: " + (e.getMessage() == null ? "unexpected end" : e.getMessage()));
        }
        if (e instanceof ZipException) {
            return new DecodeProblem(line, column, "corrupt gzip data: " + e.getMessage());
        }
        return DecodeProblem.unreadable(line, column, "unreadable: " + e);
    }

    private static boolean startsWith(BufferedInputStream buffered, int first, int second) {
        try {
            buffered.mark(2);
            boolean matches = buffered.read() == first && buffered.read() == second;
            buffered.reset();
            return matches;
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns true when the object was a digest file's body rather than events. */
    private boolean readRootObject(JsonParser parser, Counter counter) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if ("Records".equals(key) || "Events".equals(key)) {
                if (parser.nextToken() == JsonToken.START_ARRAY) {
                    readEventArray(parser, counter);
                    skipRestOfObject(parser);
                    return false;
                }
                throw notAnEvent(parser, "\"" + key + "\" is not an array");
            }
            if ("awsAccountId".equals(key) || "digestStartTime".equals(key)) {
                return true;
            }
        }
        readEvent(parser, counter);
        return false;
    }

    private void readEventArray(JsonParser parser, Counter counter) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new EOFException("unexpected end inside an array");
            }
            if (token == JsonToken.START_OBJECT) {
                parser.nextToken();
                readEvent(parser, counter);
            } else if (token == JsonToken.VALUE_STRING) {
                readEmbedded(parser.getText(), counter, parser);
            } else {
                throw notAnEvent(parser, "expected an event object, found " + describe(token));
            }
        }
    }

    private void readEvent(JsonParser parser, Counter counter) throws IOException {
        JsonLocation start = parser.currentLocation();
        EventRecord record = reader.read(parser);
        if (isEvent(record)) {
            counter.accept(record);
            return;
        }
        Optional<String> wrapped = record.extraFields().flatMap(LogFileDecoder::wrappedEvent);
        if (wrapped.isPresent()) {
            readEmbedded(wrapped.get(), counter, parser);
            return;
        }
        throw new NotAnEvent(start.getLineNr(), start.getColumnNr(),
                "not a CloudTrail event (no CloudTrail field such as eventName, eventTime or eventID)");
    }

    /** An event carried as a JSON string: Cribl's {@code _raw}, lookup-events' {@code CloudTrailEvent}. */
    private void readEmbedded(String json, Counter counter, JsonParser outer) throws IOException {
        try (JsonParser inner = mapper.getFactory().createParser(json)) {
            JsonToken token = inner.nextToken();
            if (token == JsonToken.START_OBJECT) {
                readRootObject(inner, counter);
            } else if (token == JsonToken.START_ARRAY) {
                readEventArray(inner, counter);
            } else {
                throw notAnEvent(outer, "an embedded event string is not a JSON object");
            }
        } catch (JsonProcessingException e) {
            throw notAnEvent(outer, "an embedded event string is malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static Optional<String> wrappedEvent(ObjectNode extras) {
        for (String key : new String[] {"_raw", "CloudTrailEvent"}) {
            JsonNode node = extras.get(key);
            if (node != null && node.isTextual()) {
                return Optional.of(node.textValue());
            }
        }
        return Optional.empty();
    }

    /** An object is an event when it carries at least one CloudTrail field; wrappers and other JSON carry none. */
    private static boolean isEvent(EventRecord record) {
        for (Object value : record.values()) {
            if (value != null) {
                return true;
            }
        }
        return false;
    }

    private static void skipRestOfObject(JsonParser parser) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
        if (token != JsonToken.END_OBJECT) {
            throw new EOFException("unexpected end of the root object");
        }
    }

    private static String describe(JsonToken token) {
        return token.isScalarValue() ? "a " + token.name().toLowerCase().replace("value_", "") + " value" : token.asString();
    }

    private static NotAnEvent notAnEvent(JsonParser parser, String message) {
        JsonLocation location = parser.currentLocation();
        return new NotAnEvent(location.getLineNr(), location.getColumnNr(), message);
    }

    private static DecodeOutcome failed(Counter counter, long line, long column, String reason) {
        return new DecodeOutcome(counter.events, false, Optional.of(new DecodeProblem(line, column, reason)));
    }

    private static final class Counter implements Consumer<EventRecord> {
        private final Consumer<EventRecord> sink;
        private long events;

        Counter(Consumer<EventRecord> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(EventRecord record) {
            events++;
            sink.accept(record);
        }
    }

    private static final class NotAnEvent extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;

        NotAnEvent(long line, long column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }
}
