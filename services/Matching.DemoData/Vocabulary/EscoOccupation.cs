using Matching.Domain.Common;
using Matching.Domain.Occupations;

namespace Matching.DemoData.Vocabulary;

/// <summary>An ESCO occupation chosen as typical for a branche (data: ESCO, European Commission).</summary>
public sealed record EscoOccupation(Branche Branche, string IscoGroup, string DutchLabel, string ConceptUri)
{
    /// <summary>
    /// The ESCO code the demo profiles and vacancies carry (the concept's uuid where ESCO gives its code to two
    /// occupations); null when the concept is not in the shipped ESCO v1.2 catalogue.
    /// </summary>
    public string? OccupationCode { get; } = CodeOf(ConceptUri);

    private static string? CodeOf(string conceptUri)
    {
        var uuid = conceptUri[(conceptUri.LastIndexOf('/') + 1)..];
        if (OccupationCatalogue.Esco.Find(uuid) is not { } occupation) return null;
        return OccupationCatalogue.Esco.Find(occupation.Code) is not null ? occupation.Code : occupation.Uuid;
    }
}
