namespace Matching.Domain.Parties;

/// <summary>
/// An organisation that owns candidates or asks for rankings: a municipality (gemeente, code "GM" + CBS code)
/// or a partner such as UWV. Subregion and region decide what a candidate's sharing consent covers.
/// </summary>
public sealed record Party(string Code, string Name, string Subregion, string Region)
{
    public bool IsMunicipality => Code.StartsWith("GM", StringComparison.Ordinal);

    /// <summary>
    /// The namespace of this party's candidate references ("DAL" for Dalfsen: "DAL-000123"): the first three letters
    /// of its name. A reference names its owner, so a write to another party's namespace is refused without looking
    /// the reference up (nothing about its existence leaks).
    /// </summary>
    public string ReferencePrefix { get; } = new string(Name.Where(char.IsAsciiLetter).ToArray()).ToUpperInvariant() is { Length: >= 3 } letters
        ? letters[..3] : Code.ToUpperInvariant();
}
