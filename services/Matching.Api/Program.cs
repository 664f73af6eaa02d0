using Matching.Api;
using Matching.Search;
using Matching.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddSearchBackend(builder.Configuration);
builder.AddMessaging(typeof(MatchingModule).Assembly);
builder.AddMatching();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapMatchingApi();
app.Run();
