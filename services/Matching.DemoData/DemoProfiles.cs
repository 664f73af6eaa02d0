using Matching.Domain.Candidates;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;

namespace Matching.DemoData;

/// <summary>Demo candidates and vacancies as validated domain records (what the index would hold), for training and fairness demos.</summary>
public static class DemoProfiles
{
    public static IReadOnlyList<CandidateProfile> Candidates(DemoDataGenerator generator, int count)
    {
        var validator = new CandidateValidator(PartyDirectory.RegionZwolleDefault, PostcodeGazetteer.Netherlands);
        var now = Now(generator);
        return generator.Candidates(count).Select(input => validator.Validate(input, now).Value).OfType<CandidateProfile>().ToList();
    }

    public static IReadOnlyList<Vacancy> Vacancies(DemoDataGenerator generator, int count)
    {
        var validator = new VacancyValidator(PartyDirectory.RegionZwolleDefault, PostcodeGazetteer.Netherlands);
        var now = Now(generator);
        return generator.Vacancies(count).Select(v => validator.Validate(v.Input, v.Id, now).Value).OfType<Vacancy>().ToList();
    }

    private static DateTimeOffset Now(DemoDataGenerator generator) =>
        new(generator.ReferenceDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
