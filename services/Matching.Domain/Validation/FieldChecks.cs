using System.Globalization;
using Matching.Domain.Certificates;

namespace Matching.Domain.Validation;

/// <summary>Collects field errors while checking an input; each check names the field it rejects.</summary>
public sealed class FieldChecks
{
    public const int MaxListItems = 50;
    public const int MaxShortText = 200;

    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public void Add(string field, string message) => _errors.Add(new FieldError(field, message));

    public string Text(string field, string? value, int maxLength, bool required = true, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, "is required.");
            return "";
        }
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength) Add(field, $"is {trimmed.Length} characters long; at most {maxLength} allowed.");
        else if (trimmed.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
            Add(field, "contains control characters.");
        return trimmed;
    }

    /// <summary>An optional ESCO occupation code ("9333.8") or uuid: null when absent, the catalogue's own code when known.</summary>
    public string? OccupationCode(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var occupation = Occupations.OccupationCatalogue.Esco.Find(value, out var problem);
        if (occupation is null) Add(field, problem!);
        return occupation is null ? null : value.Trim();
    }

    public int Int(string field, int? value, int min, int max, int? fallback = null)
    {
        if (value is null)
        {
            if (fallback is null) Add(field, "is required.");
            return fallback ?? min;
        }
        if (value < min || value > max) Add(field, $"must be between {min} and {max}; got {value}.");
        return value.Value;
    }

    public double Number(string field, double? value, double min, double max)
    {
        if (value is null)
        {
            Add(field, "is required.");
            return min;
        }
        if (!double.IsFinite(value.Value) || value < min || value > max) Add(field, $"must be between {min} and {max}; got {value}.");
        return value.Value;
    }

    /// <summary>
    /// Parses an enum by one of its declared names (case-insensitive) and nothing else: no numbers ("2", "+1"), no
    /// flag combinations ("OwnMunicipality,Region"), so an input can never widen to a value it did not name.
    /// </summary>
    public TEnum Enum<TEnum>(string field, string? value, TEnum? fallback = null) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is null) Add(field, $"is required; one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
            return fallback ?? default;
        }
        if (StrictEnum.TryParse<TEnum>(value.Trim(), out var parsed)) return parsed;
        Add(field, $"'{Shorten(value)}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return fallback ?? default;
    }

    /// <summary>
    /// A reference or id as sent: exactly as given (no surrounding whitespace, which would be trimmed silently into
    /// another reference) and matching <paramref name="pattern"/>; <paramref name="rule"/> says the alphabet.
    /// </summary>
    public string Canonical(string field, string? value, System.Text.RegularExpressions.Regex pattern, string rule, bool required = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required) Add(field, "is required.");
            return "";
        }
        if (value.Trim().Length != value.Length) Add(field, "has surrounding whitespace; send the reference exactly.");
        else if (!pattern.IsMatch(value)) Add(field, rule);
        return value;
    }

    /// <summary>A query-string integer: text that is not a whole number is refused naming the field (not a bare 400).</summary>
    public int IntText(string field, string? value, int min, int max, int fallback)
    {
        if (value is null) return fallback;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            Add(field, $"'{Shorten(value)}' is not a whole number between {min} and {max}.");
            return fallback;
        }
        return Int(field, parsed, min, max);
    }

    /// <summary>A point in time within sane bounds (the default 0001-01-01 and far futures are mistakes, not data).</summary>
    public DateTimeOffset Instant(string field, DateTimeOffset value, DateTimeOffset earliest, DateTimeOffset latest)
    {
        if (value < earliest || value > latest)
            Add(field, $"must lie between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd'T'HH:mm'Z'}; got {value:O}.");
        return value;
    }

    public TEnum? OptionalEnum<TEnum>(string field, string? value) where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : Enum<TEnum>(field, value);

    public DateOnly? Date(string field, string? value, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, "is required (yyyy-MM-dd).");
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1950 and <= 2100)
            return date;
        Add(field, $"'{Shorten(value)}' is not a date between 1950 and 2100 in the form yyyy-MM-dd.");
        return null;
    }

    public IReadOnlyList<string> TextList(string field, IReadOnlyList<string?>? values, int maxLength = 100)
    {
        if (values is null) return [];
        if (values.Count > MaxListItems)
        {
            Add(field, $"has {values.Count} items; at most {MaxListItems} allowed.");
            return [];
        }
        return values.Select((v, i) => Text($"{field}[{i}]", v, maxLength)).Where(v => v.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public IReadOnlyList<string> CertificateCodes(string field, IReadOnlyList<string?>? codes)
    {
        var list = TextList(field, codes, 40);
        var normalised = list.Select(c => c.ToUpperInvariant()).ToArray();
        for (var i = 0; i < normalised.Length; i++)
            if (!CertificateCatalogue.IsKnown(normalised[i]))
                Add($"{field}[{i}]", $"unknown certificate code '{Shorten(normalised[i])}'; known: {string.Join(", ", CertificateCatalogue.All.Select(c => c.Code))}.");
        return normalised.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
