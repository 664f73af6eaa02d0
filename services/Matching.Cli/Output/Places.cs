using Matching.Domain.Geo;
using Matching.Domain.Parties;

namespace Matching.Cli.Output;

/// <summary>Readable names for municipality codes and postcodes, falling back to the code itself.</summary>
public static class Places
{
    public static string Municipality(string code) =>
        PartyDirectory.RegionZwolleDefault.Find(code) is { } party ? $"{party.Name} ({code})" : code;

    public static string Postcode(string? pc4) =>
        PostcodeGazetteer.Netherlands.Find(pc4) is { } area ? $"{area.Pc4} {area.Place}" : pc4 ?? "";
}
