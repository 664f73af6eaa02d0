using System.Text.Encodings.Web;
using System.Text.Unicode;
using Matching.Weekdate.Html;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matching.Weekdate;

/// <summary>
/// The list as one self-contained HTML page (inline CSS, no scripts, no external resources): large type for a
/// projector, print styles for paper, Dutch labels, pseudonymous references only. The page is the Razor components in
/// <c>Html/</c> (<see cref="WeekdatePage"/>), rendered to a string outside any request by <see cref="HtmlRenderer"/>,
/// which encodes every value.
/// </summary>
public static class WeekdateHtml
{
    public const string NewVacanciesHeading = "Nieuwe vacatures";
    public const string CandidatesHeading = "Nieuwe en gewijzigde kandidaten";
    public const string NearMissesHeading = "Bijna-matches";
    public const string MismatchHeading = "Mismatch";
    public const string FollowUpHeading = "Opvolging";

    /// <summary>
    /// What the renderer resolves, built once and only read afterwards. The encoder still escapes what HTML needs
    /// escaped (&lt; &gt; &amp; quotes) but leaves letters like é and → as they are: the default one writes every
    /// non-ASCII character as an entity, which makes a Dutch page bigger and harder to read as source.
    /// </summary>
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    public static async Task<string> RenderAsync(WeekdateList list, string reference)
    {
        // A renderer per page: it keeps every component it rendered until it is disposed.
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(WeekdatePage.List)] = list,
                [nameof(WeekdatePage.Reference)] = reference,
            });
            var page = await renderer.RenderComponentAsync<WeekdatePage>(parameters);
            return page.ToHtmlString();
        });
    }
}
