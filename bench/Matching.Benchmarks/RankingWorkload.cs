using Matching.Api.Ranking;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using Matching.Search;

namespace Matching.Benchmarks;

/// <summary>
/// The calls every latency series makes, in the same order: call i ranks vacancy i mod n for the municipality that
/// registered it, top-k, no extra filters.
/// </summary>
public sealed class RankingWorkload(IReadOnlyList<Vacancy> vacancies, int topK)
{
    private readonly PartyDirectory _parties = PartyDirectory.RegionZwolleDefault;

    public int TopK => topK;

    public Vacancy Vacancy(int call) => vacancies[call % vacancies.Count];

    public RankingRequest Request(int call)
    {
        var vacancy = Vacancy(call);
        return new RankingRequest(vacancy, Requester(vacancy), topK, [], null);
    }

    public Party Requester(Vacancy vacancy) =>
        _parties.Find(vacancy.MunicipalityCode) ?? throw new InvalidOperationException($"Unknown party {vacancy.MunicipalityCode}.");

    /// <summary>
    /// The index query <see cref="CandidateRanker"/> sends for <paramref name="request"/> (kept in step with
    /// CandidateRanker.RankAsync; the run checks the eligible counts agree, so a drift shows in SameCandidates).
    /// </summary>
    public static CandidateQuery QueryFor(RankingRequest request, DateOnly today, int window)
    {
        var vacancy = request.Vacancy;
        return new CandidateQuery
        {
            Text = $"{vacancy.Title} {vacancy.Description}",
            VisibleTo = request.Requester,
            RequiredCertificates = vacancy.RequiredCertificates,
            ValidOn = today,
            Steps = vacancy.Steps,
            MinHoursAvailable = vacancy.MinHoursPerWeek,
            WorkLocation = vacancy.Location,
            MaxDistanceKm = request.MaxDistanceKm,
            MunicipalityCodes = request.MunicipalityCodes,
            RequireDoelgroepregister = vacancy.Kind.RequiresDoelgroepregister(),
            RequireBeschutWerkIndication = vacancy.Kind.RequiresBeschutWerkIndication(),
            Size = window,
        };
    }
}
