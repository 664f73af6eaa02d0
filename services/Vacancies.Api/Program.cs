using Matching.Search;
using Matching.ServiceDefaults;
using Matching.Vacancies;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddSearchBackend(builder.Configuration);
builder.AddMessaging();
builder.AddVacancies();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapVacanciesApi();
app.Run();
