using System.Globalization;
using System.Net;
using System.Text;
using Matching.Domain.Common;

namespace Matching.Weekdate;

/// <summary>
/// The list as one self-contained HTML page (inline CSS, no scripts, no external resources): large type for a
/// projector, print styles for paper, Dutch labels, pseudonymous references only. Every value is HTML-encoded.
/// </summary>
public static class WeekdateHtml
{
    public const string NewVacanciesHeading = "Nieuwe vacatures";
    public const string CandidatesHeading = "Nieuwe en gewijzigde kandidaten";
    public const string NearMissesHeading = "Bijna-matches";
    public const string MismatchHeading = "Mismatch";
    public const string FollowUpHeading = "Opvolging";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Render(WeekdateList list, string reference)
    {
        var html = new StringBuilder();
        var s = list.Summary;
        var title = $"Weekdate {list.PartyName} · week {list.Week.Week} ({list.Week})";
        html.Append($"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <header>
            <h1>{E(title)}</h1>
            <p class="meta">Lijst {E(reference)} · gegenereerd {E(TimeZoneInfo.ConvertTime(list.GeneratedAt, Amsterdam).ToString("dd-MM-yyyy HH:mm", Dutch))} door {E(list.GeneratedBy)} · ranker {E(list.RankerVersion)}</p>
            <ul class="summary">
            <li><b>{s.NewVacancies}</b> nieuwe vacatures</li><li><b>{s.NewOrChangedCandidates}</b> nieuwe/gewijzigde kandidaten</li><li><b>{s.NearMissGroups}</b> bijna-matchgroepen</li><li><b>{s.VacanciesWithoutCandidates}</b> vacatures zonder kandidaat</li><li><b>{s.FollowUps}</b> op te volgen</li>
            </ul>
            {PoolNote(list.LeftOut)}</header>

            """);
        NewVacancies(html, list);
        Candidates(html, list);
        NearMisses(html, list);
        Mismatch(html, list);
        FollowUps(html, list);
        ProfileQualitySection.AppendHtml(html, list);
        html.Append($"""
            <footer>
            <h2>Toelichting</h2>
            <ul>
            <li><b>{NewVacanciesHeading}</b>: open vacatures die deze week zijn ingevoerd of gewijzigd, met de best passende kandidaten (zoals de rangschikking voor de netwerker) en hoeveel kandidaten aan alle eisen voldoen.</li>
            <li><b>{CandidatesHeading}</b>: actieve kandidaten die deze week nieuw zijn of naar Werkfit, een hogere trede of een nieuw certificaat gingen, met de best passende open vacatures. Bij deze richting telt tekstrelevantie niet mee (0 punten).</li>
            <li><b>{NearMissesHeading}</b>: kandidaat en vacature verschillen op precies één oplosbare eis (een certificaat of een paar uur). Dit is het opleidingsadvies. Tekstrelevantie telt niet mee.</li>
            <li><b>{MismatchHeading}</b>: open vacatures zonder geschikte kandidaat, en per branche en trede het aantal open plekken tegenover het aantal geschikte kandidaten.</li>
            <li><b>{FollowUpHeading}</b>: matches van eerdere weekdates waarvan nog geen uitkomst is vastgelegd.</li>
            <li><b>{ProfileQualitySection.Heading}</b>: eigen actieve profielen zonder beroep, opleiding, uren of certificaten, of zes maanden niet bijgewerkt (op de laatste dag van de week): wat de consulent aanvult, maakt matchen beter.</li>
            <li>Kandidaten staan er alleen met hun pseudoniem; ✓ is voldaan, ✗ ontbreekt of is zwakker. De score (0-100) is een hulpmiddel: de consulent beslist.</li>
            </ul>
            </footer>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void NewVacancies(StringBuilder html, WeekdateList list)
    {
        Open(html, "nieuwe-vacatures", 1, NewVacanciesHeading, list.NewVacancies.Count == 0 ? "Geen nieuwe vacatures deze week." : null);
        foreach (var entry in list.NewVacancies)
        {
            var v = entry.Vacancy;
            html.Append($"<article><h3>{E(v.Id)} · {E(v.Title)}</h3><p class=\"facts\">{E(v.Employer)} · {E(v.Branche)} · {E(v.Kind)} · {E(v.Steps)} · <b>{entry.EligibleCount} geschikt</b></p>\n");
            if (entry.Top.Count == 0) html.Append("<p class=\"empty\">Geen kandidaat voldoet aan alle eisen.</p>\n");
            else
            {
                html.Append("<ol>\n");
                foreach (var c in entry.Top)
                    html.Append($"<li><span class=\"ref\">{E(c.CandidateRef)}</span> <span class=\"muni\">{E(c.MunicipalityCode)}</span> <span class=\"score\">{Score(c.Score)}</span>{Chips(c.Chips)}</li>\n");
                html.Append("</ol>\n");
            }
            html.Append("</article>\n");
        }
        LeftOutNote(html, list.LeftOut.NewVacancies, "nieuwe vacature", "nieuwe vacatures", "de laatst gewijzigde staan hierboven");
        html.Append("</section>\n");
    }

    private static void Candidates(StringBuilder html, WeekdateList list)
    {
        Open(html, "kandidaten", 2, CandidatesHeading, list.Candidates.Count == 0 ? "Geen nieuwe of gewijzigde kandidaten deze week." : null);
        foreach (var entry in list.Candidates)
        {
            html.Append($"<article><h3>{E(entry.CandidateRef)} <span class=\"muni\">{E(entry.MunicipalityCode)}</span></h3><p class=\"facts\">{E(string.Join(" · ", entry.Changes))} · trede {entry.Step} · {E(entry.Category)} · <b>{entry.EligibleCount} passende {Plural(entry.EligibleCount, "vacature", "vacatures")}</b></p>\n");
            if (entry.Top.Count == 0) html.Append("<p class=\"empty\">Geen open vacature waarvoor alle eisen gelden.</p>\n");
            else
            {
                html.Append("<ol>\n");
                foreach (var p in entry.Top)
                    html.Append($"<li><span class=\"ref\">{E(p.Vacancy.Id)}</span> {E(p.Vacancy.Title)} <span class=\"score\">{Score(p.Score)}</span>{Chips(p.Chips)}</li>\n");
                html.Append("</ol>\n");
            }
            html.Append("</article>\n");
        }
        LeftOutNote(html, list.LeftOut.Candidates, "kandidaat", "kandidaten", "die met de best passende vacatures staan hierboven");
        html.Append("</section>\n");
    }

    private static void NearMisses(StringBuilder html, WeekdateList list)
    {
        Open(html, "bijna-matches", 3, NearMissesHeading, list.NearMisses.Count == 0 ? "Geen bijna-matches." : null);
        if (list.NearMisses.Count > 0)
        {
            html.Append("<table><thead><tr><th>Wat ontbreekt</th><th>Opent</th><th>Paren (vacature → kandidaat)</th></tr></thead><tbody>\n");
            foreach (var g in list.NearMisses)
                html.Append($"<tr><td><b>{E(g.Missing)}</b></td><td>{g.VacancyCount} {Plural(g.VacancyCount, "vacature", "vacatures")} voor {g.CandidateCount} {Plural(g.CandidateCount, "kandidaat", "kandidaten")}</td><td class=\"pairs\">{string.Join(", ", g.Pairs.Select(p => $"{E(p.VacancyId)} → {E(p.CandidateRef)}"))}{(g.PairsLeftOut > 0 ? $" <span class=\"capped\">en nog {g.PairsLeftOut} {Plural(g.PairsLeftOut, "paar", "paren")}</span>" : "")}</td></tr>\n");
            html.Append("</tbody></table>\n");
        }
        LeftOutNote(html, list.LeftOut.NearMissGroups, "groep", "groepen", "de groepen die de meeste vacatures openen staan hierboven");
        html.Append("</section>\n");
    }

    private static void Mismatch(StringBuilder html, WeekdateList list)
    {
        var m = list.Mismatch;
        Open(html, "mismatch", 4, MismatchHeading, null);
        html.Append("<h3>Open vacatures zonder geschikte kandidaat</h3>\n");
        if (m.WithoutCandidates.Count == 0) html.Append("<p class=\"empty\">Voor elke open vacature is minstens één kandidaat geschikt.</p>\n");
        else
        {
            html.Append("<ul>\n");
            foreach (var v in m.WithoutCandidates)
                html.Append($"<li><span class=\"ref\">{E(v.Id)}</span> {E(v.Title)} · {E(v.Employer)} · {E(v.Branche)} · {E(v.Steps)}</li>\n");
            html.Append("</ul>\n");
        }
        LeftOutNote(html, list.LeftOut.VacanciesWithoutCandidates, "vacature zonder kandidaat", "vacatures zonder kandidaat", "op volgorde van vacaturenummer");
        html.Append("<h3>Leerlijnen: open plekken / geschikte kandidaten per branche en trede</h3>\n");
        html.Append("<table class=\"grid\"><thead><tr><th>Branche</th>");
        for (var step = 1; step <= 6; step++) html.Append($"<th>trede {step}</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var row in m.Cells.GroupBy(c => c.Branche).OrderBy(g => g.Key))
        {
            html.Append($"<tr><th>{E(row.Key)}</th>");
            for (var step = 1; step <= 6; step++)
            {
                var cell = row.FirstOrDefault(c => c.Step == step);
                html.Append(cell is null ? "<td class=\"none\">–</td>"
                    : $"<td class=\"{(cell.Candidates == 0 ? "short" : "ok")}\">{cell.Opportunities} / {cell.Candidates}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("<tr class=\"total\"><th>Kandidaten op trede</th>");
        foreach (var count in m.CandidatesPerStep) html.Append($"<td>{count}</td>");
        html.Append("</tr>\n</tbody></table>\n</section>\n");
    }

    private static void FollowUps(StringBuilder html, WeekdateList list)
    {
        Open(html, "opvolging", 5, FollowUpHeading, list.FollowUps.Count == 0 ? "Niets op te volgen: geen eerdere voorstellen zonder uitkomst." : null);
        if (list.FollowUps.Count > 0)
        {
            html.Append("<table><thead><tr><th>Vacature</th><th>Kandidaat</th><th>Voorgesteld</th></tr></thead><tbody>\n");
            foreach (var f in list.FollowUps)
                html.Append($"<tr><td><span class=\"ref\">{E(f.VacancyId)}</span> {E(f.VacancyTitle)}</td><td><span class=\"ref\">{E(f.CandidateRef)}</span></td><td>{E(f.ProposedIn)}</td></tr>\n");
            html.Append("</tbody></table>\n");
        }
        LeftOutNote(html, list.LeftOut.FollowUps, "voorstel", "voorstellen", "de oudste staan hierboven");
        html.Append("</section>\n");
    }

    /// <summary>Said in the section itself: how many entries its limit left out and which ones are shown.</summary>
    private static void LeftOutNote(StringBuilder html, int leftOut, string one, string many, string shown)
    {
        if (leftOut > 0)
            html.Append($"<p class=\"capped\">Nog {leftOut} {E(Plural(leftOut, one, many))} niet getoond (grens van de lijst; {E(shown)}). De aantallen bovenaan tellen alles.</p>\n");
    }

    /// <summary>When the pool itself was capped, the whole list is incomplete: said under the title.</summary>
    private static string PoolNote(WeekdateLeftOut leftOut)
    {
        var notes = new List<string>();
        if (leftOut.PoolCandidates > 0)
            notes.Add($"{leftOut.PoolCandidates} zichtbare kandidaten niet gelezen (grens per gemeente en trede); ze ontbreken in alle onderdelen.");
        if (leftOut.PoolVacanciesCapped)
            notes.Add("Meer open vacatures dan de grens: alleen de laatst gewijzigde zijn gelezen.");
        return notes.Count == 0 ? "" : $"<p class=\"capped\">Let op: {E(string.Join(" ", notes))}</p>\n";
    }

    private static void Open(StringBuilder html, string id, int number, string heading, string? emptyText)
    {
        html.Append($"<section id=\"{id}\">\n<h2>{number}. {E(heading)}</h2>\n");
        if (emptyText is not null) html.Append($"<p class=\"empty\">{E(emptyText)}</p>\n");
    }

    private static string Chips(IEnumerable<Chip> chips) =>
        "<span class=\"chips\">" + string.Concat(chips.Select(c => $"<span class=\"chip {(c.Positive ? "met" : "miss")}\">{(c.Positive ? "✓" : "✗")} {E(c.Text)}</span>")) + "</span>";

    private static string Score(double score) => score.ToString("0.0", Dutch);

    private static string Plural(int n, string one, string many) => n == 1 ? one : many;

    /// <summary>Encoded, and a code (VacancyKind.Regular) as people say it ("reguliere baan").</summary>
    private static string E(object? value) =>
        WebUtility.HtmlEncode(value is Enum code ? DutchLabels.Of(code) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:20px;line-height:1.4;color:#111;background:#fff;margin:0 auto;max-width:1400px;padding:1rem 2rem}
        h1{font-size:2.2rem;margin:.2rem 0}h2{font-size:1.7rem;border-bottom:4px solid #1d4f91;color:#1d4f91;margin-top:2rem}h3{font-size:1.25rem;margin:.8rem 0 .2rem}
        .meta{color:#444;font-size:.9rem}.summary{display:flex;flex-wrap:wrap;gap:.6rem;list-style:none;padding:0}
        .summary li{background:#e8eef7;border-radius:8px;padding:.4rem .8rem}.summary b{font-size:1.4rem}
        article{border-left:6px solid #c9d6ea;padding-left:1rem;margin:1rem 0;break-inside:avoid}.facts{margin:.2rem 0;color:#333}
        ol{margin:.3rem 0}li{margin:.25rem 0}.ref{font-family:"DejaVu Sans Mono",monospace;font-weight:bold}.muni{color:#555;font-size:.85em}
        .score{display:inline-block;background:#1d4f91;color:#fff;border-radius:6px;padding:0 .4rem;margin:0 .3rem;font-weight:bold}
        .chips{display:inline}.chip{display:inline-block;border-radius:12px;padding:0 .5rem;margin:.1rem .15rem;font-size:.8em}
        .chip.met{background:#dff3e4;color:#14532d}.chip.miss{background:#fde8e8;color:#7f1d1d}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #aaa;padding:.3rem .5rem;text-align:left;vertical-align:top}
        thead th{background:#e8eef7}.grid td{text-align:center}.grid td.short{background:#fde8e8;font-weight:bold}.grid td.ok{background:#dff3e4}.grid td.none{color:#999}
        .grid tr.total{background:#f3f3f3}.pairs{font-size:.8em}.empty{font-style:italic;color:#555}
        .capped{background:#fff4d6;border-left:6px solid #b7791f;padding:.3rem .6rem;font-weight:bold}
        footer{margin-top:2rem;font-size:.85rem;color:#333}
        @media print{body{font-size:11pt;max-width:none;padding:0}h2{break-after:avoid}section{break-inside:auto}.summary li{border:1px solid #999}
        .chip,.score,.grid td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """;
}
