using System.Globalization;
using Matching.Domain.Common;

namespace Matching.Weekdate;

/// <summary>
/// How the list writes values, on the page and in the CSV: the same way in every culture the host runs in (so the same
/// list gives the same bytes), codes as people say them, times on the Amsterdam clock. The page's components encode what
/// these return.
/// </summary>
internal static class Dutch
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>A code (VacancyKind.Regular) as people say it ("reguliere baan"); anything else as invariant text.</summary>
    public static string Of(object? value) =>
        value is Enum code ? DutchLabels.Of(code) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    /// <summary>A score (0-100) with one decimal, written the Dutch way ("87,3"), on the page and in the CSV alike.</summary>
    public static string Score(double score) => score.ToString("0.0", Culture);

    public static string Plural(int n, string one, string many) => n == 1 ? one : many;

    public static string Time(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("dd-MM-yyyy HH:mm", Culture);
}
