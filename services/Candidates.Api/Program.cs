using Matching.Candidates;
using Matching.Search;
using Matching.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddSearchBackend(builder.Configuration);
builder.AddMessaging();
builder.AddCandidates();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapCandidatesApi();
app.Run();
