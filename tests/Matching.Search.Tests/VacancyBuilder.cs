using Matching.Domain.Common;
using Matching.Domain.Vacancies;

namespace Matching.Search.Tests;

/// <summary>Builds vacancies: an open regular logistics job in Dalfsen, updated at <see cref="CandidateBuilder.Now"/>, unless a test says otherwise.</summary>
public sealed class VacancyBuilder
{
    private Vacancy _vacancy;

    private VacancyBuilder(string id) => _vacancy = new Vacancy
    {
        Id = id,
        MunicipalityCode = RegionZwolle.Dalfsen.Code,
        Employer = "Transportbedrijf Vechtdal",
        Title = "Magazijnmedewerker",
        Description = "Orderpicken en heftruck rijden in het magazijn.",
        Branche = Branche.Logistiek,
        Pc4 = Places.Dalfsen,
        Location = Places.Centroid(Places.Dalfsen),
        MinHoursPerWeek = 24,
        MaxHoursPerWeek = 32,
        Kind = VacancyKind.Regular,
        Steps = VacancyKind.Regular.DefaultSteps(),
        Status = VacancyStatus.Open,
        UpdatedAt = CandidateBuilder.Now,
    };

    public static VacancyBuilder Vacancy(string id) => new(id);

    public VacancyBuilder RegisteredBy(string municipalityCode) => With(v => v with { MunicipalityCode = municipalityCode });

    public VacancyBuilder InBranche(Branche branche) => With(v => v with { Branche = branche });

    public VacancyBuilder WithStatus(VacancyStatus status) => With(v => v with { Status = status });

    public VacancyBuilder Titled(string title) => With(v => v with { Title = title });

    public VacancyBuilder UpdatedAt(DateTimeOffset updatedAt) => With(v => v with { UpdatedAt = updatedAt });

    public Vacancy Build() => _vacancy;

    public static implicit operator Vacancy(VacancyBuilder builder) => builder.Build();

    private VacancyBuilder With(Func<Vacancy, Vacancy> change)
    {
        _vacancy = change(_vacancy);
        return this;
    }
}
