using System.Text.RegularExpressions;
using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.Domain.Validation;

namespace Matching.Domain.Candidates;

/// <summary>Turns a <see cref="CandidateInput"/> into a <see cref="CandidateProfile"/>, or into errors naming each bad field.</summary>
public sealed partial class CandidateValidator(PartyDirectory parties, PostcodeGazetteer gazetteer)
{
    public const int MaxTravelKmLimit = 150;
    public const int MaxHoursPerWeek = 60;

    public Validated<CandidateProfile> Validate(CandidateInput input, DateTimeOffset now)
    {
        var check = new FieldChecks();
        var reference = CandidateReference.Check(check, "reference", input.Reference);
        var municipality = check.Text("municipalityCode", input.MunicipalityCode, 20);
        var owner = municipality.Length > 0 ? parties.Find(municipality) : null;
        if (municipality.Length > 0 && owner is not { IsMunicipality: true })
            check.Add("municipalityCode", $"'{municipality}' is not a known municipality of the region.");
        else if (owner is not null && CandidateReference.Pattern().IsMatch(reference) && CandidateReference.PrefixOf(reference) != owner.ReferencePrefix)
            check.Add("reference", $"must start with '{owner.ReferencePrefix}-', the prefix of {owner.Code} ({owner.Name}).");
        var home = gazetteer.Find(input.Postcode);
        if (home is null)
            check.Add("postcode", string.IsNullOrWhiteSpace(input.Postcode) ? "is required." : "is not a known Dutch postcode (1234 or 1234 AB).");
        var maxTravel = check.Int("maxTravelKm", input.MaxTravelKm, 1, MaxTravelKmLimit);
        var hours = check.Int("hoursAvailablePerWeek", input.HoursAvailablePerWeek, 0, MaxHoursPerWeek);
        var step = check.Int("participationStep", input.ParticipationStep, StepRange.LowestStep, StepRange.HighestStep);
        if (input.ExpectedVersion is < 0) check.Add("expectedVersion", "must be the version a GET answered as its ETag (0 or more).");
        var category = check.OptionalEnum<DalfsenCategory>("category", input.Category);
        var clientGroup = check.OptionalEnum<ClientGroup>("clientGroup", input.ClientGroup);
        if (category is null && clientGroup is null && input.Category is null && input.ClientGroup is null)
            check.Add("category", "category (Dalfsen) or clientGroup (Steenwijkerland) is required.");
        var language = check.Enum<LanguageLevel>("languageLevel", input.LanguageLevel);
        var portfolio = Portfolio(check, input.Portfolio, DateOnly.FromDateTime(now.UtcDateTime));
        var certificates = Certificates(check, input.Certificates, DateOnly.FromDateTime(now.UtcDateTime));
        var workshops = check.TextList("workshops", input.Workshops, 40)
            .Select((w, i) => check.Enum<Workshop>($"workshops[{i}]", w)).Distinct().ToArray();
        var consent = check.Enum<ConsentScope>("consent", input.Consent);
        var status = check.Enum("status", input.Status, (CandidateStatus?)CandidateStatus.Active);
        var waitingSince = check.Date("waitingSince", input.WaitingSince);
        if (waitingSince > DateOnly.FromDateTime(now.UtcDateTime)) check.Add("waitingSince", "must not be in the future.");

        if (check.Errors.Count > 0) return Validated<CandidateProfile>.Failed(check.Errors);
        return Validated<CandidateProfile>.Ok(new CandidateProfile
        {
            Reference = reference,
            MunicipalityCode = municipality,
            Portfolio = portfolio,
            Certificates = certificates,
            LanguageLevel = language,
            HoursAvailablePerWeek = hours,
            HomePc4 = home!.Pc4,
            Home = home.Centroid,
            MaxTravelKm = maxTravel,
            ParticipationStep = step,
            Category = category,
            ClientGroup = clientGroup,
            Indications = new Indications(input.Doelgroepregister ?? false, input.BeschutWerkIndication ?? false),
            Workshops = workshops,
            Consent = consent,
            Status = status,
            UpdatedAt = now,
            WaitingSince = waitingSince,
        });
    }

    private static EPortfolio Portfolio(FieldChecks check, PortfolioInput? input, DateOnly today)
    {
        if (input is null) return EPortfolio.Empty;
        var level = check.Enum("portfolio.educationLevel", input.EducationLevel, (EducationLevel?)EducationLevel.None);
        var experience = new List<WorkExperience>();
        if (input.WorkExperience is { Count: > FieldChecks.MaxListItems })
            check.Add("portfolio.workExperience", $"has {input.WorkExperience.Count} items; at most {FieldChecks.MaxListItems} allowed.");
        else
            for (var i = 0; i < (input.WorkExperience?.Count ?? 0); i++)
            {
                var field = $"portfolio.workExperience[{i}]";
                if (input.WorkExperience![i] is not { } item)
                {
                    check.Add(field, "must not be null.");
                    continue;
                }
                experience.Add(new WorkExperience(
                    check.Enum<Branche>($"{field}.branche", item.Branche),
                    check.Text($"{field}.occupation", item.Occupation, 100, required: false),
                    check.Number($"{field}.years", item.Years, 0, 50),
                    check.OccupationCode($"{field}.occupationCode", item.OccupationCode),
                    item.EndedYear is null ? null : check.Int($"{field}.endedYear", item.EndedYear, 1950, today.Year)));
            }
        return new EPortfolio(
            level,
            check.TextList("portfolio.education", input.Education),
            experience,
            check.TextList("portfolio.skills", input.Skills),
            check.TextList("portfolio.interests", input.Interests),
            check.Text("portfolio.about", input.About, EPortfolio.MaxAboutLength, required: false, multiline: true));
    }

    private static IReadOnlyList<HeldCertificate> Certificates(FieldChecks check, IReadOnlyList<CertificateInput?>? input, DateOnly today)
    {
        if (input is null) return [];
        if (input.Count > FieldChecks.MaxListItems)
        {
            check.Add("certificates", $"has {input.Count} items; at most {FieldChecks.MaxListItems} allowed.");
            return [];
        }
        var held = new List<HeldCertificate>();
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"certificates[{i}]";
            if (input[i] is not { } item)
            {
                check.Add(field, "must not be null.");
                continue;
            }
            var code = check.Text($"{field}.code", item.Code, 40).ToUpperInvariant();
            if (code.Length > 0 && !CertificateCatalogue.IsKnown(code))
                check.Add($"{field}.code", $"unknown certificate code '{code}'.");
            var issued = check.Date($"{field}.issuedOn", item.IssuedOn, required: true);
            var expires = check.Date($"{field}.expiresOn", item.ExpiresOn);
            if (issued > today) check.Add($"{field}.issuedOn", "lies in the future.");
            if (issued is not null && expires is not null && expires < issued) check.Add($"{field}.expiresOn", "lies before issuedOn.");
            if (issued is not null) held.Add(new HeldCertificate(code, issued.Value, expires));
        }
        return held;
    }

    /// <summary>Nine digits passing the elfproef: most likely a BSN sent by mistake.</summary>
    public static bool LooksLikeBsn(string value)
    {
        var digits = new string(value.Where(char.IsDigit).ToArray());
        if (digits.Length != 9 || value.Count(char.IsLetter) > 0) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (digits[i] - '0') * (9 - i);
        sum -= digits[8] - '0';
        return sum % 11 == 0;
    }
}
