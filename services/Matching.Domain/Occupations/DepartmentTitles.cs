using System.Text.RegularExpressions;
using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// A title that names only a department ("Medewerker buitendienst (38 uur)", "Medewerker binnendienst", "Medewerker
/// algemene dienst") says where the work is done, not what it is: the municipality's outdoor crew, a housing
/// corporation's repairman, an installer's planner and a field salesman are all "buitendienst". Its reading stands only
/// when the description names the occupation in words of its own (a label, an alternative label or a setting, beyond the
/// title's words): "Voor onze school ... zet lokalen klaar" keeps the conciërge; a housing corporation's "kleine
/// reparaties bij huurders" drops the outdoor crew, and the vacancy is then read as nobody's occupation.
/// </summary>
public static partial class DepartmentTitles
{
    /// <summary>Whether <paramref name="title"/> names only a department (with hours, a gender marker or a place).</summary>
    public static bool NamesOnlyADepartment(string title) =>
        DepartmentOnly().IsMatch(LabelWords.Key(Parenthesised().Replace(OccupationNormaliser.JobOf(title), " ")));

    /// <summary>
    /// False when <paramref name="title"/> names only a department and <paramref name="description"/> names nothing of
    /// <paramref name="occupation"/> beyond the title's words; true otherwise.
    /// </summary>
    public static bool Confirmed(string title, string? description, Occupation occupation)
    {
        if (!NamesOnlyADepartment(title)) return true;
        if (string.IsNullOrWhiteSpace(description)) return false;
        if (OccupationCatalogue.Esco.Settings.Named(occupation, description).Count > 0) return true;
        var titleWords = LabelWords.Of(title).Select(LabelWords.WithoutAccents).ToHashSet(StringComparer.Ordinal);
        var own = occupation.AltLabels.Prepend(occupation.PreferredLabel)
            .SelectMany(LabelWords.Of).Select(LabelWords.WithoutAccents)
            .Where(w => w.Length >= 4 && !titleWords.Contains(w) && !GenericWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
        return LabelWords.Of(description).Select(LabelWords.WithoutAccents).Any(w => own.Any(o => Names(w, o)));
    }

    /// <summary>The same word, or one the start of the other as a compound's first part ("plantsoen" of "plantsoendienst"; six letters at least, so a verb such as "plant" is none).</summary>
    private static bool Names(string word, string own) =>
        word == own || (Math.Min(word.Length, own.Length) >= MinimumPart
            && (own.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(own, StringComparison.Ordinal)));

    private const int MinimumPart = 6;

    /// <summary>Words a label shares with any job: no sign of which one.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "medewerker", "medewerkster", "werker", "werkster", "algemeen", "algemene", "allround", "dienst", "diensten",
    };

    [GeneratedRegex(@"^(allround )?(medewerker|medewerkster|mdw) (buitendienst|binnendienst|algemene dienst)$|^(buitendienst|binnendienst)(medewerker|medewerkster)$")]
    private static partial Regex DepartmentOnly();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();
}
