using Matching.Domain.Common;

namespace Matching.DemoData.Generation;

/// <summary>Enum names as the REST inputs carry them, cached to keep <c>ToString()</c> out of the hot loop.</summary>
internal static class BrancheNames
{
    private static readonly string[] Names = Enum.GetNames<Branche>();

    public static string Of(Branche branche) => Names[(int)branche];
}
