using Matching.Learning;
using Matching.Ranking;
using Matching.Search;
using Matching.ServiceDefaults;
using Matching.Weekdate;
using Matching.Workbench;
using Matching.Workbench.Security;

// The workbench on its own (for `make up` and Kubernetes): the same pages as in the all-in-one host, on the
// shared index and data folder; outcomes it records are published on the configured bus.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddSearchBackend(builder.Configuration);
builder.AddMessaging(typeof(WorkbenchModule).Assembly);
builder.AddRanking();
builder.AddWeekdate();
builder.AddLearning();
builder.AddWorkbench();

var app = builder.Build();
app.UseWorkbenchRequests();
app.MapDefaultEndpoints();
app.MapWorkbench();
app.Run();
