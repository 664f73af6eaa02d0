using Matching.Domain.Occupations;

namespace Matching.Domain.UnitTests.Occupations;

/// <summary>
/// Indexes hold the words of each occupation reading and build their documents again only when the fingerprint of what
/// they hold changes; the normaliser's code is in it by <see cref="OccupationNormaliser.ReadingRules"/>. This keeps a
/// record of what some 300 titles read as (<c>Data/reading-probes.tsv</c>), so a change of the rules that reads a title
/// differently is seen by a person and comes with a new <see cref="OccupationNormaliser.ReadingRules"/>.
/// </summary>
public sealed class Noticing_a_change_of_readings
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Occupations", "Data", "reading-probes.tsv"));

    [Fact]
    public void The_record_was_written_under_the_current_reading_rules()
    {
        var recorded = Lines[0]["# reading rules: ".Length..].Trim();
        Assert.True(recorded == OccupationNormaliser.ReadingRules,
            $"reading-probes.tsv records the readings under rules {recorded}, the normaliser says {OccupationNormaliser.ReadingRules}: " +
            "write the record again after looking at every changed row, with the new version on its first line.");
    }

    [Fact]
    public void Every_recorded_title_reads_as_recorded()
    {
        var changed = new List<string>();
        foreach (var line in Lines.Where(l => !l.StartsWith('#')).Skip(1))
        {
            var fields = line.Split('\t');
            var reading = OccupationNormaliser.Esco.Normalise(fields[0]);
            var code = reading?.Occupation.Code ?? "-";
            if (code != fields[1]) changed.Add($"{fields[0]}: recorded {fields[1]} {fields[2]}, now {code} {reading?.Occupation.PreferredLabel}");
        }
        Assert.True(changed.Count == 0,
            $"{changed.Count} title(s) read differently: if the normaliser's rules changed, raise OccupationNormaliser.ReadingRules " +
            "(indexes build their documents again; a change of the data files alone is fingerprinted by content) and record the new readings " +
            "after looking at each:\n" + string.Join('\n', changed.Take(30)));
    }
}
