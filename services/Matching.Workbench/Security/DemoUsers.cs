using Matching.Domain.Parties;
using Matching.ServiceDefaults.Security;

namespace Matching.Workbench.Security;

/// <summary>
/// The people offered on the sign-in page in demo mode (Demo:Enabled) only: no password, so never in a real
/// deployment. They mirror the demo API clients.
/// </summary>
public static class DemoUsers
{
    public sealed record DemoUser(string Id, string DisplayName, string Role, string Party, string[] ActsFor, string[] Permissions);

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("demo-netwerker-dalfsen", "Netwerker Dalfsen", "netwerker, gemeente Dalfsen", "GM0148", [],
            [Permissions.Rank, Permissions.Read, Permissions.Write, Permissions.Outcomes, Permissions.Audit]),
        new("demo-consulent-ommen", "Consulent Ommen", "consulent, gemeente Ommen", "GM0175", [],
            [Permissions.Rank, Permissions.Read, Permissions.Outcomes]),
        new("demo-wsp-frontoffice", "WSP front office", "front office Werkgeversservicepunt", "GM0193",
            PartyDirectory.RegionZwolleDefault.All.Select(p => p.Code).ToArray(),
            [Permissions.Rank, Permissions.Read, Permissions.Write, Permissions.Outcomes]),
    ];

    public static DemoUser? Find(string? id) => All.FirstOrDefault(u => u.Id == id);
}
