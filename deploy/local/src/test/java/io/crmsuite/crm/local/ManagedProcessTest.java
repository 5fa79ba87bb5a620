package io.crmsuite.crm.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {
    @TempDir
    Path dir;

    @Test
    void spawnsTracksAndStopsAProcessWithItsChildren() throws Exception {
        ManagedProcess process = new ManagedProcess(dir.resolve("p.pid"), dir.resolve("logs/p.log"));
        ProcessHandle handle = process.spawn(List.of("bash", "-c", "sleep 300 & echo started; wait"), Map.of(), dir);
        assertTrue(process.running().isPresent());
        assertTrue(process.stop(Duration.ofSeconds(5)));
        assertFalse(handle.isAlive());
        assertTrue(process.running().isEmpty());
        assertFalse(Files.exists(dir.resolve("p.pid")));
        assertTrue(Files.readString(dir.resolve("logs/p.log")).contains("bash -c"));
    }

    @Test
    void aRecycledPidIsNotTakenForOurs() throws Exception {
        // a live pid (this JVM) with another start time: must not count as running, and must never be killed
        long self = ProcessHandle.current().pid();
        Files.writeString(dir.resolve("p.pid"), self + " 12345\n");
        ManagedProcess process = new ManagedProcess(dir.resolve("p.pid"), dir.resolve("p.log"));
        assertTrue(process.running().isEmpty());
        assertFalse(process.stop(Duration.ofSeconds(1)));
        assertTrue(ProcessHandle.current().isAlive());
    }

    @Test
    void aGarbledPidFileMeansNotRunning() throws Exception {
        Files.writeString(dir.resolve("p.pid"), "not a pid");
        assertTrue(new ManagedProcess(dir.resolve("p.pid"), dir.resolve("p.log"))
                .running()
                .isEmpty());
    }
}
