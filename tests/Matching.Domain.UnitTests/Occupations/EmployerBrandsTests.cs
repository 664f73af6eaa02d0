using Matching.Domain.Occupations;
using Matching.Domain.Text;

namespace Matching.Domain.UnitTests.Occupations;

public sealed class EmployerBrandsTests
{
    private static readonly OccupationNormaliser Normaliser = OccupationNormaliser.Esco;

    [Theory]
    [InlineData("medewerker albert heijn", "medewerker supermarkt")]
    [InlineData("medewerker dirk van den broek", "medewerker supermarkt")] // the longest brand, not "dirk" alone
    [InlineData("orderpicker bol com", "orderpicker distributiecentrum")] // keys split "bol.com" as the list's row does
    public void A_brand_is_written_as_its_workplace(string key, string written) =>
        Assert.Equal(written, EmployerBrands.WithWorkplaces(key));

    [Theory]
    [InlineData("medewerker albertheijnen")] // whole words only
    [InlineData("medewerker supermarkt")]
    public void A_text_without_a_brand_is_left_alone(string key) => Assert.Null(EmployerBrands.WithWorkplaces(key));

    [Theory]
    [InlineData("medewerker albert heijn", "medewerker supermarkt")]
    [InlineData("Medewerker McDonald's", "medewerker fastfood")]
    public void An_employer_named_for_the_workplace_reads_as_the_workplace_s_staff(string text, string meant)
    {
        var reading = Normaliser.Normalise(text);
        Assert.NotNull(reading);
        Assert.Same(Normaliser.Normalise(meant)!.Occupation, reading.Occupation);
        Assert.Equal(OccupationSource.OtherSpelling, reading.Source);
    }

    [Fact]
    public void A_brand_is_left_out_as_whole_words() =>
        Assert.Equal("restaurant medewerker", EmployerBrands.WithoutBrands("hema restaurant medewerker"));

    [Theory]
    // HEMA is a department store, but its restaurant's worker is the restaurant's: the text's own words say the job.
    [InlineData("HEMA restaurant medewerker", "restaurant medewerker")]
    [InlineData("medewerker IKEA restaurant", "medewerker restaurant")]
    // A sheltered workplace names where, not what work: the packing or assembly is the job.
    [InlineData("Medewerker inpak SW-bedrijf", "inpakker")]
    [InlineData("Medewerker veegploeg Wezo", "straatveger")]
    public void A_text_whose_own_words_read_without_the_brand_is_read_by_them(string text, string meant)
    {
        var reading = Normaliser.Normalise(text);
        Assert.NotNull(reading);
        Assert.Same(Normaliser.Normalise(meant)!.Occupation, reading.Occupation);
        Assert.NotSame(Normaliser.Normalise("medewerker warenhuis")!.Occupation, reading.Occupation);
    }

    [Theory]
    // A furniture chain and a bakery chain whose names hold the baker's word: the warehouse worker, the shop's staff and
    // the driver are what their own words say, not bakers.
    [InlineData("magazijnmedewerker Leen Bakker", "magazijnmedewerker")]
    [InlineData("medewerker Leen Bakker", "verkoopspecialist meubelen")]
    [InlineData("chauffeur Bakker Bart", "vrachtwagenchauffeur")]
    public void An_employer_whose_name_holds_a_job_s_word_says_where_not_what(string text, string preferred)
    {
        Assert.True(EmployerBrands.NamesBrandWithJobWord(LabelWords.Key(text), word => word == "bakker"));
        Assert.Equal(preferred, Normaliser.Normalise(text)!.Occupation.PreferredLabel);
    }

    [Theory]
    // A dairy or frozen-food department in a supermarket chain is shop work, not a dairy plant's production line.
    [InlineData("Medewerker zuivel en diepvries – Jumbo Hardenberg", "winkelmedewerker")]
    [InlineData("medewerker zuivel Albert Heijn", "winkelmedewerker")]
    // Only a plant operator's words give way: an order picker or a production worker at a chain stays what it says.
    [InlineData("orderpicker albert heijn", "orderpicker")]
    [InlineData("productiemedewerker jumbo", "productiemedewerker")]
    // A shift leader reads as a production shift's lead; at a fast food chain it is the restaurant's shift lead.
    [InlineData("Shiftleader – McDonald's Zwolle Centrum (part/fulltime)", "teamleider in fastfoodrestaurants en snackbars")]
    [InlineData("shift manager Starbucks Amsterdam", "teamleider in fastfoodrestaurants en snackbars")]
    [InlineData("Shiftleader productie", "productieleider")]
    public void A_factory_job_s_words_at_a_shop_chain_name_the_shop_s_job(string text, string preferred) =>
        Assert.Equal(preferred, Normaliser.Normalise(text)!.Occupation.PreferredLabel);

    [Theory]
    // "Zeeman" is a clothing chain after a job's word and the sailor as the title's first word.
    [InlineData("bedrijfsleider zeeman", true)]
    [InlineData("zeeman binnenvaart", false)]
    public void A_brand_of_one_word_counts_only_after_another_word(string key, bool counts) =>
        Assert.Equal(counts, EmployerBrands.NamesBrandWithJobWord(key, word => word == "zeeman"));

    [Theory]
    [InlineData("bedrijfsleider Zeeman", "1420")] // a shop's manager, not a sailor (ISCO 8350)
    [InlineData("Zeeman", "8350")]
    public void A_chain_that_is_also_a_job_s_word_is_the_job_only_alone(string text, string isco) =>
        Assert.Equal(isco, Normaliser.Normalise(text)!.Occupation.IscoGroup);

    [Theory]
    [InlineData("medewerker kaas albert heijn", "supermarkt")]
    [InlineData("orderpicker bol com", "distributiecentrum")]
    [InlineData("medewerker zuivel", null)]
    public void The_workplace_named_is_the_first_brand_s(string key, string? workplace) =>
        Assert.Equal(workplace, EmployerBrands.WorkplaceNamed(key));

    [Theory]
    [InlineData("medewerker albert heijn")] // no word of the brand is a job
    [InlineData("bakker supermarkt")] // no brand
    public void Only_a_brand_with_a_job_s_word_counts(string key) =>
        Assert.False(EmployerBrands.NamesBrandWithJobWord(key, word => word is "bakker" or "medewerker"));

    [Fact]
    public void A_title_that_reads_as_written_keeps_its_reading() =>
        // "vakkenvuller" reads without the brand: the brand changes nothing.
        Assert.Equal(Normaliser.Normalise("vakkenvuller")!.Occupation, Normaliser.Normalise("vakkenvuller jumbo")!.Occupation);
}
