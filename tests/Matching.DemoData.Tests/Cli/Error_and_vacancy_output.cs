using System.Net.Http;
using System.Net.Sockets;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Matching.Cli.Commands;
using Matching.Cli.Output;

namespace Matching.DemoData.Tests.Cli;

public class Error_and_vacancy_output
{
    private static readonly Uri Address = new("http://127.0.0.1:5081");

    [Fact]
    public void Invalid_argument_lists_the_field_violations()
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "The request is invalid.",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        new BadRequest.Types.FieldViolation { Field = "top_k", Description = "must be between 1 and 100; got 500." },
                        new BadRequest.Types.FieldViolation { Field = "requesting_party", Description = "'GM9999' is not a known party." },
                    },
                }),
            },
        };
        var text = RpcErrorFormatter.Format(status.ToRpcException(), Address);
        Assert.Contains("InvalidArgument: The request is invalid.", text);
        Assert.Contains("top_k: must be between 1 and 100; got 500.", text);
        Assert.Contains("requesting_party: 'GM9999' is not a known party.", text);
    }

    [Fact]
    public void Not_found_shows_code_and_detail()
    {
        var text = RpcErrorFormatter.Format(new RpcException(new Grpc.Core.Status(StatusCode.NotFound, "Vacancy 'VAC-9999' does not exist.")), Address);
        Assert.Contains("NotFound: Vacancy 'VAC-9999' does not exist.", text);
    }

    [Fact]
    public void Connection_refused_tells_the_user_to_start_the_service()
    {
        var refused = new HttpRequestException("Connection refused (127.0.0.1:5081)", new SocketException((int)SocketError.ConnectionRefused));
        var exception = new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "Error connecting to subchannel.", refused));
        var text = RpcErrorFormatter.Format(exception, Address);
        Assert.Contains("Cannot reach the matching service at http://127.0.0.1:5081/", text);
        Assert.Contains("make run", text);
    }

    [Fact]
    public void Vacancy_list_shows_id_title_employer_kind_branche_and_place()
    {
        var text = VacancyTableFormatter.Format(
        [
            new VacancySummary("VAC-0001", "Heftruckchauffeur", "Transportbedrijf Ter Horst", "Regular", "Logistiek", "7721", "GM0148", 24, 32, "Open"),
            new VacancySummary("VAC-0002", "Keukenhulp", "Eetcafé De Brink", "Werkervaringsplek", "Horeca", "0000", "GM0193", 12, 16, "Open"),
        ]);
        var lines = text.Split(Environment.NewLine);
        Assert.Contains(lines, l => l.StartsWith("Id") && l.Contains("Title") && l.Contains("Employer") && l.Contains("Place"));
        Assert.Contains(lines, l => l.StartsWith("VAC-0001") && l.Contains("Heftruckchauffeur") && l.Contains("Transportbedrijf Ter Horst")
                                    && l.Contains("Regular") && l.Contains("Logistiek") && l.Contains("7721 Dalfsen"));
        Assert.Contains(lines, l => l.StartsWith("VAC-0002") && l.Contains("Werkervaringsplek") && l.EndsWith("0000"));
        Assert.Contains("2 vacancies", text);
    }

    [Fact]
    public void Empty_vacancy_list_says_so() =>
        Assert.Equal("No vacancies found." + Environment.NewLine, VacancyTableFormatter.Format([]));
}
