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
            {
                var has = Coverage(held, forms);
                covered += has > 0 ? has : Begins(held, forms[0]) ? 0.5 : 0;
            }
            best = Math.Max(best, covered / side.Length);
        }
        return best;
    }

    /// <summary>
    /// 1 when the text has the title's word (or the work before its staff word); when it has only the head of the
    /// title's compound, 1 if as a word of its own or the work of its staff word ("reiniger" for "tankreiniger",
    /// "kwekerijmedewerker" for "boomkwekerij") and half when it heads another compound: "scanstraat" and "milieustraat"
    /// share a head, not the work.
    /// </summary>
    private static double Coverage(string[][][] held, string[] forms)
    {
        var best = 0.0;
        foreach (var side in held)
            foreach (var heldForms in side)
                for (var j = 0; j < heldForms.Length; j++)
                {
                    var heldForm = heldForms[j];
                    for (var i = 0; i < forms.Length; i++)
                    {
                        if (!Covers(heldForm, forms[i]) && !(heldForm.Contains('y') && Covers(heldForm.Replace("y", "ij", StringComparison.Ordinal), forms[i])))
                            continue;
                        if (!IsHead(forms, i) || (Alike(forms[i], heldForm) && !IsHead(heldForms, j))) return 1;
                        best = 0.5;
                    }
                }
        return best;
    }

    /// <summary>Whether the form is the head of its compound ("straat" of "milieustraat"), not the word or the work before a staff word.</summary>
    private static bool IsHead(string[] forms, int i) => i > 0 && forms[0].EndsWith(forms[i], StringComparison.Ordinal);

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
