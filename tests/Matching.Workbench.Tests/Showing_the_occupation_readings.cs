using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Vacancies;
using Matching.Workbench.Labels;

namespace Matching.Workbench.Tests;

/// <summary>The workbench shows which ESCO occupation the matching reads each experience and vacancy as.</summary>
public sealed class Showing_the_occupation_readings
{
    [Fact]
    public void Each_experience_names_its_ESCO_reading_or_says_none_was_found()
    {
        var text = ErvaringTekst.Of([
            new WorkExperience(Branche.Logistiek, "magazijnier", 3),
            new WorkExperience(Branche.Horeca, "xyzzy", 1),
        ]);

        Assert.Contains("magazijnier (logistiek), 3 jaar: ESCO magazijnmedewerker 9333.8", text);
        Assert.Contains("xyzzy (horeca), 1 jaar: beroep niet herkend", text);
        Assert.Equal("geen werkervaring bekend", ErvaringTekst.Of([]));
    }

    [Fact]
    public void A_vacancy_says_whether_its_occupation_was_given_or_read_from_the_title()
    {
        var read = new Vacancy { Id = "VAC-1", MunicipalityCode = "GM0148", Employer = "Ter Horst", Title = "Heftruckchauffeur magazijn", Branche = Branche.Logistiek, Pc4 = "7721" };
        var given = read with { OccupationCode = "9333.8.1" };
        var unknown = read with { Title = "Xyzzy" };

        Assert.StartsWith("heftruckchauffeur 8344.1 (uit de titel gelezen, zekerheid 0", BeroepTekst.Of(read));
        Assert.Equal("orderpicker 9333.8.1 (code van de vacature)", BeroepTekst.Of(given));
        Assert.StartsWith("niet herkend", BeroepTekst.Of(unknown));
    }
}
