namespace Matching.Domain.Occupations;

/// <summary>
/// How much of the work a vacancy's title names a candidate's occupation text names too, word for word (other order,
/// written together or apart, another ending): for the titles and texts ESCO does not know, so a "medewerker industriële
/// reiniging" still stands out for an "Industrieel reiniger" vacancy, an "AGF medewerker" for a "Medewerker AGF" and
/// "orderpicken koelcel" for an Orderpicker.
/// </summary>
public static class TitleLikeness
{
    /// <summary>
    /// The share of the vacancy's work words (<see cref="OccupationNormaliser.WorkWords"/>) the occupation text has, for
    /// the job of the title it has most of: 1 for all of them, 0 for none. A word counts when it or what it names as a
    /// compound is alike one of the text's words (or what they name), or begins or ends one of them; half when a word of
    /// the text of five letters or more begins it ("bowling" of "bowlingcentrum").
    /// </summary>
    public static double Of(string[][][] vacancy, string[][][] held)
    {
        var best = 0.0;
        foreach (var side in vacancy)
        {
            var covered = 0.0;
            foreach (var forms in side)
                covered += Has(held, forms) ? 1 : Begins(held, forms[0]) ? 0.5 : 0;
            best = Math.Max(best, covered / side.Length);
        }
        return best;
    }

    private static bool Has(string[][][] held, string[] forms)
    {
        foreach (var side in held)
            foreach (var heldForms in side)
                foreach (var heldForm in heldForms)
                    foreach (var form in forms)
                        if (Covers(heldForm, form) || (heldForm.Contains('y') && Covers(heldForm.Replace("y", "ij", StringComparison.Ordinal), form)))
                            return true;
        return false;
    }

    /// <summary>A word of the text begins the title's compound ("bowling" of "bowlingcentrum"): part of the work it names.</summary>
    private static bool Begins(string[][][] held, string word)
    {
        foreach (var side in held)
            foreach (var heldForms in side)
                if (heldForms[0].Length >= 5 && word.Length > heldForms[0].Length + 2 && word.StartsWith(heldForms[0], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The candidate's word is the vacancy's, alike, or a compound that ends or begins with it ("groentesnijderij" has
    /// "snijderij" and "groente"; "byrijder" is read with ij).
    /// </summary>
    private static bool Covers(string heldForm, string form) =>
        Alike(form, heldForm)
        || (form.Length >= 5 && heldForm.Length > form.Length
            && (heldForm.EndsWith(form, StringComparison.Ordinal) || heldForm.StartsWith(form, StringComparison.Ordinal)));

    /// <summary>
    /// The same word, or the same stem with another ending of at most three letters (reiniger, reiniging; facilitair,
    /// facilitaire). A stem of five letters only with an ending of at most one letter on one side: "centrale" and
    /// "centrum" are two words.
    /// </summary>
    internal static bool Alike(string a, string b)
    {
        if (a == b) return true;
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common]) common++;
        if (common < 5 || common < Math.Max(a.Length, b.Length) - 3) return false;
        return common >= 6 || Math.Min(a.Length, b.Length) - common <= 1;
    }
}
