using System.Globalization;
using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Eligibility;

/// <summary>
/// The hard requirements a candidate must meet for a vacancy. The search index applies the same rules as filters;
/// ranking re-checks every hit with these rules so an index can never widen who is shown.
/// </summary>
public sealed class EligibilityRules(PartyDirectory parties)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public EligibilityResult Evaluate(Vacancy vacancy, CandidateProfile candidate, Party requester, DateOnly today)
    {
        var checks = new List<RequirementCheck>
        {
            new(Requirement.Active, candidate.Status == CandidateStatus.Active,
                candidate.Status == CandidateStatus.Active ? "actief werkzoekend" : $"status {DutchLabels.Of(candidate.Status)}"),
            ConsentCheck(candidate, requester),
        };
        var effective = CertificateCatalogue.Effective(candidate.Certificates);
        foreach (var code in vacancy.RequiredCertificates)
            checks.Add(CertificateCheck(code, effective, today, required: true));

        var distance = candidate.Home.DistanceKmTo(vacancy.Location);
        checks.Add(new(Requirement.Distance, distance <= candidate.MaxTravelKm,
            string.Create(Dutch, $"{distance:0.0} km reisafstand (max {candidate.MaxTravelKm} km)")));
        checks.Add(new(Requirement.Step, vacancy.Steps.Contains(candidate.ParticipationStep),
            $"trede {candidate.ParticipationStep}, vacature vraagt {vacancy.Steps}"));
        checks.Add(HoursCheck(vacancy, candidate));
        if (vacancy.Kind.RequiresDoelgroepregister())
            checks.Add(new(Requirement.Doelgroepregister, candidate.Indications.Doelgroepregister,
                candidate.Indications.Doelgroepregister ? "in het doelgroepregister" : "niet in het doelgroepregister (nodig voor LKS)"));
        if (vacancy.Kind.RequiresBeschutWerkIndication())
            checks.Add(new(Requirement.BeschutWerkIndication, candidate.Indications.BeschutWerk,
                candidate.Indications.BeschutWerk ? "indicatie beschut werk" : "geen indicatie beschut werk"));
        return new EligibilityResult(checks);
    }

    /// <summary>
    /// The same verdict as <see cref="Evaluate"/>'s <see cref="EligibilityResult.IsEligible"/>, without building the
    /// reasons: ranking re-checks every hit of its window but explains only the few it shows.
    /// </summary>
    public bool IsEligible(Vacancy vacancy, CandidateProfile candidate, Party requester, DateOnly today)
    {
        if (candidate.Status != CandidateStatus.Active) return false;
        if (!MayBeSharedWith(candidate, requester)) return false;
        var required = vacancy.RequiredCertificates;
        for (var i = 0; i < required.Count; i++)
            if (!CertificateCatalogue.Holds(candidate.Certificates, required[i], today)) return false;
        return candidate.Home.DistanceKmTo(vacancy.Location) <= candidate.MaxTravelKm
               && vacancy.Steps.Contains(candidate.ParticipationStep)
               && candidate.HoursAvailablePerWeek >= vacancy.MinHoursPerWeek
               && (!vacancy.Kind.RequiresDoelgroepregister() || candidate.Indications.Doelgroepregister)
               && (!vacancy.Kind.RequiresBeschutWerkIndication() || candidate.Indications.BeschutWerk);
    }

    /// <summary>Checks one certificate code against the candidate's effective (held or implied) certificates.</summary>
    public static RequirementCheck CertificateCheck(string code, IReadOnlyDictionary<string, DateOnly?> effective, DateOnly today, bool required)
    {
        var name = CertificateCatalogue.DutchName(code);
        if (!effective.TryGetValue(code, out var until))
            return new(Requirement.Certificate, false, required ? $"mist {name}" : $"gewenst: {name}", code);
        if (until is not null && until.Value < today)
            return new(Requirement.Certificate, false, $"{name} verlopen op {until.Value:dd-MM-yyyy}", code);
        return new(Requirement.Certificate, true, until is null ? name : $"{name} (geldig tot {until.Value:dd-MM-yyyy})", code);
    }

    /// <summary>Checks the candidate's available hours against the vacancy's minimum.</summary>
    public static RequirementCheck HoursCheck(Vacancy vacancy, CandidateProfile candidate) =>
        new(Requirement.Hours, candidate.HoursAvailablePerWeek >= vacancy.MinHoursPerWeek,
            $"{candidate.HoursAvailablePerWeek} uur beschikbaar, vacature {HoursText(vacancy)}",
            candidate.HoursAvailablePerWeek >= vacancy.MinHoursPerWeek ? null : $"{vacancy.MinHoursPerWeek - candidate.HoursAvailablePerWeek} uur");

    public static string HoursText(Vacancy vacancy) =>
        vacancy.MinHoursPerWeek == vacancy.MaxHoursPerWeek
            ? $"{vacancy.MinHoursPerWeek} uur"
            : $"{vacancy.MinHoursPerWeek}-{vacancy.MaxHoursPerWeek} uur";

    /// <summary>The consent requirement alone: the candidate's owner is known and their consent covers <paramref name="requester"/>.</summary>
    public bool MayBeSharedWith(CandidateProfile candidate, Party requester) =>
        parties.Find(candidate.MunicipalityCode) is { } owner && candidate.Consent.Covers(owner, requester);

    private RequirementCheck ConsentCheck(CandidateProfile candidate, Party requester)
    {
        var covered = MayBeSharedWith(candidate, requester);
        return new(Requirement.Consent, covered,
            covered ? $"toestemming voor delen ({DutchLabels.Of(candidate.Consent)})" : $"geen toestemming om te delen met {requester.Name}");
    }
}
