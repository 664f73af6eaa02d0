using Matching.Domain.Common;
using Matching.Domain.Vacancies;

namespace Matching.DemoData.Generation;

/// <summary>The distributions vacancies are drawn from: what WSP netwerkers see offered in the region.</summary>
internal static class VacancyTables
{
    public static readonly WeightedTable<VacancyKind> Kind = new(
        (VacancyKind.Regular, 34), (VacancyKind.Loonkostensubsidie, 18), (VacancyKind.Werkervaringsplek, 16),
        (VacancyKind.Leerwerkplek, 8), (VacancyKind.Proefplaatsing, 8), (VacancyKind.Vrijwilligerswerk, 7),
        (VacancyKind.Werkstage, 5), (VacancyKind.BeschutWerk, 4));

    /// <summary>Roughly where clients' experience lies too, so most vacancies find people with a related past.</summary>
    public static readonly WeightedTable<Branche> Branche = new(
        (Domain.Common.Branche.Logistiek, 14), (Domain.Common.Branche.Productie, 12), (Domain.Common.Branche.Schoonmaak, 9),
        (Domain.Common.Branche.Detailhandel, 9), (Domain.Common.Branche.Zorg, 9), (Domain.Common.Branche.Horeca, 9),
        (Domain.Common.Branche.Groen, 8), (Domain.Common.Branche.Bouw, 8), (Domain.Common.Branche.Metaal, 6),
        (Domain.Common.Branche.Voedingsindustrie, 6), (Domain.Common.Branche.Facilitair, 4),
        (Domain.Common.Branche.Administratie, 4), (Domain.Common.Branche.Transport, 5));

    public static readonly WeightedTable<string> Language = new(
        (nameof(LanguageLevel.A2), 35), (nameof(LanguageLevel.B1), 45), (nameof(LanguageLevel.B2), 20));

    public static readonly WeightedTable<string> Education = new(
        (nameof(EducationLevel.None), 30), (nameof(EducationLevel.ProVso), 10), (nameof(EducationLevel.Vmbo), 25),
        (nameof(EducationLevel.Mbo1), 10), (nameof(EducationLevel.Mbo2), 20), (nameof(EducationLevel.Mbo3), 5));

    /// <summary>Lowest hours a week per kind: paid jobs ask for more, unpaid places start small.</summary>
    public static int[] MinHours(VacancyKind kind) => kind switch
    {
        VacancyKind.Regular => [16, 20, 24, 24, 32],
        VacancyKind.Loonkostensubsidie => [12, 16, 20, 24],
        VacancyKind.BeschutWerk => [12, 16, 20],
        VacancyKind.Leerwerkplek => [16, 20, 24],
        VacancyKind.Proefplaatsing => [12, 16, 20, 24],
        VacancyKind.Werkervaringsplek or VacancyKind.Werkstage => [8, 12, 16],
        _ => [2, 4, 6, 8],
    };

    public static readonly int[] ExtraHours = [0, 4, 8, 12, 16];
}
