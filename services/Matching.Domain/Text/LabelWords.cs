namespace Matching.Domain.Text;

/// <summary>Splits a label or title into lower-case words: runs of letters (hyphens and other marks separate words).</summary>
public static class LabelWords
{
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
