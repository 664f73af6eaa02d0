using Matching.ServiceDefaults;
using Matching.Workbench.Labels;
using Matching.Workbench.Security;
using Matching.ServiceDefaults.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Matching.Workbench;

public static class WorkbenchModule
{
    public const string StylesheetPath = "/werkbank.css";

    /// <summary>The workbench pages, their sign-in and their security. Needs AddRanking, AddWeekdate and AddLearning.</summary>
    public static IHostApplicationBuilder AddWorkbench(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkbenchOptions>().BindConfiguration(WorkbenchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(WorkbenchOptions.Section).Get<WorkbenchOptions>() ?? new WorkbenchOptions();
        builder.Services.AddSingleton(new DemoSignIn(DemoMode.IsEnabled(builder.Configuration)));
        // One application name for every replica and the all-in-one host, so a shared key ring means shared sessions: the
        // key folder with SQLite, the shared database with Storage:Provider=PostgreSQL (decided when the options are
        // first read, so a test host's late settings count).
        builder.AddStorage();
        builder.Services.AddDataProtection()
            .SetApplicationName("matching-workbench")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(options.KeysDirectory)));
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((keys, services) =>
        {
            if (services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.PostgreSQL)
                keys.XmlRepository = new PostgresXmlRepository(services.GetRequiredService<PostgresDatabase>());
        });
        builder.AddWorkbenchAuthentication(options);
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/", WorkbenchUser.Policy);
            pages.Conventions.AllowAnonymousToPage("/Aanmelden");
        }).AddApplicationPart(typeof(WorkbenchModule).Assembly);
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "werkbank.af";
            // Antiforgery refuses a Secure-only cookie on plain HTTP (the loopback demo); behind TLS it is Secure.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__werkbank_af";
        });
        builder.Services.Configure<CookieTempDataProviderOptions>(tempData =>
        {
            tempData.Cookie.Name = "werkbank.melding";
            tempData.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Pages.WorkbenchContext>();
        return builder;
    }

    public static WebApplication MapWorkbench(this WebApplication app)
    {
        var demo = app.Services.GetRequiredService<DemoSignIn>();
        if (demo.Enabled) app.Logger.LogWarning("Demo mode: the workbench sign-in page offers demo users without a password. Never enable Demo:Enabled in a real deployment.");
        app.MapRazorPages();
        app.MapGet(StylesheetPath, () => Results.Text(Stylesheet.Value, "text/css; charset=utf-8")).AllowAnonymous();
        return app;
    }

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(WorkbenchModule).Assembly.GetManifestResourceStream("werkbank.css")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
