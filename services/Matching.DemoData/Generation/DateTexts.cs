using System.Globalization;

namespace Matching.DemoData.Generation;

/// <summary>
/// "yyyy-MM-dd" texts for every day around the reference date, formatted once: formatting a date per certificate
/// would dominate the cost of generating a million profiles.
/// </summary>
internal sealed class DateTexts
{
    public const int MaxDaysBack = 30 * 366;
    public const int MaxDaysForward = 2 * 366;

    private readonly string[] _texts = new string[MaxDaysBack + MaxDaysForward + 1];

    public DateTexts(DateOnly today)
    {
        for (var offset = -MaxDaysBack; offset <= MaxDaysForward; offset++)
            _texts[offset + MaxDaysBack] = today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public string DaysAgo(int days) => _texts[MaxDaysBack - Math.Clamp(days, 0, MaxDaysBack)];

    public string DaysAhead(int days) => _texts[MaxDaysBack + Math.Clamp(days, 0, MaxDaysForward)];
}
