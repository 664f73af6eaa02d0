using Matching.Api;
using Matching.Candidates;
using Matching.Host;
using Matching.Search;
using Matching.ServiceDefaults;
using Matching.Vacancies;

// The all-in-one host: the vacancy, candidate and matching modules in one process on the embedded defaults
// (Lucene index on disk, in-memory bus). Each module also runs alone from its own project.
// `make outbox`: list and replay parked writes, without starting the service.
if (args is ["outbox", ..]) return await OutboxCommands.RunAsync(args[1..]);

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddSearchBackend(builder.Configuration);
builder.AddMessaging(typeof(MatchingModule).Assembly);
builder.AddVacancies();
builder.AddCandidates();
builder.AddMatching();
builder.AddDemoSeeding();
builder.AddHostEndpoints();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapVacanciesApi();
app.MapCandidatesApi();
app.MapMatchingApi();
app.Run();
return 0;
