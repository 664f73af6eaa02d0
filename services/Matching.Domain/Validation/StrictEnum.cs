namespace Matching.Domain.Validation;

/// <summary>
/// Enum parsing by declared name only. <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> also accepts
/// numbers ("2", "+1") and comma-separated combinations ("OwnMunicipality,Region" becomes Region); for consent
/// scopes and vacancy kinds that would let an input widen to a value it never named.
/// </summary>
public static class StrictEnum
{
    public static bool TryParse<TEnum>(string value, out TEnum parsed) where TEnum : struct, Enum
    {
        foreach (var name in Enum.GetNames<TEnum>())
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                parsed = Enum.Parse<TEnum>(name);
                return true;
            }
        parsed = default;
        return false;
    }

    public static bool TryParse(Type enumType, string value, out object? parsed)
    {
        foreach (var name in Enum.GetNames(enumType))
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                parsed = Enum.Parse(enumType, name);
                return true;
            }
        parsed = null;
        return false;
    }
}
