using Matching.Domain.Candidates;

namespace Matching.DemoData.Tests.Generator;

public class Generated_inputs_are_valid
{
    [Fact]
    public void Two_thousand_candidates_pass_the_candidate_validator()
    {
        foreach (var input in new DemoDataGenerator(2026).Candidates(2_000))
            Validators.ValidCandidate(input);
    }

    [Fact]
    public void Candidates_of_other_municipalities_pass_the_validator()
    {
        foreach (var input in new DemoDataGenerator(5).Candidates(300, ["GM1708", "GM0119", "GM0166"]))
            Validators.ValidCandidate(input);
    }

    [Fact]
    public void Two_thousand_vacancies_pass_the_vacancy_validator()
    {
        foreach (var (id, input) in new DemoDataGenerator(2026).Vacancies(2_000))
            Validators.ValidVacancy(id, input);
    }

    [Fact]
    public void References_are_pseudonymous_unique_and_prefixed_per_municipality()
    {
        var candidates = new DemoDataGenerator(3).Candidates(5_000).ToList();
        Assert.Equal(candidates.Count, candidates.Select(c => c.Reference).Distinct().Count());
        var prefixes = new Dictionary<string, string>
        {
            ["GM0148"] = "DAL-", ["GM0175"] = "OMM-", ["GM0160"] = "HAR-", ["GM0177"] = "RAA-", ["GM0193"] = "ZWO-",
        };
        foreach (var candidate in candidates)
        {
            Assert.StartsWith(prefixes[candidate.MunicipalityCode!], candidate.Reference);
            Assert.False(CandidateValidator.LooksLikeBsn(candidate.Reference!));
        }
    }

    [Fact]
    public void Vacancy_ids_count_up_from_VAC_0001()
    {
        var ids = new DemoDataGenerator(3).Vacancies(3).Select(v => v.Id);
        Assert.Equal(["VAC-0001", "VAC-0002", "VAC-0003"], ids);
    }

    [Fact]
    public void Unknown_municipality_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new DemoDataGenerator(1).Candidates(1, ["GM9999"]));
        Assert.Throws<ArgumentException>(() => new DemoDataGenerator(1).Vacancies(1, ["UWV-ZWOLLE"]));
    }
}
