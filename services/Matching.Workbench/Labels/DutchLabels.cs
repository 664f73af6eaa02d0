using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Outcomes;
using Matching.Domain.Vacancies;

namespace Matching.Workbench.Labels;

/// <summary>Every code a page shows, as people say it: no enum names on any page.</summary>
public static class DutchLabels
{
    public static string Of(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Shown => "Getoond",
        OutcomeKind.Contacted => "Benaderd",
        OutcomeKind.Interested => "Geïnteresseerd",
        OutcomeKind.NotInterested => "Geen interesse",
        OutcomeKind.Invited => "Uitgenodigd",
        OutcomeKind.Placed => "Geplaatst",
        OutcomeKind.RejectedByEmployer => "Afgewezen door werkgever",
        _ => "onbekend",
    };

    public static string Of(PlacementKind kind) => kind switch
    {
        PlacementKind.Regular => "reguliere baan",
        PlacementKind.Loonkostensubsidie => "baan met loonkostensubsidie",
        PlacementKind.BeschutWerk => "beschut werk",
        PlacementKind.Werkervaringsplek => "werkervaringsplek",
        PlacementKind.Proefplaatsing => "proefplaatsing",
        PlacementKind.Leerwerkplek => "leerwerkplek",
        PlacementKind.Vrijwilligerswerk => "vrijwilligerswerk",
        _ => "onbekend",
    };

    public static string Of(VacancyKind kind) => kind switch
    {
        VacancyKind.Regular => "reguliere baan",
        VacancyKind.Loonkostensubsidie => "baan met loonkostensubsidie",
        VacancyKind.BeschutWerk => "beschut werk",
        VacancyKind.Werkervaringsplek => "werkervaringsplek",
        VacancyKind.Werkstage => "werkstage",
        VacancyKind.Proefplaatsing => "proefplaatsing",
        VacancyKind.Leerwerkplek => "leerwerkplek",
        VacancyKind.Vrijwilligerswerk => "vrijwilligerswerk",
        _ => "onbekend",
    };

    public static string Of(Branche branche) => branche switch
    {
        Branche.Bouw => "bouw",
        Branche.Logistiek => "logistiek",
        Branche.Productie => "productie",
        Branche.Metaal => "metaal",
        Branche.Voedingsindustrie => "voedingsindustrie",
        Branche.Zorg => "zorg",
        Branche.Schoonmaak => "schoonmaak",
        Branche.Horeca => "horeca",
        Branche.Detailhandel => "detailhandel",
        Branche.Groen => "groen",
        Branche.Facilitair => "facilitair",
        Branche.Administratie => "administratie",
        Branche.Transport => "transport",
        _ => "onbekend",
    };

    /// <summary>As people write it ("vmbo", "mbo 2"); compared by <see cref="EducationLevelExtensions.NlqfLevel"/>.</summary>
    public static string Of(EducationLevel level) => level.DutchName();

    public static string Of(LanguageLevel level) => level == LanguageLevel.None ? "niet bekend" : $"Nederlands {level}";

    public static string Of(ConsentScope scope) => scope switch
    {
        ConsentScope.OwnMunicipality => "alleen eigen gemeente",
        ConsentScope.Subregion => "gemeenten in de subregio",
        ConsentScope.Region => "de hele arbeidsmarktregio",
        _ => "onbekend",
    };

    public static string Of(CandidateStatus status) => status switch
    {
        CandidateStatus.Active => "actief",
        CandidateStatus.Paused => "tijdelijk niet beschikbaar",
        CandidateStatus.Placed => "geplaatst",
        CandidateStatus.Withdrawn => "uitgeschreven",
        _ => "onbekend",
    };

    public static string Of(DalfsenCategory category) => category switch
    {
        DalfsenCategory.ZorgMaximumReached => "zorg, maximaal bereikt",
        DalfsenCategory.ZorgProgressExpected => "zorg, groei verwacht",
        DalfsenCategory.MeedoenMaximumReached => "meedoen, maximaal bereikt",
        DalfsenCategory.MeedoenProgressExpected => "meedoen, groei verwacht",
        DalfsenCategory.WerkfitMaximumReached => "werkfit, maximaal bereikt",
        DalfsenCategory.WerkfitProgressExpected => "werkfit, groei verwacht",
        _ => "onbekend",
    };

    public static string Hours(int min, int max) => min == max || max == 0 ? $"{min} uur per week" : $"{min}-{max} uur per week";
}
