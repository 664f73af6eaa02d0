using Matching.Domain.Candidates;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;

namespace Matching.DemoData.Tests.Generator;

internal static class Validators
{
    /// <summary>After the generator's reference date, as a real validation would run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static readonly CandidateValidator Candidate = new(PartyDirectory.RegionZwolleDefault, PostcodeGazetteer.Netherlands);

    public static readonly VacancyValidator Vacancy = new(PartyDirectory.RegionZwolleDefault, PostcodeGazetteer.Netherlands);

    public static CandidateProfile ValidCandidate(CandidateInput input)
    {
        var result = Candidate.Validate(input, Now);
        Assert.True(result.IsValid, $"{input.Reference}: {string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
        return result.Value!;
    }

    public static Vacancy ValidVacancy(string id, VacancyInput input)
    {
        var result = Vacancy.Validate(input, id, Now);
        Assert.True(result.IsValid, $"{id}: {string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
        return result.Value!;
    }
}
