namespace Matching.Domain.Occupations;

/// <summary>Two-word titles that are one compound written apart or turned around (see <see cref="TwoWordCompound"/>).</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>
    /// A two-word title that is a compound Dutch writes as one word: written apart ("tandarts assistente": the
    /// tandartsassistente, not the dentist), or a worker and then what the work is on ("machinist goederentreinen": a
    /// goederentreinmachinist, so a treinmachinist; "assistente tandarts"; "machinist bovenloopkraan": a kraanmachinist),
    /// or a worker's label with a compound naming its thing more narrowly ("machinist rupsgraafmachine": a machinist
    /// graafmachine). Read before a word inside the title is read on its own, which names the professional assisted or,
    /// for a word like "machinist" (a ship's engineer in ESCO), other work. Only labels longer than the worker's word count.
    /// </summary>
    private OccupationMatch? TwoWordCompound(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length < MinModifierLength || second.Length < MinModifierLength || first.Length + second.Length + 2 > MaxWordLetters) return null;
        Span<char> joined = stackalloc char[first.Length + second.Length];
        first.CopyTo(joined);
        second.CopyTo(joined[first.Length..]);
        if (Exact(joined, 0.75, 0.7, OccupationSource.LabelInTitle, OccupationSource.LabelInTitle) is { } apart) return apart;
        // ... also with a letter wrong ("tandarts assisstente"), when a word is no word of any label.
        if (joined.Length >= SpellingVariants.MinTypoLength && !(_labelWords.Contains(first) && _labelWords.Contains(second))
            && Typo(joined.ToString()) is { } mended)
            return AsOtherSpelling(mended);
        return IsGeneric(first) ? null : WorkerOfObject(first, second);
    }

    private OccupationMatch? WorkerOfObject(ReadOnlySpan<char> worker, ReadOnlySpan<char> work)
    {
        var workerIsLabel = IsLabel(worker);
        Span<char> phrase = stackalloc char[worker.Length + 1 + work.Length];
        worker.CopyTo(phrase);
        phrase[worker.Length] = ' ';
        // "machinist rupsgraafmachine": the compound's last part in the worker's label.
        for (var i = MinModifierLength; workerIsLabel && work.Length - i >= MinModifierLength + 1; i++)
        {
            work[i..].CopyTo(phrase[(worker.Length + 1)..]);
            if (Exact(phrase[..(worker.Length + 1 + work.Length - i)], 0.75, 0.7, OccupationSource.LabelInTitle, OccupationSource.LabelInTitle) is { } narrowed)
                return narrowed;
        }
        // "machinist goederentreinen": the thing worked on (also in the singular) joined to the worker, then the longest
        // label ending that; a worker word that is no label of its own ("assistente") only as the whole compound.
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
                for (var i = 0; length - i > worker.Length && (i == 0 || workerIsLabel); i++)
                    if ((i == 0 || (i >= MinModifierLength && !IsVerbPrefix(compound[..i])))
                        && Exact(compound[i..length], 0.75, 0.7, OccupationSource.LabelInTitle, OccupationSource.LabelInTitle) is { } joined)
                        return joined;
            }
        return null;
    }
}
