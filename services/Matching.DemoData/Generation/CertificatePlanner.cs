using Matching.Domain.Candidates;
using Matching.Domain.Common;

namespace Matching.DemoData.Generation;

/// <summary>
/// Decides which certificates a candidate holds, from their work experience and category, with issue dates in the
/// past. Some are old enough to have expired (VCA after 10 years, BHV after one), as in real case files.
/// </summary>
internal sealed class CertificatePlanner(DateTexts dates)
{
    private const int Year = 365;

    private readonly List<CertificateInput?> _held = new(8);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    public IReadOnlyList<CertificateInput?> Plan(DemoRandom random, CategoryGroup group, ReadOnlySpan<Branche> experience)
    {
        _held.Clear();
        _codes.Clear();
        var seen = 0;
        foreach (var branche in experience)
        {
            if ((seen & (1 << (int)branche)) != 0) continue;
            seen |= 1 << (int)branche;
            ForBranche(random, branche);
        }
        // Municipalities send Werkfit clients to short VCA and forklift courses, whatever their past work.
        if (group == CategoryGroup.Werkfit && random.Chance(0.2)) Add(random, "VCA_BASIS", 0, 8 * Year);
        if (group == CategoryGroup.Werkfit && random.Chance(0.1)) Add(random, "HEFTRUCK", 0, 8 * Year);
        if (random.Chance(CandidateTables.DrivingLicenceShare[(int)group]) && !_codes.Contains("RIJBEWIJS_C") && !_codes.Contains("RIJBEWIJS_CE"))
            Add(random, "RIJBEWIJS_B", 0, random.Chance(0.1) ? 12 * Year : 10 * Year);
        if (random.Chance(0.05)) Add(random, "BHV", 0, 3 * Year);
        return _held.Count == 0 ? [] : _held.ToArray();
    }

    private void ForBranche(DemoRandom random, Branche branche)
    {
        switch (branche)
        {
            case Branche.Bouw:
                Vca(random, basis: 0.55, vol: 0.12);
                break;
            case Branche.Metaal:
                Vca(random, basis: 0.5, vol: 0.08);
                break;
            case Branche.Productie:
                Vca(random, basis: 0.3, vol: 0);
                break;
            case Branche.Logistiek:
                if (random.Chance(0.55)) Add(random, "HEFTRUCK", 0, 15 * Year);
                if (random.Chance(0.2)) Add(random, "REACHTRUCK", 0, 15 * Year);
                Vca(random, basis: 0.2, vol: 0);
                break;
            case Branche.Voedingsindustrie:
                if (random.Chance(0.5)) Add(random, "HACCP", 0, 10 * Year);
                break;
            case Branche.Horeca:
                if (random.Chance(0.45)) Add(random, "HACCP", 0, 10 * Year);
                if (random.Chance(0.15)) Add(random, "SVH_SOCIALE_HYGIENE", 0, 15 * Year);
                break;
            case Branche.Transport:
                Licences(random);
                break;
            case Branche.Zorg:
                if (random.Chance(0.25)) Add(random, "EHBO", 0, 4 * Year);
                if (random.Chance(0.15)) Add(random, "BHV", 0, 3 * Year);
                break;
            case Branche.Facilitair:
                if (random.Chance(0.35)) Add(random, "BHV", 0, 3 * Year);
                if (random.Chance(0.15)) Add(random, "EHBO", 0, 4 * Year);
                break;
            case Branche.Groen:
                Vca(random, basis: 0.2, vol: 0);
                break;
        }
    }

    /// <summary>Issued up to 13 years ago, so roughly a quarter has passed its 10-year validity.</summary>
    private void Vca(DemoRandom random, double basis, double vol)
    {
        var roll = random.NextDouble();
        if (roll < vol) Add(random, "VCA_VOL", 0, 13 * Year);
        else if (roll < vol + basis) Add(random, "VCA_BASIS", 0, 13 * Year);
    }

    /// <summary>Professional drivers hold C or CE with code 95 (both renewed every 5 years); couriers only B.</summary>
    private void Licences(DemoRandom random)
    {
        var roll = random.NextDouble();
        if (roll < 0.4) Add(random, "RIJBEWIJS_C", 0, 6 * Year);
        else if (roll < 0.65) Add(random, "RIJBEWIJS_CE", 0, 6 * Year);
        else
        {
            Add(random, "RIJBEWIJS_B", 0, 10 * Year);
            return;
        }
        if (random.Chance(0.8)) Add(random, "CODE_95", 0, 6 * Year);
    }

    private void Add(DemoRandom random, string code, int minDaysAgo, int maxDaysAgo)
    {
        if (!_codes.Add(code)) return;
        _held.Add(new CertificateInput(code, dates.DaysAgo(random.Next(minDaysAgo + 14, maxDaysAgo)), null));
    }
}
