package io.crmsuite.crm.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {
    @Test
    void consecutiveChunksCoverEveryRowOnce() {
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6)), Chunks.consecutive(7, 3));
        assertEquals(List.of(), Chunks.consecutive(0, 3));
    }

    @Test
    void rowsSharingAKeyDirectlyOrThroughOthersShareAChunk() {
        List<List<String>> keys = List.of(
                List.of("email:a", "phone:1"), // 0
                List.of("email:b"), // 1
                List.of("phone:1"), // 2: same person as 0 by phone
                List.of(), // 3: stands alone
                List.of("email:c", "email:b"), // 4: joins 1
                List.of("email:c")); // 5: joins 4 and so 1
        assertEquals(List.of(List.of(0, 2), List.of(1, 4, 5), List.of(3)), Chunks.grouped(keys, 3));
    }

    @Test
    void aGroupLargerThanAChunkMakesAChunkOfItsOwn() {
        List<List<String>> keys = List.of(List.of("k"), List.of("x"), List.of("k"), List.of("k"), List.of("k"));
        assertEquals(List.of(List.of(0, 2, 3, 4), List.of(1)), Chunks.grouped(keys, 2));
    }
}
