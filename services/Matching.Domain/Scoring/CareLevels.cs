using Matching.Domain.Occupations;
using Matching.Domain.Text;

namespace Matching.Domain.Scoring;

/// <summary>
/// The level of Dutch care training a title names: zorghulp (1), helpende (2), verzorgende IG (3), verpleegkundige (4).
/// ESCO files the first three in two occupations that mix them (zorghulp and thuiszorgmedewerker both have "helpende" and
/// "verzorgende" among their labels), while netwerkers grade by level: the same level with recent years first, one level
/// above the vacancy's as a close second, two above lower still, and a level below a vacancy that asks for a diploma as other work
/// (the project's judgement, from the hundred-thirteenth development set's care vacancies in stop 44: zorghulpen 0 on the
/// helpende vacancy, helpenden 2 on the zorghulp vacancy, verzorgenden 0 on it).
/// </summary>
public static class CareLevels
{
    /// <summary>The ISCO-08 unit groups whose titles name a care level: nurses, nursing associates, care workers in institutions and at home.</summary>
    private static readonly HashSet<string> CareGroups = new(["2221", "3221", "5321", "5322"], StringComparer.Ordinal);

    /// <summary>Words that name a level, as written (lower case, without accents), with their level.</summary>
    private static readonly Dictionary<string, int> LevelWords = new(StringComparer.Ordinal)
    {
        ["zorghulp"] = 1, ["zorghulpen"] = 1, ["aka"] = 1, ["dienstverlening"] = 1, // assistent dienstverlening en zorg (AKA): level 1
        ["helpende"] = 2, ["helpenden"] = 2, ["helpster"] = 2, ["pflegehelfer"] = 2, ["pflegehelferin"] = 2,
        ["altenpflegehelfer"] = 2, ["altenpflegehelferin"] = 2, ["krankenpflegehelfer"] = 2, ["krankenpflegehelferin"] = 2,
        ["verzorgende"] = 3, ["verzorgenden"] = 3, ["vig"] = 3, ["vigger"] = 3, ["wijkverzorgende"] = 3, ["zorgkundige"] = 3,
        ["evv"] = 3, ["evver"] = 3, ["altenpfleger"] = 3, ["altenpflegerin"] = 3, ["pflegefachkraft"] = 3,
        ["verpleegkundige"] = 4, ["verpleegkundigen"] = 4, ["verpleger"] = 4, ["krankenschwester"] = 4, ["krankenpfleger"] = 4,
        ["pielegniarka"] = 4, ["nurse"] = 4,
    };

    /// <summary>Whether <paramref name="occupation"/> is one whose titles name a care level.</summary>
    public static bool Names(Occupation occupation) => CareGroups.Contains(occupation.IscoGroup);

    /// <summary>
    /// The one care level <paramref name="text"/> names, by a level word or "niveau" and its digit ("Zorghulp niveau 1");
    /// a level lower for a learner's text ("BBL-leerling verzorgende IG": not yet a verzorgende); null when it names none or two.
    /// </summary>
    public static int? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        int? level = null;
        var assistant = false;
        foreach (var token in LabelWords.Of(text))
        {
            var word = LabelWords.WithoutAccents(token);
            assistant |= word is "assistent" or "assistente";
            if (!LevelWords.TryGetValue(word, out var named)) continue;
            if (level is { } seen && seen != named) return null;
            level = named;
        }
        level ??= ByNiveau(text);
        // An assistant of a nurse ("assistent-verpleegkundige") works at the level below the nurse's.
        if (level == 4 && assistant) level = 3;
        // A level they trained for is one a learner had not reached (LearningPlace's learners, not the trade's helpers:
        // a zorghulp is no helper learning the work).
        return level is { } found && LearningPlace.NamesATrainee(text) ? Math.Max(1, found - 1) : level;
    }

    /// <summary>"niveau 2", "niv. 3": the digit after the word, 1 to 4; null when the text has none.</summary>
    private static int? ByNiveau(string text)
    {
        var at = text.IndexOf("niv", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        for (var i = at + 3; i < text.Length && i < at + 12; i++)
            if (text[i] is >= '1' and <= '4') return text[i] - '0';
            else if (char.IsDigit(text[i])) return null;
        return null;
    }
}
