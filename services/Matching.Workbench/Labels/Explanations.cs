using System.Text.RegularExpressions;
using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Scoring;
using Matching.Weekdate;

namespace Matching.Workbench.Labels;

/// <summary>
/// The ranker's explanation as readable Dutch chips. The domain writes its texts in Dutch (<see cref="DutchLabels"/>);
/// here a capitalised word that is still a code (a branche in "ervaring in Logistiek") is written as in a sentence.
/// </summary>
public static partial class Explanations
{
    public static IReadOnlyList<Chip> Chips(MatchExplanation explanation) =>
        ExplanationChips.From(explanation).Select(c => c with { Text = Text(c.Text) }).ToList();

    public static string Factor(string factor) => factor switch
    {
        "tekstrelevantie" => "aansluiting bij de vacaturetekst",
        "ervaring_branche" => "ervaring in de branche",
        "gewenste_certificaten" => "gewenste certificaten",
        "afstand" => "reisafstand",
        "uren" => "uren",
        "taalniveau" => "taalniveau",
        "categorie" => "categorie",
        _ => factor.Replace('_', ' '),
    };

    public static string Text(string text) => Word().Replace(text, m => WordLabel(m.Value) ?? m.Value);

    /// <summary>The domain's texts are Dutch already; only a branche name is lower-cased as in a sentence.</summary>
    private static string? WordLabel(string word) =>
        // The word alone: "Techniek" of "Techniek/Installatie" keeps its "/Installatie".
        Enum.TryParse<Branche>(word, out var b) && Enum.IsDefined(b) ? word.ToLowerInvariant() : null;

    /// <summary>Capitalised words that may be codes (numbers and lower-case Dutch words are left alone).</summary>
    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\b")]
    private static partial Regex Word();
}
