using Microsoft.Extensions.Configuration;

namespace Matching.ServiceDefaults;

/// <summary>
/// Demo mode ("Demo:Enabled", off unless set): the published demo API keys and the demo data. `make run` and
/// `make up` turn it on; a deployment never should, so a host without configured clients refuses to start.
/// </summary>
public static class DemoMode
{
    public const string EnabledKey = "Demo:Enabled";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledKey);
}
