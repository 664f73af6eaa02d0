using System.Security.Cryptography;
using System.Text;

namespace Matching.Weekdate;

/// <summary>A list's stable reference: party, week and a hash of its content, so the same data gives the same reference.</summary>
public static class WeekdateReference
{
    public static string Of(string party, IsoWeek week, string csv)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{party}\n{week}\n{csv}"));
        return $"WD-{party}-{week}-{Convert.ToHexStringLower(hash)[..12]}";
    }
}
