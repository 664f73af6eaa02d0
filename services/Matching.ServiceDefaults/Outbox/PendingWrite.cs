namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// An accepted write: documents to index (or a status to set on stored documents) and the events to publish once
/// they are indexed. <paramref name="Keys"/> are the references it touches: writes sharing a key are applied in
/// order, others do not wait for each other.
/// </summary>
public sealed record PendingWrite(
    long Sequence, Guid Id, IndexTarget Target, WriteOperation Operation, string DocumentsJson, IReadOnlyList<PendingEvent> Events,
    IReadOnlyList<string> Keys, WriteStage Stage, int Attempts, int Published, DateTimeOffset? NotBefore, string? LastError);

/// <summary>An event stored by its contract type name and JSON body, with the message id it goes out under (stable across retries).</summary>
public sealed record PendingEvent(string Type, string Json, Guid? MessageId = null, Guid? CorrelationId = null)
{
    public static PendingEvent For(object message, Guid? messageId = null, Guid? correlationId = null) =>
        new(message.GetType().FullName!, System.Text.Json.JsonSerializer.Serialize(message, message.GetType(), Matching.Domain.DomainJson.Options), messageId, correlationId);
}

public enum IndexTarget
{
    Candidates,
    Vacancies,
    /// <summary>Events only (rankings, outcomes, weekdate lists): nothing to index, published in the background.</summary>
    Events,
}

/// <summary>What the drainer does with a write's documents.</summary>
public enum WriteOperation
{
    /// <summary>Index the documents as given.</summary>
    Upsert,
    /// <summary>Set a status on the stored documents (withdraw a candidate, close a vacancy), read when the write is applied.</summary>
    SetStatus,
}

/// <summary>Where a write is: waiting to be indexed, or indexed and waiting for its events to go out.</summary>
public enum WriteStage
{
    Index,
    Publish,
}

/// <summary>A status change kept in a <see cref="WriteOperation.SetStatus"/> write.</summary>
public sealed record StatusChange(IReadOnlyList<string> References, string Status, DateTimeOffset At);

/// <summary>What happened to a write the API accepted.</summary>
public enum WriteOutcome
{
    /// <summary>Indexed; its events go out in the background.</summary>
    Indexed,
    /// <summary>Stored durably; indexed and published as soon as the search engine and broker answer again.</summary>
    Pending,
}

/// <summary>An accepted write: what happened to it, which references it registered (claimed first) and the version each has with it.</summary>
public sealed record WriteReceipt(WriteOutcome Outcome, IReadOnlySet<string> Registered, IReadOnlyDictionary<string, long> Versions);

/// <summary>A write the drainer gave up on after its attempts: kept with its last error until an operator replays it.</summary>
public sealed record ParkedWrite(long Sequence, IndexTarget Target, WriteOperation Operation, IReadOnlyList<string> Keys, int Attempts,
    string? LastError, DateTimeOffset ParkedAt);
