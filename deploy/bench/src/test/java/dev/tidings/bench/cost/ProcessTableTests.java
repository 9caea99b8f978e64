package dev.tidings.bench.cost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessTableTests {

    @Test
    void cpuTimesAreReadAfterACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 89 10 20 0 40 0 100";

        assertArrayEquals(new long[] {1234, 567, 89, 10}, ProcessTable.parseTimes(stat));
    }

    @Test
    void aListeningSocketIsFoundByItsPort() {
        String listening =
                "   3: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 77123 1";
        String connected =
                "   4: 0100007F:1F91 0100007F:D2A4 01 00000000:00000000 00:00000000 00000000     0        0 77124 1";

        assertEquals(Optional.of("77123"), ProcessTable.listeningInode(listening, 8081));
        assertEquals(Optional.empty(), ProcessTable.listeningInode(listening, 8082));
        assertEquals(Optional.empty(), ProcessTable.listeningInode(connected, 8081));
    }

    @Test
    void thisJvmIsFoundListeningAndHasCpuAndMemory() throws IOException {
        // The benchmark reads Linux's /proc; elsewhere there is nothing to find.
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long self = ProcessHandle.current().pid();

            assertEquals(Optional.of(self), ProcessTable.listeningOn(socket.getLocalPort()));
            assertEquals(Optional.of(self), ProcessTable.javaProcess(self));
            assertTrue(ProcessTable.cpuSeconds(self) > 0);
            assertTrue(ProcessTable.statusKb(self, "VmHWM") > 0);
        }
    }
}
