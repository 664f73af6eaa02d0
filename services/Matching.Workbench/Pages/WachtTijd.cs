using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Matching.Workbench.Pages;

/// <summary>"wacht 14 maanden" beside a candidate on the agenda, from the months the weekdate page looked up.</summary>
public static class WachtTijd
{
    public const string Key = "wachttijd";

    public static string? Text(ViewDataDictionary viewData, string reference) =>
        viewData[Key] is IReadOnlyDictionary<string, int> months && months.TryGetValue(reference, out var m)
            ? m switch { 0 => "wacht minder dan een maand", 1 => "wacht 1 maand", _ => $"wacht {m} maanden" }
            : null;
}
