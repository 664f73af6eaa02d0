using Matching.Domain.Common;

namespace Matching.Domain.Vacancies;

/// <summary>What kind of place a vacancy offers; each suits a range of participatieladder treden.</summary>
public enum VacancyKind
{
    Regular,
    /// <summary>Job with loonkostensubsidie (LKS) for the banenafspraak target group.</summary>
    Loonkostensubsidie,
    /// <summary>Sheltered work; needs a UWV beschut-werk indication.</summary>
    BeschutWerk,
    Werkervaringsplek,
    Werkstage,
    Proefplaatsing,
    Leerwerkplek,
    Vrijwilligerswerk,
}

public static class VacancyKindExtensions
{
    /// <summary>
    /// The treden a kind suits by default. Policy: a werkervaringsplek suits people on trede 3-4 (organised
    /// activities, unpaid work) not yet ready for paid work; a regular job suits trede 5-6; volunteering starts at 2.
    /// </summary>
    public static StepRange DefaultSteps(this VacancyKind kind) => kind switch
    {
        VacancyKind.Regular => new(5, 6),
        VacancyKind.Loonkostensubsidie => new(4, 6),
        VacancyKind.BeschutWerk => new(3, 5),
        VacancyKind.Werkervaringsplek or VacancyKind.Werkstage => new(3, 4),
        VacancyKind.Proefplaatsing => new(4, 5),
        VacancyKind.Leerwerkplek => new(3, 5),
        VacancyKind.Vrijwilligerswerk => new(2, 4),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>LKS jobs are for people in the doelgroepregister; beschut werk needs its own indication.</summary>
    public static bool RequiresDoelgroepregister(this VacancyKind kind) => kind == VacancyKind.Loonkostensubsidie;

    public static bool RequiresBeschutWerkIndication(this VacancyKind kind) => kind == VacancyKind.BeschutWerk;

    /// <summary>Paid kinds, where hours matter for the employer's planning; unpaid places are flexible on hours.</summary>
    public static bool IsPaid(this VacancyKind kind) =>
        kind is VacancyKind.Regular or VacancyKind.Loonkostensubsidie or VacancyKind.BeschutWerk or VacancyKind.Leerwerkplek;
}
