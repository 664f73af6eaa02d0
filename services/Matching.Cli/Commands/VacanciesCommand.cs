using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Matching.Cli.Output;

namespace Matching.Cli.Commands;

/// <summary>`vacancies`: lists the registered vacancies from the REST API.</summary>
public sealed class VacanciesCommand(TextWriter output, TextWriter error)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<int> RunAsync(VacanciesOptions options, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = options.RestAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(ApiKey.Header, ApiKey.Current);
        var path = "api/vacancies" + (options.Municipality is null ? "" : "?municipalityCode=" + Uri.EscapeDataString(options.Municipality));
        try
        {
            using var response = await http.GetAsync(path, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                await error.WriteLineAsync($"GET {new Uri(options.RestAddress, path)} failed: {(int)response.StatusCode} {response.ReasonPhrase}");
                if (body.Length > 0) await error.WriteLineAsync(body.Length > 500 ? body[..500] + "…" : body);
                return ExitCodes.Failed;
            }
            var vacancies = await response.Content.ReadFromJsonAsync<List<VacancySummary>>(Json, cancellationToken) ?? [];
            await output.WriteAsync(VacancyTableFormatter.Format(vacancies));
            return ExitCodes.Ok;
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException)
        {
            await error.WriteLineAsync(ServiceHints.NotReachable("matching REST API", options.RestAddress, e.InnerException.Message));
            return ExitCodes.Failed;
        }
        catch (HttpRequestException e)
        {
            await error.WriteLineAsync($"GET {new Uri(options.RestAddress, path)} failed: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (JsonException e)
        {
            await error.WriteLineAsync($"The service answered with JSON this CLI does not understand: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
