package dev.tidings.bench.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.events.InvalidEventException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * An archive of already-enriched articles to import: a file of {@code ArticleEnriched} JSON, one
 * article a line (blank lines skipped), as enrichment-service publishes them or as
 * {@code GET /v1/articles/{id}} returns them. Each line passes the same schema and checks as a record
 * the consumer reads, and fails the import with its line number otherwise. A line may carry
 * {@code duplicateOf} (the id of the article it is a near-duplicate of, as the article endpoint
 * returns it): the flag is stored as it is. {@code story} (what the article endpoint adds) is not
 * part of the event and is dropped.
 *
 * <p>The file is indexed once (where each line starts), then read line by line at those offsets, so
 * that the loader can make its rows in parallel and an archive larger than memory imports.
 */
public final class ArchiveFile implements ArchiveSource {
    private final Path file;
    private final FileChannel channel;
    private final long[] starts;
    private final int[] lengths;
    private final long[] lineNumbers;

    private ArchiveFile(Path file, FileChannel channel, long[] starts, int[] lengths, long[] lineNumbers) {
        this.file = file;
        this.channel = channel;
        this.starts = starts;
        this.lengths = lengths;
        this.lineNumbers = lineNumbers;
    }

    /** Indexes the non-blank lines of {@code file}. */
    public static ArchiveFile open(Path file) throws IOException {
        long[] starts = new long[1024];
        int[] lengths = new int[1024];
        long[] numbers = new long[1024];
        int count = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long position = 0;
            long lineStart = 0;
            long lineNumber = 1;
            boolean blank = true;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b == -1) {
                    long length = position - lineStart;
                    if (!blank) {
                        if (length > Integer.MAX_VALUE) {
                            throw new IOException(file + ":" + lineNumber + ": line too long");
                        }
                        if (count == starts.length) {
                            starts = Arrays.copyOf(starts, count * 2);
                            lengths = Arrays.copyOf(lengths, count * 2);
                            numbers = Arrays.copyOf(numbers, count * 2);
                        }
                        starts[count] = lineStart;
                        lengths[count] = (int) length;
                        numbers[count] = lineNumber;
                        count++;
                    }
                    if (b == -1) {
                        break;
                    }
                    position++;
                    lineStart = position;
                    lineNumber++;
                    blank = true;
                    continue;
                }
                if (b != ' ' && b != '\t' && b != '\r') {
                    blank = false;
                }
                position++;
            }
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        return new ArchiveFile(
                file,
                channel,
                Arrays.copyOf(starts, count),
                Arrays.copyOf(lengths, count),
                Arrays.copyOf(numbers, count));
    }

    @Override
    public long count() {
        return starts.length;
    }

    @Override
    public ArchiveArticles.Generated article(long i) {
        int index = Math.toIntExact(i);
        String line = line(index);
        String at = file + ":" + lineNumbers[index];
        try {
            JsonNode tree = ArchiveArticles.JSON.readTree(line);
            if (!(tree instanceof ObjectNode object)) {
                throw new IllegalArgumentException("not a JSON object");
            }
            JsonNode duplicate = object.remove("duplicateOf");
            object.remove("story");
            ObjectNode event =
                    ArticleEventReader.ENRICHED.read(object.toString()).json();
            UUID duplicateOf = duplicate == null || duplicate.isNull() ? null : UUID.fromString(duplicate.asText());
            return new ArchiveArticles.Generated(event, duplicateOf);
        } catch (InvalidEventException | IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(at + ": not valid JSON", e);
        }
    }

    private String line(int index) {
        ByteBuffer buffer = ByteBuffer.allocate(lengths[index]);
        long position = starts[index];
        try {
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position + buffer.position());
                if (read < 0) {
                    throw new IOException("the file ended early: it changed while importing");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ":" + lineNumbers[index] + ": " + e.getMessage(), e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }
}
