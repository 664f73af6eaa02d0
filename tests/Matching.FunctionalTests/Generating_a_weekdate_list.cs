using Matching.Domain.Scoring;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Google.Rpc;
using Grpc.Core;
using Matching.Contracts;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>The weekdate list through real gRPC on the all-in-one host: generated, written, recorded and announced.</summary>
public sealed class Generating_a_weekdate_list : IDisposable
{
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    private WeekdateService.WeekdateServiceClient Client(string apiKey = TestClients.WspKey) => new(_host.Channel(apiKey));

    private static string ThisWeek()
    {
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(now):0000}-W{ISOWeek.GetWeekOfYear(now):00}");
    }

    [Fact]
    public async Task Should_return_the_list_and_publish_weekdate_list_generated()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-A", certificates: ["HEFTRUCK"], logisticsYears: 3))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-B", certificates: []))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy())).StatusCode);
        var week = ThisWeek();

        var response = await Client().GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = Fixtures.Dalfsen, IsoWeek = week });

        Assert.StartsWith($"WD-{Fixtures.Dalfsen}-{week}-", response.ListReference);
        Assert.Equal(1, response.Summary.NewVacancies);
        Assert.Equal(2, response.Summary.NewOrChangedCandidates);
        Assert.Equal(1, response.Summary.NearMissGroups);
        Assert.Contains("Bijna-matches", response.Html);
        Assert.Contains("DAL-A", response.Csv);
        Assert.True(await _host.PublishedAsync<WeekdateListGenerated>(m => m.ListReference == response.ListReference));
        var published = _host.Harness.Published.Select<WeekdateListGenerated>().Single(x => x.Context.Message.ListReference == response.ListReference).Context.Message;
        Assert.Equal((Fixtures.Dalfsen, week, 1, 2, TransparentScorer.RankerVersion),
            (published.Party, published.IsoWeek, published.NewVacancies, published.NewOrChangedCandidates, published.RankerVersion));
        Assert.Empty(Directory.GetFiles(_host.DataDirectory, "weekdate-*", SearchOption.AllDirectories));

        var again = await Client().GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = Fixtures.Dalfsen, IsoWeek = week });
        Assert.Equal(response.ListReference, again.ListReference);
        Assert.Equal(response.Csv, again.Csv);
    }

    [Fact]
    public async Task Should_stream_the_files_in_chunks_when_the_response_omits_them()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-A", certificates: ["HEFTRUCK"], logisticsYears: 3))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy())).StatusCode);
        var week = ThisWeek();

        var response = await Client().GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = Fixtures.Dalfsen, IsoWeek = week, OmitFiles = true });

        Assert.Equal("", response.Html);
        Assert.Equal("", response.Csv);
        Assert.Equal(0, response.Summary.LeftOut.NewOrChangedCandidates);
        var (html, htmlChunks) = await DownloadAsync(response.ListReference, WeekdateFileFormat.Html);
        var (csv, csvChunks) = await DownloadAsync(response.ListReference, WeekdateFileFormat.Csv);
        Assert.Equal(($"weekdate-{Fixtures.Dalfsen}-{week}.html", $"weekdate-{Fixtures.Dalfsen}-{week}.csv", "text/csv; charset=utf-8"),
            (htmlChunks[0].FileName, csvChunks[0].FileName, csvChunks[0].ContentType));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.NotEqual([0xEF, 0xBB, 0xBF], html[..3]);
        Assert.Contains("DAL-A", System.Text.Encoding.UTF8.GetString(csv));
        Assert.Contains(response.ListReference, System.Text.Encoding.UTF8.GetString(html));
        // The same data generated again gives the same CSV, which the download serves as generated.
        var again = await Client().GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = Fixtures.Dalfsen, IsoWeek = week });
        Assert.Equal(again.Csv, System.Text.Encoding.UTF8.GetString(csv[3..]));
        Assert.Equal(again.Html, System.Text.Encoding.UTF8.GetString((await DownloadAsync(response.ListReference, WeekdateFileFormat.Html)).Bytes));
        Assert.Equal(htmlChunks.First().TotalBytes, html.Length);
        Assert.All(htmlChunks, c => Assert.True(c.Data.Length <= 64 * 1024));

        var otherParty = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync(response.ListReference, WeekdateFileFormat.Html, TestClients.OmmenKey));
        Assert.Equal(Grpc.Core.StatusCode.NotFound, otherParty.StatusCode);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync($"WD-{Fixtures.Dalfsen}-{week}-000000000000", WeekdateFileFormat.Csv));
        Assert.Equal(Grpc.Core.StatusCode.NotFound, unknown.StatusCode);
        var noFormat = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync(response.ListReference, WeekdateFileFormat.Unspecified));
        Assert.Equal(["format"], noFormat.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    private async Task<(byte[] Bytes, List<GetWeekdateFileResponse> Chunks)> DownloadAsync(string reference, WeekdateFileFormat format, string apiKey = TestClients.WspKey)
    {
        using var call = Client(apiKey).GetWeekdateFile(new GetWeekdateFileRequest { ListReference = reference, Format = format });
        var chunks = new List<GetWeekdateFileResponse>();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync()) chunks.Add(chunk);
        return (chunks.SelectMany(c => c.Data.ToByteArray()).ToArray(), chunks);
    }

    [Fact]
    public async Task Should_reject_a_malformed_week_with_a_field_violation()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Client().GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = "GM9999", IsoWeek = "week 48" }).ResponseAsync);

        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["party", "iso_week"], violations);
    }

    [Fact]
    public async Task Should_deny_a_list_for_a_party_the_client_may_not_act_for()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestClients.OmmenKey).GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = Fixtures.Dalfsen, IsoWeek = "2026-W48" }).ResponseAsync);

        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, error.StatusCode);
    }
}
