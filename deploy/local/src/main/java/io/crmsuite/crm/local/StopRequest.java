package io.crmsuite.crm.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What a {@code stop} command stopped, written to the stack's state directory before it stops anything, so that a
 * {@code run} watching the stack from another terminal learns that the stack was stopped on purpose and ends (instead
 * of reporting every component as gone).
 */
final class StopRequest {
    private static final String FILE = "stop-request";

    private StopRequest() {}

    /** Records that these components are being stopped now. */
    static void record(Path state, Collection<String> names) {
        try {
            Files.createDirectories(state);
            Files.write(state.resolve(FILE), names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + state.resolve(FILE), e);
        }
    }

    /** Whether a stop recorded after {@code since} covers every one of {@code names}. */
    static boolean covers(Path state, Collection<String> names, Instant since) {
        Path file = state.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)
                    || Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
                return false;
            }
            List<String> stopped = Files.readAllLines(file);
            return stopped.containsAll(names);
        } catch (IOException e) {
            return false; // being written or removed: asked again on the next round
        }
    }
}
