using System.Diagnostics;

namespace Matching.Benchmarks;

/// <summary>
/// What a series cost the runtime of the process that ran it: bytes allocated per call, time paused by the GC and
/// its collections, monitor-lock contentions, and the thread pool's deepest queue and most threads (sampled every
/// few milliseconds). The causes of a p99 that a median hides: GC pauses, lock convoys, starved thread pools.
/// </summary>
public sealed record RuntimeCost(
    int Calls, double AllocatedKbPerCall, double GcPauseMs, int Gen0Collections, int Gen1Collections, int Gen2Collections,
    long LockContentions, long MaxThreadPoolQueue, int MaxThreadPoolThreads)
{
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
                Monitor.LockContentionCount - _contentions, Interlocked.Read(ref _maxQueue), Volatile.Read(ref _maxThreads));
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
                _stop.Token.WaitHandle.WaitOne(5);
            }
        }
    }
}
