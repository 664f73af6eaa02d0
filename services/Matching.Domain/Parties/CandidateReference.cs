using System.Text.RegularExpressions;

namespace Matching.Domain.Parties;

/// <summary>
/// The canonical form of a candidate reference: the owning party's prefix, a hyphen and 1-60 letters, digits,
/// '.', '_' or '-' ("DAL-000123"), exactly as sent (no surrounding whitespace). Pseudonymous: never a BSN or a name.
/// </summary>
public static partial class CandidateReference
{
    public const string Rule = "must be the owning municipality's three-letter prefix, '-' and 1-60 letters, digits, '.', '_' or '-' (e.g. DAL-000123).";

    [GeneratedRegex("^[A-Z]{3}-[A-Za-z0-9._-]{1,60}$")]
    public static partial Regex Pattern();

    /// <summary>The one reference check (validators, endpoints, outcomes): a BSN sent by mistake is named as such.</summary>
    public static string Check(Validation.FieldChecks check, string field, string? value)
    {
        if (value is not null && Candidates.CandidateValidator.LooksLikeBsn(value.Trim()))
        {
            check.Add(field, "looks like a BSN; send the pseudonymous reference from the case system, never a BSN.");
            return value;
        }
        return check.Canonical(field, value, Pattern(), Rule);
    }

    public static string PrefixOf(string reference) => reference.Length > 3 && reference[3] == '-' ? reference[..3] : "";

    /// <summary>The party whose namespace <paramref name="reference"/> lies in, or null (unknown prefix, not canonical).</summary>
    public static Party? NamespaceOwner(this PartyDirectory parties, string reference) =>
        Pattern().IsMatch(reference) ? parties.All.FirstOrDefault(p => p.ReferencePrefix == PrefixOf(reference)) : null;
}
