using System.Reflection;
using System.Text.RegularExpressions;
using Matching.Learning.Fairness;
using Matching.Domain.Scoring;

namespace Matching.Learning.Tests;

/// <summary>
/// Nationality, statushouder status, gender, age and health must not reach a ranker. The feature extractor is the only
/// way to features, so: nothing reachable from its parameters may carry such an attribute, and the monitoring record
/// that does hold them must change no feature.
/// </summary>
public sealed partial class Protected_attributes_are_never_features
{
    [Fact]
    public void No_type_reachable_from_the_feature_extractor_holds_a_protected_attribute()
    {
        var extract = typeof(FeatureExtractor).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == nameof(FeatureExtractor.Extract)).ToList();
        Assert.NotEmpty(extract);
        var seen = new HashSet<Type>();
        var offending = new List<string>();
        foreach (var parameter in extract.SelectMany(m => m.GetParameters()))
        {
            if (IsProtected(parameter.Name!)) offending.Add($"parameter {parameter.Name}");
            Walk(parameter.ParameterType, seen, offending);
        }
        Assert.DoesNotContain(typeof(MonitoringProfile), seen);
        Assert.Empty(offending);
    }

    [Fact]
    public void The_feature_names_name_no_protected_attribute() =>
        Assert.DoesNotContain(FeatureVector.Names, name => IsProtected(name));

    [Fact]
    public void The_check_would_catch_a_protected_property() =>
        Assert.True(IsProtected("BirthYear") && IsProtected("is_statushouder") && !IsProtected("LanguageLevel"));

    [Fact]
    public void Changing_monitoring_attributes_changes_no_feature_vector()
    {
        var vacancy = Builders.Vacancy();
        var candidate = Builders.Candidate();
        var before = FeatureVector.From(FeatureExtractor.Extract(vacancy, candidate, 0.7, Builders.Today));
        // The monitoring record lives elsewhere; whatever it says, the extractor's inputs are the same.
        _ = new MonitoringProfile(candidate.Reference, 1960, MonitoredGender.Female, Statushouder: true);
        _ = new MonitoringProfile(candidate.Reference, 2001, MonitoredGender.Male, Statushouder: false);
        var after = FeatureVector.From(FeatureExtractor.Extract(vacancy, candidate, 0.7, Builders.Today));
        Assert.Equal(before, after);
    }

    private static void Walk(Type type, HashSet<Type> seen, List<string> offending)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || !seen.Add(type)) return;
        if (type.IsEnum)
        {
            offending.AddRange(Enum.GetNames(type).Where(n => IsProtected(n)).Select(n => $"{type.Name}.{n}"));
            return;
        }
        if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) Walk(argument, seen, offending);
        if (type.IsArray) Walk(type.GetElementType()!, seen, offending);
        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (IsProtected(property.Name)) offending.Add($"{type.Name}.{property.Name}");
            Walk(property.PropertyType, seen, offending);
        }
    }

    private static readonly HashSet<string> ProtectedWords =
    [
        "nationality", "nationaliteit", "statushouder", "refugee", "gender", "sex", "geslacht", "age", "leeftijd",
        "birth", "geboorte", "geboortejaar", "health", "gezondheid", "medical", "disability", "ethnicity", "religion",
    ];

    /// <summary>Whole words only (PascalCase and snake_case parts), so "Language" or "Percentage" do not count as "age".</summary>
    private static bool IsProtected(string name) =>
        Words().Matches(name.Replace("_", " ")).Any(m => ProtectedWords.Contains(m.Value.ToLowerInvariant()));

    [GeneratedRegex("[A-Z]?[a-z]+|[A-Z]+(?![a-z])")]
    private static partial Regex Words();
}
