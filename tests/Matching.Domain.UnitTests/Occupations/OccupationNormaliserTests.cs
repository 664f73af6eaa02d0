using Matching.Domain.Occupations;

namespace Matching.Domain.UnitTests.Occupations;

public sealed class OccupationNormaliserTests
{
    private static readonly OccupationNormaliser Normaliser = OccupationNormaliser.Esco;

    [Theory]
    [InlineData("magazijnmedewerker", "9333.8")]
    [InlineData("Heftruckchauffeur", "8344.1")]
    [InlineData("  Steigerbouwer ", "7119.1")]
    public void A_preferred_label_names_its_occupation_with_full_confidence(string text, string code)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(code, match.Occupation.Code);
        Assert.Equal(1.0, match.Confidence);
        Assert.Equal(OccupationSource.PreferredLabel, match.Source);
    }

    [Theory]
    // The general word alone is the general seller; with the shop named it is that shop's seller.
    [InlineData("Verkoopmedewerker verfspeciaalzaak Zwolle", "verkoopspecialist ijzerwaren en verf", OccupationSource.LabelInTitle)]
    [InlineData("Baliemedewerker bouwmaterialenhandel", "verkoopspecialist bouwmaterialen", OccupationSource.LabelInTitle)]
    // A chain is its shop, even when its name holds a job's word: Leen Bakker sells furniture.
    [InlineData("Verkoopadviseur Leen Bakker", "verkoopspecialist meubelen", OccupationSource.OtherSpelling)]
    public void A_sales_word_with_the_shop_named_reads_that_shops_sales_work(string text, string preferred, OccupationSource source)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.Equal(source, match.Source);
        Assert.Equal("verkoopmedewerker", Normaliser.Normalise("Verkoopmedewerker")!.Occupation.PreferredLabel);
    }

    [Fact]
    public void A_counter_word_with_a_place_that_sells_nothing_stays_the_counter_clerk()
    {
        // "medewerker gemeente" is no shop: the municipality's counter is burgerzaken, not sales.
        Assert.Equal("3354", Normaliser.Normalise("Baliemedewerker gemeente")!.Occupation.IscoGroup);
    }

    [Theory]
    [InlineData("magazijnier", "magazijnmedewerker")]
    [InlineData("poetshulp", "schoonmaker gebouwen")]
    [InlineData("orderverzamelaar", "orderpicker")]
    [InlineData("reachtruckchauffeur", "heftruckchauffeur")]
    public void A_synonym_from_the_alternative_labels_names_the_occupation(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.Equal(OccupationSource.AlternativeLabel, match.Source);
        Assert.True(match.Confidence < 1.0);
    }

    [Theory]
    // ESCO's Dutch labels read these otherwise: an artist, a security engineer, a surface miner, a marketing adviser.
    [InlineData("schilder", "schilder bouw")]
    [InlineData("Beveiligingsmedewerker", "beveiliger")]
    [InlineData("grondwerker", "vakman grond-, weg- en waterbouw")]
    [InlineData("klantenservicemedewerker", "medewerker klantencontactcentrum")]
    public void The_projects_own_job_titles_name_what_a_WSP_vacancy_means(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.Empty(match.Alternatives);
    }

    [Theory]
    [InlineData("caissiere", "caissière")]
    [InlineData("patientenvervoerder", "patiëntenvervoerder")]
    [InlineData("Concierge", "conciërge")]
    public void A_title_typed_without_accents_reads_as_written_with_them(string typed, string written)
    {
        var plain = Normaliser.Normalise(typed)!;
        var accented = Normaliser.Normalise(written)!;
        Assert.Same(accented.Occupation, plain.Occupation);
        Assert.Equal(accented.Source, plain.Source);
        // And inside a longer title, where a mended spelling was never tried.
        Assert.Same(accented.Occupation, Normaliser.Normalise(typed + " bij een grote werkgever")?.Occupation);
    }

    [Fact]
    public void The_job_before_a_staff_word_decides_over_the_workplace_after_it()
    {
        // "medewerker hoveniersbedrijf" is the project's name for the gardener; here it is only where the bookkeeping was done.
        Assert.Equal("hovenier", Normaliser.Normalise("medewerker hoveniersbedrijf")!.Occupation.PreferredLabel);
        var job = Normaliser.Normalise("boekhoudkundig medewerker")!.Occupation;
        Assert.Same(job, Normaliser.Normalise("boekhoudkundig medewerker hoveniersbedrijf")!.Occupation);
        // So does a compound written apart: the kassamedewerker of a DIY store, the keukenhulp of a care home's dish room.
        Assert.Equal("kassamedewerker", Normaliser.Normalise("kassa medewerker bouwmarkt")!.Occupation.PreferredLabel);
        Assert.Equal("keukenhulp", Normaliser.Normalise("spoelkeuken medewerker verpleeghuis")!.Occupation.PreferredLabel);
    }

    [Fact]
    public void A_qualified_staff_word_gives_way_to_a_narrower_job_of_its_kind_after_it()
    {
        // The crediteurenadministrateur is a clerk as the administratief medewerker is: the title names the narrower job.
        Assert.Equal("4311", Normaliser.Normalise("administratief medewerker crediteuren")!.Occupation.IscoGroup);
        Assert.Equal("4311", Normaliser.Normalise("Administratief medewerker crediteuren (32 uur)")!.Occupation.IscoGroup);
        // A gardener is no clerk: the job before the staff word stays.
        Assert.Equal("administratief medewerker", Normaliser.Normalise("administratief medewerker hoveniersbedrijf")!.Occupation.PreferredLabel);
    }

    [Fact]
    public void Of_two_words_that_each_name_a_job_the_first_is_the_job_and_the_second_where_it_was_done()
    {
        Assert.Equal("winkelmedewerker", Normaliser.Normalise("winkelmedewerker Zeeman")!.Occupation.PreferredLabel);
        Assert.Equal("winkelmedewerker", Normaliser.Normalise("winkelmedewerker bakker")!.Occupation.PreferredLabel);
        Assert.Equal("kabelmonteur", Normaliser.Normalise("Kabelmonteur (Visser & Smit Hanab)")!.Occupation.PreferredLabel);
    }

    [Fact]
    public void A_description_of_the_work_reads_as_the_worker_its_object_and_verb_name()
    {
        var fixer = Normaliser.Normalise("storingen verhelpen aan productielijnen")!;
        Assert.Equal("7233", fixer.Occupation.IscoGroup);
        Assert.True(fixer.Confidence <= 0.6);
        Assert.Equal("straatveger", Normaliser.Normalise("straten vegen")!.Occupation.PreferredLabel);
        Assert.Equal("7513", Normaliser.Normalise("Boerenkaas maken op ouderlijk bedrijf")!.Occupation.IscoGroup);
        // A verb without an object that makes a worker's word says nothing.
        Assert.Null(Normaliser.Normalise("gezellig maken"));
    }

    [Fact]
    public void A_title_with_shortened_words_reads_as_written_out()
    {
        Assert.Equal("productiemedewerker", Normaliser.Normalise("prod.medewerker")!.Occupation.PreferredLabel);
        Assert.Equal("magazijnmedewerker", Normaliser.Normalise("mw magazijn")!.Occupation.PreferredLabel);
        Assert.Equal("administratief medewerker", Normaliser.Normalise("adm. medewerker")!.Occupation.PreferredLabel);
        // The project's own title with such a word decides first.
        Assert.Equal(OccupationSource.AlternativeLabel, Normaliser.Normalise("kassa mdw")!.Source);
        // A shortened staff word ending a compound, alone or in a longer title; alone it names nothing.
        Assert.Equal("productiemedewerker", Normaliser.Normalise("productiemdwr")!.Occupation.PreferredLabel);
        // In a longer title it reads as the title written out does ("productiemedewerker spuitgieterij", the project's own).
        Assert.Same(Normaliser.Normalise("Productiemedewerker 2-ploegen spuitgieterij")!.Occupation, Normaliser.Normalise("Productiemdw 2-ploegen spuitgieterij")!.Occupation);
        Assert.Null(Normaliser.Normalise("mdw"));
    }

    [Fact]
    public void Work_named_first_reads_as_its_staff_when_nothing_else_in_the_title_reads()
    {
        Assert.Equal("wasserijmedewerker", Normaliser.Normalise("wasserij ziekenhuis")!.Occupation.PreferredLabel);
        Assert.Equal("ober/serveerster", Normaliser.Normalise("bediening strandpaviljoen")!.Occupation.PreferredLabel);
        // Not a person's own label ("koks hulp" helps the cook), nor a word that only heads longer labels.
        Assert.NotEqual("kok", Normaliser.Normalise("koks hulp")?.Occupation.PreferredLabel);
        Assert.Null(Normaliser.Normalise("nacht opvang"));
    }

    [Fact]
    public void A_workers_compound_that_heads_labels_names_their_group_inside_a_longer_title_too()
    {
        // "installatiemonteur" heads the labels of installation fitters in one ISCO group; with a workplace after it the
        // title read as nothing. ("procesoperator", the example before, is the project's own title since rules .113.)
        var alone = Normaliser.Normalise("installatiemonteur")!;
        var placed = Normaliser.Normalise("installatiemonteur kattenvoerfabriek")!;
        Assert.Equal(OccupationSource.HeadOfLabels, placed.Source);
        Assert.Same(alone.Occupation, placed.Occupation);
        // A staff compound whose labels spread over many groups says too little to read inside a longer title.
        Assert.Null(Normaliser.Normalise("servicemedewerker parkeergarage"));
    }

    [Theory]
    [InlineData("Verkoopmedewerker optiek 32-38 uur")]
    [InlineData("Verkoopmedewerker optiek (24 tot 32 uren)")]
    [InlineData("Verkoopmedewerker optiek 36u")]
    [InlineData("Verkoopmedewerker optiek (parttime)")]
    [InlineData("Verkoopmedewerker optiek (oproep, avond en weekend)")]
    public void Hours_and_terms_of_work_in_a_title_change_nothing_of_its_reading(string title)
    {
        var bare = Normaliser.Normalise("Verkoopmedewerker optiek")!;
        var withHours = Normaliser.Normalise(title)!;
        Assert.Same(bare.Occupation, withHours.Occupation);
        // Read whole, not by a part with the rest left out: a vacancy so titled keeps its occupation.
        Assert.False(withHours.ReadFromPart);
        Assert.Equal(bare.Confidence, withHours.Confidence);
    }

    [Fact]
    public void A_project_job_title_inside_a_longer_title_is_read_the_projects_way()
    {
        Assert.Equal("schilder bouw", Normaliser.Normalise("ervaren schilder binnen en buiten")!.Occupation.PreferredLabel);
        // Also where ESCO's preferred label is the same word for other work: the Dutch interieurverzorger cleans buildings.
        Assert.Equal("schoonmaker gebouwen", Normaliser.Normalise("interieurverzorger")!.Occupation.PreferredLabel);
        Assert.Equal("schoonmaker gebouwen", Normaliser.Normalise("Interieurverzorger ochtenddienst kantoorpand")!.Occupation.PreferredLabel);
        // And where ESCO's alternative label is shared by so many labels' parts that it counts as generic there.
        Assert.Equal("medewerker klantencontactcentrum", Normaliser.Normalise("klantenservicemedewerker energiebedrijf")!.Occupation.PreferredLabel);
    }

    [Fact]
    public void Every_project_job_title_normalises_to_the_occupation_it_names()
    {
        var titles = Matching.Domain.Text.ProjectVocabulary.Synonyms;
        Assert.True(titles.Count >= 40, $"{titles.Count} project job titles");
        var misread = titles.Where(t => !ReferenceEquals(Normaliser.Normalise(t.Key)?.Occupation, OccupationCatalogue.Esco.Find(t.Value)))
            .Select(t => $"{t.Key} -> {Normaliser.Normalise(t.Key)?.Occupation.Code}, listed as {t.Value}");
        Assert.Empty(misread);
    }

    [Fact]
    public void A_project_job_title_names_one_of_the_two_occupations_of_a_reused_code_by_its_label()
    {
        // ESCO gives 8122.1 to the gritstraler and to the metaalspuiter oppervlaktebehandeling.
        Assert.Null(OccupationCatalogue.Esco.Find("8122.1"));
        Assert.Equal("gritstraler", Normaliser.Normalise("straler")!.Occupation.PreferredLabel);
        Assert.Equal("metaalspuiter oppervlaktebehandeling", OccupationCatalogue.Esco.Find("8122.1", "metaalspuiter oppervlaktebehandeling", out _)!.PreferredLabel);
        Assert.Null(OccupationCatalogue.Esco.Find("8122.1", "automonteur", out var problem));
        Assert.Equal("'8122.1' is 'gritstraler' or 'metaalspuiter oppervlaktebehandeling', not 'automonteur'.", problem);
        Assert.Null(OccupationCatalogue.Esco.Find("9333.8", "orderpicker", out problem));
        Assert.Equal("'9333.8' is 'magazijnmedewerker', not 'orderpicker'.", problem);
    }

    [Fact]
    public void A_synonym_shared_by_two_occupations_keeps_the_other_as_an_alternative()
    {
        var match = Normaliser.Normalise("loodsmedewerker")!;
        var all = match.Alternatives.Prepend(match.Occupation).Select(o => o.PreferredLabel).ToArray();
        Assert.Contains("magazijnmedewerker", all);
        Assert.Contains("pakhuismedewerker", all);
    }

    [Theory]
    // ESCO gives the trade's name also to the professional who designs or advises for it.
    [InlineData("cnc-operator", "operator CNC-machine", "CNC-programmeur")]
    [InlineData("boekbinder", "operator boekbindmachine", "manager drukkerij")]
    public void A_synonym_shared_with_a_professional_occupation_reads_as_the_practical_one_with_less_confidence(
        string text, string practical, string professional)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(practical, match.Occupation.PreferredLabel);
        Assert.Contains(match.Alternatives, o => o.PreferredLabel == professional);
        // Two readings in different groups: less sure than a synonym of one occupation or of one group.
        Assert.True(match.Confidence < Normaliser.Normalise("loodsmedewerker")!.Confidence);
        Assert.Equal(0.9, Normaliser.Normalise("orderverzamelaar")!.Confidence);
    }

    [Theory]
    // ISCO 7541 "Duikers".
    [InlineData("duiker", "duiker civiele onderwaterbouw", null)]
    // ISCO 2512 "Softwareontwikkelaars", named after ESCO's "software ontwikkelaar" written apart.
    [InlineData("softwareontwikkelaar", "software ontwikkelaar", null)]
    public void A_word_naming_an_ISCO_group_reads_as_the_occupation_the_group_is_named_after(string text, string preferred, string? alternative)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(OccupationSource.IscoGroupName, match.Source);
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        if (alternative is not null) Assert.Contains(match.Alternatives, o => o.PreferredLabel == alternative);
    }

    [Theory]
    // ESCO calls a social-work associate (3412) "helpende"; the "helpende ..." occupations are mostly care workers (53).
    [InlineData("helpende", "53", "thuiszorgmedewerker/thuiszorgmedewerkster")]
    public void A_synonym_ESCO_gives_only_a_professional_yields_to_the_practical_occupations_the_word_heads(
        string text, string subMajorGroup, string professional)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(OccupationSource.HeadOfLabels, match.Source);
        Assert.StartsWith(subMajorGroup, match.Occupation.IscoGroup, StringComparison.Ordinal);
        Assert.Contains(match.Alternatives, o => o.PreferredLabel == professional);
        Assert.Equal(match.Alternatives.Count, match.Alternatives.Distinct().Count());
    }

    [Fact]
    public void A_synonym_of_several_occupations_names_the_group_most_of_them_share()
    {
        // ESCO lists "tuinman" under hovenier and medewerker groenvoorziening (both ISCO 6113) and under botanicus
        // (2131): a gardener, not a landscape architect, whom its compound parts alone would suggest.
        var match = Normaliser.Normalise("tuinman")!;
        Assert.Equal("6113", match.Occupation.IscoGroup);
        Assert.Equal(OccupationSource.AlternativeLabel, match.Source);
        Assert.Contains(match.Alternatives, o => o.PreferredLabel == "hovenier");
    }

    [Theory]
    [InlineData("monteur")]
    [InlineData("medewerker")]
    [InlineData("technicus")]
    public void A_synonym_of_many_unrelated_occupations_names_none(string text) =>
        Assert.Null(Normaliser.Normalise(text));

    [Fact]
    public void A_label_inside_a_longer_title_is_found()
    {
        var match = Normaliser.Normalise("Ervaren heftruckchauffeur (m/v) voor de nachtploeg")!;
        Assert.Equal("heftruckchauffeur", match.Occupation.PreferredLabel);
        Assert.Equal(OccupationSource.LabelInTitle, match.Source);
    }

    [Theory]
    [InlineData("pizzabakkerskok", "5120")]
    [InlineData("heftruckmedewerker", "8344")]
    public void A_compound_is_split_into_parts_that_name_the_occupation(string text, string iscoGroup)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(iscoGroup, match.Occupation.IscoGroup);
        Assert.Equal(OccupationSource.CompoundParts, match.Source);
        Assert.True(match.Confidence <= 0.6);
    }

    [Fact]
    public void A_word_heading_the_labels_of_several_groups_names_the_largest_group_with_low_confidence()
    {
        // ESCO has no "servicemonteur" alone but 19 occupations called "servicemonteur ..." (autoruiten, verwarmings-
        // installaties, ...), most of them (7) mechanics of industrial machines (ISCO 7233): a general fitter, not
        // "servicemonteur autoruiten" that code order used to pick.
        var match = Normaliser.Normalise("servicemonteur")!;
        Assert.Equal(OccupationSource.HeadOfLabels, match.Source);
        Assert.Equal("monteur industriële machines", match.Occupation.PreferredLabel);
        Assert.InRange(match.Confidence, 0.05, 0.3);
        // The electrical readings stay as alternatives, one per other group.
        Assert.Contains(match.Alternatives, o => o.IscoGroup.StartsWith("74", StringComparison.Ordinal));
        Assert.Equal(match.Alternatives.Count, match.Alternatives.Select(o => o.IscoGroup).Distinct().Count());
        Assert.DoesNotContain(match.Alternatives, o => o.IscoGroup == match.Occupation.IscoGroup);
    }

    [Fact]
    public void An_operators_grade_letter_names_no_work()
    {
        // The process industry's VAPRO grades (A, B, C) say how far an operator is trained, not which work.
        Assert.Same(Normaliser.Normalise("Procesoperator chemie")!.Occupation, Normaliser.Normalise("Procesoperator B chemie")!.Occupation);
        Assert.Same(Normaliser.Normalise("Operator zuivel")!.Occupation, Normaliser.Normalise("Operator A zuivel (5-ploegen)")!.Occupation);
        // A letter that begins a word is no grade.
        Assert.Null(Normaliser.Normalise("operator a-lijn"));
    }

    [Fact]
    public void A_process_operator_named_with_the_plant_is_that_plants_operator()
    {
        // "proces" adds no work: the plant or product says which operator, as it does after "operator".
        foreach (var plant in new[] { "frisdrank", "melkpoederfabriek", "rioolwaterzuivering" })
            Assert.Same(Normaliser.Normalise($"operator {plant}")!.Occupation, Normaliser.Normalise($"procesoperator {plant}")!.Occupation);
        // Named alone, the process operator is the chemical industry's (ESCO: procesoperator chemie), not a frozen-meals plant's.
        Assert.Equal("3133", Normaliser.Normalise("procesoperator")!.Occupation.IscoGroup);
    }

    [Fact]
    public void A_word_heading_labels_in_one_branch_is_read_in_that_branch()
    {
        // "exploitatietechnicus ..." names 14 occupations, all process control technicians (ISCO 313), of energy plants,
        // incinerators, water treatment and more. ("procesoperator", the example before, is the project's own title since
        // rules .113.)
        var match = Normaliser.Normalise("exploitatietechnicus")!;
        Assert.Equal(OccupationSource.HeadOfLabels, match.Source);
        Assert.StartsWith("313", match.Occupation.IscoGroup, StringComparison.Ordinal);
        Assert.True(match.Confidence < 0.5);
    }

    [Theory]
    // Both occupations called "chassismonteur ..." are assemblagetechnicus voertuigen or narrower: ESCO's broader one.
    [InlineData("chassismonteur", "assemblagetechnicus voertuigen")]
    // Rijtuig-, meubel-, vliegtuig- and voertuigbekleder are all ISCO 7534 "Stoffeerders e.d.", none broader than
    // the others: the occupation the group is named after (and "be-kleder" is no kind of "kleder", a theatre dresser).
    [InlineData("bekleder", "stoffeerder")]
    // Both "aftekenaar ..." occupations (technisch tekenaar scheepsbouw, tekenaar-ontwerper vliegtuigbouw) are
    // narrower than ESCO's technisch tekenaar: that one.
    [InlineData("aftekenaar", "technisch tekenaar")]
    public void A_word_heading_labels_in_one_group_names_the_occupation_that_stands_for_them(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(OccupationSource.HeadOfLabels, match.Source);
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.Empty(match.Alternatives);
    }

    [Fact]
    public void A_word_found_only_inside_longer_compounds_is_read_by_its_parts()
    {
        // "fietsenmonteur" appears only inside "motorfietsenmonteur"; its parts (fiets, monteur) say fietsenmaker.
        var match = Normaliser.Normalise("fietsenmonteur")!;
        Assert.Equal(OccupationSource.CompoundParts, match.Source);
        Assert.Equal("fietsenmaker", match.Occupation.PreferredLabel);
    }

    [Theory]
    [InlineData("vijverbeheerder")] // not a beheerder van EU-fondsen
    [InlineData("rondvaartmedewerker")] // not a medewerker uitvaartondernemer
    [InlineData("medewerker jachthavenbeheer")] // not a manegebeheerder
    [InlineData("medewerker ijsbaanbeheer")] // not an ijsbereider
    public void Compound_parts_that_leave_a_word_of_the_title_unexplained_name_no_occupation(string text) =>
        Assert.Null(Normaliser.Normalise(text));

    [Theory]
    [InlineData("medewerker onderhoud")] // not an onderhoudsmedewerker septische tanks
    [InlineData("schuurhulp")] // not a zorghulp: "hulp" is all they share
    public void Compound_parts_of_a_label_that_adds_work_the_title_does_not_name_name_no_occupation(string text) =>
        Assert.Null(Normaliser.Normalise(text));

    [Theory]
    [InlineData("Gastvrouw/gastheer receptie woonzorgcentrum (m/v), 16-24 uur", "receptionist")] // not a restaurant's host
    [InlineData("Kassière/kassamedewerker supermarkt", "kassamedewerker")]
    public void Two_names_of_one_job_share_the_rest_of_the_title(string title, string preferred) =>
        Assert.Equal(preferred, Normaliser.Normalise(title)!.Occupation.PreferredLabel);

    [Fact]
    public void Two_names_of_one_job_whose_rest_changes_nothing_read_as_two_jobs_do()
    {
        var match = Normaliser.Normalise("Receptioniste / baliemedewerker gemeentehuis")!;
        Assert.Equal("receptionist", match.Occupation.PreferredLabel);
        Assert.Contains(match.Alternatives, o => o.PreferredLabel == "functionaris burgerzaken");
    }

    [Theory]
    [InlineData("belader en chauffeur C (Area Reiniging)", "vuilnisophaler", "vrachtwagenchauffeur")]
    [InlineData("kok en afwasser", "kok", "keukenhulp")]
    public void Two_jobs_joined_by_en_read_as_a_slash_title_names_them(string text, string first, string also)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(first, match.Occupation.PreferredLabel);
        Assert.Contains(match.AlsoNamed, o => o.PreferredLabel == also);
    }

    [Theory]
    [InlineData("gastvrouw/-heer verpleeghuis", "gastvrouw verpleeghuis")]
    [InlineData("medewerker/-ster bediening", "medewerker bediening")]
    public void The_other_forms_ending_after_a_slash_is_no_second_job(string written, string plain) =>
        Assert.Same(Normaliser.Normalise(plain)!.Occupation, Normaliser.Normalise(written)!.Occupation);

    [Theory]
    [InlineData("vrachtwagenchauffeur trekker-oplegger koel/vries distributie", "vrachtwagenchauffeur")] // "vries" alone: a cold-store worker
    [InlineData("Orderpicker koel/vries (m/v) 38 uur", "orderpicker")]
    public void A_slash_between_two_conditions_of_one_job_names_no_second_job(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.Empty(match.Alternatives);
    }

    [Theory]
    [InlineData("Chauffeur / logistiek medewerker bibliotheekservice (rijbewijs B) - Zwolle", "auto- en bestelwagenkoerier", "magazijnmedewerker")]
    [InlineData("Chauffeur / bijrijder (rijbewijs C)", "vrachtwagenchauffeur", "verhuizer")]
    public void A_licence_the_title_names_apart_says_which_driver_its_bare_chauffeur_is(string text, string driver, string other)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(driver, match.Occupation.PreferredLabel);
        Assert.Contains(match.Alternatives, o => o.PreferredLabel == other);
        // Without the licence, the bare word names no driver: only the other job is read.
        var unlicensed = Normaliser.Normalise("Chauffeur / logistiek medewerker")!;
        Assert.DoesNotContain(unlicensed.Alternatives.Prepend(unlicensed.Occupation), o => o.PreferredLabel == driver);
    }

    [Fact]
    public void A_licence_beside_a_bare_word_that_names_no_driver_changes_nothing() =>
        // "Bezorger B" reads as a leaflet deliverer by its parts: the licence says which driver, never which deliverer.
        Assert.NotEqual("folderbezorger", Normaliser.Normalise("Bezorger / monteur zorghulpmiddelen (rijbewijs B) – Zwolle")!.Occupation.PreferredLabel);

    [Theory]
    [InlineData("Gastvrouw Stedelijk Museum Kampen", "servicemedewerker bioscoop, theater")] // not a restaurant's host
    [InlineData("schoonmaker bij particulieren", "interieurverzorger")] // the project's "schoonmaker particulieren"
    [InlineData("Sorteerder aan de band bij recyclingbedrijf", "afvalsorteerder")] // not ESCO's quality grader
    public void A_project_title_split_by_a_name_or_a_preposition_is_still_read(string text, string preferred) =>
        Assert.Equal(preferred, Normaliser.Normalise(text)!.Occupation.PreferredLabel);

    [Fact]
    public void The_projects_reading_of_a_phrase_ESCO_names_otherwise_holds_inside_a_longer_title() =>
        // ESCO's "logistiek medewerker" is a logistics clerk; the WSP's is the warehouse worker, with a workplace after it too.
        Assert.Equal("magazijnmedewerker", Normaliser.Normalise("logistiek medewerker groothandel (goederenontvangst, orders)")?.Occupation.PreferredLabel);

    [Theory]
    [InlineData("Mdw. expeditie (m/v) – voedingsproducent Raalte, dagdienst", "expeditiemedewerker")] // the extras still read as extras
    [InlineData("Mdw. alg. dienst gemeentewerken", "medewerker groenvoorziening/medewerkster groenvoorziening")] // algemene dienst
    [InlineData("mont. cv", "verwarmingsmonteur")]
    public void Shortened_words_are_written_out_where_they_stand(string text, string preferred) =>
        Assert.Equal(preferred, Normaliser.Normalise(text)?.Occupation.PreferredLabel);

    [Fact]
    public void Two_jobs_sharing_a_head_written_once_read_as_the_first_with_that_head() =>
        Assert.Equal("sport- en bewegingsleider", Normaliser.Normalise("sport- en spelbegeleider")?.Occupation.PreferredLabel);

    [Theory]
    [InlineData("Kassa- en vakkenvuller")] // "kassavuller" is no job
    [InlineData("Medewerker schoonmaak en onderhoud")] // "onderhoud" names no job
    public void En_that_joins_no_two_jobs_leaves_one_title(string text) =>
        Assert.Empty(Normaliser.Normalise(text)!.AlsoNamed);

    [Theory]
    [InlineData("medewerker eierpakstation (trays vullen, pallets stapelen)", "inpakker met de hand")] // not the warehouse's pallets
    [InlineData("Productiemedewerker aardappelverwerking (schillerij)", "medewerker voedselproductie")]
    [InlineData("vrachtwagen monteur (Scania)", "monteur dieselmotoren")] // the job before the employer
    [InlineData("Groenteverwerking: prei en kool snijden en verpakken", "medewerker voedselproductie")] // not a picker of leeks
    public void A_job_named_before_a_parenthesis_or_a_colon_is_the_job_what_follows_describes(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.Equal(OccupationSource.LabelInTitle, match.Source);
    }

    [Fact]
    public void A_parenthesis_after_a_word_that_names_no_job_is_read_with_the_rest() =>
        Assert.Equal("heftruckchauffeur", Normaliser.Normalise("uitzendkracht (heftruckchauffeur)")?.Occupation.PreferredLabel);

    [Theory]
    [InlineData("activteitenbegeleider", "activiteitenbegeleider")] // a letter left out
    [InlineData("gevelreinger", "gevelreiniger")]
    [InlineData("activiteiten begeleidster", "activiteitenbegeleider")] // written apart, the female form
    [InlineData("magazijn medewerkster", "magazijnmedewerker")]
    [InlineData("lijnmedewerkster", "lijnmedewerker")] // a compound in the female form ESCO does not list
    [InlineData("Begeleidster dagbesteeding jongeren met autisme", "begeleider dagbesteding")] // the female form and a typo in a longer title
    [InlineData("reachtruck bestuurder", "reachtruckchauffeur")]
    [InlineData("heftruckchaufeur", "heftruckchauffeur")] // one letter from two titles of one occupation (heftrukchauffeur)
    [InlineData("kassiere", "kassière")]
    [InlineData("heftruck chaufeur", "heftruckchauffeur")] // written apart, with a letter left out
    [InlineData("verkoop medewerker", "verkoopmedewerker")]
    [InlineData("medewerker gevelreiniging", "gevelreiniger")] // the worker the activity names
    [InlineData("medewerker ongediertebestrijding", "ongediertebestrijder")]
    [InlineData("medewerker slagerij", "slager")] // the worker the workplace names
    [InlineData("medewerker snack bar", "medewerker snackbar")] // three words, two of them one word written apart
    [InlineData("groenvoorziening medewerker", "medewerker groenvoorziening")] // the staff word where the label has it
    [InlineData("orderpikcer", "orderpicker")] // two neighbouring letters swapped
    [InlineData("ordepikker", "orderpicker")] // as it sounds (kk for ck), with a letter left out
    [InlineData("doktersasistente", "doktersassistent")] // the female -e, with a letter left out
    [InlineData("Chemisch analiste", "chemisch analist")] // the female -e after -ist
    [InlineData("operman", "opperman")] // seven letters: a letter left out of an eight-letter label
    [InlineData("Heilerziehungspflegerin (Wohnheim Lingen)", "heilerziehungspfleger")] // the German female -in
    [InlineData("staplerfahrerin", "heftruckchauffeur")]
    [InlineData("Chauffeuse schoolvervoer en zorgvervoer", "chauffeur schoolvervoer")] // the French female -euse
    [InlineData("Invalchauffeur leerlingenvervoer (oproep)", "chauffeur leerlingenvervoer")] // the stand-in's compound
    [InlineData("oproepkok", "kok")]
    [InlineData("Crew member snijderij groente & fruit (ploegendienst)", "medewerker snijderij groente")] // the chain's English staff words
    [InlineData("Teammember winkel", "winkelmedewerker")]
    [InlineData("Dierverzorg(st)er dierenpension en opvang honden en katten - Raalte", "dierverzorger")] // both genders in one word
    [InlineData("Medewerk(st)er schoonmaak", "schoonmaker gebouwen")]
    [InlineData("Schoonmaak(st)er kantoren", "schoonmaker kantoren")]
    [InlineData("Receptionist(e) hotel", "hotelreceptionist")]
    [InlineData("Ass. MW-er wijkteam", "maatschappelijk assistent")] // MW-er: the maatschappelijk werker, not a medewerker
    public void A_title_written_otherwise_reads_as_the_label_it_means(string text, string label)
    {
        var meant = Normaliser.Normalise(label);
        var reading = Normaliser.Normalise(text);
        Assert.NotNull(meant);
        Assert.Same(meant.Occupation, reading?.Occupation);
    }

    [Theory]
    [InlineData("machine operator spuitgieterij (Wavin)", "operator spuitgietmachine")]
    [InlineData("machineoperator drukkerij", "offsetdrukker")] // not the manager drukkerij its compound parts name
    [InlineData("machineoperator verpakkingslijn", "procesoperator verpakkings- en vulmachine")]
    [InlineData("machine operator in Turkije", "operator automatische assemblagelijnen")] // no machine named: ESCO's machine operator
    [InlineData("productie-operator zuivelfabriek (melkpoeder)", "procesoperator zuivelverwerking")] // a production operator too
    public void A_machine_operator_named_with_a_workplace_operates_that_ones_machines(string text, string label) =>
        Assert.Equal(label, Normaliser.Normalise(text)?.Occupation.PreferredLabel);

    [Theory]
    [InlineData("medewerker huishouding")] // a huishouder is no pandhuishouder: only a label word for word counts
    [InlineData("kasmedewerker")] // two letters from kassamedewerker: another word, not a typo
    [InlineData("bijrijder")] // rides along, drives nothing
    [InlineData("baanmedewerker")] // a letter left out and another added: two from bankmedewerker
    public void Spelling_is_mended_only_into_a_label_word_for_word(string text) =>
        Assert.NotEqual(OccupationSource.OtherSpelling, Normaliser.Normalise(text)?.Source);

    [Theory]
    [InlineData("Montagemedewerker - dagdienst", "Montagemedewerker")]
    [InlineData("Vakkenvuller (m/v) - 12 uur per week", "Vakkenvuller")]
    [InlineData("Barmedewerker (m/v) grand café", "Barmedewerker")]
    public void What_follows_a_dash_or_a_gender_marker_is_not_the_job(string title, string job)
    {
        var reading = Normaliser.Normalise(job);
        Assert.NotNull(reading);
        Assert.Same(reading.Occupation, Normaliser.Normalise(title)?.Occupation);
    }

    [Theory]
    [InlineData("Montagemedewerker (m/v) - 32 tot 40 uur", "Montagemedewerker (m/v)")]
    [InlineData("Barmedewerker (m/v) grand café", "Barmedewerker ")]
    [InlineData("Postbezorger (m/v)", null)]
    [InlineData("Kok / keukenhulp", null)]
    [InlineData("- 32 uur", null)]
    public void The_core_of_a_title_ends_at_a_dash_or_at_a_gender_marker_words_follow(string title, string? core) =>
        Assert.Equal(core, OccupationNormaliser.CoreTitle(title));

    [Theory]
    [InlineData("medewerker slagerij", "slager")] // not a koperslager
    [InlineData("medewerker schoenmakerij", "schoenmaker")] // not a handschoenmaker
    [InlineData("medewerker meubelmakerij", "meubelmaker")] // not a rotanmeubelmaker
    public void Of_readings_alike_by_their_parts_the_label_that_adds_least_to_the_title_wins(string text, string label) =>
        Assert.Equal(label, Normaliser.Normalise(text)?.Occupation.PreferredLabel);

    [Fact]
    public void A_staff_title_is_not_read_as_someone_who_leads()
    {
        var match = Normaliser.Normalise("medewerker fastfoodrestaurant")!;
        Assert.Equal("medewerker fastfood", match.Occupation.PreferredLabel);
    }

    [Theory]
    [InlineData("hulp in de keuken", "keukenhulp")]
    [InlineData("Medewerker in het magazijn", "magazijnmedewerker")]
    [InlineData("medewerker in de schoonmaak", "schoonmaker gebouwen")]
    [InlineData("medewerker in de groenvoorziening", "medewerker groenvoorziening/medewerkster groenvoorziening")] // a label with its words apart
    public void The_staff_word_in_the_workplace_reads_as_the_compound_label(string text, string preferred) =>
        Assert.Equal(preferred, Normaliser.Normalise(text)!.Occupation.PreferredLabel);

    [Theory]
    // Each word heads longer labels of managers and specialists (magazijnchef, afdelingsmanager kassa, hoofdsommelier).
    [InlineData("magazijn", "magazijnmedewerker")]
    [InlineData("Kassa", "kassamedewerker")]
    [InlineData("bediening", "ober/serveerster")]
    [InlineData("bakkerij", "bakkerijmedewerker")]
    [InlineData("productie", "productiemedewerker")]
    public void A_workplace_named_alone_reads_as_its_staff(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.True(match.Confidence < Normaliser.Normalise("medewerker " + text)!.Confidence, "naming no person says less than naming the staff");
    }

    [Theory]
    [InlineData("koks", "kok")]
    [InlineData("schoonmakers", "schoonmaker gebouwen")] // not the schoonmaker cacaobonen whose label it heads
    [InlineData("verpleegkundigen", "algemeen verpleegkundige")]
    public void A_plural_reads_as_its_singular(string text, string preferred) =>
        Assert.Equal(preferred, Normaliser.Normalise(text)!.Occupation.PreferredLabel);

    [Theory]
    [InlineData("chauffeur")]
    [InlineData("chauffeur in de regio")] // (a "pendelbus chauffeur" is a buschauffeur since vocabulary round 27)
    [InlineData("chauffeur van een bestelbus")]
    public void A_chauffeur_is_read_as_the_drivers_group_not_as_the_removal_driver_whose_label_has_the_word(string text)
    {
        // ESCO's "chauffeur/verhuizer" gives the word to the removal driver, while it ends the bus, taxi and truck drivers' labels too.
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(OccupationSource.HeadOfLabels, match.Source);
        Assert.NotEqual("chauffeur/verhuizer", match.Occupation.PreferredLabel);
        Assert.StartsWith("83", match.Occupation.IscoGroup);
        Assert.Equal("chauffeur/verhuizer", Normaliser.Normalise("chauffeur/verhuizer")!.Occupation.PreferredLabel);
    }

    [Theory]
    // In ESCO "machinist" is a ship's engineer, "meester" a sergeant, "gieter" a metal caster and "zager" a sawmill
    // operator, while the longer labels they end name other work (graafmachinist, havenmeester, ...).
    [InlineData("stoommachinist", "werktuigkundige scheepvaart", null)] // "machinist" alone reads as the operators' group it heads
    [InlineData("zaalmeester", "sergeant", "meester")]
    [InlineData("betongieter", "gieter metaal", "gieter")]
    [InlineData("tegelzager", "operator houtzagerij", "zager")]
    public void A_compound_is_not_read_as_a_head_whose_compounds_in_ESCO_name_other_work(string text, string headReading, string? headAlone)
    {
        Assert.NotEqual(headReading, Normaliser.Normalise(text)?.Occupation.PreferredLabel);
        // The word alone keeps its reading.
        if (headAlone is not null) Assert.Equal(headReading, Normaliser.Normalise(headAlone)!.Occupation.PreferredLabel);
    }

    [Fact]
    public void A_compound_whose_head_misleads_is_read_by_its_parts() =>
        Assert.Equal("machinist wegenbouwmachine", Normaliser.Normalise("wegenbouwmachinist")!.Occupation.PreferredLabel);

    [Theory]
    // The worker and then what the work is on: the compound Dutch also writes ("goederentreinmachinist" ends in the
    // treinmachinist), or the worker's label with the thing's last part ("machinist graafmachine"); not "machinist" on its
    // own, which ESCO gives the ship's engineer.
    [InlineData("Machinist goederentreinen", "treinmachinist")]
    [InlineData("machinist bovenloopkraan", "kraanbestuurder fabriek")]
    [InlineData("assistente tandarts", "tandartsassistent")]
    [InlineData("Machinist rupsgraafmachine", "graafmachinist")]
    // ... also with more words after them: "machinist" shared by several groups does not decide alone.
    [InlineData("Machinist minigraver kabels & leidingen (m/v) - Hardenberg - fulltime", "graafmachinist")]
    [InlineData("machinist heftruck fulltime", "heftruckchauffeur")]
    public void A_worker_followed_by_what_they_work_on_reads_as_the_compound_of_the_two(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.Equal(OccupationSource.LabelInTitle, match.Source);
    }

    [Theory]
    // A compound written apart is that compound, not the professional its first word names.
    [InlineData("tandarts assistente", "tandartsassistent")]
    [InlineData("spoelkeuken medewerker", "keukenhulp")] // the project's spoelkeukenmedewerker
    public void Two_words_that_make_a_label_written_as_one_read_as_that_label(string text, string preferred) =>
        Assert.Equal(preferred, Normaliser.Normalise(text)!.Occupation.PreferredLabel);

    [Theory]
    // One letter wrong in a word of a longer title, or in a compound written apart, mended to the one label word it can be.
    [InlineData("medewerker choclaterie", "chocolatier")]
    [InlineData("tandarts assisstente", "tandartsassistent")] // not the dentist
    // ESCO's word goes first: the project lists the typo "oderpikker" as a title, one letter from this typo too.
    [InlineData("orderpikker koelcel", "orderpicker")]
    public void A_one_letter_typo_inside_a_longer_title_is_mended(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.Equal(OccupationSource.OtherSpelling, match.Source);
    }

    [Fact]
    public void A_worker_and_an_object_that_make_no_label_keep_the_reading_of_the_words() =>
        Assert.Equal("schilder bouw", Normaliser.Normalise("schilder woningen")!.Occupation.PreferredLabel);

    [Theory]
    [InlineData("hoofd magazijn", "magazijnchef")]
    [InlineData("magazijnchef", "magazijnchef")]
    public void A_workplace_with_its_manager_still_reads_as_the_manager(string text, string preferred) =>
        Assert.Equal(preferred, Normaliser.Normalise(text)!.Occupation.PreferredLabel);

    [Fact]
    public void A_title_naming_a_narrower_job_of_a_label_reads_as_that_label()
    {
        // Every word of "medewerker keuken" is in the title; "vaatwas" only says which kitchen.
        var match = Normaliser.Normalise("vaatwaskeuken medewerker")!;
        Assert.Equal("medewerker keuken", match.Occupation.PreferredLabel);
        Assert.Equal(OccupationSource.CompoundParts, match.Source);
    }

    [Theory]
    [InlineData("Medewerker productie", "productiemedewerker")]
    [InlineData("medewerker verkoop", "verkoopmedewerker")]
    [InlineData("Medewerker thuiszorg", "thuiszorgmedewerker")]
    // Any staff word written before the work: "monteur lift" is the liftmonteur, as Dutch writes it.
    [InlineData("monteur lift", "liftmonteur")]
    [InlineData("Monteur glasvezel", "glasvezelmonteur")]
    [InlineData("monteur assemblage", "assemblagemonteur industriële installaties")]
    // A word ESCO uses only as the head of longer labels, before the work of a label written apart ("sanitair installateur").
    [InlineData("installateur sanitair", "loodgieter")]
    public void Medewerker_and_the_work_read_as_the_compound_label(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.Equal(OccupationSource.LabelInTitle, match.Source);
    }

    [Theory]
    // The words before the preposition name the work, the rest where or for whom it was done.
    [InlineData("productie bij een verffabriek", "productiemedewerker")]
    [InlineData("orderpicken bij een distributiecentrum", "orderpicker")]
    // The staff word alone names nothing: the title without the preposition does (the brand is its workplace).
    [InlineData("medewerker bij albert heijn", "winkelmedewerker")]
    public void Work_written_before_a_place_reads_as_that_work(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.True(match.Confidence <= 0.6);
    }

    [Theory]
    // A staff compound named first gives way to a narrower job of its kind named after it.
    [InlineData("Productiemedewerker tufting kunstgras (m/v) 3-ploegen", "operator tuften")]
    [InlineData("Verkoopmedewerker kledingwinkel", "verkoopspecialist kleding")]
    // Not to a labourer's job, nor to a word that names no job of its kind.
    [InlineData("productiemedewerker inpak", "productiemedewerker")]
    [InlineData("magazijnmedewerker koelcel", "magazijnmedewerker")]
    public void A_staff_compound_gives_way_to_the_narrower_job_named_after_it(string text, string preferred) =>
        Assert.Equal(preferred, Normaliser.Normalise(text)!.Occupation.PreferredLabel);

    [Theory]
    // A phrase beginning with a preposition says where the job named before it was done, even where the project reads
    // that phrase alone as a job ("in de supermarkt": a shop worker).
    [InlineData("slager in de supermarkt", "slager")]
    [InlineData("Inpakker aan de lopende band bij Vion", "inpakker met de hand")]
    [InlineData("gevelreiniging bij schoonmaakbedrijf", "gevelreiniger")] // a single word after the preposition: no schoonmaker
    // Words before it that name no job of their own leave the phrase to name it.
    [InlineData("medewerker in de supermarkt", "winkelmedewerker")]
    [InlineData("stagiair in de keuken", "keukenhulp")]
    public void A_job_named_before_a_place_is_that_job(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.False(match.ReadFromPart);
    }

    [Theory]
    [InlineData("chauffeur in de bouw")] // not an opperman
    [InlineData("chauffeur in de horeca")] // not a waiter
    public void A_word_heading_several_groups_labels_before_a_place_names_that_group_not_the_places_job(string text)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal("8332", match.Occupation.IscoGroup);
        Assert.Equal(OccupationSource.HeadOfLabels, match.Source);
    }

    [Theory]
    // What it says between brackets (an employer, a country, how the work was done) after a text no label reads.
    [InlineData("vrachtwagen monteur Scania", "monteur dieselmotoren")]
    [InlineData("truckdriver (Roemenië)", "vrachtwagenchauffeur")]
    // One or two words at the end: where or for whom.
    [InlineData("cassiere tankstation", "kassamedewerker")]
    [InlineData("medewerker productie verffabriek AkzoNobel", "productiemedewerker")]
    // A first word saying on what terms, then the work.
    [InlineData("bijbaan bediening", "ober/serveerster")]
    [InlineData("uitzendkracht fabriek Raalte", "productiemedewerker")]
    public void A_text_read_as_nothing_whole_reads_as_the_part_that_names_the_work(string text, string preferred)
    {
        var match = Normaliser.Normalise(text)!;
        Assert.Equal(preferred, match.Occupation.PreferredLabel);
        Assert.True(match.ReadFromPart);
        Assert.True(match.Confidence <= 0.6, $"{match.Confidence}");
    }

    [Theory]
    // The last word is the person: a cook's helper is no cook.
    [InlineData("Koks hulp")]
    // Two things joined: the coffee-and-tea house is no coffee grinding.
    [InlineData("medewerker koffie- en theehuis")]
    // The first word may be the job (one who sets up a new team), so the workplace after it does not decide.
    [InlineData("kwartiermaker thuiszorg")]
    // A word read only as the head of longer labels ("aanleg": voorman spoorlegger) names no work.
    [InlineData("aanleg groendaken")]
    public void A_part_that_may_leave_out_the_work_is_not_read(string text) =>
        Assert.Null(Normaliser.Normalise(text));

    [Fact]
    public void A_text_read_whole_is_not_read_from_a_part() =>
        Assert.False(Normaliser.Normalise("medewerker productie")!.ReadFromPart);

    [Fact]
    public void A_word_read_only_as_the_head_of_longer_labels_names_no_work_before_a_place() =>
        // "meewerkend" heads "meewerkend voorman" and other leads' labels; the text says nothing of the work.
        Assert.Null(Normaliser.Normalise("meewerkend op de boerderij van mijn ouders"));

    [Fact]
    public void A_side_of_a_slash_title_read_only_as_a_word_heading_many_groups_names_no_second_job()
    {
        // "Onderhoudsmonteur" heads the labels of electrical, plumbing and machine fitters: it names none of them, so
        // an electrician is no match for it; the other side is the job.
        var match = Normaliser.Normalise("Monteur technische dienst / Onderhoudsmonteur (m/v)")!;
        Assert.Equal("monteur industriële machines", match.Occupation.PreferredLabel);
        Assert.Empty(match.AlsoNamed);
        Assert.Equal("productiemedewerker", Normaliser.Normalise("Machineoperator / productiemedewerker")!.Occupation.PreferredLabel);
    }

    [Fact]
    public void A_title_naming_two_jobs_reads_as_the_first_with_the_other_as_an_alternative()
    {
        var match = Normaliser.Normalise("Lasser / metaalplaatwerker (m/v)")!;
        Assert.Equal("lasser", match.Occupation.PreferredLabel);
        Assert.Equal(OccupationSource.LabelInTitle, match.Source);
        Assert.True(match.Confidence <= 0.75);
        Assert.Equal("metaalplaatwerker", Assert.Single(match.Alternatives).PreferredLabel);
    }

    [Theory]
    [InlineData("Deelnemer arbeidsmatige dagbesteding (houtwerkplaats)", "dagbesteding houtwerkplaats")] // the workshop's work
    [InlineData("deelnemer dagbesteding kringloopwinkel", "dagbesteding kringloopwinkel")]
    public void A_participant_of_day_activities_did_their_work_not_the_supervision(string text, string work)
    {
        var supervisor = Normaliser.Normalise("begeleider dagbesteding")!.Occupation;
        var reading = Normaliser.Normalise(text);
        Assert.NotSame(supervisor, reading?.Occupation);
        Assert.Same(Normaliser.Normalise(work)!.Occupation, reading?.Occupation);
    }

    [Theory]
    [InlineData("Seizoenskracht bungalowpark", "medewerker bungalowpark")] // no picker: ESCO's seizoenskracht is one
    [InlineData("Seizoensmedewerker bloembollen Nieuwleusen", "medewerker bloembollen")]
    [InlineData("uitzendkracht slachterij", "medewerker slachterij")]
    [InlineData("Vrijwilliger kringloopwinkel", "medewerker kringloopwinkel")] // a volunteer's work (its years count half)
    [InlineData("stagiair receptie", "medewerker receptie")]
    [InlineData("Stage groenvoorziening", "medewerker groenvoorziening")] // an internship in the work
    [InlineData("Starter magazijn", "medewerker magazijn")] // no referee: ESCO's starter is a race starter
    [InlineData("Zaterdaghulp bakkerij", "medewerker bakkerij")]
    [InlineData("Werkstudent klantenservice", "medewerker klantenservice")]
    public void A_word_for_the_terms_of_work_reads_as_the_staff_of_what_follows(string text, string staff) =>
        Assert.Same(Normaliser.Normalise(staff)!.Occupation, Normaliser.Normalise(text)?.Occupation);

    [Theory]
    [InlineData("deelnemer dagbesteding")] // no work named
    [InlineData("deelnemer arbeidsmatige dagbesteding")]
    public void A_participant_naming_no_work_reads_as_nothing(string text) => Assert.Null(Normaliser.Normalise(text));

    [Fact]
    public void A_volunteer_s_or_intern_s_work_is_marked_unpaid_a_temp_s_is_not()
    {
        Assert.True(Normaliser.Normalise("vrijwilliger receptie ziekenhuis")?.Unpaid);
        Assert.True(Normaliser.Normalise("stagiair keuken")?.Unpaid); // a project title
        Assert.True(Normaliser.Normalise("stage groenvoorziening")?.Unpaid);
        Assert.False(Normaliser.Normalise("stage manager")?.Unpaid); // ESCO's theatre stage manager, no intern
        Assert.False(Normaliser.Normalise("uitzendkracht slachterij")?.Unpaid);
        Assert.False(Normaliser.Normalise("receptionist")?.Unpaid);
    }

    [Theory]
    [InlineData("Vrijwilliger")] // not the volunteers' coordinator whose labels the word heads
    [InlineData("vrijwilligster")]
    [InlineData("stagiair")]
    [InlineData("Stage")]
    [InlineData("Starter")] // a beginner, not the race starter
    [InlineData("Starter gezocht voor de productie")] // nor inside a title
    public void A_volunteer_or_intern_naming_no_work_reads_as_nothing(string text) => Assert.Null(Normaliser.Normalise(text));

    [Theory]
    [InlineData("Huisvrouw / moeder")] // no typo of the Flemish "kuisvrouw", the cleaner
    [InlineData("huisvrouw")]
    [InlineData("Statushouder")] // no housing supervisor
    public void A_person_s_situation_written_as_a_title_reads_as_nothing(string text) => Assert.Null(Normaliser.Normalise(text));

    [Theory]
    [InlineData("Terapeuta zajęciowy (warsztat terapii zajęciowej)", "begeleider dagbesteding")] // Polish, a day workshop
    [InlineData("Betreuer in einer Wohngruppe für psychisch kranke Menschen", "begeleider dagbesteding")] // German
    [InlineData("Animator woonzorgcentrum", "activiteitenbegeleider")] // Flemish, a nursing home: no entertainer
    public void Foreign_titles_of_supervising_people_in_care(string text, string label) =>
        Assert.Same(Normaliser.Normalise(label)!.Occupation, Normaliser.Normalise(text)?.Occupation);

    [Fact]
    public void A_gender_marker_is_no_second_job()
    {
        var match = Normaliser.Normalise("Heftruckchauffeur (m/v)")!;
        Assert.Equal(OccupationSource.PreferredLabel, match.Source);
        Assert.Empty(match.Alternatives);
    }

    [Theory]
    [InlineData("monteur Kia dealer", "automonteur")] // the dealership's workshop, no croupier
    [InlineData("Monteur dealer", "automonteur")] // a job's word before the dealer is no brand
    [InlineData("Monteur bedrijfswagens (DAF-dealer)", "monteur dieselmotoren")]
    [InlineData("dealer Holland Casino", "croupier")] // a gaming table's dealer stays the croupier
    [InlineData("blackjack dealer", "croupier")]
    [InlineData("werkplaatsplanner truckdealer", "coördinator machineassemblage")] // the workshop planner, at a truck dealership
    public void A_dealer_in_a_title_is_the_dealership_where_the_work_was_done(string text, string label) =>
        Assert.Equal(label, Normaliser.Normalise(text)?.Occupation.PreferredLabel);

    [Theory]
    [InlineData("truckdealer")]
    [InlineData("autodealer")]
    public void A_dealership_named_without_a_job_reads_as_nothing(string text) => Assert.Null(Normaliser.Normalise(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xyzzy qwerty")]
    [InlineData("betrouwbaar en flexibel")]
    public void Unknown_words_name_no_occupation(string text) => Assert.Null(Normaliser.Normalise(text));

    [Fact]
    public void A_code_wins_over_the_text()
    {
        var match = Normaliser.Resolve("9333.8.1", "kok")!;
        Assert.Equal("orderpicker", match.Occupation.PreferredLabel);
        Assert.Equal(OccupationSource.Code, match.Source);
    }

    [Fact]
    public void A_code_that_ESCO_reuses_is_refused_with_the_uuids_to_choose_from()
    {
        Assert.Null(OccupationCatalogue.Esco.Find("1330.1", out var problem));
        Assert.Contains("send the uuid", problem);
        Assert.NotNull(OccupationCatalogue.Esco.Find("9333.8", out _));
    }
}
