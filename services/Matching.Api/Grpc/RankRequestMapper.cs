using System.Text.RegularExpressions;
using Matching.Ranking;
using Matching.Domain.Parties;
using Matching.Domain.Validation;
using Matching.Domain.Vacancies;
using Matching.Search;
using Microsoft.Extensions.Options;
using Wsp.Matching.V1;

namespace Matching.Api.Grpc;

/// <summary>Validates a <see cref="RankCandidatesRequest"/> and turns it into a <see cref="RankingRequest"/>; errors use the proto's field names.</summary>
public sealed partial class RankRequestMapper(
    IVacancyIndex vacancies, VacancyValidator validator, PartyDirectory parties, IOptions<RankingOptions> options, TimeProvider clock)
{
    public const string InlineVacancyId = "inline";
    public const double MaxDistanceKmLimit = 150;

    public async Task<(RankingRequest? Request, IReadOnlyList<FieldError> Errors)> MapAsync(RankCandidatesRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var requester = parties.Find(request.RequestingParty);
        if (requester is null)
            errors.Add(new("requesting_party", string.IsNullOrEmpty(request.RequestingParty) ? "is required." : "is not a known party of the region."));
        var topK = request.TopK == 0 ? options.Value.DefaultTopK : request.TopK;
        if (topK < 1 || topK > options.Value.MaxTopK)
            errors.Add(new("top_k", $"must be between 1 and {options.Value.MaxTopK}; got {request.TopK}."));
        var filter = request.Filter ?? new CandidateFilter();
        for (var i = 0; i < filter.MunicipalityCodes.Count; i++)
            if (parties.Find(filter.MunicipalityCodes[i]) is not { IsMunicipality: true })
                errors.Add(new($"filter.municipality_codes[{i}]", "is not a known municipality of the region."));
        if (filter.HasMaxDistanceKm && (!double.IsFinite(filter.MaxDistanceKm) || filter.MaxDistanceKm <= 0 || filter.MaxDistanceKm > MaxDistanceKmLimit))
            errors.Add(new("filter.max_distance_km", $"must be above 0 and at most {MaxDistanceKmLimit}."));

        var vacancy = await VacancyAsync(request, requester, errors, cancellationToken);
        if (errors.Count > 0 || vacancy is null || requester is null) return (null, errors);
        return (new RankingRequest(vacancy, requester, topK, filter.MunicipalityCodes.Distinct().ToArray(),
            filter.HasMaxDistanceKm ? filter.MaxDistanceKm : null), errors);
    }

    private async Task<Vacancy?> VacancyAsync(RankCandidatesRequest request, Party? requester, List<FieldError> errors, CancellationToken cancellationToken)
    {
        switch (request.VacancySourceCase)
        {
            case RankCandidatesRequest.VacancySourceOneofCase.VacancyId:
                if (!IdPattern().IsMatch(request.VacancyId))
                {
                    errors.Add(new("vacancy_id", "must be 3-64 letters, digits, '.', '_' or '-'."));
                    return null;
                }
                var stored = await vacancies.GetAsync(request.VacancyId, cancellationToken);
                if (stored is null) errors.Add(new("vacancy_id", $"no vacancy '{request.VacancyId}' is registered."));
                else if (stored.Status != VacancyStatus.Open) errors.Add(new("vacancy_id", $"vacancy '{request.VacancyId}' is {stored.Status}."));
                return stored;
            case RankCandidatesRequest.VacancySourceOneofCase.Vacancy:
                var spec = request.Vacancy;
                var validated = validator.Validate(new VacancyInput
                {
                    // An inline vacancy is the requester's own: it is matched from their position in the region.
                    MunicipalityCode = requester?.Code ?? PartyDirectory.RegionZwolleDefault.All.First().Code,
                    Employer = spec.Employer,
                    Title = spec.Title,
                    Description = spec.Description,
                    Branche = spec.Branche,
                    Postcode = spec.Postcode,
                    MinHoursPerWeek = spec.MinHoursPerWeek,
                    MaxHoursPerWeek = spec.MaxHoursPerWeek == 0 ? null : spec.MaxHoursPerWeek,
                    Kind = spec.Kind,
                    MinStep = spec.MinStep == 0 ? null : spec.MinStep,
                    MaxStep = spec.MaxStep == 0 ? null : spec.MaxStep,
                    RequiredCertificates = spec.RequiredCertificates,
                    DesiredCertificates = spec.DesiredCertificates,
                    RequiredLanguageLevel = spec.RequiredLanguageLevel,
                    EducationLevel = spec.EducationLevel,
                }, InlineVacancyId, clock.GetUtcNow());
                errors.AddRange(validated.Errors.Where(e => e.Field != "municipalityCode").Select(e => e with { Field = "vacancy." + ToSnakeCase(e.Field) }));
                return validated.Value;
            default:
                errors.Add(new("vacancy_source", "give either vacancy_id or an inline vacancy."));
                return null;
        }
    }

    private static string ToSnakeCase(string field) => SnakeCase().Replace(field, m => "_" + m.Value.ToLowerInvariant());

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex SnakeCase();
}
