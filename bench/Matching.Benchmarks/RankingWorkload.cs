using Matching.Ranking;
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

    public int Vacancies => vacancies.Count;

    public Vacancy Vacancy(int call) => vacancies[call % vacancies.Count];

    public RankingRequest Request(int call)
    {
        var vacancy = Vacancy(call);
        return new RankingRequest(vacancy, Requester(vacancy), topK, [], null);
    }

    public Party Requester(Vacancy vacancy) =>
        _parties.Find(vacancy.MunicipalityCode) ?? throw new InvalidOperationException($"Unknown party {vacancy.MunicipalityCode}.");
}
