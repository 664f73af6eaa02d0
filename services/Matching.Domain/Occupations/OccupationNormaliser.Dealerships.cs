using System.Text.RegularExpressions;

namespace Matching.Domain.Occupations;

/// <summary>Titles that name a dealership (see <see cref="NamesDealership"/>).</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>
    /// "monteur Kia dealer", "werkplaatsplanner truckdealer", "monteur melkwinning (DeLaval dealer)": a dealer named in a
    /// longer title, or a compound of one, is the dealership where the work was done (ESCO's only "dealer" is the casino's
    /// croupier). The title reads without it, and without the brand named before it; when that names no job, as the
    /// dealership's workshop ("monteur garage"); either no surer than a label in a title. A compound named alone
    /// ("autodealer") names no job of a WSP's; a title at a gaming table ("dealer Holland Casino", "blackjack dealer")
    /// stays the croupier's.
    /// </summary>
    private bool NamesDealership(string text, string key, out OccupationMatch? reading)
    {
        reading = null;
        // Most titles name no dealer: the plain search keeps the expressions off the normaliser's hot path.
        if (!key.Contains("dealer", StringComparison.Ordinal) || !DealershipWord().IsMatch(key)
            || (!key.Contains(' ') && key.StartsWith("dealer", StringComparison.Ordinal)) || GamingWords().IsMatch(key))
            return false;
        // A capitalised word before the dealer is its brand ("Kia dealer"), unless it is a job's word ("Monteur dealer").
        var without = DealershipWithBrand().Replace(text, m => m.Groups["brand"] is { Success: true } brand
            && _labelWords.Contains(Key(brand.Value)) ? brand.Value + " " : " ");
        if (!string.IsNullOrWhiteSpace(Key(without))
            && (Normalise(without) ?? Normalise(string.Concat(without.TrimEnd(), " garage"))) is { } read)
            reading = AsLabelInTitle(read);
        return true;
    }

    [GeneratedRegex(@"\b\p{L}*dealer\b")]
    private static partial Regex DealershipWord();

    [GeneratedRegex(@"\b(?:casino|blackjack|poker|roulette|speelhal|speelautomaten|kaarttafel)")]
    private static partial Regex GamingWords();

    /// <summary>The dealer's word, a word written with a capital before it ("Kia dealer", "DAF-dealer"), and "bij (een)" before both.</summary>
    [GeneratedRegex(@"(?:\b(?:bij|van|voor)\s+(?:een\s+|de\s+)?)?(?:\b(?<brand>\p{Lu}[\p{L}\p{N}]*)(?:\s+|-))?\b\p{L}*(?i:dealer)\b")]
    private static partial Regex DealershipWithBrand();
}
