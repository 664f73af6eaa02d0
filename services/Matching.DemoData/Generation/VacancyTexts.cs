using Matching.DemoData.Vocabulary;
using Matching.Domain.Certificates;
using Matching.Domain.Vacancies;

namespace Matching.DemoData.Generation;

/// <summary>Titles and short Dutch descriptions (2-4 sentences) that mention the work's tasks and skills.</summary>
internal static class VacancyTexts
{
    /// <summary>Adjectives that fit "iemand die … is"; the general skills list also holds verbs.</summary>
    private static readonly string[] Attitudes =
        ["betrouwbaar", "punctueel", "klantvriendelijk", "nauwkeurig", "flexibel", "leergierig", "stressbestendig", "zelfstandig"];

    public static string Title(string occupation) => char.ToUpperInvariant(occupation[0]) + occupation[1..];

    public static string Description(DemoRandom random, string title, string employer, BrancheWords words, VacancyKind kind, string?[] required)
    {
        var task1 = random.Pick(words.Tasks);
        var task2 = words.Tasks[(Array.IndexOf(words.Tasks, task1) + 1 + random.Next(words.Tasks.Length - 1)) % words.Tasks.Length];
        var skill = random.Pick(words.Skills);
        var attitude = random.Pick(Attitudes);
        var text = $"Als {title.ToLowerInvariant()} bij {employer} ga je {task1} en {task2}. " +
                   $"We zoeken iemand die {attitude} is. Ervaring met {skill} is mooi meegenomen, maar dat kun je ook bij ons leren.";
        if (KindSentence(kind) is { } sentence) text += " " + sentence;
        if (required.Length > 0)
            text += $" Vereist: {string.Join(" en ", required.Select(c => CertificateCatalogue.DutchName(c!)))}.";
        return text;
    }

    private static string? KindSentence(VacancyKind kind) => kind switch
    {
        VacancyKind.Loonkostensubsidie => "Deze baan is geschikt voor iemand uit het doelgroepregister, met loonkostensubsidie en zo nodig een jobcoach.",
        VacancyKind.BeschutWerk => "Dit is een beschutte werkplek met extra begeleiding; een indicatie beschut werk is nodig.",
        VacancyKind.Werkervaringsplek => "Op deze werkervaringsplek doe je met een vaste werkbegeleider ervaring op.",
        VacancyKind.Werkstage => "Tijdens deze werkstage leer je het vak in de praktijk.",
        VacancyKind.Proefplaatsing => "We starten met een proefplaatsing van twee maanden, met uitzicht op een contract.",
        VacancyKind.Leerwerkplek => "Je werkt en leert tegelijk: je volgt een opleiding naast het werk.",
        VacancyKind.Vrijwilligerswerk => "Dit is vrijwilligerswerk met een onkostenvergoeding.",
        _ => null,
    };
}
