using Matching.DemoData.Generation;
using Matching.Domain.Candidates;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;

namespace Matching.DemoData;

/// <summary>
/// Generates realistic, fictional candidates and vacancies for demos and benchmarks. Deterministic: the same seed
/// (and reference date) always yields the same data, and a longer run starts with the items of a shorter one.
/// Occupation labels come from ESCO (ESCO, European Commission); postcodes are real PC4 areas (GeoNames).
/// </summary>
public sealed class DemoDataGenerator
{
    /// <summary>Fixed so that output does not change with the day it is generated; pass today for live demos.</summary>
    public static readonly DateOnly DefaultReferenceDate = new(2026, 11, 1);

    private const ulong CandidateStream = 1;
    private const ulong VacancyStream = 2;
    /// <summary>Its own stream, so adding waiting time left every other drawn field of the demo data as it was.</summary>
    private const ulong WaitingStream = 3;

    private readonly PartyDirectory _parties;
    private readonly PostcodeGazetteer _gazetteer;
    private readonly Lazy<DateTexts> _dates;

    public DemoDataGenerator(int seed) : this(seed, DefaultReferenceDate) { }

    public DemoDataGenerator(int seed, DateOnly referenceDate)
    {
        Seed = seed;
        ReferenceDate = referenceDate;
        _parties = PartyDirectory.RegionZwolleDefault;
        _gazetteer = PostcodeGazetteer.Netherlands;
        _dates = new Lazy<DateTexts>(() => new DateTexts(referenceDate));
    }

    public int Seed { get; }

    /// <summary>"Today" for the data: certificates are issued before it, vacancies start after it.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>
    /// Candidate profiles owned by <paramref name="municipalityCodes"/> (default Dalfsen, Ommen, Hardenberg, Raalte
    /// and Zwolle, weighted by population), with pseudonymous references such as "DAL-000123".
    /// </summary>
    public IEnumerable<CandidateInput> Candidates(int count, IReadOnlyList<string>? municipalityCodes = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var pool = new MunicipalityPool(municipalityCodes, _parties, _gazetteer);
        return GenerateCandidates(count, pool);
    }

    /// <summary>Vacancies with ids "VAC-0001", "VAC-0002", … located in <paramref name="municipalityCodes"/>.</summary>
    public IEnumerable<(string Id, VacancyInput Input)> Vacancies(int count, IReadOnlyList<string>? municipalityCodes = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var pool = new MunicipalityPool(municipalityCodes, _parties, _gazetteer);
        return GenerateVacancies(count, pool);
    }

    private IEnumerable<CandidateInput> GenerateCandidates(int count, MunicipalityPool pool)
    {
        var random = DemoRandom.ForStream(Seed, CandidateStream);
        var waiting = DemoRandom.ForStream(Seed, WaitingStream);
        var factory = new CandidateFactory(pool, _dates.Value);
        var sequenceByMunicipality = new int[pool.Codes.Length];
        for (var i = 0; i < count; i++)
        {
            var municipality = pool.PickIndex(random);
            // About 4 in 10 registered within the year; the rest wait one to eight years (long-term bijstand).
            var waitingDays = waiting.Chance(0.4) ? waiting.Next(14, 365) : waiting.Next(365, 8 * 365);
            yield return factory.Create(random, municipality, ++sequenceByMunicipality[municipality]) with { WaitingSince = _dates.Value.DaysAgo(waitingDays) };
        }
    }

    private IEnumerable<(string Id, VacancyInput Input)> GenerateVacancies(int count, MunicipalityPool pool)
    {
        var random = DemoRandom.ForStream(Seed, VacancyStream);
        var factory = new VacancyFactory(pool, _dates.Value);
        for (var i = 1; i <= count; i++)
            yield return factory.Create(random, i);
    }
}
