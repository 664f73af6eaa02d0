using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Scoring;

namespace Matching.Workbench.Labels;

/// <summary>
/// A candidate's work experience as the workbench shows it, with the ESCO occupation the matching reads each entry as
/// ("magazijnier (logistiek), 3 jaar: ESCO magazijnmedewerker 9333.8"), so a consultant sees a wrong reading and can
/// have the occupation code corrected in the case system.
/// </summary>
public static class ErvaringTekst
{
    public static string Of(IReadOnlyList<WorkExperience> experience) =>
        experience.Count == 0 ? "geen werkervaring bekend" : string.Join("; ", experience.Select(Of));

    public static string Of(WorkExperience experience)
    {
        var text = $"{experience.Occupation} ({DutchLabels.Of(experience.Branche)}), {experience.Years:0.#} jaar";
        return OccupationFit.OfExperience(experience) is { } reading
            ? $"{text}: ESCO {reading.Occupation.PreferredLabel} {reading.Occupation.Code}"
            : $"{text}: beroep niet herkend";
    }
}

