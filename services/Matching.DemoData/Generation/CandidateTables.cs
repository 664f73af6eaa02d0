using Matching.Domain.Candidates;
using Matching.Domain.Common;

namespace Matching.DemoData.Generation;

/// <summary>
/// The distributions candidates are drawn from. Shares follow the policy texts where they give numbers
/// (Dalfsen 1-1-2019: Zorg 43 %, Meedoen 40 %, Werkfit 17 %); the rest are plausible guesses for demo data.
/// </summary>
internal static class CandidateTables
{
    public static readonly WeightedTable<CategoryGroup> Group = new(
        (CategoryGroup.Zorg, 43), (CategoryGroup.Meedoen, 40), (CategoryGroup.Werkfit, 17));

    /// <summary>Zorg: isolated or social contacts; Meedoen: organised activities up to unpaid work; Werkfit: towards paid work.</summary>
    public static readonly WeightedTable<int>[] Step =
    [
        new((1, 40), (2, 60)),
        new((2, 25), (3, 45), (4, 30)),
        new((4, 20), (5, 45), (6, 35)),
    ];

    /// <summary>Werkfit means active at least 16 hours a week; Zorg clients have little or no room for work.</summary>
    public static readonly WeightedTable<int>[] Hours =
    [
        new((0, 30), (2, 20), (4, 25), (6, 10), (8, 15)),
        new((4, 15), (8, 25), (12, 25), (16, 20), (20, 10), (24, 5)),
        new((16, 10), (20, 15), (24, 20), (28, 10), (32, 20), (36, 10), (38, 5), (40, 10)),
    ];

    public static readonly WeightedTable<int>[] MaxTravelKm =
    [
        new((5, 40), (10, 40), (15, 20)),
        new((5, 15), (10, 30), (15, 25), (20, 20), (25, 10)),
        new((10, 10), (15, 20), (20, 25), (25, 20), (30, 15), (40, 10)),
    ];

    public static readonly WeightedTable<int>[] ExperienceCount =
    [
        new((0, 45), (1, 35), (2, 15), (3, 5)),
        new((0, 25), (1, 40), (2, 25), (3, 10)),
        new((0, 10), (1, 35), (2, 35), (3, 20)),
    ];

    /// <summary>Share of each group whose subcategory is "maximum reachable level attained".</summary>
    public static readonly double[] MaximumReachedShare = [0.6, 0.5, 0.3];

    /// <summary>Doelgroepregister: people who can work but not at the minimum wage, so mostly Meedoen and Werkfit.</summary>
    public static readonly double[] DoelgroepregisterShare = [0.05, 0.18, 0.28];

    /// <summary>Beschut werk indications are rare (~3 % overall) and mostly in the middle group.</summary>
    public static readonly double[] BeschutWerkShare = [0.01, 0.06, 0.01];

    public static readonly double[] DrivingLicenceShare = [0.2, 0.4, 0.6];

    /// <summary>Native speakers are C2; statushouders often are at NT2 A1-A2 or B1.</summary>
    public static readonly WeightedTable<string> Language = new(
        (nameof(LanguageLevel.C2), 36), (nameof(LanguageLevel.C1), 14), (nameof(LanguageLevel.B2), 14),
        (nameof(LanguageLevel.B1), 18), (nameof(LanguageLevel.A2), 12), (nameof(LanguageLevel.A1), 6));

    public static readonly WeightedTable<EducationLevel> Education = new(
        (EducationLevel.None, 3), (EducationLevel.Basisonderwijs, 7), (EducationLevel.ProVso, 10), (EducationLevel.Vmbo, 25),
        (EducationLevel.Mbo1, 10), (EducationLevel.Mbo2, 18), (EducationLevel.Mbo3, 10), (EducationLevel.HavoVwo, 5),
        (EducationLevel.Mbo4, 8), (EducationLevel.Hbo, 3), (EducationLevel.Wo, 1));

    /// <summary>Where clients' past work lies: mostly logistics, production, cleaning, retail, care and hospitality.</summary>
    public static readonly WeightedTable<Branche> PastBranche = new(
        (Branche.Logistiek, 14), (Branche.Productie, 12), (Branche.Schoonmaak, 10),
        (Branche.Detailhandel, 10), (Branche.Zorg, 9), (Branche.Horeca, 9),
        (Branche.Groen, 8), (Branche.Bouw, 7), (Branche.Metaal, 6),
        (Branche.Voedingsindustrie, 6), (Branche.Administratie, 5),
        (Branche.Transport, 5), (Branche.Facilitair, 4));

    public static readonly WeightedTable<string> Consent = new(
        (nameof(ConsentScope.Subregion), 70), (nameof(ConsentScope.OwnMunicipality), 15), (nameof(ConsentScope.Region), 15));

    public static readonly WeightedTable<string> Status = new(
        (nameof(CandidateStatus.Active), 91), (nameof(CandidateStatus.Paused), 5),
        (nameof(CandidateStatus.Placed), 2.5), (nameof(CandidateStatus.Withdrawn), 1.5));

    /// <summary>How a profile is classified: Dalfsen's scheme, Steenwijkerland's, or both.</summary>
    public static readonly WeightedTable<ClassificationScheme> Scheme = new(
        (ClassificationScheme.Dalfsen, 80), (ClassificationScheme.Both, 8), (ClassificationScheme.Steenwijkerland, 12));

    public static readonly string[] Categories = Enum.GetNames<DalfsenCategory>();
    public static readonly string[] ClientGroups = Enum.GetNames<ClientGroup>();
}

internal enum CategoryGroup
{
    Zorg,
    Meedoen,
    Werkfit,
}

internal enum ClassificationScheme
{
    Dalfsen,
    Steenwijkerland,
    Both,
}
