using System.Collections.Concurrent;
using System.Text.Json;
using MassTransit;
using Matching.Contracts;
using Matching.Domain;
using Matching.Domain.Candidates;
using Matching.Domain.Vacancies;
using Matching.Search;
using Matching.Search.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// Applies the outbox: per target (candidates, vacancies) it indexes pending writes in order, and one publisher sends
/// the events of indexed writes. Writes that share a reference keep their order; a write the engine or broker
/// rejects is retried with backoff and parked after <see cref="OutboxOptions.MaxAttempts"/> without holding back the
/// others. When the engine or the broker is away (not a rejection) the target pauses and nothing counts as an attempt,
/// so an outage of any length loses and parks nothing.
/// </summary>
public sealed class OutboxDrainer(
    WriteOutbox outbox, ICandidateIndex candidates, IVacancyIndex vacancies, IBus bus, ResiliencePipelineProvider<string> pipelines,
    IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDrainer> logger)
{
    private const int BatchSize = 500;
    private const int MaxRun = 50;
    private readonly ConcurrentDictionary<IndexTarget, SemaphoreSlim> _gates = new();
    private readonly ConcurrentDictionary<IndexTarget, Pause> _pauses = new();

    private sealed record Pause(DateTimeOffset Until, int Outages, string Reason);

    /// <summary>True while <paramref name="target"/> waits for its engine (or, for <see cref="IndexTarget.Events"/>, the broker) to return.</summary>
    public bool IsPaused(IndexTarget target) => _pauses.TryGetValue(target, out var pause) && pause.Until > clock.GetUtcNow();

    /// <summary>Why <paramref name="target"/> last found its engine or broker away, while it has not succeeded since (null: fine).</summary>
    public string? Outage(IndexTarget target) => _pauses.TryGetValue(target, out var pause) ? pause.Reason : null;

    /// <summary>
    /// Indexes the pending writes of <paramref name="target"/>; returns how many were indexed. Consecutive upserts go to
    /// the engine together (one commit); when such a run is rejected its writes are tried one by one, so only the bad
    /// write is retried and, in the end, parked.
    /// </summary>
    public async Task<int> DrainIndexAsync(IndexTarget target, CancellationToken cancellationToken) =>
        await Exclusive(target, async () =>
        {
            var total = 0;
            while (!IsPaused(target))
            {
                var batch = await outbox.ReadAsync(WriteStage.Index, target, BatchSize, cancellationToken);
                var blocked = new HashSet<string>(StringComparer.Ordinal);
                var run = new List<PendingWrite>();
                var applied = 0;
                foreach (var write in batch)
                {
                    if (write.Keys.Any(blocked.Contains) || write.NotBefore > clock.GetUtcNow())
                    {
                        blocked.UnionWith(write.Keys);
                        continue;
                    }
                    if (write.Operation == WriteOperation.Upsert && run.Count < MaxRun)
                    {
                        run.Add(write);
                        continue;
                    }
                    if (await ApplyRunAsync(run, blocked, cancellationToken) is not { } ran) break;
                    applied += ran;
                    run = write.Operation == WriteOperation.Upsert ? [write] : [];
                    if (write.Operation != WriteOperation.Upsert)
                    {
                        if (await ApplyRunAsync([write], blocked, cancellationToken) is not { } one) break;
                        applied += one;
                    }
                }
                if (!IsPaused(target) && await ApplyRunAsync(run, blocked, cancellationToken) is { } last) applied += last;
                total += applied;
                if (applied == 0 || batch.Count < BatchSize) break;
            }
            return total;
        }, cancellationToken);

    /// <summary>Applies writes in one go; null when the engine is away (the target is paused and the drain stops).</summary>
    private async Task<int?> ApplyRunAsync(IReadOnlyList<PendingWrite> run, HashSet<string> blocked, CancellationToken cancellationToken)
    {
        if (run.Count == 0) return 0;
        var target = run[0].Target;
        try
        {
            var changed = run.Count == 1 ? await ApplyAsync(run[0], cancellationToken) : await UpsertAllAsync(run, cancellationToken);
            foreach (var write in run) await outbox.MarkIndexedAsync(write, publish: changed, cancellationToken);
            _pauses.TryRemove(target, out _);
            return run.Count;
        }
        catch (SearchUnavailableException e)
        {
            PauseFor(target, e.Message);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (run.Count == 1)
            {
                await FailAsync(run[0], e, cancellationToken);
                blocked.UnionWith(run[0].Keys);
                return 0;
            }
            // One of them is rejected: find it by applying each alone.
            var applied = 0;
            foreach (var write in run)
            {
                if (write.Keys.Any(blocked.Contains))
                {
                    blocked.UnionWith(write.Keys);
                    continue;
                }
                if (await ApplyRunAsync([write], blocked, cancellationToken) is not { } one) return null;
                applied += one;
            }
            return applied;
        }
    }

    private async Task<bool> UpsertAllAsync(IReadOnlyList<PendingWrite> run, CancellationToken cancellationToken)
    {
        if (run[0].Target == IndexTarget.Candidates)
            await candidates.UpsertAsync(LastOfEach(run.SelectMany(w => JsonSerializer.Deserialize<CandidateProfile[]>(w.DocumentsJson, DomainJson.Options)!), p => p.Reference), cancellationToken);
        else
            await vacancies.UpsertAsync(LastOfEach(run.SelectMany(w => JsonSerializer.Deserialize<Vacancy[]>(w.DocumentsJson, DomainJson.Options)!), v => v.Id), cancellationToken);
        return true;
    }

    /// <summary>A reference written twice in one run: its later version, as if applied in order.</summary>
    private static List<T> LastOfEach<T>(IEnumerable<T> documents, Func<T, string> key)
    {
        var last = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var document in documents) last[key(document)] = document;
        return last.Values.ToList();
    }

    /// <summary>Publishes the events of indexed writes (and of queued events) in order; returns how many writes were finished.</summary>
    public async Task<int> DrainEventsAsync(CancellationToken cancellationToken) =>
        await Exclusive(IndexTarget.Events, async () =>
        {
            var total = 0;
            while (!IsPaused(IndexTarget.Events))
            {
                var batch = await outbox.ReadAsync(WriteStage.Publish, null, BatchSize, cancellationToken);
                var blocked = new HashSet<string>(StringComparer.Ordinal);
                var finished = 0;
                foreach (var write in batch)
                {
                    if (write.Keys.Any(blocked.Contains) || write.NotBefore > clock.GetUtcNow())
                    {
                        blocked.UnionWith(write.Keys);
                        continue;
                    }
                    try
                    {
                        await PublishAsync(write, cancellationToken);
                        await outbox.RemoveAsync(write.Sequence, cancellationToken);
                        _pauses.TryRemove(IndexTarget.Events, out _);
                        finished++;
                    }
                    catch (BrokerUnavailableException e)
                    {
                        PauseFor(IndexTarget.Events, e.Message);
                        break;
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        await FailAsync(write, e, cancellationToken);
                        blocked.UnionWith(write.Keys);
                    }
                }
                total += finished;
                if (finished == 0 || batch.Count < BatchSize) break;
            }
            return total;
        }, cancellationToken);

    /// <summary>Indexes the write's documents; false when it changed nothing (a status already set), so its events are dropped.</summary>
    private async Task<bool> ApplyAsync(PendingWrite write, CancellationToken cancellationToken)
    {
        switch (write.Target, write.Operation)
        {
            case (IndexTarget.Candidates, WriteOperation.Upsert):
                await candidates.UpsertAsync(JsonSerializer.Deserialize<CandidateProfile[]>(write.DocumentsJson, DomainJson.Options)!, cancellationToken);
                return true;
            case (IndexTarget.Vacancies, WriteOperation.Upsert):
                await vacancies.UpsertAsync(JsonSerializer.Deserialize<Vacancy[]>(write.DocumentsJson, DomainJson.Options)!, cancellationToken);
                return true;
            case (IndexTarget.Candidates, WriteOperation.SetStatus):
            {
                var change = JsonSerializer.Deserialize<StatusChange>(write.DocumentsJson)!;
                var status = Enum.Parse<CandidateStatus>(change.Status);
                var changed = new List<CandidateProfile>();
                foreach (var reference in change.References)
                    if (await candidates.GetAsync(reference, cancellationToken) is { } stored && stored.Status != status)
                        changed.Add(stored with { Status = status, UpdatedAt = change.At });
                if (changed.Count > 0) await candidates.UpsertAsync(changed, cancellationToken);
                return changed.Count > 0;
            }
            case (IndexTarget.Vacancies, WriteOperation.SetStatus):
            {
                var change = JsonSerializer.Deserialize<StatusChange>(write.DocumentsJson)!;
                var status = Enum.Parse<VacancyStatus>(change.Status);
                var changed = new List<Vacancy>();
                foreach (var id in change.References)
                    if (await vacancies.GetAsync(id, cancellationToken) is { } stored && stored.Status != status)
                        changed.Add(stored with { Status = status, UpdatedAt = change.At });
                if (changed.Count > 0) await vacancies.UpsertAsync(changed, cancellationToken);
                return changed.Count > 0;
            }
            default:
                throw new InvalidOperationException($"Write {write.Sequence}: {write.Operation} on {write.Target} is not a known write.");
        }
    }

    private async Task PublishAsync(PendingWrite write, CancellationToken cancellationToken)
    {
        for (var i = write.Published; i < write.Events.Count; i++)
        {
            var stored = write.Events[i];
            var type = typeof(VacancyPublished).Assembly.GetType(stored.Type)
                       ?? throw new InvalidOperationException($"Unknown event type {stored.Type} in write {write.Sequence}.");
            var message = JsonSerializer.Deserialize(stored.Json, type, DomainJson.Options)!;
            // A stable id per (write, event): a write re-published after a crash carries the same id, and consumers drop the duplicate.
            var messageId = stored.MessageId ?? DeterministicId.From($"outbox:{write.Id}:{i}");
            try
            {
                await pipelines.GetPipeline(BrokerPipeline.Name).ExecuteAsync(async ct =>
                    await bus.Publish(message, type, context =>
                    {
                        context.MessageId = messageId;
                        if (stored.CorrelationId is { } correlation) context.CorrelationId = correlation;
                    }, ct), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw new BrokerUnavailableException($"The broker did not take the event: {e.GetType().Name}.", e);
            }
            await outbox.MarkPublishedAsync(write.Sequence, i + 1, cancellationToken);
        }
    }

    /// <summary>A rejected attempt: retry after a backoff, or park the write once it has used its attempts.</summary>
    private async Task FailAsync(PendingWrite write, Exception error, CancellationToken cancellationToken)
    {
        var attempts = write.Attempts + 1;
        // The exception's type and message only: documents never go into logs or the outbox's error column.
        var reason = $"{error.GetType().Name}: {error.Message}";
        if (reason.Length > 500) reason = reason[..500];
        if (attempts >= options.Value.MaxAttempts)
        {
            await outbox.ParkAsync(write.Sequence, attempts, reason, cancellationToken);
            logger.LogError("Write {Sequence} to {Target} parked after {Attempts} attempts: {Reason}; `make outbox` lists it and replays it",
                write.Sequence, write.Target, attempts, reason);
        }
        else
        {
            await outbox.RescheduleAsync(write.Sequence, attempts, clock.GetUtcNow() + options.Value.Backoff(attempts), reason, cancellationToken);
            logger.LogWarning("Write {Sequence} to {Target} failed (attempt {Attempt} of {Max}): {Reason}", write.Sequence, write.Target,
                attempts, options.Value.MaxAttempts, reason);
        }
    }

    private void PauseFor(IndexTarget target, string reason)
    {
        var outages = _pauses.TryGetValue(target, out var previous) ? previous.Outages + 1 : 1;
        var delay = TimeSpan.FromSeconds(Math.Min(options.Value.OutageRetryMaxSeconds, options.Value.DrainIntervalSeconds * Math.Pow(2, outages - 1)));
        _pauses[target] = new Pause(clock.GetUtcNow() + delay, outages, reason);
        outbox.ReleaseWaiters(target);
        logger.LogWarning("Writes to {Target} wait: {Reason}; next try in {Delay}", target, reason, delay);
    }

    private async Task<int> Exclusive(IndexTarget target, Func<Task<int>> drain, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(target, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await drain();
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>The broker did not take an event (away, or did not confirm in time): the event waits, it is not the event's fault.</summary>
public sealed class BrokerUnavailableException(string message, Exception inner) : Exception(message, inner);
