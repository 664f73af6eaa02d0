using Matching.Domain.Occupations;

namespace Matching.Domain.UnitTests.Occupations;

public sealed class TitleLikenessTests
{
    private static double Likeness(string vacancyTitle, string occupation) =>
        TitleLikeness.Of(OccupationNormaliser.Esco.WorkWords(vacancyTitle), OccupationNormaliser.Esco.WorkWords(occupation));

    [Theory]
    [InlineData("reiniger", "reiniging")]
    [InlineData("facilitair", "facilitaire")]
    [InlineData("industrieel", "industriële")]
    [InlineData("kwekerij", "kwekerij")]
    public void Words_with_one_stem_are_alike(string a, string b) => Assert.True(TitleLikeness.Alike(a, b));

    [Theory]
    [InlineData("kweker", "kwekerijen")] // five letters in common, four beyond
    [InlineData("bakker", "banketbakker")]
    [InlineData("dier", "dieren")] // too short a stem to tell
    [InlineData("centrale", "centrum")] // five letters in common, and two words beyond them
    public void Other_words_are_not(string a, string b) => Assert.False(TitleLikeness.Alike(a, b));

    [Theory]
    [InlineData("Medewerker AGF / groente en fruit (m/v) supermarkt", "AGF medewerker", 1.0)]
    [InlineData("Medewerker AGF / groente en fruit (m/v) supermarkt", "groenteman", 0.5)]
    [InlineData("Medewerker tuincentrum (m/v) - buitenplanten", "verkoopmedewerker tuincentrum", 1.0)]
    [InlineData("Industrieel reiniger", "tankreiniger", 0.5)]
    [InlineData("Industrieel reiniger", "schoonmaker", 0.0)]
    [InlineData("Medewerker boomkwekerij", "kwekerijmedewerker", 1.0)] // the head of one, the work of the other
    [InlineData("Medewerker tuincentrum", "medewerker glastuinbouw", 0.0)] // "tuin" only modifies both
    [InlineData("Crew member snijderij groente & fruit (ploegendienst)", "medewerker groentesnijderij", 2.0 / 3)] // how and when are no work
    [InlineData("Bijrijder witgoed", "byrijder witgoed", 1.0)]
    [InlineData("Overblijfkracht", "overblijfmoeder", 1.0)] // kracht and moeder name the person, not the work
    [InlineData("Medewerker meldcentrale", "medewerker dorpscentrum", 0.0)] // a centre is no centrale
    [InlineData("Medewerker bowlingcentrum", "medewerker bowling", 0.5)] // the word that begins the title's compound: part of its work
    [InlineData("Vrijwilligerscoördinator (16-20 uur) welzijnsorganisatie Raalte", "Vrijwilliger soepkeuken", 0.0)] // a volunteer coordinates none
    [InlineData("Medewerker tuincentrum", "tuin", 0.0)] // too short to say which work
    [InlineData("Medewerker milieustraat", "scanstraat: documenten scannen", 0.5)] // one head, another work before it
    [InlineData("Medewerker milieustraat", "medewerker milieustraat", 1.0)]
    [InlineData("Tankreiniger", "reiniger", 1.0)] // the head alone: the title's work without its modifier
    [InlineData("Handige medewerker buitendienst", "mdw binnendienst technische groothandel", 0.0)] // a department, and "dienst" heads both
    [InlineData("Medewerker algemeen (nachtdienst)", "medewerker Algemene Zaken gemeente (balie, archief)", 0.0)] // any job's words
    public void The_share_of_the_title_s_work_words_the_occupation_has(string title, string occupation, double share) =>
        Assert.Equal(share, Likeness(title, occupation), 6);

    [Theory]
    [InlineData("Medewerker algemeen (nachtdienst)")]
    [InlineData("Allround medewerker diverse werkzaamheden")]
    [InlineData("Medewerker buitendienst (38 uur)")]
    public void A_title_of_any_job_has_no_work_words(string title) => Assert.Empty(OccupationNormaliser.Esco.WorkWords(title));

    [Fact]
    public void Staff_words_and_what_follows_a_dash_are_no_work_words()
    {
        var words = OccupationNormaliser.Esco.WorkWords("Medewerker tuincentrum (m/v) - buitenplanten");
        var job = Assert.Single(words);
        Assert.Equal("tuincentrum", Assert.Single(job)[0]);
    }
}
