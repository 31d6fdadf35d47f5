package policysearch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The process's CPU time and heap, as the benchmark reports them. */
final class Cpu {
    private Cpu() {
    }

    /** CPU time of every thread of this process so far (indexing threads, merges, GC, JIT), in nanoseconds. */
    static long processNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Heap in use after a full collection, in bytes. */
    static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
