using Matching.Domain.Common;

namespace Matching.Domain.Candidates;

/// <summary>The e-portfolio a candidate builds in the workshop: education, work experience, skills and interests.</summary>
public sealed record EPortfolio(
    EducationLevel EducationLevel,
    IReadOnlyList<string> Education,
    IReadOnlyList<WorkExperience> WorkExperience,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Interests)
{
    public static EPortfolio Empty { get; } = new(EducationLevel.None, [], [], [], []);

    public double YearsIn(Branche branche) => WorkExperience.Where(w => w.Branche == branche).Sum(w => w.Years);
}

/// <summary>Experience in a branche, optionally as a named occupation (ESCO Dutch label).</summary>
public sealed record WorkExperience(Branche Branche, string Occupation, double Years);
