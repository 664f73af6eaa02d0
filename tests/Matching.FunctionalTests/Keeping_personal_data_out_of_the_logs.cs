using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>
/// The main flows (register, import, rank, weekdate, outcomes, monitoring, profile read) with every logger at Debug,
/// captured in memory: no line may carry a profile field of the seeded candidates.
/// </summary>
public sealed partial class Keeping_personal_data_out_of_the_logs : IDisposable
{
    private readonly CapturedLogs _logs = new();
    private readonly MatchingHostFactory _host;

    public Keeping_personal_data_out_of_the_logs() =>
        _host = new MatchingHostFactory(configure: builder => builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(_logs);
            // A rule for this provider alone, so appsettings' quieter categories do not apply to it.
            logging.AddFilter<CapturedLogs>(null, LogLevel.Debug);
            logging.SetMinimumLevel(LogLevel.Debug);
        }));

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    /// <summary>Values only the seeded profiles hold (the vacancy has none of them), and the shapes of a dumped profile.</summary>
    private static readonly Regex[] ProfileTraces =
    [
        PostcodeTrace(), LanguageTrace(),
        new("BHV", RegexOptions.CultureInvariant),
        new("WerkfitProgressExpected|MeedoenProgressExpected", RegexOptions.CultureInvariant),
        new("zeefdruk|kraanmachinist", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new("participationStep|languageLevel|homePc4|hoursAvailable|maxTravel|CandidateProfile \\{|portfolio", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
    ];

    /// <summary>The seeded PC4 as a number of its own, not the digits of a timing ("12.7711 ms").</summary>
    [GeneratedRegex(@"(?<!\d|\d[.,])7711(?!\d|[.,]\d)")]
    private static partial Regex PostcodeTrace();

    [GeneratedRegex(@"\bC2\b")]
    private static partial Regex LanguageTrace();

    /// <summary>The monitored birth year as a number of its own, not the digits of a timing ("Execution Time: 0.1961ms").</summary>
    [GeneratedRegex(@"(?<!\d|\d[.,])1961(?!\d|[.,]\d)")]
    private static partial Regex BirthYearTrace();

    [GeneratedRegex(@"\b(OwnMunicipality|Subregion|Region)\b")]
    private static partial Regex ConsentWord();

    /// <summary>
    /// Random identifiers (message and correlation GUIDs, trace ids): their hex digits hold any four-digit run by chance
    /// ("3934f36d-1961-189b-…" once read as the birth year), so they are masked before the lines are searched.
    /// </summary>
    [GeneratedRegex(@"\b[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\b|\b[0-9a-fA-F]{16,}\b")]
    private static partial Regex RandomId();

    private static Dictionary<string, object?> Seeded(string reference, string consent)
    {
        var candidate = Fixtures.Candidate(reference, postcode: "7711", step: 6, certificates: ["HEFTRUCK", "BHV"], consent: consent,
            logisticsYears: 4, skills: "zeefdrukken kraanmachinist");
        candidate["languageLevel"] = "C2";
        return candidate;
    }

    [Fact]
    public async Task No_log_line_at_any_level_carries_a_profile_field()
    {
        var client = _host.CreateClient();
        var vacancy = await (await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy())).Content.ReadFromJsonAsync<JsonElement>();
        var vacancyId = vacancy.GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Seeded("DAL-LOG-1", "Subregion"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/candidates/import", new[] { Seeded("DAL-LOG-2", "Region"), Seeded("DAL-LOG-3", "OwnMunicipality") })).StatusCode);
        const string csv = "reference;municipalityCode;postcode;maxTravelKm;hoursAvailablePerWeek;participationStep;category;languageLevel;certificates;workExperience;consent\n"
                           + "DAL-LOG-4;GM0148;7711;25;32;6;WerkfitProgressExpected;C2;HEFTRUCK:2024-01-10|BHV:2024-01-10;Logistiek:kraanmachinist:4;Region\n";
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/candidates/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/candidates/DAL-LOG-1")).StatusCode);

        var ranked = await _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest { VacancyId = vacancyId, RequestingParty = Fixtures.Dalfsen });
        Assert.Equal(4, ranked.Candidates.Count);
        var week = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Amsterdam");
        var list = await new WeekdateService.WeekdateServiceClient(_host.Channel()).GenerateWeekdateListAsync(new GenerateWeekdateListRequest
            { Party = Fixtures.Dalfsen, IsoWeek = $"{ISOWeek.GetYear(week)}-W{ISOWeek.GetWeekOfYear(week):D2}" });
        Assert.Contains("DAL-LOG-1", list.Csv);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/outcomes", new { outcomeId = "log-1", vacancyId, candidateRef = "DAL-LOG-1", kind = "Invited" })).StatusCode);
        await new OutcomeService.OutcomeServiceClient(_host.Channel()).RecordOutcomeAsync(new RecordOutcomeRequest
            { OutcomeId = "log-2", VacancyId = vacancyId, CandidateRef = "DAL-LOG-2", Kind = "Placed", Placement = "Regular" });
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/monitoring/DAL-LOG-1", new { birthYear = 1961, gender = "Female", statushouder = true })).StatusCode);
        var invalid = Seeded("DAL-LOG-5", "Region");
        invalid["postcode"] = "0000";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutCandidate(invalid)).StatusCode);

        var lines = _logs.Lines.Select(l => RandomId().Replace(l, "<id>")).ToList();
        Assert.True(lines.Count > 50, $"only {lines.Count} log lines were captured: is Debug logging on?");
        Assert.Contains(lines, l => l.Contains("DAL-LOG-1", StringComparison.Ordinal));
        var leaks = lines.Where(l => ProfileTraces.Any(p => p.IsMatch(l))
                                     || (l.Contains("DAL-LOG-", StringComparison.Ordinal) && ConsentWord().IsMatch(l))
                                     || BirthYearTrace().IsMatch(l) || l.Contains("Female", StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} of {lines.Count} log lines carry profile data:\n" + string.Join("\n", leaks.Take(20)));
    }

    /// <summary>Every log line of every category and level, formatted with its exception, kept in memory.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
