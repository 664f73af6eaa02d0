using System.Text.RegularExpressions;
using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Scoring;
using Matching.Weekdate;

namespace Matching.Workbench.Labels;

/// <summary>
/// The ranker's explanation as readable Dutch chips. The domain's texts still name some codes ("opleiding Vmbo,
/// gevraagd Mbo1", "toestemming voor delen (Subregion)", "categorie MeedoenMaximumReached"); they are replaced by
/// their Dutch labels here, so no page shows an enum name.
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

    public static string Text(string text)
    {
        text = Education().Replace(text, m => $"opleiding {Label<EducationLevel>(m.Groups[1].Value, DutchLabels.Of)}, gevraagd {Label<EducationLevel>(m.Groups[2].Value, DutchLabels.Of)}");
        text = Language().Replace(text, m => $"taalniveau {LanguageLabel(m.Groups[1].Value)}, gevraagd {LanguageLabel(m.Groups[2].Value)}");
        return Word().Replace(text, m => WordLabel(m.Value) ?? m.Value);
    }

    private static string LanguageLabel(string code) => Enum.TryParse<LanguageLevel>(code, out var level) && level != LanguageLevel.None ? level.ToString() : "niet bekend";

    private static string Label<T>(string code, Func<T, string> label) where T : struct, Enum =>
        Enum.TryParse<T>(code, out var value) && Enum.IsDefined(value) ? label(value) : code;

    private static string? WordLabel(string word) =>
        Enum.TryParse<Branche>(word, out var b) && Enum.IsDefined(b) ? DutchLabels.Of(b)
        : Enum.TryParse<DalfsenCategory>(word, out var d) && Enum.IsDefined(d) ? DutchLabels.Of(d)
        : Enum.TryParse<ConsentScope>(word, out var s) && Enum.IsDefined(s) ? DutchLabels.Of(s)
        : Enum.TryParse<ClientGroup>(word, out var g) && Enum.IsDefined(g) ? ClientGroupLabel(g)
        : Enum.TryParse<CandidateStatus>(word, out var st) && Enum.IsDefined(st) ? DutchLabels.Of(st)
        : null;

    private static string ClientGroupLabel(ClientGroup group) => group switch
    {
        ClientGroup.DirectWerk => "direct werk",
        ClientGroup.WerkenEnErvaren => "werken en ervaren",
        ClientGroup.LerenEnOntwikkelen => "leren en ontwikkelen",
        ClientGroup.Zorg => "zorg",
        ClientGroup.Werkvoorzienend => "werkvoorzienend",
        ClientGroup.Geplaatst => "geplaatst",
        _ => "onbekend",
    };

    [GeneratedRegex(@"opleiding (\w+), gevraagd (\w+)")]
    private static partial Regex Education();

    [GeneratedRegex(@"taalniveau (\w+), gevraagd (\w+)")]
    private static partial Regex Language();

    /// <summary>Capitalised words that may be codes (numbers and lower-case Dutch words are left alone).</summary>
    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\b")]
    private static partial Regex Word();
}
