namespace Matching.Contracts;

/// <summary>A vacancy was registered or changed and is open for matching. Carries references only.</summary>
public sealed record VacancyPublished(string VacancyId, string MunicipalityCode, DateTimeOffset PublishedAt);
