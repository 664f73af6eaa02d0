namespace Matching.Domain.Occupations;

/// <summary>Two-word titles that name a worker and what they work on (see <see cref="WorkerOfObject"/>).</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>
    /// A two-word title that names a worker and then what the work is on is the compound Dutch also writes for it
    /// ("machinist goederentreinen": a goederentreinmachinist, a treinmachinist; "machinist bovenloopkraan": a
    /// kraanmachinist), and a compound in such a title narrows the label its own last part is in ("machinist
    /// rupsgraafmachine": a machinist graafmachine). Read before a word inside the title is read on its own, which for a
    /// word like "machinist" (a ship's engineer in ESCO) names other work. Only labels longer than the worker word count.
    /// </summary>
    private OccupationMatch? WorkerOfObject(ReadOnlySpan<char> worker, ReadOnlySpan<char> work)
    {
        if (worker.Length < MinModifierLength || work.Length < MinModifierLength || worker.Length + work.Length + 1 > MaxWordLetters
            || IsGeneric(worker) || !IsLabel(worker))
            return null;
        Span<char> phrase = stackalloc char[worker.Length + 1 + work.Length];
        worker.CopyTo(phrase);
        phrase[worker.Length] = ' ';
        // "machinist rupsgraafmachine": the compound's last part in the worker's label.
        for (var i = MinModifierLength; work.Length - i >= MinModifierLength + 1; i++)
        {
            work[i..].CopyTo(phrase[(worker.Length + 1)..]);
            if (Exact(phrase[..(worker.Length + 1 + work.Length - i)], 0.75, 0.7, OccupationSource.LabelInTitle, OccupationSource.LabelInTitle) is { } narrowed)
                return narrowed;
        }
        // "machinist goederentreinen": the thing worked on (in the singular) joined to the worker, then the longest label ending that.
        Span<char> compound = stackalloc char[work.Length + 1 + worker.Length];
        Span<int> plurals = [0, 0, 0];
        var forms = 1;
        if (work.Length > 5 && work.EndsWith("en")) plurals[forms++] = 2;
        if (work.Length > 4 && work.EndsWith('s')) plurals[forms++] = 1;
        foreach (var plural in plurals[..forms])
            foreach (var link in (ReadOnlySpan<string>)["", "s"])
            {
                var thing = work[..^plural];
                thing.CopyTo(compound);
                link.AsSpan().CopyTo(compound[thing.Length..]);
                worker.CopyTo(compound[(thing.Length + link.Length)..]);
                var length = thing.Length + link.Length + worker.Length;
                for (var i = 0; length - i > worker.Length; i++)
                    if ((i == 0 || (i >= MinModifierLength && !IsVerbPrefix(compound[..i])))
                        && Exact(compound[i..length], 0.75, 0.7, OccupationSource.LabelInTitle, OccupationSource.LabelInTitle) is { } joined)
                        return joined;
            }
        return null;
    }
}
