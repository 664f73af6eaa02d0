using Matching.Api;
using Matching.Candidates;
using Matching.Host;
using Matching.Search;
using Matching.ServiceDefaults;
using Matching.Vacancies;
using Matching.Workbench;
using Matching.Workbench.Security;

// The all-in-one host: the vacancy, candidate and matching modules and the workbench (at /) in one process on the embedded defaults
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
builder.AddWorkbench();
builder.AddDemoSeeding();
builder.AddHostEndpoints();

var app = builder.Build();
app.UseWorkbenchRequests();
app.MapDefaultEndpoints();
app.MapVacanciesApi();
app.MapCandidatesApi();
app.MapMatchingApi();
app.MapWorkbench();
app.Run();
return 0;
