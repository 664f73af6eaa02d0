using System.Collections.Frozen;

namespace Matching.Domain.Certificates;

/// <summary>The certificates and licences employers in the WSP sectors ask for.</summary>
public static class CertificateCatalogue
{
    private static readonly FrozenDictionary<string, CertificateDefinition> Definitions = new CertificateDefinition[]
    {
        // VCA diplomas are valid for 10 years; VOL (for operational leaders) includes the Basis exam.
        new("VCA_BASIS", "VCA Basis", [], 10),
        new("VCA_VOL", "VCA VOL", ["VCA_BASIS"], 10),
        new("VCA_VIL", "VCA VIL (uitzendkrachten)", ["VCA_BASIS"], 10),
        // Forklift certificates have no legal expiry; employers ask for a refresher themselves.
        new("HEFTRUCK", "Heftruckcertificaat", [], null),
        new("REACHTRUCK", "Reachtruckcertificaat", [], null),
        new("BHV", "Bedrijfshulpverlening (BHV)", [], 1),
        new("EHBO", "EHBO-diploma", [], 2),
        new("HACCP", "HACCP hygiënecode", [], null),
        new("SVH_SOCIALE_HYGIENE", "SVH Sociale Hygiëne", [], null),
        // Driving licences: C implies B, CE implies C (and so B). Licences run 10 years (C/CE: 5).
        new("RIJBEWIJS_B", "Rijbewijs B", [], 10),
        new("RIJBEWIJS_C", "Rijbewijs C", ["RIJBEWIJS_B"], 5),
        new("RIJBEWIJS_CE", "Rijbewijs CE", ["RIJBEWIJS_C"], 5),
        // Code 95 (vakbekwaamheid beroepschauffeur) needs renewal every 5 years.
        new("CODE_95", "Code 95", [], 5),
    }.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>
    /// Each known code with everything it implies, in the order <see cref="WithImplied"/> walks them: computed once,
    /// because <see cref="Effective"/> runs for every candidate a ranking re-checks.
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> Closures =
        Definitions.Keys.ToFrozenDictionary(code => code, code => WithImplied(code).ToArray(), StringComparer.Ordinal);

    public static IReadOnlyCollection<CertificateDefinition> All => Definitions.Values;

    public static bool IsKnown(string? code) => code is not null && Definitions.ContainsKey(code);

    public static CertificateDefinition Get(string code) =>
        Definitions.TryGetValue(code, out var definition)
            ? definition
            : throw new KeyNotFoundException($"Unknown certificate code '{code}'.");

    public static string DutchName(string code) => Definitions.TryGetValue(code, out var d) ? d.DutchName : code;

    /// <summary>
    /// The certificates a person effectively holds: each held certificate plus everything it implies (transitively),
    /// with the date until which each is valid (null = does not expire): an implied code keeps its own validity period
    /// (licence CE: C and CE 5 years, the implied B 10). Where several imply the same code, the latest validity wins.
    /// </summary>
    public static IReadOnlyDictionary<string, DateOnly?> Effective(IEnumerable<HeldCertificate> held)
    {
        var result = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var certificate in held)
        {
            foreach (var code in Closures.TryGetValue(certificate.Code, out var closure) ? closure : [certificate.Code])
            {
                var validUntil = certificate.ValidUntilAs(code);
                if (!result.TryGetValue(code, out var existing) || Later(validUntil, existing))
                    result[code] = validUntil;
            }
        }
        return result;
    }

    /// <summary>True when the effective certificates hold <paramref name="code"/> valid on <paramref name="date"/>.</summary>
    public static bool Holds(IReadOnlyDictionary<string, DateOnly?> effective, string code, DateOnly date) =>
        effective.TryGetValue(code, out var until) && (until is null || until.Value >= date);

    /// <summary>
    /// <see cref="Holds(IReadOnlyDictionary{string, DateOnly?}, string, DateOnly)"/> straight from the held certificates,
    /// without building the effective set: a ranking checks every candidate of its window, and the set is a dictionary
    /// per candidate. Held when any certificate implies <paramref name="code"/> and is valid for it on <paramref name="date"/>.
    /// </summary>
    public static bool Holds(IReadOnlyList<HeldCertificate> held, string code, DateOnly date)
    {
        for (var i = 0; i < held.Count; i++)
        {
            var certificate = held[i];
            var implied = Closures.TryGetValue(certificate.Code, out var closure)
                ? Array.IndexOf(closure, code) >= 0
                : string.Equals(certificate.Code, code, StringComparison.Ordinal);
            if (!implied) continue;
            var until = certificate.ValidUntilAs(code);
            if (until is null || until.Value >= date) return true;
        }
        return false;
    }

    private static IEnumerable<string> WithImplied(string code)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next)) continue;
            yield return next;
            if (Definitions.TryGetValue(next, out var definition))
                foreach (var implied in definition.Implies) pending.Push(implied);
        }
    }

    private static bool Later(DateOnly? candidate, DateOnly? existing) =>
        existing is not null && (candidate is null || candidate > existing);
}
