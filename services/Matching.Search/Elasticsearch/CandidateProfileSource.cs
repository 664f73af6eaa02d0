using System.Text.Json;
using System.Text.Json.Serialization;
using Matching.Domain;
using Matching.Domain.Candidates;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// What reads ask the candidate index's <c>_source</c> for, and so exactly what it returns: the profile alone. The
/// other fields of <see cref="CandidateDocument"/> serve filters and sorting and stay on the server.
/// </summary>
internal sealed record CandidateProfileSource
{
    /// <summary>The <c>_source</c> filter of searches and gets; the one place that decides what a read returns.</summary>
    public static readonly Fields Includes = CandidateFields.Profile;

    public static SourceConfig Filter => new(new SourceFilter { Includes = Includes });

    [JsonPropertyName(CandidateFields.Profile)] public required JsonElement Profile { get; init; }

    /// <summary>The stored profile as the domain reads it; null for a JSON null.</summary>
    public CandidateProfile? ToProfile() => Profile.Deserialize<CandidateProfile>(DomainJson.Options);
}
