using Matching.Domain.Common;

namespace Matching.Domain.Candidates;

/// <summary>
/// The e-portfolio a candidate builds in the workshop: education, work experience, skills, interests and a short
/// text in their own words (what they did and want).
/// </summary>
public sealed record EPortfolio(
    EducationLevel EducationLevel,
    IReadOnlyList<string> Education,
    IReadOnlyList<WorkExperience> WorkExperience,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Interests,
    string About = "")
{
    public const int MaxAboutLength = 1000;

    public static EPortfolio Empty { get; } = new(EducationLevel.None, [], [], [], []);

    public double YearsIn(Branche branche) => WorkExperience.Where(w => w.Branche == branche).Sum(w => w.Years);
}

/// <summary>
/// Experience in a branche, optionally as a named occupation (free text, e.g. an ESCO Dutch label) and its ESCO code
/// or uuid when the municipality knows it; without a code the occupation normaliser reads the text.
/// </summary>
/// <param name="EndedYear">The year the experience ended; null when it is current or unknown (counted as recent).</param>
public sealed record WorkExperience(Branche Branche, string Occupation, double Years, string? OccupationCode = null, int? EndedYear = null);
