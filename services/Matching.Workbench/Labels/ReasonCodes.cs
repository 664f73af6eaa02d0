namespace Matching.Workbench.Labels;

/// <summary>The reasons a netwerker can give with an outcome: codes (never free text, so no personal data), with Dutch labels.</summary>
public static class ReasonCodes
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("uren", "uren passen niet"),
        ("reisafstand", "reisafstand te groot"),
        ("ervaring", "te weinig ervaring"),
        ("certificaat", "certificaat ontbreekt"),
        ("taal", "taalniveau"),
        ("vacature_vervuld", "vacature al vervuld"),
        ("anders", "andere reden"),
    ];

    public static bool IsKnown(string? code) => All.Any(r => r.Code == code);

    public static string LabelOf(string? code) => All.FirstOrDefault(r => r.Code == code).Label ?? "";
}
