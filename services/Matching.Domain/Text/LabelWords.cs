namespace Matching.Domain.Text;

/// <summary>Splits a label or title into lower-case words: runs of letters (hyphens and other marks separate words).</summary>
public static partial class LabelWords
{
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>
    /// The words of <paramref name="labels"/> that <paramref name="text"/> does not have, each once, in order, joined by
    /// spaces: what ESCO's labels add to a title or occupation text ("magazijnier" + magazijnmedewerker →
    /// "magazijnmedewerker"; "monteur elektrische installaties" + its own label → ""), so a text that already names the
    /// occupation does not count its words twice.
    /// </summary>
    public static string Beyond(string? text, IEnumerable<string> labels)
    {
        // Indexing builds this for every work experience: a label equal to the text (the common case) costs no set.
        var own = text.AsSpan().Trim();
        HashSet<string>? seen = null;
        System.Text.StringBuilder? added = null;
        foreach (var label in labels)
        {
            if (label.AsSpan().Trim().Equals(own, StringComparison.OrdinalIgnoreCase)) continue;
            seen ??= new HashSet<string>(text is null ? [] : Of(text), StringComparer.Ordinal);
            foreach (var word in Of(label))
                if (seen.Add(word)) (added is null ? added = new() : added.Append(' ')).Append(word);
        }
        return added?.ToString() ?? "";
    }

    /// <summary>
    /// A label or title as a lookup key: lower case, single spaces, without gender markers ("(m/v)") and surrounding
    /// punctuation. Here, not on the normaliser, so the catalogue can use it while the normaliser is not built yet.
    /// </summary>
    public static string Key(string text) => WithoutAccents(string.Join(' ', Of(WithoutGenderMarkers(text)).Where(w => w.Length > 0)));

    /// <summary>
    /// The key without accents and diaereses ("caissière", "coördinator", "financiële" as "caissiere", "coordinator",
    /// "financiele"): people type job titles without them, and no two labels differ by them alone.
    /// </summary>
    internal static string WithoutAccents(string key)
    {
        var plain = true;
        foreach (var c in key)
            if (c > 0x7f) { plain = false; break; }
        if (plain) return key;
        var decomposed = key.Normalize(System.Text.NormalizationForm.FormD);
        var folded = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>
    /// The text without the gender markers of a vacancy title ("(m/v)", "m/v/x", "v/m") and without the other form's
    /// ending written after a slash ("gastvrouw/-heer", "medewerker/-ster").
    /// </summary>
    public static string WithoutGenderMarkers(string text)
    {
        var plain = text.Replace("m/v/x", " ").Replace("m/v", " ").Replace("v/m", " ");
        return plain.Contains("/-", StringComparison.Ordinal) ? OtherFormEnding().Replace(plain, " ") : plain;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/-\p{L}+")]
    private static partial System.Text.RegularExpressions.Regex OtherFormEnding();
}
