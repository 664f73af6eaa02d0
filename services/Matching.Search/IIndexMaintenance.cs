namespace Matching.Search;

/// <summary>An index that may be working on itself in the background while it answers (see <c>SearchIndexHealthCheck</c>).</summary>
public interface IIndexMaintenance
{
    /// <summary>What it is doing, in words ("analysing 1200 of 50000 candidates again: ..."); null when it is current.</summary>
    string? Pending { get; }
}
