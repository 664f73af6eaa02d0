namespace Matching.Domain.Common;

/// <summary>Dutch language level on the CEFR scale used for NT2 (Nederlands als tweede taal). Native speakers are C2.</summary>
public enum LanguageLevel
{
    None = 0,
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}
