namespace Matching.ServiceDefaults.Outbox;

/// <summary>An accepted write: documents to index and the events to publish once they are indexed.</summary>
public sealed record PendingWrite(long Sequence, Guid Id, IndexTarget Target, string DocumentsJson, IReadOnlyList<PendingEvent> Events);

/// <summary>An event stored by its contract type name and JSON body.</summary>
public sealed record PendingEvent(string Type, string Json);

public enum IndexTarget
{
    Candidates,
    Vacancies,
}

/// <summary>What happened to a write the API accepted.</summary>
public enum WriteOutcome
{
    /// <summary>Indexed and its events published.</summary>
    Indexed,
    /// <summary>Stored durably; indexed and published as soon as the search engine and broker answer again.</summary>
    Pending,
}

/// <summary>An accepted write: what happened to it, and which references it registered (claimed first).</summary>
public sealed record WriteReceipt(WriteOutcome Outcome, IReadOnlySet<string> Registered);
