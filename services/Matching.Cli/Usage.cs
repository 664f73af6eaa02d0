namespace Matching.Cli;

public static class Usage
{
    public const string Text = """
        matching-cli: see the matching service at work.

        Usage:
          matching-cli rank --vacancy <id> [--party GM0148] [--top 10] [--grpc http://127.0.0.1:5081]
              Rank candidates for a registered vacancy over gRPC and explain each match.
          matching-cli vacancies [--municipality GM0148] [--rest http://127.0.0.1:5080]
              List the vacancies registered through the REST API.
          matching-cli weekdate [--party GM0148] [--week 2026-W48|current|previous] [--out out/weekdate] [--grpc http://127.0.0.1:5081]
              Generate the weekdate list over gRPC and write weekdate-<party>-<week>.html and .csv.
          matching-cli --help
              Show this text.

        Options:
          --vacancy <id>        Vacancy id, e.g. VAC-0001.
          --party <code>        The party asking: municipality ("GM0148") or partner ("UWV-ZWOLLE"). Default GM0148.
          --top <n>             How many candidates to show, 1-100. Default 10.
          --grpc <url>          Matching gRPC endpoint (http:// for h2c). Default http://127.0.0.1:5081.
          --rest <url>          Matching REST endpoint. Default http://127.0.0.1:5080.
          --municipality <code> Only vacancies of this municipality.
          --week <week>         ISO week ("2026-W48"), "current" (default) or "previous", in Europe/Amsterdam.
          --out <dir>           Folder for the weekdate files. Default out/weekdate.

        Start the service first with `make run`.
        """;
}
