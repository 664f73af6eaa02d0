using Matching.Domain.Geo;
using Matching.Domain.Parties;

namespace Matching.DemoData.Generation;

/// <summary>
/// The municipalities to generate for, each with its weight (population), reference prefix and real PC4 areas,
/// precomputed so that picking a home or workplace costs an array lookup.
/// </summary>
internal sealed class MunicipalityPool
{
    /// <summary>Dalfsen with its subregional partners and Zwolle, the region's centre.</summary>
    public static readonly string[] DefaultCodes = ["GM0148", "GM0175", "GM0160", "GM0177", "GM0193"];

    // Inhabitants (CBS, rounded, 2023): weights so that Zwolle supplies most candidates and vacancies.
    private static readonly Dictionary<string, int> Inhabitants = new(StringComparer.Ordinal)
    {
        ["GM0148"] = 29_000, ["GM0175"] = 18_500, ["GM0160"] = 61_500, ["GM0177"] = 38_000, ["GM0193"] = 132_000,
        ["GM0166"] = 55_000, ["GM0244"] = 12_500, ["GM0246"] = 18_500, ["GM0269"] = 24_000, ["GM1896"] = 23_000,
        ["GM0180"] = 17_500, ["GM1708"] = 44_500, ["GM0119"] = 35_000, ["GM1701"] = 20_000,
    };

    private readonly WeightedTable<int> _weighted;

    public MunicipalityPool(IReadOnlyList<string>? codes, PartyDirectory parties, PostcodeGazetteer gazetteer)
    {
        codes ??= DefaultCodes;
        if (codes.Count == 0) throw new ArgumentException("At least one municipality code is needed.", nameof(codes));
        Codes = codes.ToArray();
        Prefixes = new string[Codes.Length];
        Postcodes = new string[Codes.Length][];
        for (var i = 0; i < Codes.Length; i++)
        {
            var party = parties.Find(Codes[i]);
            if (party is not { IsMunicipality: true })
                throw new ArgumentException($"'{Codes[i]}' is not a municipality of the region.", nameof(codes));
            Prefixes[i] = party.ReferencePrefix;
            Postcodes[i] = gazetteer.InMunicipality(Codes[i]).Select(a => a.Pc4).ToArray();
            if (Postcodes[i].Length == 0)
                throw new ArgumentException($"The gazetteer has no postcodes for '{Codes[i]}'.", nameof(codes));
        }
        _weighted = new WeightedTable<int>(Codes.Select((c, i) => (i, (double)Inhabitants.GetValueOrDefault(c, 25_000))).ToArray());
        Parties = parties;
    }

    public string[] Codes { get; }

    /// <summary>Three letters per municipality for pseudonymous references ("DAL-000123").</summary>
    public string[] Prefixes { get; }

    public string[][] Postcodes { get; }

    public PartyDirectory Parties { get; }

    public int PickIndex(DemoRandom random) => _weighted.Pick(random);

    public string PickPostcode(int index, DemoRandom random) => random.Pick(Postcodes[index]);
}
