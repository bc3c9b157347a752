package socklab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FdTableTest {
    @Test
    void handsOutLowestFreeFromThree() {
        FdTable t = new FdTable();
        assertEquals(3, t.allocate());
        assertEquals(4, t.allocate());
        assertEquals(5, t.allocate());
        t.release(4);
        assertEquals(4, t.allocate());
        t.release(3);
        t.release(5);
        assertEquals(3, t.allocate());
        assertEquals(5, t.allocate());
        assertEquals(6, t.allocate());
    }

    @Test
    void releaseIsIdempotentAndIgnoresForeignNumbers() {
        FdTable t = new FdTable();
        int fd = t.allocate();
        t.release(fd);
        t.release(fd);
        t.release(-1);
        t.release(0);
        t.release(99);
        assertEquals(0, t.count());
        assertFalse(t.inUse(fd));
        assertEquals(3, t.allocate());
        assertTrue(t.inUse(3));
        assertEquals(1, t.count());
    }

    @Test
    void concurrentAllocationsNeverShareANumber() throws Exception {
        FdTable t = new FdTable();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        int fd = t.allocate();
                        assertTrue(seen.add(fd), "fd " + fd + " handed out twice");
                        if (i % 2 == 0) {
                            seen.remove(fd);
                            t.release(fd);
                        }
                    }
                }));
            }
            for (Future<?> j : jobs) {
                j.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(seen.size(), t.count());
        assertEquals(8 * 250, t.count());
    }
}
