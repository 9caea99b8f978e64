package dev.tidings.bench.query;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL a request makes query-service send, read from PostgreSQL's own log: statement logging is
 * switched on for the moment of one request ({@code log_min_duration_statement = 0}, reset after),
 * and each {@code execute} entry with its {@code parameters} detail becomes a statement with the
 * values written in. This is the SQL as sent, whatever the service's code looks like.
 */
public final class StatementCapture {
    private static final Pattern ENTRY = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)? \\S+ \\[(\\d+)\\] ([A-Z]+):  (.*)$");
    private static final Pattern EXECUTE = Pattern.compile("(?s)^duration: [\\d.]+ ms  execute [^:]*: (.*)$");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");

    private final Connection db;
    private final Path log;

    public StatementCapture(Connection db, Path log) {
        this.db = db;
        this.log = log;
    }

    /** Runs {@code request} with statement logging on; returns the queries it caused, values written in. */
    public List<String> capture(Runnable request) throws SQLException, IOException {
        long ownPid;
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            ownPid = rows.getLong(1);
        }
        setStatementLogging(true);
        String logged;
        try {
            long mark = Files.size(log);
            request.run();
            // The server writes its log asynchronously to the request's answer.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
            logged = readFrom(mark);
        } finally {
            setStatementLogging(false);
        }
        return queries(logged, ownPid);
    }

    private void setStatementLogging(boolean on) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(
                    on
                            ? "alter system set log_min_duration_statement = 0"
                            : "alter system reset log_min_duration_statement");
            statement.execute("select pg_reload_conf()");
        }
        // Backends pick up the reload between statements; give them a moment.
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
    }

    private String readFrom(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The SELECTs (or WITH queries) executed by other backends than {@code ownPid}, values written in. */
    static List<String> queries(String logged, long ownPid) {
        record Entry(long pid, String level, StringBuilder message) {}
        List<Entry> entries = new ArrayList<>();
        for (String line : logged.split("\n", -1)) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                entries.add(new Entry(Long.parseLong(m.group(1)), m.group(2), new StringBuilder(m.group(3))));
            } else if (!entries.isEmpty()) {
                entries.get(entries.size() - 1).message().append('\n').append(line);
            }
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Matcher execute = EXECUTE.matcher(entry.message());
            if (entry.pid() == ownPid || !entry.level().equals("LOG") || !execute.matches()) {
                continue;
            }
            String sql = execute.group(1).strip();
            String head = sql.toLowerCase(Locale.ROOT);
            if (!(head.startsWith("select") || head.startsWith("with")) || head.equals("select 1")) {
                continue;
            }
            for (int j = i + 1; j < entries.size(); j++) {
                Entry detail = entries.get(j);
                if (detail.pid() != entry.pid()) {
                    continue;
                }
                // "parameters:" up to PostgreSQL 15, "Parameters:" in 18.
                if (detail.level().equals("DETAIL")
                        && detail.message().toString().toLowerCase(Locale.ROOT).startsWith("parameters: ")) {
                    sql = withValues(sql, detail.message().substring("parameters: ".length()));
                }
                break;
            }
            queries.add(sql);
        }
        return queries;
    }

    /** Writes logged values ({@code $1 = 'oil', $2 = NULL}) in place of the placeholders. */
    static String withValues(String sql, String parameters) {
        List<String> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(parameters);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            while (values.size() < index) {
                values.add(null);
            }
            values.set(index - 1, m.group(2));
        }
        // One pass, so that a value holding "$1" is never substituted again, and $10 is not $1 and a 0.
        Matcher placeholder = Pattern.compile("\\$(\\d+)").matcher(sql);
        StringBuilder result = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index <= values.size() ? values.get(index - 1) : null;
            placeholder.appendReplacement(
                    result, Matcher.quoteReplacement(value == null ? placeholder.group() : value));
        }
        return placeholder.appendTail(result).toString();
    }
}
