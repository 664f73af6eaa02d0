namespace Matching.Host;

public static class DemoSeedingExtensions
{
    public static IHostApplicationBuilder AddDemoSeeding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddHostedService<DemoSeeder>();
        return builder;
    }
}
