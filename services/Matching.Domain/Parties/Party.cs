namespace Matching.Domain.Parties;

/// <summary>
/// An organisation that owns candidates or asks for rankings: a municipality (gemeente, code "GM" + CBS code)
/// or a partner such as UWV. Subregion and region decide what a candidate's sharing consent covers.
/// </summary>
public sealed record Party(string Code, string Name, string Subregion, string Region)
{
    public bool IsMunicipality => Code.StartsWith("GM", StringComparison.Ordinal);
}
