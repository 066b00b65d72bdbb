package relulab.io.session;

import static relulab.io.session.SessionFormatException.reason;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import relulab.core.text.Reason;
import relulab.io.IoReason;
import relulab.io.OutputSet;
import relulab.io.TensorFiles;

/**
 * Reads and writes {@code .relulab} session files: JSON (UTF-8) in the schema of
 * {@link SessionJson}, with tensors stored bit for bit.
 *
 * <p>Reading checks the file's size before it reads it, parses strict JSON, and checks every
 * member before it returns, so a bad file is refused whole with one line that names it and
 * the place. Writing goes to a temporary file beside the target, which is then moved into
 * place in one step: a failed save never leaves half a session, nor destroys the one it was
 * meant to replace.
 */
public final class SessionFiles {

    /** The extension of session files. */
    public static final String EXTENSION = ".relulab";
    /** Room for everything in a session but its two tensors. */
    private static final long SETTINGS_ROOM = 1 << 20;
    /**
     * Bytes of memory reading takes per byte of the file, at its peak: the text as it is parsed
     * (its buffer doubles), the tree's strings, the bytes they decode to and the tensors' doubles.
     */
    private static final long MEMORY_PER_BYTE = 5;

    private static final Pattern PLACE = Pattern.compile("line (\\d+) column (\\d+)");

    private SessionFiles() {}

    /** Reads a session whose tensors have at most {@link TensorFiles#DEFAULT_MAX_ELEMENTS} elements. */
    public static Session read(Path file) throws IOException {
        return read(file, TensorFiles.DEFAULT_MAX_ELEMENTS);
    }

    /**
     * Reads a session whose tensors have at most {@code maxElements} elements each.
     *
     * @throws SessionFileException for anything wrong with the file, with a one-line message
     */
    public static Session read(Path file, long maxElements) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new SessionFileException(file, unreadable(e), e);
        }
        if (attributes.isDirectory()) {
            throw new SessionFileException(file, reason("file.folder"));
        }
        if (!attributes.isRegularFile() || (attributes.size() == 0 && !isEmpty(file))) {
            // A FIFO would block the reader, /dev/zero never ends, a /proc file says it is empty.
            throw new SessionFileException(file, reason("file.notRegular"));
        }
        long size = attributes.size();
        if (size == 0) {
            throw new SessionFileException(file, reason("file.empty"));
        }
        // Two tensors of maxElements doubles, as Base64 (4 characters per 3 bytes), and the rest.
        long largest = 2 * 4 * ((maxElements * Double.BYTES + 2) / 3) + SETTINGS_ROOM;
        if (size > largest) {
            throw new SessionFileException(
                    file, reason("file.tooLarge", JsonFields.grouped(size), JsonFields.grouped(largest)));
        }
        requireMemory(file, size);
        try {
            return SessionJson.read(parse(file), maxElements);
        } catch (SessionFormatException e) {
            throw new SessionFileException(file, e.reason(), e);
        } catch (OutOfMemoryError e) {
            throw tooLargeForMemory(file, size);
        }
    }

    /** Whether a file that says it holds 0 bytes really does (a /proc file says so and holds more). */
    private static boolean isEmpty(Path file) throws SessionFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() < 0;
        } catch (IOException e) {
            throw new SessionFileException(file, unreadable(e), e);
        }
    }

    /**
     * Refuses a file that Java has not the memory to read, before reading it: the JSON text,
     * its tree and the tensors decoded from it take about {@value #MEMORY_PER_BYTE} bytes for
     * every byte of the file.
     */
    private static void requireMemory(Path file, long size) throws SessionFileException {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        if (used + MEMORY_PER_BYTE * size + SETTINGS_ROOM > rt.maxMemory()) {
            throw tooLargeForMemory(file, size);
        }
    }

    private static SessionFileException tooLargeForMemory(Path file, long size) {
        long mib = 1L << 20;
        long max = Runtime.getRuntime().maxMemory();
        long gib = (MEMORY_PER_BYTE * size + max + (1L << 30) - 1) >> 30;
        return new SessionFileException(
                file,
                reason(
                        "file.memory",
                        JsonFields.grouped(size),
                        JsonFields.grouped((MEMORY_PER_BYTE * size + SETTINGS_ROOM) / mib),
                        JsonFields.grouped(max / mib),
                        Long.toString(gib)));
    }

    /**
     * Writes the session, replacing {@code file} atomically (see {@link OutputSet}).
     *
     * @throws IOException whose one-line message names the file and the reason
     */
    public static void write(Path file, Session session) throws IOException {
        try (OutputSet set = new OutputSet()) {
            try (Writer text = Channels.newWriter(set.stage(file), StandardCharsets.UTF_8)) {
                new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(SessionJson.write(session), text);
                text.write('\n');
            }
            set.commit();
        }
    }

    /** The file as one strict JSON object. */
    private static JsonObject parse(Path file) throws IOException, SessionFormatException {
        JsonElement root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = new JsonReader(in)) {
            json.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(json);
            requireEnd(json);
        } catch (CharacterCodingException e) {
            throw SessionFormatException.because("json.notUtf8");
        } catch (JsonParseException e) {
            throw explain(e);
        } catch (EOFException e) {
            throw SessionFormatException.because("json.truncated", place(e.getMessage()));
        } catch (IOException e) {
            if (e instanceof MalformedJsonException) {
                throw explain(e);
            }
            throw new SessionFileException(file, unreadable(e), e);
        }
        if (!root.isJsonObject()) {
            throw SessionFormatException.because("json.notObject", JsonFields.kindOf(root));
        }
        return root.getAsJsonObject();
    }

    private static void requireEnd(JsonReader json) throws IOException, SessionFormatException {
        boolean more;
        try {
            more = json.peek() != JsonToken.END_DOCUMENT;
        } catch (MalformedJsonException e) {
            more = true; // a strict reader refuses a second value: what matters is that there is one
        }
        if (more) {
            throw SessionFormatException.because("json.trailing", place(json.toString()));
        }
    }

    private static SessionFormatException explain(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof EOFException) {
            return SessionFormatException.because("json.truncated", place(cause.getMessage()));
        }
        if (cause instanceof CharacterCodingException) {
            return SessionFormatException.because("json.notUtf8");
        }
        if (cause instanceof OutOfMemoryError oom) {
            throw oom; // Gson words it as bad JSON; the reader words it as it is
        }
        return SessionFormatException.because("json.invalid", place(cause.getMessage()));
    }

    /** "line L, column C" from one of Gson's messages, which are long and span lines. */
    private static Reason place(String gsonMessage) {
        Matcher m = PLACE.matcher(gsonMessage == null ? "" : gsonMessage);
        return m.find() ? reason("json.place", m.group(1), m.group(2)) : reason("json.placeUnknown");
    }

    /** Why the system refused to read the file, in the words of {@link IoReason}, which a window says in its language. */
    private static Reason unreadable(IOException e) {
        return reason("file.unreadable", IoReason.reason(e));
    }
}
