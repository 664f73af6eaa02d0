using Matching.Domain.Candidates;
using Matching.Domain.Outcomes;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Common;

/// <summary>
/// Every code as people say it, for explanations, the weekdate and the workbench alike: no enum name reaches a
/// person (MeedoenMaximumReached, Subregion, Regular, None and ProVso become Dutch).
/// </summary>
public static class DutchLabels
{
    /// <summary>Any of the enums below; other values as they are.</summary>
    public static string Of(Enum value) => value switch
    {
        OutcomeKind v => Of(v),
        PlacementKind v => Of(v),
        VacancyKind v => Of(v),
        Branche v => Of(v),
        EducationLevel v => Of(v),
        LanguageLevel v => Of(v),
        ConsentScope v => Of(v),
        CandidateStatus v => Of(v),
        DalfsenCategory v => Of(v),
        ClientGroup v => Of(v),
        _ => value.ToString(),
    };

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

    /// <summary>"logistiek", "techniek/installatie": the WSP's own names, lower case as in a sentence.</summary>
    public static string Of(Branche branche) => Enum.IsDefined(branche) ? branche.Dutch().ToLowerInvariant() : "onbekend";

    /// <summary>As people write it ("vmbo", "mbo 2"); compared by <see cref="EducationLevelExtensions.NlqfLevel"/>.</summary>
    public static string Of(EducationLevel level) => level.DutchName();

    public static string Of(LanguageLevel level) => level == LanguageLevel.None ? "niet bekend" : $"Nederlands {level}";

    /// <summary>The level alone, as explanations compare it: "B1", or "niet bekend".</summary>
    public static string Level(LanguageLevel level) => level == LanguageLevel.None ? "niet bekend" : level.ToString();

    public static string Of(ClientGroup group) => group switch
    {
        ClientGroup.DirectWerk => "direct werk",
        ClientGroup.WerkenEnErvaren => "werken en ervaren",
        ClientGroup.LerenEnOntwikkelen => "leren en ontwikkelen",
        ClientGroup.Zorg => "zorg",
        ClientGroup.Werkvoorzienend => "werkvoorzienend",
        ClientGroup.Geplaatst => "geplaatst",
        _ => "onbekend",
    };

    /// <summary>A candidate's category and client group, whichever the municipality uses: "werkfit, groei verwacht / direct werk".</summary>
    public static string Category(DalfsenCategory? category, ClientGroup? group) =>
        string.Join(" / ", new[] { category is { } c ? Of(c) : null, group is { } g ? Of(g) : null }.Where(s => s is not null)) is { Length: > 0 } text ? text : "onbekend";

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
