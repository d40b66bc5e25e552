package org.oerkit.examples.bench.jmh;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the peak heap of each iteration: {@code heap.live.peak}, the largest heap in
 * use right after a garbage collection (what the program keeps alive), and {@code heap.used.peak}, the
 * high-water mark of the heap pools, garbage included.
 *
 * <p>A streaming reader keeps its live heap flat however many records it reads; a reader that collects
 * them grows it with the input until it runs out of memory. The live peak comes from the collectors' own
 * notifications ({@code com.sun.management.GarbageCollectionNotificationInfo}).
 */
public final class PeakHeapProfiler implements InternalProfiler {

  private static final double MB = 1024.0 * 1024.0;

  private final AtomicLong livePeak = new AtomicLong();
  private final AtomicInteger collections = new AtomicInteger();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

  @Override
  public String getDescription() {
    return "Peak live heap (after each GC) and peak used heap of each iteration";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    livePeak.set(0);
    collections.set(0);
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter) {
        NotificationEmitter emitter = (NotificationEmitter) collector;
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // Already removed: nothing to undo.
      }
    }
    emitters.clear();
    long usedPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long live = livePeak.get();
    if (collections.get() == 0) {
      // No collection in the iteration: the live heap is at most what is in use now.
      live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
    return List.of(
        new ScalarResult("heap.live.peak", live / MB, "MB", AggregationPolicy.MAX),
        new ScalarResult("heap.used.peak", usedPeak / MB, "MB", AggregationPolicy.MAX),
        new ScalarResult("heap.gc.count", collections.get(), "collections", AggregationPolicy.SUM));
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        MemoryUsage usage = pool.getValue();
        used += usage.getUsed();
      }
    }
    collections.incrementAndGet();
    livePeak.accumulateAndGet(used, Math::max);
  }
}
