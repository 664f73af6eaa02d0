using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Matching.Domain.Geo;

/// <summary>
/// Geocodes Dutch postcodes to the centroid of their 4-digit area (PC4). Only the PC4 is kept:
/// a full postcode (PC6) narrows a home address to a street, which the matching index does not need.
/// Data: GeoNames (CC BY 4.0), see Geo/Data/ATTRIBUTION.md.
/// </summary>
public sealed partial class PostcodeGazetteer
{
    private readonly FrozenDictionary<string, PostcodeArea> _areas;

    private PostcodeGazetteer(FrozenDictionary<string, PostcodeArea> areas) => _areas = areas;

    public static PostcodeGazetteer Netherlands { get; } = LoadEmbedded();

    public IReadOnlyCollection<PostcodeArea> Areas => _areas.Values;

    /// <summary>Normalises "7721 ab", "7721AB" or "7721" to "7721"; null when it is not a Dutch postcode.</summary>
    public static string? ToPc4(string? postcode)
    {
        if (postcode is null) return null;
        var match = PostcodePattern().Match(postcode.Trim());
        return match.Success ? match.Groups["pc4"].Value : null;
    }

    public PostcodeArea? Find(string? postcode) =>
        ToPc4(postcode) is { } pc4 && _areas.TryGetValue(pc4, out var area) ? area : null;

    public IEnumerable<PostcodeArea> InMunicipality(string municipalityCode) =>
        _areas.Values.Where(a => a.MunicipalityCode == municipalityCode).OrderBy(a => a.Pc4, StringComparer.Ordinal);

    private static PostcodeGazetteer LoadEmbedded()
    {
        using var stream = typeof(PostcodeGazetteer).Assembly.GetManifestResourceStream("nl-pc4-geonames.tsv")
            ?? throw new InvalidOperationException("The embedded PC4 gazetteer is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var areas = new Dictionary<string, PostcodeArea>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // country, pc4, place, province, province code, gemeente, CBS code, -, -, lat, lon, accuracy
            var f = line.Split('\t');
            if (f.Length < 11 || areas.ContainsKey(f[1])) continue;
            var point = new GeoPoint(double.Parse(f[9], CultureInfo.InvariantCulture), double.Parse(f[10], CultureInfo.InvariantCulture));
            areas[f[1]] = new PostcodeArea(f[1], f[2], f[5], "GM" + f[6], point);
        }
        return new PostcodeGazetteer(areas.ToFrozenDictionary(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^(?<pc4>[1-9][0-9]{3})\s?(?<letters>[A-Za-z]{2})?$")]
    private static partial Regex PostcodePattern();
}
