namespace Matching.Contracts;

/// <summary>A vacancy was closed or filled and leaves matching.</summary>
public sealed record VacancyClosed(string VacancyId, string MunicipalityCode, string Status, DateTimeOffset ClosedAt);
