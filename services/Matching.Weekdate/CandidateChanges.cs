using Matching.Domain.Certificates;

namespace Matching.Weekdate;

/// <summary>What changed in a candidate since the last weekdate that saw them, in the meeting's words.</summary>
public static class CandidateChanges
{
    public const string NewlyRegistered = "nieuw ingeschreven";

    /// <summary>Empty when nothing the weekdate discusses changed (a new address or portfolio text is not a topic).</summary>
    public static IReadOnlyList<string> Between(CandidateSnapshot? previous, CandidateSnapshot current)
    {
        if (previous is null) return [NewlyRegistered];
        var changes = new List<string>();
        if (IsWerkfit(current.Category) && !IsWerkfit(previous.Category)) changes.Add("naar Werkfit");
        if (current.ClientGroup == "DirectWerk" && previous.ClientGroup != "DirectWerk") changes.Add("naar Direct werk");
        if (current.Step > previous.Step) changes.Add($"trede {previous.Step} → {current.Step}");
        foreach (var code in current.Certificates.Except(previous.Certificates, StringComparer.Ordinal))
            changes.Add($"nieuw certificaat: {CertificateCatalogue.DutchName(code)}");
        return changes;
    }

    private static bool IsWerkfit(string? category) => category?.StartsWith("Werkfit", StringComparison.Ordinal) == true;
}
