package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuLayoutTest {
    @Test
    void cpuListsOfTheKernelAreReadAsSingleCpusAndRanges() {
        assertEquals(List.of(0, 1), CpuLayout.parseCpuList("0-1"));
        assertEquals(List.of(0, 2, 3, 4, 7), CpuLayout.parseCpuList("0,2-4,7"));
        assertEquals(List.of(5), CpuLayout.parseCpuList(" 5 "));
    }
}
