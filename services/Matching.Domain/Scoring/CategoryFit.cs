using Matching.Domain.Candidates;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Scoring;

/// <summary>
/// How well a client's category suits a kind of place. Paid work suits Werkfit / Direct werk best; work-experience
/// and volunteering places suit Werken &amp; Ervaren and Meedoen ("further progress expected") clients, for whom they
/// are the next step on the ladder. Where a profile carries both schemes, the better fit counts.
/// </summary>
public static class CategoryFit
{
    public const double Unknown = 0.5;

    public static double For(VacancyKind kind, CandidateProfile candidate)
    {
        var paid = kind.IsPaid() && kind != VacancyKind.BeschutWerk;
        double? fromCategory = candidate.Category is { } category ? ForCategory(category, kind, paid) : null;
        double? fromGroup = candidate.ClientGroup is { } group ? ForGroup(group, kind, paid) : null;
        if (fromCategory is null && fromGroup is null) return Unknown;
        return Math.Max(fromCategory ?? 0, fromGroup ?? 0);
    }

    private static double ForCategory(DalfsenCategory category, VacancyKind kind, bool paid) => category switch
    {
        DalfsenCategory.WerkfitProgressExpected or DalfsenCategory.WerkfitMaximumReached => paid ? 1.0 : 0.8,
        DalfsenCategory.MeedoenProgressExpected => paid ? 0.4 : 1.0,
        DalfsenCategory.MeedoenMaximumReached => paid ? 0.3 : kind == VacancyKind.Vrijwilligerswerk ? 1.0 : 0.7,
        DalfsenCategory.ZorgProgressExpected => paid ? 0.1 : 0.5,
        _ => paid ? 0.0 : 0.3,
    };

    private static double ForGroup(ClientGroup group, VacancyKind kind, bool paid) => group switch
    {
        ClientGroup.DirectWerk => paid ? 1.0 : 0.7,
        ClientGroup.WerkenEnErvaren => paid ? 0.7 : 1.0,
        ClientGroup.LerenEnOntwikkelen => kind == VacancyKind.Leerwerkplek ? 1.0 : paid ? 0.5 : 0.8,
        ClientGroup.Werkvoorzienend => kind == VacancyKind.BeschutWerk ? 1.0 : 0.4,
        ClientGroup.Geplaatst => 0.2,
        _ => paid ? 0.0 : 0.3,
    };
}
