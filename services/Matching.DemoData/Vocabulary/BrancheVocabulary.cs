using Matching.Domain.Common;

namespace Matching.DemoData.Vocabulary;

/// <summary>
/// Skills, interests and tasks per branche, in the words consultants use in the e-portfolio workshop, so that
/// generated profiles and vacancies read like the real ones and text search has something to find.
/// </summary>
public static class BrancheVocabulary
{
    /// <summary>Work attitudes employers ask for in every branche.</summary>
    public static readonly string[] GeneralSkills =
    [
        "klantvriendelijk", "betrouwbaar", "punctueel", "samenwerken", "zelfstandig werken", "nauwkeurig",
        "flexibel", "leergierig", "stressbestendig", "communicatief", "doorzetter", "teamspeler",
    ];

    private static readonly BrancheWords[] Table = Build();

    public static BrancheWords For(Branche branche) => Table[(int)branche];

    private static BrancheWords[] Build()
    {
        var table = new BrancheWords[Enum.GetValues<Branche>().Length];
        table[(int)Branche.Bouw] = new(
            ["metselen", "timmeren", "sloopwerk", "steigerbouw", "tegelzetten", "schilderen", "bestraten", "tekening lezen"],
            ["techniek", "buiten werken", "bouwen", "met je handen werken"],
            ["metselwerk uitvoeren", "materialen klaarzetten", "de bouwplaats opruimen", "steigers opbouwen", "kozijnen plaatsen"],
            "Bouwen en infra");
        table[(int)Branche.Logistiek] = new(
            ["orderpicken", "scannen", "heftruck rijden", "reachtruck rijden", "inpakken", "voorraadbeheer", "laden en lossen", "expeditie"],
            ["logistiek", "structuur", "fysiek werk", "techniek"],
            ["orders verzamelen", "goederen scannen en controleren", "vrachtwagens laden en lossen", "pallets verplaatsen met de heftruck", "de voorraad bijhouden"],
            "Logistiek medewerker");
        table[(int)Branche.Productie] = new(
            ["machinebediening", "inpakken", "kwaliteitscontrole", "assemblage", "lopende band", "sorteren", "ploegendienst", "5S"],
            ["techniek", "structuur", "met je handen werken", "productie"],
            ["producten assembleren", "machines bedienen en bijvullen", "producten controleren op kwaliteit", "producten inpakken en stapelen"],
            "Operator productie");
        table[(int)Branche.Metaal] = new(
            ["lassen", "CNC-draaien", "frezen", "zagen", "slijpen", "plaatbewerking", "tekening lezen", "monteren"],
            ["techniek", "metaal", "met je handen werken", "machines"],
            ["onderdelen lassen", "metalen platen op maat zagen", "de CNC-machine instellen", "constructies monteren", "werkstukken afbramen en slijpen"],
            "Metaalbewerken");
        table[(int)Branche.Voedingsindustrie] = new(
            ["hygiënisch werken", "inpakken", "vleesbewerking", "bakken", "kwaliteitscontrole", "lopende band", "schoonmaken", "HACCP-werkwijze"],
            ["eten en drinken", "structuur", "productie", "koken"],
            ["producten inpakken en etiketteren", "deeg afwegen en verwerken", "de productielijn schoonmaken", "vlees portioneren", "temperaturen controleren en registreren"],
            "Medewerker voedingsindustrie");
        table[(int)Branche.Zorg] = new(
            ["persoonlijke verzorging", "huishoudelijke taken", "signaleren", "medicatie aanreiken", "ADL-ondersteuning", "maaltijden verzorgen", "activiteiten begeleiden", "rapporteren"],
            ["met mensen werken", "zorg", "helpen", "ouderen"],
            ["bewoners helpen bij de dagelijkse verzorging", "maaltijden en koffie rondbrengen", "activiteiten begeleiden", "een praatje maken met bewoners", "kamers netjes houden"],
            "Helpende zorg en welzijn");
        table[(int)Branche.Schoonmaak] = new(
            ["schoonmaken", "stofzuigen", "dweilen", "sanitair reinigen", "glasbewassing", "schoonmaakmiddelen", "hygiënisch werken", "vroege diensten"],
            ["opruimen", "zelfstandig werken", "structuur", "fysiek werk"],
            ["kantoren en sanitair schoonmaken", "vloeren stofzuigen en dweilen", "ramen wassen", "afval scheiden en afvoeren"],
            "Schoonmaak en glazenwassen");
        table[(int)Branche.Horeca] = new(
            ["koken", "bediening", "afwassen", "gastheerschap", "snijden", "bar", "kassa", "mise-en-place"],
            ["koken", "eten en drinken", "met mensen werken", "gastvrijheid"],
            ["gerechten voorbereiden", "de afwas doen", "gasten ontvangen en bedienen", "de keuken schoonhouden", "bestellingen opnemen"],
            "Kok");
        table[(int)Branche.Detailhandel] = new(
            ["vakkenvullen", "kassa", "klantenservice", "spiegelen", "presenteren", "verkopen", "voorraad bijhouden", "adviseren"],
            ["winkel", "met mensen werken", "verkoop", "mode"],
            ["vakken vullen en spiegelen", "klanten helpen en adviseren", "afrekenen aan de kassa", "de winkel netjes houden", "leveringen uitpakken"],
            "Verkoper detailhandel");
        table[(int)Branche.Groen] = new(
            ["tuinonderhoud", "snoeien", "maaien", "bestraten", "planten", "onkruid wieden", "bosmaaier", "dieren verzorgen"],
            ["buiten werken", "natuur", "dieren", "planten"],
            ["plantsoenen onderhouden", "gras maaien en snoeien", "onkruid verwijderen", "bestrating leggen", "planten oppotten"],
            "Hovenier");
        table[(int)Branche.Facilitair] = new(
            ["receptie", "post sorteren", "klussen", "beveiliging", "baliewerk", "vergaderruimtes klaarzetten", "telefoon aannemen", "kleine reparaties"],
            ["met mensen werken", "techniek", "afwisseling", "structuur"],
            ["bezoekers ontvangen", "post sorteren en rondbrengen", "vergaderruimtes klaarzetten", "kleine reparaties uitvoeren", "rondes lopen door het gebouw"],
            "Facilitair medewerker");
        table[(int)Branche.Administratie] = new(
            ["Excel", "Word", "typen", "archiveren", "data-invoer", "telefoon aannemen", "factureren", "klantcontact"],
            ["computers", "structuur", "administratie", "kantoorwerk"],
            ["gegevens invoeren", "de post en archief verwerken", "klanten telefonisch te woord staan", "facturen controleren", "afspraken plannen"],
            "Medewerker secretariaat");
        table[(int)Branche.Transport] = new(
            ["rijvaardigheid", "routeplanning", "laden en lossen", "bestelbus rijden", "tachograaf", "ladingzekering", "pakketbezorging", "navigatie"],
            ["auto's", "onderweg zijn", "logistiek", "zelfstandig werken"],
            ["goederen bezorgen bij klanten", "de lading zekeren", "ritten plannen", "pakketten sorteren en bezorgen", "de vrachtwagen laden en lossen"],
            "Chauffeur goederenvervoer");
        return table;
    }
}
