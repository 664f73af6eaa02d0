namespace Matching.Domain.Occupations;

/// <summary>Reading a title that says its holder took part in day activities, rather than guided them.</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>Words that say the holder took part: the title's first word.</summary>
    private static readonly HashSet<string> ParticipantWords = new(StringComparer.Ordinal) { "deelnemer", "deelneemster" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticipantWordSlice = ParticipantWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words naming the day activities themselves, which a participant's title leaves out to say the work done there.</summary>
    private static readonly HashSet<string> DayActivityWords = new(StringComparer.Ordinal)
        { "arbeidsmatige", "arbeidsmatig", "dagbesteding", "dagactiviteiten", "aan", "bij", "in", "op", "de", "het", "een" };

    /// <summary>Whether the title's first word says its holder took part ("deelnemer dagbesteding"), looked up in place.</summary>
    private static bool NamesAParticipant(string key) =>
        key.IndexOf(' ') is var space and > 0 && ParticipantWordSlice.Contains(key.AsSpan(0, space));

    /// <summary>
    /// "Deelnemer arbeidsmatige dagbesteding (houtwerkplaats)": a participant did the workshop's work, not the day
    /// activities' supervision the rest of the title names (ESCO's begeleider personen met een beperking). It reads as
    /// the project's title for that work at a day-activity centre ("dagbesteding houtwerkplaats"), else as the work's
    /// own words; never as the supervisor, and as nothing when no work is named. Only for a title that
    /// <see cref="NamesAParticipant"/>.
    /// </summary>
    private OccupationMatch? ParticipantsWork(string key)
    {
        var work = string.Join(' ', key[(key.IndexOf(' ') + 1)..].Split(' ').Where(word => !DayActivityWords.Contains(word)));
        if (work.Length == 0) return null;
        var reading = Normalise("dagbesteding " + work) ?? Normalise(work);
        return reading is null || reading.Occupation.IscoGroup == SupervisorOfDayActivitiesGroup
            ? null : reading with { Confidence = Math.Min(reading.Confidence, InTitleConfidence) };
    }

    /// <summary>ISCO's unit group of the supervisors of day activities (social work associate professionals).</summary>
    private const string SupervisorOfDayActivitiesGroup = "3412";
}
