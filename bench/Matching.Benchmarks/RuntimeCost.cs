using System.Diagnostics;

namespace Matching.Benchmarks;

/// <summary>
/// What a series cost the runtime of the process that ran it: bytes allocated per call, time paused by the GC and
/// its collections, monitor-lock contentions, and the thread pool's deepest queue and most threads (sampled every
/// few milliseconds). The causes of a p99 that a median hides: GC pauses, lock convoys, starved thread pools.
/// Per collection, from the GC's own record of its latest one sampled on the same thread (a collection that ends
/// within 5 ms of the next can be missed): the longest pause and the bytes promoted (survivors copied or kept),
/// which say whether a collection pays for live data (mid-life objects, caches) or for its count.
/// </summary>
public sealed record RuntimeCost(
    int Calls, double AllocatedKbPerCall, double GcPauseMs, int Gen0Collections, int Gen1Collections, int Gen2Collections,
    long LockContentions, long MaxThreadPoolQueue, int MaxThreadPoolThreads)
{
    /// <summary>The longest single GC pause seen (ms).</summary>
    public double MaxGcPauseMs { get; init; }

    /// <summary>Mean KB promoted per sampled collection.</summary>
    public double PromotedKbPerGc { get; init; }

    /// <summary>Collections the sampler saw (of Gen0Collections + ...), the base of the two figures above.</summary>
    public int SampledCollections { get; init; }

    /// <summary>Starts measuring; dispose the probe (or call <see cref="Probe.Stop"/>) after the series.</summary>
    public static Probe Start() => new();

    public sealed class Probe : IDisposable
    {
        private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: false);
        private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
        private readonly int _gen0 = GC.CollectionCount(0), _gen1 = GC.CollectionCount(1), _gen2 = GC.CollectionCount(2);
        private readonly long _contentions = Monitor.LockContentionCount;
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _sampler;
        private long _maxQueue;
        private int _maxThreads;
        private long _lastGcIndex = GC.GetGCMemoryInfo(GCKind.Any).Index;
        private double _maxPauseMs;
        private long _promoted;
        private int _sampledCollections;

        internal Probe()
        {
            // A dedicated thread, so the sampling itself never waits in the queue it measures.
            _sampler = new Thread(Sample) { IsBackground = true, Name = "bench runtime sampler" };
            _sampler.Start();
        }

        public RuntimeCost Stop(int calls)
        {
            _stop.Cancel();
            _sampler.Join();
            return new RuntimeCost(calls,
                Math.Round((GC.GetTotalAllocatedBytes(precise: false) - _allocated) / 1024d / Math.Max(1, calls), 1),
                Math.Round((GC.GetTotalPauseDuration() - _paused).TotalMilliseconds, 1),
                GC.CollectionCount(0) - _gen0, GC.CollectionCount(1) - _gen1, GC.CollectionCount(2) - _gen2,
                Monitor.LockContentionCount - _contentions, Interlocked.Read(ref _maxQueue), Volatile.Read(ref _maxThreads))
            {
                MaxGcPauseMs = Math.Round(_maxPauseMs, 2),
                PromotedKbPerGc = Math.Round(_promoted / 1024d / Math.Max(1, _sampledCollections), 1),
                SampledCollections = _sampledCollections,
            };
        }

        public void Dispose()
        {
            if (!_stop.IsCancellationRequested) Stop(0);
            _stop.Dispose();
        }

        private void Sample()
        {
            var clock = Stopwatch.StartNew();
            while (!_stop.IsCancellationRequested)
            {
                var queue = ThreadPool.PendingWorkItemCount;
                if (queue > Interlocked.Read(ref _maxQueue)) Interlocked.Exchange(ref _maxQueue, queue);
                var threads = ThreadPool.ThreadCount;
                if (threads > Volatile.Read(ref _maxThreads)) Volatile.Write(ref _maxThreads, threads);
                SampleCollection();
                _stop.Token.WaitHandle.WaitOne(5);
            }
        }

        private void SampleCollection()
        {
            var latest = GC.GetGCMemoryInfo(GCKind.Any);
            if (latest.Index == _lastGcIndex) return;
            _lastGcIndex = latest.Index;
            _sampledCollections++;
            _promoted += latest.PromotedBytes;
            foreach (var pause in latest.PauseDurations)
                _maxPauseMs = Math.Max(_maxPauseMs, pause.TotalMilliseconds);
        }
    }
}
