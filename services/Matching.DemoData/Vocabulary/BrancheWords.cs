namespace Matching.DemoData.Vocabulary;

/// <summary>
/// Dutch words that fit a branche: skills for the e-portfolio, interests, tasks for vacancy texts, and the MBO
/// course name (opleiding) a candidate with vocational training in the branche would list.
/// </summary>
public sealed record BrancheWords(string[] Skills, string[] Interests, string[] Tasks, string MboCourse);
