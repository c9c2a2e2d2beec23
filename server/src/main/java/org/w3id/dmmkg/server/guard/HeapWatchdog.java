package org.w3id.dmmkg.server.guard;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancels a query, not the server, when the heap runs short. Every guarded query is watched
 * from the thread that runs it; every {@value #POLL_MILLIS} ms the heap in use is compared with
 * a share of its maximum, and above it the query whose thread has allocated most since the
 * query began is cancelled (through the same signal as its timeout). Why by allocation: the JVM
 * cannot say what one query holds, but it counts what each thread allocates, cheaply, and the
 * query that builds a huge string, sort or group is the one allocating.
 */
final class HeapWatchdog {
    static final long POLL_MILLIS = 50;
    /** A query that has allocated less than this share of the heap is not the one to blame. */
    private static final double MIN_VICTIM_SHARE = 1.0 / 32;

    private static final HeapWatchdog SHARED = new HeapWatchdog();

    /** One query under watch, on its thread; the signal is weak so that a finished query is let go. */
    private static final class Watched {
        final WeakReference<AtomicBoolean> signal;
        final long allocatedBefore;
        final double heapFraction;
        volatile boolean cancelledForMemory;

        Watched(AtomicBoolean signal, long allocatedBefore, double heapFraction) {
            this.signal = new WeakReference<>(signal);
            this.allocatedBefore = allocatedBefore;
            this.heapFraction = heapFraction;
        }
    }

    private final Map<Long, Watched> byThread = new ConcurrentHashMap<>();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private volatile long cancellations;
    private Thread poller;

    static HeapWatchdog shared() {
        return SHARED;
    }

    /** Starts polling, once for the process. */
    synchronized void start() {
        if (poller == null) {
            poller = new Thread(this::pollForever, "dmm-kg heap guard");
            poller.setDaemon(true);
            poller.start();
        }
    }

    /** Watches the query that the current thread is about to run, cancelling it above this share of the heap. */
    void watch(AtomicBoolean cancelSignal, double heapFraction) {
        long id = Thread.currentThread().getId();
        byThread.put(id, new Watched(cancelSignal, threads.getThreadAllocatedBytes(id), heapFraction));
    }

    /** Whether the current thread's latest query was cancelled here (rather than by its timeout). */
    boolean cancelledForMemory() {
        Watched w = byThread.get(Thread.currentThread().getId());
        return w != null && w.cancelledForMemory;
    }

    /** How many queries this guard has cancelled. */
    long cancellations() {
        return cancellations;
    }

    private void pollForever() {
        while (true) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            check();
        }
    }

    /** Cancels the query that allocated most, when the heap in use is over the share. */
    void check() {
        long max = memory.getHeapMemoryUsage().getMax();
        long used = memory.getHeapMemoryUsage().getUsed();
        if (max <= 0) {
            return;
        }
        Watched victim = null;
        long most = (long) (MIN_VICTIM_SHARE * max);
        for (Map.Entry<Long, Watched> e : byThread.entrySet()) {
            AtomicBoolean signal = e.getValue().signal.get();
            if (signal == null) {
                byThread.remove(e.getKey(), e.getValue());
                continue;
            }
            long allocated = threads.getThreadAllocatedBytes(e.getKey()) - e.getValue().allocatedBefore;
            if (!signal.get() && used > e.getValue().heapFraction * max && allocated > most) {
                most = allocated;
                victim = e.getValue();
            }
        }
        AtomicBoolean signal = victim == null ? null : victim.signal.get();
        if (signal != null) {
            victim.cancelledForMemory = true;
            signal.set(true);
            cancellations++;
        }
    }
}
